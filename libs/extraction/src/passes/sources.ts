import { type Pass, revise, withFigures } from '../reading';
import { readSource, speaksByPronoun } from '../source-attribution';

const QUOTE_ONLY = /^\s*["“][^"“”]+["”]?\s*$/;
const BARE_KIND = /^(?:the\s+)?(?:group|organi[sz]ation|body|agency|network|charity|committee|coalition)$/i;
const CARRIES_ON = /^\s*(?:another|(?:around|about|some|at least)?\s*[\w,-]+\s+more\b)/i;

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
        // "CAIRO, July 23 -- Police and witnesses said": the dateline is where the wire was filed, not who spoke.
        const text = reading.sentences[at].datable;
        let source = readSource(text, reading.organisations);
        // "It said Ituri is home to 1.7 million displaced people": the speaker of the sentences before. A sentence that
        // is all quote ("We also injured 12 soldiers") or carries on the count before it ("Another six soldiers were
        // wounded", "Around 80 more were wounded") is the speaker's before it too.
        const carriesOn = source === null && (QUOTE_ONLY.test(text) || CARRIES_ON.test(text));
        const reach = speaksByPronoun(text) ? 3 : carriesOn ? 1 : 0;
        for (let back = at - 1; source === null && back >= Math.max(0, at - reach); back--) source = sourceOf(back);
        // "according to the Emergency Room in the area, an activist group ... The group said it had recorded the killing
        // of 32": a speaker named only by its kind is the one the sentences before named.
        if (source !== null && BARE_KIND.test(source))
          for (let back = at - 1; back >= Math.max(0, at - 2); back--) {
            const before = sourceOf(back);
            if (before !== null && !BARE_KIND.test(before)) {
              source = before;
              break;
            }
          }
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
