import type { FigureConfidence, FigureDoubt } from '../casualty-figure';
import { CASUALTY_WORD } from '../metric-cues';
import { type FigureInReading, type Pass, type Reading, revise, withFigures } from '../reading';

// How much each doubt takes from a figure's confidence: a count with no country or one the report contradicts is
// the likeliest to be wrong on the real corpora; a day told by reference ("Friday's attack") is usually right.
const WEIGHT: Record<FigureDoubt, number> = {
  'vague-count': 0.75,
  'day-not-told': 0.8,
  'day-by-reference': 0.9,
  'no-country': 0.6,
  'no-source': 0.9,
  'cue-far-from-number': 0.7,
  'source-in-doubt': 0.7,
  'contradicted-in-report': 0.6,
  withdrawn: 0.3,
};

// A number more than this many characters from every casualty word got its metric from afar ("killed in the
// raid on the village of X, where residents said at least 12 ...").
const FAR_CHARS = 60;

// The report itself doubts the count: "could not be independently verified", "unconfirmed reports", "claimed", "300
// more insurgents are feared dead".
const DOUBTED =
  /\b(?:could not (?:be )?(?:independently )?(?:verif(?:y|ied)|confirm(?:ed)?)|cannot be (?:independently )?(?:verified|confirmed)|unverified|unconfirmed|not (?:been )?(?:independently )?(?:verified|confirmed)|reportedly|allegedly|claimed responsibility|feared (?:dead|killed|drowned|to (?:be|have) (?:dead|died|been killed))|claim(?:s|ed)? (?:to have|it had|that it|that they)|rumou?rs?|(?:over|disputes?|disputed|dismiss(?:es|ed)?|rejects?|rejected|denies|denied) (?:the |a )?claims? that)\b/i;

// The count's source took it back: "The United Nations has taken back an earlier claim that Boko Haram killed 110
// farmers", "the ministry withdrew its toll of 40", "a figure later retracted". Only a count told after the words is
// the one withdrawn.
const WITHDRAWN =
  /\b(?:(?:has |have |had )?(?:taken|took|takes|taking) back|withdr(?:ew|awn|aws|awing)|retract(?:ed|s|ing)?|walk(?:ed|s|ing)? back|disown(?:ed|s)?)\b(?:\s+(?:its|their|his|her|the|an?|that))?(?:\s+(?:earlier|initial|previous|first))?\s+(?:claim|figure|toll|count|report|statement|tally|estimate)s?\b/i;

// A side's own claim of the enemy it killed: "Russia's Defense Ministry said its missile strike on the Ukrainian city of
// Sumy had killed more than 60 Ukrainian servicemen".
const OWN_STRIKE_CLAIM =
  /\b(?:said|says|claimed|claims|boasted|boasts)\s+(?:that\s+)?its\s+(?:[\w-]+\s+){0,3}?(?:strikes?|attacks?|forces|troops|fighters|units?|raids?|operations?|army|military|bombardment)\b[^.;]{0,100}?\b(?:killed|eliminated|neutrali[sz]ed|wiped out)\b/i;

// An armed side's word on the killing it did itself: "Baloch Liberation Army says it executed 214 hostages".
const OWN_KILLING_CLAIM =
  /\b(?:said|says|claimed|claims|boasted|boasts)\s+(?:that\s+)?(?:it|they)\s+(?:had\s+|has\s+|have\s+)?(?:[\w-]+\s+){0,6}?(?:executed|killed|massacred|eliminated|beheaded|shot dead)\b/i;

/**
 * How sure each figure's reading is, with the doubts behind it (issue 13): the review queue takes the doubtful ones
 * to a person while every figure still reaches the totals. The last pass: it changes no figure, only rates it.
 */
export const figureConfidence: Pass = {
  name: 'figure-confidence',
  reads: 'each figure is rated: a vague count, a day not told, no country or source, a far cue, a doubted source, a contradiction each lower it',
  apply(reading) {
    return withFigures(
      reading,
      reading.figures.map((f) => revise(f, { confidence: confidenceOf(f, reading) })),
    );
  },
};

function confidenceOf(f: FigureInReading, reading: Reading): FigureConfidence {
  const doubts: FigureDoubt[] = [];
  if (f.vague) doubts.push('vague-count');
  if (f.kind === 'incident' && f.dateBasis === 'publication') doubts.push('day-not-told');
  if (f.kind === 'incident' && f.dateBasis === 'referenced') doubts.push('day-by-reference');
  if (!f.country) doubts.push('no-country');
  if (!f.source) doubts.push('no-source');
  if (cueDistance(f, reading) > FAR_CHARS) doubts.push('cue-far-from-number');
  if (DOUBTED.test(f.sentence) || OWN_STRIKE_CLAIM.test(f.sentence) || OWN_KILLING_CLAIM.test(f.sentence)) doubts.push('source-in-doubt');
  if (reading.figures.some((other) => contradicts(f, other))) doubts.push('contradicted-in-report');
  if (isWithdrawn(f, reading)) doubts.push('withdrawn');
  const score = doubts.reduce((s, d) => s * WEIGHT[d], 1);
  return { score: Math.round(score * 100) / 100, doubts };
}

function isWithdrawn(f: FigureInReading, reading: Reading): boolean {
  const sentence = reading.sentences[f.at];
  if (!sentence) return false;
  const at = f.span.start - sentence.start;
  if (AT_FIRST.test(sentence.text.slice(Math.max(0, at - 120), at)) && LATER_CORRECTED.test(sentence.text.slice(f.span.end - sentence.start)))
    return true;
  const cue = sentence.text.match(WITHDRAWN);
  return cue !== null && (cue.index ?? 0) + cue[0].length <= at;
}

// "State media at first reported that ... four people had been killed, but later said ... one person had been killed":
// the first report, corrected in the same sentence, withdrawn wherever it was told.
const AT_FIRST = /\b(?:at first|initially|originally)\s+(?:reported|said|announced|put|gave|claimed|stated)\b[^.;]*$/i;
const LATER_CORRECTED = /^[^.;]*?\bbut\s+(?:later|then|subsequently|afterwards)\b/i;

/** Characters between the number and the nearest casualty word of its sentence. */
function cueDistance(f: FigureInReading, reading: Reading): number {
  const sentence = reading.sentences[f.at];
  if (!sentence) return 0;
  const start = f.span.start - sentence.start;
  const end = f.span.end - sentence.start;
  let nearest = Number.POSITIVE_INFINITY;
  for (const m of sentence.text.matchAll(CASUALTY_WORD)) {
    const wordEnd = m.index + m[0].length;
    const gap = wordEnd <= start ? start - wordEnd : m.index >= end ? m.index - end : 0;
    nearest = Math.min(nearest, gap);
  }
  return nearest;
}

/**
 * Another incident count of the same people, day and place that gives another number, when neither is a part,
 * a restatement or an update of the other: "12 were killed ... police put the toll at 14".
 */
function contradicts(f: FigureInReading, other: FigureInReading): boolean {
  if (other === f || f.kind !== 'incident' || other.kind !== 'incident') return false;
  if (other.metric !== f.metric || other.value === f.value || other.date !== f.date || other.country !== f.country) return false;
  if (f.isUpdate || other.isUpdate || f.vague || other.vague) return false;
  if (f.breakdown.some((p) => p.value === other.value) || other.breakdown.some((p) => p.value === f.value)) return false;
  return f.victims === other.victims && f.places.join() === other.places.join();
}
