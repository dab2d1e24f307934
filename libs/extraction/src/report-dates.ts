import * as chrono from 'chrono-node';

// Words that can start a date chrono reads; sentences without one skip chrono (it costs ~20 µs a call).
const DATE_WORD = /\b(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|today|tonight|last (?:night|week|month|year)|ago|this (?:week|month|year)|earlier this|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.? \d|(?:january|february|march|april|may|june|july|august|september|october|november|december)\b)/i;

/** The publication day (YYYY-MM-DD, UTC) of an ISO time. */
export function publicationDay(publishedAt: string): string {
  return new Date(publishedAt).toISOString().slice(0, 10);
}

/**
 * The day an incident phrase names, resolved against publication: "on Saturday" is the latest Saturday on or
 * before publication (the seed, published Sat 2019-08-10, means that same day; chrono alone would pick the
 * nearest Saturday, which can be the next one), "overnight" is the publication day.
 */
export function resolveIncidentDay(text: string, publishedAt: string): string | null {
  if (/\bovernight\b/i.test(text) && !DATE_WORD.test(text)) return publicationDay(publishedAt);
  if (!DATE_WORD.test(text)) return null;
  const results = chrono.parse(text, reference(publishedAt), { forwardDate: false });
  for (const r of results) {
    if (/\b(?:since|from)\s+(?:the\s+)?$/i.test(text.slice(Math.max(0, r.index - 12), r.index))) continue;
    const day = toPastDay(r.start, publishedAt);
    if (day) return day;
  }
  return null;
}

/**
 * The start of a running tally: "since 2011" is "2011", "since the end of April" (in a report of 2019-08-10)
 * is 2019-04-30, "since the war began in February 2022" is 2022-02-01.
 */
export function resolveSince(afterSince: string, publishedAt: string): string | null {
  const window = afterSince.slice(0, 120);
  const results = DATE_WORD.test(window) || /\bend of|\bstart of|\bbeginning of/i.test(window)
    ? chrono.parse(window, reference(publishedAt), { forwardDate: false })
    : [];
  const year = window.match(/\b(19\d\d|20\d\d)\b/);
  const first = results[0];
  if (first && (!year || first.index < (year.index ?? 0) || first.start.isCertain('month'))) {
    const day = toPastDay(first.start, publishedAt);
    if (day) return day;
  }
  if (year) return year[1];
  if (/^\s*(?:the start of |the beginning of )?(?:this|the) year\b/i.test(window)) return publicationDay(publishedAt).slice(0, 4);
  return null;
}

function reference(publishedAt: string): chrono.ParsingReference {
  return { instant: new Date(publishedAt), timezone: 'UTC' };
}

function toPastDay(c: chrono.ParsedComponents, publishedAt: string): string | null {
  const pub = publicationDay(publishedAt);
  const year = c.get('year');
  const month = c.get('month');
  const day = c.get('day');
  if (year === null || month === null || day === null) return null;
  let date = Date.UTC(year, month - 1, day);
  const pubTime = Date.parse(`${pub}T00:00:00Z`);
  if (date > pubTime) {
    // A weekday or a month without a year names the past one in a news report.
    if (c.isCertain('weekday') && !c.isCertain('day')) date -= 7 * 86_400_000;
    else if (!c.isCertain('year')) date = Date.UTC(year - 1, month - 1, day);
  }
  return new Date(date).toISOString().slice(0, 10);
}
