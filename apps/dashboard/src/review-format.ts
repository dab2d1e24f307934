import type { Report, ReviewReason } from '@cw/contracts';

type FigureDoubt = NonNullable<Report['confidence']>['doubts'][number];

// Words for what the API sends as codes (the review queue's reasons, a figure's doubts): one map each, so a
// code added to the contracts and not here fails the typecheck.

export const REASON_WORDS: Record<ReviewReason, string> = {
  'low-confidence': 'low confidence',
  provisional: 'provisional',
  'far-larger': 'far larger than the rest',
  'suggested-merge': 'suggested merge',
  'downward-revision': 'downward revision',
  'tally-above-total': 'tally above the total',
};

export const REASONS = Object.keys(REASON_WORDS) as ReviewReason[];

export const DOUBT_WORDS: Record<FigureDoubt, string> = {
  'vague-count': 'a vague count',
  'day-not-told': 'no day told',
  'day-by-reference': 'a day told by reference',
  'no-country': 'no country',
  'no-source': 'no source',
  'cue-far-from-number': 'the casualty word far from the number',
  'source-in-doubt': 'a source in doubt',
  'contradicted-in-report': 'a count the report contradicts',
  withdrawn: 'a count its source withdrew',
};

/** "0.35: a source in doubt, no day told", or "not given" for a figure read before confidence was sent. */
export const confidenceText = (confidence: { score: number; doubts: FigureDoubt[] } | null | undefined): string => {
  if (!confidence) return 'not given';
  const doubts = confidence.doubts.map((doubt) => DOUBT_WORDS[doubt] ?? doubt).join(', ');
  return `${confidence.score.toFixed(2)}${doubts ? `: ${doubts}` : ': no doubt'}`;
};

/** A confidence class for colour: low below the queue's default threshold (0.5), high from 0.8. */
export const confidenceLevel = (score: number | undefined): 'low' | 'medium' | 'high' | 'unknown' =>
  score === undefined ? 'unknown' : score < 0.5 ? 'low' : score < 0.8 ? 'medium' : 'high';

/** "3 h", "2 d", "12 min": how long an item has waited, from its opening to `now`. */
export const ageText = (openedAt: string, now = Date.now()): string => {
  const minutes = Math.max(0, Math.floor((now - Date.parse(openedAt)) / 60_000));
  if (minutes < 60) return `${minutes} min`;
  if (minutes < 48 * 60) return `${Math.floor(minutes / 60)} h`;
  return `${Math.floor(minutes / (24 * 60))} d`;
};

/** The queue's age filter: a choice in words, as the API's minAgeHours and maxAgeHours. */
export const AGES: { value: string; text: string; minAgeHours?: number; maxAgeHours?: number }[] = [
  { value: '', text: 'any age' },
  { value: 'new-hour', text: 'opened in the last hour', maxAgeHours: 1 },
  { value: 'new-day', text: 'opened in the last day', maxAgeHours: 24 },
  { value: 'old-day', text: 'waiting over a day', minAgeHours: 24 },
  { value: 'old-week', text: 'waiting over a week', minAgeHours: 24 * 7 },
];

/** The incident a suggested merge names ("may be incident <id>: ..."), to offer as the merge's target. */
export const suggestedTarget = (why: string): string | null => /may be incident ([0-9a-f]{16,64})/i.exec(why)?.[1] ?? null;

/** "YE killed 2024-03-04: 16 → 0 (−16)": one change to the totals a correction made. */
export const changeText = (change: { country: string; metric: string; day: string; before: number; after: number; delta: number }): string =>
  `${change.country} ${change.metric} ${change.day}: ${change.before} → ${change.after} (${change.delta > 0 ? '+' : change.delta < 0 ? '−' : '±'}${Math.abs(change.delta)})`;
