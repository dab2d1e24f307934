import { TOLL_BRINGING_VERBS } from '../lexicon';
import { type FigureInReading, isSubgroup, type Pass, type Reading, withFigures } from '../reading';

const COUNTED_BEFORE = /\bhad\s+(?:\w+\s+)?(?:counted|recorded|registered|tallied)\b/i;
const ALREADY_TOLD = /^(?:[^,]*\s)?the (?:strike|attack|blast|bombing|raid|shelling|explosion|ambush)\s+(?:also\s+)?(?:killed|wounded|injured)\b/i;

// "Three children died of their injuries, bringing the toll ... to 333", "17 more died, raising the toll to 80".
const BRINGING = new RegExp(
  String.raw`^[^.;]*?,\s+(?:which\s+)?(?:${TOLL_BRINGING_VERBS})\s+(?:the\s+)?(?:[\w'’-]+\s+){0,8}?(?:toll|tally|total|number)\b[^.;]*?\bto\s+[^.;]{0,20}$`,
  'i',
);

// "By Monday the toll had reached 54, as about a dozen more victims died of their wounds": the increment told after
// the toll it brings up.
const TOLL_RISEN_TO = /\b(?:toll|tally|total|number)\b[^.;]*?\b(?:rose|risen|rises|reached|climbed|increased|jumped|hit|went up)\s+(?:to\s+)?$/i;
const THEN_INCREMENT = /^[^.;]{0,30}?\b(?:as|after|when|while|with)\s+[^.;]{0,12}$/i;
// "rose to 29 after two people wounded in the bombing died on Monday".
const WOUNDED_WHO_DIED = /^(?:\s+[\w-]+){0,2}?\s+(?:who\s+(?:were|had been)\s+)?(?:wounded|injured)\b[^.;]{0,40}?\b(?:died|succumbed)\b/i;
const MORE_AFTER = /^(?:[\w-]+\s+){1,3}?(?:more|further|additional)\b/i;

// "two more CRPF men die as toll climbs to 45".
const AS_TOLL_ROSE =
  /^\s+(?:[\w-]+\s+){0,3}?(?:more\s+)?(?:[\w-]+\s+){0,2}?(?:die|died|dies|succumb(?:ed|s)?)\b[^.;]{0,40}?\bas\s+(?:the\s+)?(?:death\s+)?(?:toll|tally|number of (?:dead|deaths))\s+(?:climbs|rises|rose|climbed|reached|reaches|hits|jumps|jumped|goes up|went up)\s+to\s+[^.;]{0,20}$/i;

// "That was why the toll was put at 80 early on Saturday and later went up to 86; it now seems that some bodies were
// counted twice": counts told before what "now seems" true are the ones the report's revision replaced (stories V, Oslo).
const NOW_CONTRAST = /^[^.]*?(?:;|,|\bbut)\s+(?:it\s+)?now\s+(?:seems|appears|emerges|turns out|looks)\b/i;

const SUM_OF_INCIDENTS = /\b(?:overall|combined|total|for the day|round|weeks?|days|months?|since|so far|this year)\b/i;

/**
 * The toll of the same sentence that these deaths raised: told after them ("17 more died, raising the toll to 80", "two
 * more die as toll climbs to 45") or before them ("the toll had reached 54, as about a dozen more died").
 */
function tollTheyRaised(f: FigureInReading, reading: Reading): FigureInReading | undefined {
  const larger = reading.figures.filter((g) => g.at === f.at && g.metric === f.metric && g.value > f.value && g.kind === 'incident');
  const sentenceStart = reading.sentences[f.at]?.start ?? 0;
  const toldBefore = larger.find(
    (g) =>
      g.span.end < f.span.start &&
      TOLL_RISEN_TO.test(reading.text.slice(sentenceStart, g.span.start)) &&
      THEN_INCREMENT.test(reading.text.slice(g.span.end, f.span.start)) &&
      (MORE_AFTER.test(reading.text.slice(f.span.start, f.span.end + 20)) || WOUNDED_WHO_DIED.test(reading.text.slice(f.span.end, f.span.end + 80))),
  );
  return (
    toldBefore ??
    larger.find((g) => {
      if (g.span.start <= f.span.end) return false;
      // "bringing the number of soldiers killed since September to 429": more deaths of a tally are an incident;
      // "which brings the overall death toll to sixteen": a sum of incidents, the part is one of them.
      const between = reading.text.slice(f.span.end, g.span.start);
      return (BRINGING.test(between) || AS_TOLL_ROSE.test(between)) && !SUM_OF_INCIDENTS.test(between);
    })
  );
}

/**
 * A count the report itself has moved past is no figure, and gives no day to what follows: "On Monday evening we
 * had counted 29 dead. Today we are at 41" (after an update to 41), one named victim of a strike already
 * counted ("The army said the strike killed a senior commander"), and deaths that bring a toll up ("Three children
 * died overnight, bringing the toll to 333"): they are in it.
 */
export const supersededCounts: Pass = {
  name: 'superseded-counts',
  reads: 'a count the report has moved past ("we had counted 29") and one named victim of a strike already counted are no figures',
  apply(reading) {
    const kept: FigureInReading[] = [];
    const dropped: { figure: FigureInReading; why: string }[] = [];
    for (const f of reading.figures) {
      const earlier = kept.filter((e) => e.at < f.at && !isSubgroup(e));
      if (f.kind === 'incident' && !isSubgroup(f)) {
        const toll = tollTheyRaised(f, reading);
        if (toll) {
          dropped.push({ figure: f, why: `more deaths already in the toll of ${toll.value} they bring it to` });
          continue;
        }
      }
      const sentence = reading.sentences[f.at];
      const after = sentence ? sentence.text.slice(f.span.end - sentence.start) : '';
      if (f.kind === 'incident' && NOW_CONTRAST.test(after) && earlier.some((e) => e.isUpdate && e.metric === f.metric && e.value !== f.value)) {
        dropped.push({ figure: f, why: 'a count the report says was wrong, told before what "now seems"' });
      } else if (COUNTED_BEFORE.test(f.clause) && earlier.some((e) => e.isUpdate && e.metric === f.metric && e.value > f.value)) {
        dropped.push({ figure: f, why: 'an earlier count the update replaces' });
      } else if (f.onePerson && ALREADY_TOLD.test(f.clause) && earlier.some((e) => e.kind === 'incident' && e.metric === f.metric && e.value > 1)) {
        dropped.push({ figure: f, why: 'one named victim of a strike already counted' });
      } else {
        kept.push(f);
      }
    }
    return withFigures(reading, kept, dropped, 'superseded-counts');
  },
};
