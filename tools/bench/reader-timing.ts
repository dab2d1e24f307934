// The timing the reader bench runs for each reader, in the checkout of that reader (its own @cw/extraction): warm
// up, then enough runs for about a second of work per input, timed in CPU milliseconds. Prints { corpusMs, bySize } as JSON.
import { readFileSync } from 'node:fs';
import { readReport } from '@cw/extraction';

type Inputs = { corpus: string[]; reports: { kb: number; text: string }[]; publishedAt: string };
const { corpus, reports, publishedAt } = JSON.parse(readFileSync(process.argv[2], 'utf8')) as Inputs;

function time(text: string): number {
  for (let i = 0; i < 3; i++) readReport(text, { publishedAt });
  const runs = Math.max(3, Math.round(200_000 / text.length));
  // CPU time, not wall time: on a shared machine other processes only stretch the wall clock.
  const start = process.cpuUsage();
  for (let i = 0; i < runs; i++) readReport(text, { publishedAt });
  const used = process.cpuUsage(start);
  return (used.user + used.system) / 1e3 / runs;
}

const corpusMs = corpus.reduce((sum, text) => sum + time(text), 0);
process.stdout.write(JSON.stringify({ corpusMs, bySize: reports.map(({ kb, text }) => ({ kb, ms: time(text) })) }));
