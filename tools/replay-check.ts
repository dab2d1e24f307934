// Replays every scenario under scenarios/ and compares its incident totals (and, when given, the number
// of reported tallies) with scenarios/<story>/expected.json. Exits 1 on any mismatch: CI runs it.
//   npm run replay:check [-- scenarios/<story> ...]
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { replayFolder } from './replay';

interface ScenarioExpectation {
  incident_totals: Record<string, Record<string, number>>;
  reported_tallies?: number;
}

const HEADLINE = ['killed', 'injured', 'displaced'];

/** Every (country, metric) whose replayed total differs from the expected one; a missing total is 0. */
function diffTotals(expected: ScenarioExpectation['incident_totals'], actual: ScenarioExpectation['incident_totals']): string[] {
  const lines: string[] = [];
  const countries = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const country of countries) {
    const metrics = new Set([...HEADLINE, ...Object.keys(expected[country] ?? {}), ...Object.keys(actual[country] ?? {})]);
    for (const metric of metrics) {
      const want = expected[country]?.[metric] ?? 0;
      const got = actual[country]?.[metric] ?? 0;
      if (want !== got) lines.push(`${country} ${metric}: expected ${want}, replay gives ${got}`);
    }
  }
  return lines;
}

function checkScenario(folder: string): string[] {
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as ScenarioExpectation;
  let result;
  try {
    result = replayFolder(folder);
  } catch (error) {
    return [`replay failed: ${error instanceof Error ? error.message : String(error)}`];
  }
  const lines = diffTotals(expected.incident_totals, result.incident_totals);
  if (expected.reported_tallies !== undefined && expected.reported_tallies !== result.reported_tallies.length) {
    lines.push(`reported tallies: expected ${expected.reported_tallies}, replay gives ${result.reported_tallies.length}`);
  }
  return lines;
}

function scenarioFolders(args: string[]): string[] {
  if (args.length > 0) return args;
  return readdirSync('scenarios')
    .map((name) => join('scenarios', name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'expected.json')))
    .sort();
}

const folders = scenarioFolders(process.argv.slice(2));
let failures = 0;
for (const folder of folders) {
  const lines = checkScenario(folder);
  if (lines.length > 0) failures += 1;
  console.log(`${lines.length === 0 ? 'PASS' : 'FAIL'} ${folder}`);
  for (const line of lines) console.log(`     ${line}`);
}
console.log(`${folders.length - failures}/${folders.length} scenarios match`);
process.exit(failures === 0 && folders.length > 0 ? 0 : 1);
