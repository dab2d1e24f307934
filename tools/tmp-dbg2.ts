import { readFileSync } from 'node:fs';
import { readReport } from '@cw/extraction';
const t = readFileSync(`eval/dev/${process.argv[2]}.txt`, 'utf8');
console.log(JSON.stringify(readReport(t, { publishedAt: process.argv[3] }).figures.map((f) => [f.kind, f.metric, f.value, f.date, f.since, f.country, f.source, f.breakdown])));
