// Replays multi-report stories through extraction and the TotalsLedger and compares the final incident
// totals with <story>/expected.json (incident_totals, or one of incident_totals_accept). CI runs it.
//   npm run replay:check                                  every scenarios/<story>: all must match
//   npm run replay:check -- --root scenarios/real --min-exact 6 --max-totals-error N
//   npm run replay:check -- scenarios/<story> ...
// The error of a story is the sum over countries of |replayed - expected| for killed, injured and displaced
// (the smallest over the accepted alternatives), as shared/eval/score.py counts a report's.
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { replayFolder } from './replay';

type Totals = Record<string, Record<string, number>>;

interface ScenarioExpectation {
  incident_totals: Totals;
  incident_totals_accept?: Totals[];
  reported_tallies?: number;
}

const HEADLINE = ['killed', 'injured', 'displaced'];

/** Every (country, metric) whose replayed total differs from the expected one; a missing total is 0. */
function diffTotals(expected: Totals, actual: Totals): { lines: string[]; error: number } {
  const lines: string[] = [];
  let error = 0;
  const countries = [...new Set([...Object.keys(expected), ...Object.keys(actual)])].sort();
  for (const country of countries) {
    for (const metric of HEADLINE) {
      const want = expected[country]?.[metric] ?? 0;
      const got = actual[country]?.[metric] ?? 0;
      if (want !== got) lines.push(`${country} ${metric}: expected ${want}, replay gives ${got}`);
      error += Math.abs(want - got);
    }
  }
  return { lines, error };
}

function checkScenario(folder: string): { lines: string[]; error: number } {
  const expected = JSON.parse(readFileSync(join(folder, 'expected.json'), 'utf8')) as ScenarioExpectation;
  let result;
  try {
    result = replayFolder(folder);
  } catch (error) {
    return { lines: [`replay failed: ${error instanceof Error ? error.message : String(error)}`], error: Infinity };
  }
  const alternatives = [expected.incident_totals, ...(expected.incident_totals_accept ?? [])];
  const best = alternatives.map((totals) => diffTotals(totals, result.incident_totals)).sort((a, b) => a.error - b.error)[0];
  const lines = best.error === 0 ? [] : diffTotals(expected.incident_totals, result.incident_totals).lines;
  if (expected.reported_tallies !== undefined && expected.reported_tallies !== result.reported_tallies.length) {
    lines.push(`reported tallies: expected ${expected.reported_tallies}, replay gives ${result.reported_tallies.length}`);
  }
  return { lines, error: best.error };
}

function storiesUnder(root: string): string[] {
  return readdirSync(root)
    .map((name) => join(root, name))
    .filter((path) => statSync(path).isDirectory() && existsSync(join(path, 'expected.json')))
    .sort();
}

const argv = process.argv.slice(2);
const option = (name: string) => {
  const i = argv.indexOf(name);
  return i >= 0 ? argv.splice(i, 2)[1] : undefined;
};
const root = option('--root');
const minExact = option('--min-exact');
const maxError = option('--max-totals-error');
const folders = argv.length > 0 ? argv : storiesUnder(root ?? 'scenarios');
let exact = 0;
let errorSum = 0;
for (const folder of folders) {
  const { lines, error } = checkScenario(folder);
  if (lines.length === 0) exact += 1;
  errorSum += error;
  console.log(`${lines.length === 0 ? 'PASS' : 'FAIL'} ${folder}${error > 0 ? `  (totals error ${error})` : ''}`);
  for (const line of lines) console.log(`     ${line}`);
}
console.log(`${exact}/${folders.length} scenarios match; summed totals error ${errorSum}`);
// Without a floor every scenario must match (the development stories); with one, at least that many.
const enough = minExact === undefined ? exact === folders.length : exact >= Number(minExact);
const bounded = maxError === undefined || errorSum <= Number(maxError);
process.exit(folders.length > 0 && enough && bounded ? 0 : 1);
