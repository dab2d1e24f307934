import { type Pass, revise, withFigures } from '../reading';
import { readSource, speaksByPronoun } from '../source-attribution';

/**
 * Who a figure is attributed to: "..., the Syrian Observatory for Human Rights said", "according to the United
 * Nations", "Police said". "The monitor", "the ministry" resolve to an organisation the report names; "It said", "he
 * added" to the speaker of the sentence before.
 */
export const sources: Pass = {
  name: 'sources',
  reads: 'a figure is attributed to who its sentence says told it ("X said", "according to X"); "the monitor" to the organisation named',
  apply(reading) {
    const bySentence = new Map<number, string | null>();
    const sourceOf = (at: number): string | null => {
      if (!bySentence.has(at)) {
        const text = reading.sentences[at].text;
        let source = readSource(text, reading.organisations);
        // "It said Ituri is home to 1.7 million displaced people": the speaker of the sentence before.
        for (let back = at - 1; source === null && back >= Math.max(0, at - 2) && speaksByPronoun(text); back--) source = sourceOf(back);
        bySentence.set(at, source);
      }
      return bySentence.get(at) ?? null;
    };
    return withFigures(
      reading,
      reading.figures.map((f) => revise(f, { source: sourceOf(f.at) })),
    );
  },
};
