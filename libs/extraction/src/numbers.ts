import type { Qualifier } from './casualty-figure';
import { MAX_PLAUSIBLE_COUNT } from './reading-bounds';

/** A count read from text, with the words that bound it ("more than 800", "nearly 80", "dozens"). */
export interface NumberMention {
  value: number;
  qualifier: Qualifier;
  /** A vague word ("dozens", "hundreds", "scores"): value is its conventional lower bound. */
  vague: boolean;
  /** Offsets of the whole phrase, qualifier included, within the text read. */
  start: number;
  end: number;
  /** Offsets of the number itself, without its qualifier. */
  numberStart: number;
  text: string;
}

const UNITS: Record<string, number> = {
  zero: 0,
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  eleven: 11,
  twelve: 12,
  thirteen: 13,
  fourteen: 14,
  fifteen: 15,
  sixteen: 16,
  seventeen: 17,
  eighteen: 18,
  nineteen: 19,
  twenty: 20,
  thirty: 30,
  forty: 40,
  fifty: 50,
  sixty: 60,
  seventy: 70,
  eighty: 80,
  ninety: 90,
};
const SCALES: Record<string, number> = {
  hundred: 100,
  thousand: 1_000,
  million: 1_000_000,
  billion: 1_000_000_000,
};

// ACLED codes vague counts at their lower bound: "tens" = 10, "dozens" = 12, "hundreds" = 100
// (shared/FIELD-NOTES.md); "scores" follows as 20, "thousands" as 1,000.
const VAGUE: Record<string, number> = {
  tens: 10,
  dozens: 12,
  scores: 20,
  hundreds: 100,
  thousands: 1_000,
  millions: 1_000_000,
};

const QUALIFIER_WORDS: [RegExp, Qualifier][] = [
  [/\b(?:at least|a minimum of|no fewer than|no less than)\s+$/i, 'at_least'],
  [/\b(?:more than|over|upwards of|in excess of|above)\s+$/i, 'more_than'],
  [/\b(?:nearly|almost|close to|just under|fewer than|less than|under)\s+$/i, 'nearly'],
  [/\b(?:about|around|approximately|roughly|an estimated|estimated|some|or so)\s+$/i, 'about'],
  // "has gone up to 14" is a toll that rose, not a bound: a verb of motion takes the "up".
  [/(?<!\b(?:gone|went|go|goes|going|moved|shot|jumped|climbed|crept|edged|risen|rose)\s)\b(?:up to|as many as)\s+$/i, 'up_to'],
];

const WORD = `(?:${[...Object.keys(UNITS), ...Object.keys(SCALES)].sort((a, b) => b.length - a.length).join('|')})`;
// "400,000", "1.5 million", "370 000", "seventy", "thirty-two", "two hundred", "a dozen", "dozens", "tens of thousands".
const NUMBER_PATTERN = new RegExp(
  [
    String.raw`\d{1,3}(?:,\d{3})+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?`,
    // "19 000 civilians": a space (or a thin space) between thousands, as many wires write them.
    String.raw`\d{1,3}(?:[ \u202F\u2009]\d{3})+(?=\s+[a-z])`,
    // "12, 033 people": a stray space after the thousands comma; the leading zero says it is no second count of a list.
    String.raw`\d{1,3},[ ]0\d{2}(?=\s+[a-z])`,
    String.raw`\d+(?:\.\d+)?(?:\s+(?:million|billion|thousand))?`,
    String.raw`(?:a|one|two|three|half a)\s+dozen`,
    String.raw`half a (?:million|thousand)`,
    String.raw`(?:a|one|three) quarters? of a (?:million|thousand)`,
    String.raw`several dozen`,
    String.raw`(?:tens|hundreds|dozens|scores|thousands|millions)(?:\s+of\s+(?:thousands|millions))?`,
    String.raw`${WORD}(?:[\s-]+(?:and\s+)?${WORD})*`,
  ]
    .map((alternative) => `(?:${alternative})(?![A-Za-z\\d])`)
    .join('|'),
  'gi',
);

