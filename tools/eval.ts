// npm run eval -- <folder> [<folder> ...] [--min-f1 X] [--max-totals-error N] [--quiet] [--json FILE]
// Scores every NAME.txt + NAME.expected.json of the folders (publishedAt from the expected json) with the
// scorer the unseen sets are scored with (tools/eval/score.py, a copy of shared/eval/score.py): figure F1
// on (metric, kind, value), field accuracy on matched figures, and per case the absolute error of the
// incident totals, which come from the TotalsLedger the aggregator runs. Exits 1 under --min-f1 or over
// --max-totals-error (default: report only).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join, resolve } from 'node:path';
import { predictReport } from './eval/predict-report';

interface Options {
  folders: string[];
  minF1: number | null;
  maxTotalsError: number | null;
  quiet: boolean;
  json: string | null;
}

interface ScoreSummary {
  prf: [number, number, number];
  totals_exact: number;
  cases: number;
  totals_error_sum: number;
  tp: number;
  fp: number;
  fn: number;
  attributes: Record<string, [number, number]>;
}

function parseArgs(argv: string[]): Options | null {
  const options: Options = { folders: [], minF1: null, maxTotalsError: null, quiet: false, json: null };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === '--min-f1') options.minF1 = Number(argv[++i]);
    else if (arg === '--max-totals-error') options.maxTotalsError = Number(argv[++i]);
    else if (arg === '--json') options.json = argv[++i] ?? null;
    else if (arg === '--quiet') options.quiet = true;
    else if (arg.startsWith('--')) return null;
    else options.folders.push(arg);
  }
  const bad = (n: number | null) => n !== null && Number.isNaN(n);
  return options.folders.length && !bad(options.minF1) && !bad(options.maxTotalsError) ? options : null;
}

function main(argv: string[]): number {
  const options = parseArgs(argv);
  if (!options) {
    process.stderr.write('usage: npm run eval -- <folder> [<folder> ...] [--min-f1 X] [--max-totals-error N] [--quiet] [--json FILE]\n');
    return 2;
  }
  const missing = options.folders.find((folder) => !existsSync(folder));
  if (missing) {
    process.stderr.write(`eval: no folder ${missing} (the shared labelled reports live in ../shared/eval, beside the repo)\n`);
    return 2;
  }
  // score.py pairs cases on leading digits; our files are named for what they are, so each gets a number.
  const work = mkdtempSync(join(tmpdir(), 'cw-eval-'));
  try {
    const expectedDir = join(work, 'expected');
    const predictedDir = join(work, 'predicted');
    for (const dir of [expectedDir, predictedDir]) mkdirSync(dir);
    let n = 0;
    for (const folder of options.folders) {
      const names = readdirSync(folder)
        .filter((f) => f.endsWith('.expected.json'))
        .map((f) => f.slice(0, -'.expected.json'.length))
        .sort();
      for (const name of names) {
        const expectedPath = resolve(folder, `${name}.expected.json`);
        const { publishedAt } = JSON.parse(readFileSync(expectedPath, 'utf8')) as { publishedAt: string };
        const text = readFileSync(join(folder, `${name}.txt`), 'utf8');
        const id = String(++n).padStart(4, '0');
        const label = options.folders.length > 1 ? `${basename(folder)}.${name}` : name;
        symlinkSync(expectedPath, join(expectedDir, `${id}_${label}.expected.json`));
        writeFileSync(join(predictedDir, `${id}_${label}.predicted.json`), JSON.stringify(predictReport(text, publishedAt, `${folder}/${name}`)));
      }
    }
    const report = join(work, 'report.json');
    const args = [join(__dirname, 'eval', 'score.py'), expectedDir, predictedDir, '--json', report, ...(options.quiet ? [] : ['-v'])];
    const run = spawnSync('python3', args, { encoding: 'utf8' });
    if (run.status !== 0) {
      process.stderr.write(`eval: the scorer failed: ${run.stderr || run.error?.message}\n`);
      return 2;
    }
    if (!options.quiet) process.stdout.write(run.stdout);
    const summary = (JSON.parse(readFileSync(report, 'utf8')) as { summary: ScoreSummary }).summary;
    if (options.json) writeFileSync(options.json, readFileSync(report));
    const [p, r, f1] = summary.prf.map(round);
    const { source, date, country } = summary.attributes;
    process.stdout.write(
      `${options.folders.join(' ')}: F1 ${f1} (P ${p}, R ${r}) on ${summary.cases} cases; exact totals ${summary.totals_exact}/${summary.cases}; ` +
        `summed totals error ${summary.totals_error_sum}; right on matched figures: source ${source[0]}/${source[1]}, ` +
        `date ${date[0]}/${date[1]}, country ${country[0]}/${country[1]}\n`,
    );
    if (options.minF1 !== null && f1 < options.minF1) {
      process.stdout.write(`FAIL: F1 ${f1} is under --min-f1 ${options.minF1}\n`);
      return 1;
    }
    if (options.maxTotalsError !== null && summary.totals_error_sum > options.maxTotalsError) {
      process.stdout.write(`FAIL: summed totals error ${summary.totals_error_sum} is over --max-totals-error ${options.maxTotalsError}\n`);
      return 1;
    }
    return 0;
  } finally {
    rmSync(work, { recursive: true, force: true });
  }
}

function round(x: number): number {
  return Math.round(x * 1000) / 1000;
}

process.exitCode = main(process.argv.slice(2));
