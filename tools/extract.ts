// npm run extract -- --published-at <ISO time> <file.txt>
// Prints one JSON document shaped like shared/eval/*.expected.json.
import { readFileSync } from 'node:fs';
import { readReport, readingToLabel } from '@cw/extraction';

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
  const reading = readReport(text, { publishedAt });
  process.stdout.write(`${JSON.stringify(readingToLabel(publishedAt, reading.figures), null, 2)}\n`);
  return 0;
}

process.exitCode = main(process.argv.slice(2));
