import type { Metric, Qualifier } from './casualty-figure';
import { LEFT_CUE, RIGHT_CUE, TOLL_CUE, TOLL_UPDATE, metricOfCue } from './metric-cues';
import { isNotAFigure } from './not-figures';
import { readNumbers, type NumberMention } from './numbers';
import { VICTIM_PHRASE, readVictimGroup } from './victim-group';

/** One count of people read in a sentence, before the report-level reading (kind, date, place, source). */
export interface SentenceFigure {
  metric: Metric;
  value: number;
  qualifier: Qualifier;
  vague: boolean;
  victims: string;
  /** The noun phrase after the number as written ("jihadists and allied rebels"), for breakdown groups. */
  group: string;
  isUpdate: boolean;
  /** "including 12 children", "among them 5 women": a part of the figure before it, never a figure itself. */
  subgroupOf: 'previous' | null;
  start: number;
  end: number;
}

// "including 12 children", "among them 5 women", "Among the dead were 12 soldiers", "of whom 3 were children".
const SUBGROUP_LEFT = /\b(?:including|includes|included|among them|among whom|among the (?:dead|victims|wounded|injured)(?: were| are)?|among those (?:killed|wounded|injured)(?: were| are)?|of whom|of them|of those|mostly|mainly|most of them|the dead included|the victims included)\s+(?:(?:at least|some|about|nearly|more than)\s+)?$/i;
// "12 of them children", "three of whom were women"
const SUBGROUP_RIGHT = /^\s+of (?:them|whom)\b/i;
const CONNECTOR = /^\s*(?:,|and|as well as|plus|along with|,\s*and|while|with|including)?\s*(?:another|other|a further)?\s*$/i;
// A vague magnitude with no victim noun is rhetoric, not a count: "displaced millions" in the seed's last
// sentence is left out of its hand reading, while "dozens of people" is read as 12.
const BARE_VAGUE_LIMIT = 100;

/** Read every count of people in one sentence: a number tied to a victim noun and a casualty cue. */
export function readSentenceFigures(text: string): SentenceFigure[] {
  const numbers = readNumbers(text).filter((n) => !isNotAFigure(text, n));
  const figures: (SentenceFigure | null)[] = numbers.map((n) => readOne(text, n));
  // Coordinated counts share the cue: "claimed the lives of 32 pro-government forces as well as 38 jihadists",
  // "two soldiers and three civilians were killed".
  for (let pass = 0; pass < 2; pass++) {
    for (let i = 0; i < numbers.length; i++) {
      if (figures[i]) continue;
      const n = numbers[i];
      const np = victimPhrase(text, n);
      if (!np) continue;
      const neighbours = pass === 0 ? [i - 1] : [i + 1];
      for (const j of neighbours) {
        const other = figures[j];
        if (!other) continue;
        const between = j < i ? text.slice(other.end, n.start) : text.slice(n.end + np.length, numbers[j].start);
        if (!CONNECTOR.test(between)) continue;
        figures[i] = build(n, other.metric, np, false, other.subgroupOf, n.end + np.length);
      }
    }
  }
  return figures.filter((f): f is SentenceFigure => f !== null);
}

function readOne(text: string, n: NumberMention): SentenceFigure | null {
  const np = victimPhrase(text, n);
  const afterNp = n.end + (np?.length ?? 0);
  const leftText = text.slice(Math.max(0, n.start - 80), n.start);
  const left = stripAside(leftText);
  const subgroup = SUBGROUP_LEFT.test(leftText) || SUBGROUP_RIGHT.test(text.slice(n.end)) ? 'previous' : null;

  const toll = left.match(TOLL_CUE);
  if (toll && !np?.trim().startsWith('of')) {
    const metric = toll[1] && /injury/i.test(toll[1]) ? 'injured' : 'killed';
    return build(n, metric, np, TOLL_UPDATE.test(toll[0]), subgroup, afterNp);
  }
  const right = stripLeadingAside(text.slice(afterNp)).match(RIGHT_CUE);
  const rightMetric = right ? metricOfCue(right[1]) : null;
  const leftHit = left.match(LEFT_CUE);
  let leftMetric = leftHit ? metricOfCue(leftHit[1]) : null;
  if (leftHit && !leftMetric) leftMetric = leftVerbMetric(leftHit[1], text.slice(afterNp));
  // "left 12 people dead": the right cue says what "left" means.
  const metric = leftMetric ?? rightMetric ?? (subgroup && np ? 'killed' : null);
  if (!metric) return null;
  if (!np && n.vague && n.value > BARE_VAGUE_LIMIT) return null;
  if (!np && !leftHit && !/^\s*(?:were\s+|have been\s+|had been\s+)?(?:killed|dead|injured|wounded|hurt|missing|displaced|abducted|kidnapped)\b/i.test(text.slice(n.end))) return null;
  return build(n, subgroup && !leftMetric && !rightMetric ? 'killed' : metric, np, false, subgroup, afterNp);
}

// "forced 5,000 people to flee", "pushed 400,000 people from their homes", "left 12 dead": these verbs name
// a metric only through the words after their object.
function leftVerbMetric(verb: string, after: string): Metric | null {
  const right = after.match(RIGHT_CUE);
  if (right) return metricOfCue(right[1]);
  if (/^claim/i.test(verb)) return /^\s*lives\b/i.test(after) ? 'killed' : null;
  return null;
}

function victimPhrase(text: string, n: NumberMention): string | null {
  const m = text.slice(n.end, n.end + 80).match(VICTIM_PHRASE);
  return m ? m[0] : null;
}

// Skip one aside between cue and number: "has killed, according to the Observatory, more than 800 civilians".
function stripAside(left: string): string {
  return left.replace(/,\s*(?:according to|said|citing|officials|police|the)[^,]{0,60},\s*$/i, ' ');
}
// ... or between victim noun and cue: "12 civilians, including three children, were killed".
function stripLeadingAside(right: string): string {
  return right.replace(/^\s*,\s*(?:including|among them|most of them|mostly|many of them|all of them)[^,]{0,60},/i, ' ');
}

function build(
  n: NumberMention,
  metric: Metric,
  np: string | null,
  isUpdate: boolean,
  subgroupOf: 'previous' | null,
  end: number,
): SentenceFigure {
  const group = (np ?? '').trim().replace(/^of\s+/, '');
  return {
    metric,
    value: n.value,
    qualifier: n.qualifier,
    vague: n.vague,
    victims: readVictimGroup(np),
    group: group || 'unspecified',
    isUpdate,
    subgroupOf,
    start: n.numberStart,
    end,
  };
}
