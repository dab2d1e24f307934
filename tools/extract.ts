// npm run extract -- --published-at <ISO time> <file.txt>
// Prints one JSON document shaped like shared/eval/*.expected.json: the figures read, and the incident totals
// a fresh TotalsLedger (the aggregator's) holds after them.
import { readFileSync } from 'node:fs';
import { predictReport } from './eval/predict-report';

function main(argv: string[]): number {
  let publishedAt: string | null = null;
  const files: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--published-at') publishedAt = argv[++i] ?? null;
    else if (argv[i].startsWith('--published-at=')) publishedAt = argv[i].slice('--published-at='.length);
    else files.push(argv[i]);
  }
  if (!publishedAt || Number.isNaN(Date.parse(publishedAt)) || files.length !== 1) {
    process.stderr.write('usage: npm run extract -- --published-at <ISO time> <file.txt>\n');
    return 2;
  }
  const text = readFileSync(files[0], 'utf8');
  process.stdout.write(`${JSON.stringify(predictReport(text, publishedAt, files[0]), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