/** Every count in text, in order, with its qualifier; no judgement yet on whether it counts people. */
export function readNumbers(text: string): NumberMention[] {
  const found: NumberMention[] = [];
  for (const m of text.matchAll(NUMBER_PATTERN)) {
    const start = m.index;
    const raw = m[0];
    // Inside a word or a hyphenated compound ("COVID-19", "a 12-year-old") the digits are not a count.
    if (start > 0 && /[\p{L}\d]/u.test(text[start - 1])) continue;
    const parsed = parseNumber(raw);
    if (parsed === null || parsed.value > MAX_PLAUSIBLE_COUNT) continue;
    // "Over a hundred others were hurt": the article belongs to the number, and the words before it qualify both (the
    // article's length, 0 when there is none).
    const article = /^(?:hundred|thousand|million|billion)\b/i.test(raw)
      ? (text.slice(Math.max(0, start - 3), start).match(/\ba\s+$/i)?.[0].length ?? 0)
      : 0;
    const before = text.slice(Math.max(0, start - article - 24), start - article);
    // "a dozen" is about twelve; "dozens" is at least twelve (its ACLED lower bound).
    let qualifier: Qualifier = parsed.vague ? 'at_least' : parsed.approximate ? 'about' : 'exact';
    let phraseStart = start;
    for (const [pattern, q] of QUALIFIER_WORDS) {
      const hit = before.match(pattern);
      if (hit) {
        qualifier = q === 'about' && /some\s+$/i.test(hit[0]) ? 'some' : q;
        phraseStart = start - article - hit[0].length + hit[0].search(/\S/);
        break;
      }
    }
    found.push({
      value: parsed.value,
      vague: parsed.vague,
      qualifier,
      start: phraseStart,
      end: start + raw.length,
      numberStart: start,
      text: raw,
    });
  }
  return mergeRanges(text, found);
}

// "between 10 and 15 people", "Between 3,000 and 4,000 people", "somewhere from 110 to 184 people": a range is one count at
// its lower bound (ACLED).
const RANGE_OPENER = /\b(?:between|(?:somewhere|anywhere)\s+from)\s+$/i;
const RANGE_JOIN = /^\s+(?:and|to)\s+$/i;

function mergeRanges(text: string, found: NumberMention[]): NumberMention[] {
  const merged: NumberMention[] = [];
  for (let i = 0; i < found.length; i++) {
    const low = found[i];
    const high = found[i + 1];
    if (
      high &&
      low.qualifier === 'exact' &&
      RANGE_OPENER.test(text.slice(Math.max(0, low.start - 16), low.start)) &&
      RANGE_JOIN.test(text.slice(low.end, high.start)) &&
      high.value > low.value
    ) {
      const opener = text.slice(0, low.start).match(RANGE_OPENER);
      merged.push({ ...low, qualifier: 'at_least', start: low.start - (opener?.[0].length ?? 0), end: high.end });
      i++;
      continue;
    }
    merged.push(low);
  }
  return merged;
}

/** The value of one number phrase, or null when it is not a number ("one" in "no one"). */
export function parseNumber(raw: string): { value: number; vague: boolean; approximate?: boolean } | null {
  const text = raw.toLowerCase().trim();
  const digits = text.replace(/(\d,?)[ \u202F\u2009](?=\d{3}\b)/g, '$1').match(/^([\d,.]+)(?:\s+(million|billion|thousand))?$/);
  if (digits) {
    const base = Number(digits[1].replace(/,/g, ''));
    if (!Number.isFinite(base)) return null;
    return {
      value: Math.round(base * (digits[2] ? SCALES[digits[2]] : 1)),
      vague: false,
    };
  }
  // "more than half a million people": half of the scale named.
  const half = text.match(/^half a (million|thousand)$/);
  if (half) return { value: SCALES[half[1]] / 2, vague: false };
  // "More than a quarter of a million people have fled the city".
  const quarter = text.match(/^(a|one|three) quarters? of a (million|thousand)$/);
  if (quarter) return { value: (SCALES[quarter[2]] * (quarter[1] === 'three' ? 3 : 1)) / 4, vague: false };
  // "several dozen terrorists": dozens, read at its lower bound.
  if (text === 'several dozen') return { value: VAGUE.dozens, vague: true };
  const dozen = text.match(/^(a|one|two|three|half a)\s+dozen$/);
  if (dozen)
    return {
      value: { a: 12, one: 12, two: 24, three: 36, 'half a': 6 }[dozen[1]] ?? 12,
      vague: false,
      approximate: true,
    };
  const vague = text.match(/^(tens|hundreds|dozens|scores|thousands|millions)(?:\s+of\s+(thousands|millions))?$/);
  if (vague)
    return {
      value: VAGUE[vague[1]] * (vague[2] ? VAGUE[vague[2]] : 1),
      vague: true,
    };
  return parseNumberWords(text);
}

function parseNumberWords(text: string): { value: number; vague: boolean } | null {
  let total = 0;
  let current = 0;
  let any = false;
  for (const w of text.split(/[\s-]+/)) {
    if (w === 'and') continue;
    if (w in UNITS) {
      current += UNITS[w];
      any = true;
    } else if (w === 'hundred') {
      current = (current || 1) * 100;
      any = true;
    } else if (w in SCALES) {
      total += (current || 1) * SCALES[w];
      current = 0;
      any = true;
    } else return null;
  }
  return any ? { value: total + current, vague: false } : null;
}
