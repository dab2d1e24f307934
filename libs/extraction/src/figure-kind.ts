import type { FigureKind } from './casualty-figure';
import { resolveSince } from './report-dates';

export interface KindReading {
  kind: FigureKind;
  since: string | null;
  /** "in that same period": the tally starts where the previous one did. */
  samePeriod: boolean;
}

// Running tallies, never new incidents: "more than 370,000 since 2011", "so far", "to date", "in total",
// "a total of", "in that same period", "so far this year", "over the past month".
const TALLY_CUE = /\b(?:so far|to date|in total|a total of|overall|cumulative|(?:that|the) same period|this year|since|over the (?:past|last) (?:\w+ )?(?:weeks?|months?|years?)|in recent (?:weeks|months|years)|throughout the (?:war|conflict)|since the (?:start|beginning|outbreak))\b/i;
const SAME_PERIOD = /\b(?:in|over|during) (?:that|the) same period\b/i;
// "The violence has also pushed 400,000 people from their homes": a process in the present perfect is a tally.
const PROCESS_PERFECT = /\b(?:war|conflict|violence|fighting|bombardment|offensive|campaign|insurgency|crisis|unrest|hostilities|clashes|attacks)\b[^.;]{0,40}?\b(?:has|have)\s+(?:also\s+|now\s+|so far\s+)?(?:killed|displaced|pushed|forced|uprooted|claimed|left|wounded|injured|driven|cost)\b/i;
// A day named in the sentence anchors an incident: "on Saturday", "yesterday", "overnight".
const DAY_ANCHOR = /\b(?:on (?:mon|tues|wednes|thurs|fri|satur|sun)day|yesterday|overnight|last night|this morning|on (?:january|february|march|april|may|june|july|august|september|october|november|december) \d)/i;

/** Whether a figure is an incident or a running tally, and since when. */
export function readFigureKind(sentence: string, publishedAt: string, previousSince: string | null): KindReading {
  const since = sentence.match(/\bsince\b/i);
  if (since) {
    return { kind: 'cumulative', since: resolveSince(sentence.slice((since.index ?? 0) + 5), publishedAt), samePeriod: false };
  }
  if (SAME_PERIOD.test(sentence)) return { kind: 'cumulative', since: previousSince, samePeriod: true };
  if (TALLY_CUE.test(sentence) && !DAY_ANCHOR.test(sentence)) {
    const thisYear = /\bthis year\b/i.test(sentence) ? publishedAt.slice(0, 4) : null;
    return { kind: 'cumulative', since: thisYear, samePeriod: false };
  }
  if (PROCESS_PERFECT.test(sentence) && !DAY_ANCHOR.test(sentence)) return { kind: 'cumulative', since: null, samePeriod: true };
  return { kind: 'incident', since: null, samePeriod: false };
}
