import { readFileSync } from 'node:fs';
import { splitSentences } from '../libs/extraction/src/split-sentences';
import { readSentenceFigures } from '../libs/extraction/src/sentence-figures';
import { Gazetteer } from '@cw/places';
for (const n of process.argv.slice(2)) {
  const t = readFileSync(`eval/dev/${n}.txt`, 'utf8');
  for (const s of splitSentences(t)) console.log(JSON.stringify(s.text.slice(0, 60)), readSentenceFigures(s.text).map((f) => f.metric + f.value));
  console.log(Gazetteer.shared().findMentions(t).map((m) => m.text + ':' + m.candidates.map((c) => c.country + c.kind[0]).join(',')).join(' | '));
}
