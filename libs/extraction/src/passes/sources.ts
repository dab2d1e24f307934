import { type Pass, revise, withFigures } from '../reading';
import { readSource } from '../source-attribution';

/**
 * Who a figure is attributed to: "..., the Syrian Observatory for Human Rights said", "according to the United
 * Nations", "Police said". "The monitor", "the ministry" resolve to an organisation the report names.
 */
export const sources: Pass = {
  name: 'sources',
  reads: 'a figure is attributed to who its sentence says told it ("X said", "according to X"); "the monitor" to the organisation named',
  apply(reading) {
    const bySentence = new Map<number, string | null>();
    const sourceOf = (at: number) => {
      if (!bySentence.has(at)) bySentence.set(at, readSource(reading.sentences[at].text, reading.organisations));
      return bySentence.get(at) ?? null;
    };
    return withFigures(
      reading,
      reading.figures.map((f) => revise(f, { source: sourceOf(f.at) })),
    );
  },
};
