import { z } from 'zod';

// Ids are hex digests (sha256 prefixes): deterministic, so a replay yields the same id.
export const MessageId = z.string().regex(/^[0-9a-f]{16,64}$/, 'a lower-case hex id of 16 to 64 characters');
// Years 1000-9999 only: Postgres refuses year 0000 ("date/time field value out of range"), so such a
// date in a query was a 500 and in an event a batch that failed forever (issue 11).
const plausibleYear = (text: string): boolean => Number(text.slice(0, 4)) >= 1000;
const YEAR = { message: 'a year from 1000 to 9999' };
export const IsoDateTime = z.iso.datetime({ offset: true }).refine(plausibleYear, YEAR);
export const IsoDay = z.iso.date().refine(plausibleYear, YEAR);
// "2011" (a year) or "2019-04-30": reports give a tally's start at either precision. Each precision is a real
// calendar year, month or day from the year 1000: the aggregator reads a tally's start as a Postgres date, and
// "0000", "2024-13" or "2023-02-29" in a correction or an event failed there (issue 11).
const isCalendarSince = (text: string): boolean => {
  const [year, month = 1, day = 1] = text.split('-').map(Number);
  const date = new Date(Date.UTC(2000, month - 1, day));
  date.setUTCFullYear(year);
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};
export const SinceDate = z
  .string()
  .regex(/^\d{4}(-\d{2}(-\d{2})?)?$/, 'YYYY, YYYY-MM or YYYY-MM-DD')
  .refine((text) => plausibleYear(text) && isCalendarSince(text), 'a real year, month or day from the year 1000');
export const CountryCode = z.string().regex(/^[A-Z]{2}$/, 'an ISO-3166 alpha-2 code');
export const Metric = z.enum(['killed', 'injured', 'displaced', 'kidnapped', 'missing']);
export type Metric = z.infer<typeof Metric>;
export const Qualifier = z.enum(['exact', 'at_least', 'more_than', 'nearly', 'about', 'up_to', 'some']);
export const Count = z.number().int().nonnegative().max(100_000_000);
// Why a figure's reading may be wrong (the extraction library's FIGURE_DOUBTS; a spec in libs/conflict-events
// holds the two lists equal). New doubts are added at the end, never renamed.
export const FigureDoubt = z.enum([
  'vague-count',
  'day-not-told',
  'day-by-reference',
  'no-country',
  'no-source',
  'cue-far-from-number',
  'source-in-doubt',
  'contradicted-in-report',
  'withdrawn',
]);
// What an analyst may do to a figure or an incident (issue 13; the totals library's CORRECTION_ACTIONS).
export const CorrectionAction = z.enum(['confirm', 'reject', 'change', 'split', 'merge', 'set-estimate']);
