// npm run eval -- <folder> [--min-f1 X] [--quiet]
// Scores every NAME.txt + NAME.expected.json pair of a folder (publishedAt from the expected json): precision,
// recall and F1 on figures (matched on metric, value and kind), field accuracy on matched figures, exact incident
// totals per case, and a per-case diff. Exits 1 when F1 < --min-f1 (default: report only, never fails).
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { readReport, readingToLabel, type LabelledReading } from '@cw/extraction';
import { FIELDS, scoreCase, type CaseScore } from './eval/score-reading';

function main(argv: string[]): number {
  const folder = argv.find((a, i) => !a.startsWith('--') && argv[i - 1] !== '--min-f1');
  const minIdx = argv.indexOf('--min-f1');
  const minF1 = minIdx >= 0 ? Number(argv[minIdx + 1]) : null;
  const quiet = argv.includes('--quiet');
  if (!folder || (minF1 !== null && Number.isNaN(minF1))) {
    process.stderr.write('usage: npm run eval -- <folder> [--min-f1 X] [--quiet]\n');
    return 2;
  }
  if (!existsSync(folder)) {
    process.stderr.write(`eval: no folder ${folder} (the shared labelled reports live in ../shared/eval, beside the repo)\n`);
    return 2;
  }
  const names = readdirSync(folder)
    .filter((f) => f.endsWith('.expected.json'))
    .map((f) => f.slice(0, -'.expected.json'.length))
    .sort();
  const scores: CaseScore[] = [];
  for (const name of names) {
    const expected = JSON.parse(readFileSync(join(folder, `${name}.expected.json`), 'utf8')) as LabelledReading;
    const text = readFileSync(join(folder, `${name}.txt`), 'utf8');
    const reading = readReport(text, { publishedAt: expected.publishedAt });
    scores.push(scoreCase(name, expected, readingToLabel(expected.publishedAt, reading.figures)));
  }
  const sum = (f: (s: CaseScore) => number) => scores.reduce((a, s) => a + f(s), 0);
  const [matched, expected, predicted] = [sum((s) => s.matched), sum((s) => s.expected), sum((s) => s.predicted)];
  const precision = predicted ? matched / predicted : expected ? 0 : 1;
  const recall = expected ? matched / expected : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  const fields = Object.fromEntries(FIELDS.map((f) => [f, matched ? round(sum((s) => s.fieldHits[f]) / matched) : null]));
  const totalsExact = sum((s) => (s.totalsExact ? 1 : 0));

  if (!quiet) {
    for (const s of scores) {
      const clean = !s.missed.length && !s.invented.length && !s.fieldMisses.length && s.totalsExact;
      if (clean) continue;
      process.stdout.write(`\n## ${s.name}${s.totalsExact ? '' : '  (incident totals differ)'}\n`);
      for (const m of s.missed) process.stdout.write(`  missed   ${describe(m)}\n`);
      for (const m of s.invented) process.stdout.write(`  invented ${describe(m)}\n`);
      for (const m of s.fieldMisses) process.stdout.write(`  field    ${m}\n`);
    }
  }
  const summary = {
    cases: scores.length,
    expected,
    predicted,
    matched,
    precision: round(precision),
    recall: round(recall),
    f1: round(f1),
    fieldAccuracy: fields,
    totalsExact: `${totalsExact}/${scores.length}`,
    minF1,
  };
  process.stdout.write(`\n${JSON.stringify(summary)}\n`);
  process.stdout.write(
    `${folder}: F1 ${round(f1)} (P ${round(precision)}, R ${round(recall)}) on ${scores.length} cases; exact totals ${totalsExact}/${scores.length}\n`,
  );
  if (minF1 !== null && f1 < minF1) {
    process.stdout.write(`FAIL: F1 ${round(f1)} is under --min-f1 ${minF1}\n`);
    return 1;
  }
  return 0;
}

function describe(f: { metric: string; value: number; kind: string; qualifier: string; victims: string }): string {
  return `${f.kind} ${f.metric} ${f.qualifier} ${f.value} ${f.victims}`;
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

process.exitCode = main(process.argv.slice(2));
