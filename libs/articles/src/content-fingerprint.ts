import { createHash } from 'node:crypto';

// Choice: a 128-bit SimHash (Charikar 2002) over word 3-shingles of the normalised body, compared by
// Hamming distance, as Google used for near-duplicate web pages (Manku et al., WWW 2007). One outlet's
// copy of an AFP story differs from another's by the headline, the dateline, curly quotes, a dropped
// or added sentence and site chrome; an exact hash breaks on any of these, SimHash moves a few bits.
// Only the first BODY_WORDS words count: syndicated copies are often cut short at the end, rarely at
// the start. The title counts only when the body is too short to say anything (headlines are rewritten).
// Fingerprint comparable texts: two extracted bodies, not a body against a one-line feed summary.

const VERSION = 'sh1';
const BODY_WORDS = 200;
const MIN_BODY_WORDS = 12;
const SHINGLE = 3;
// 128 rather than 64 bits: the distance then estimates the share of changed shingles with half the noise.
const BITS = 128;
// Measured on the seed story (shared/seeds/000_5d8a1befe3af6c37.txt): copies with another dateline,
// quotes and chrome 0; end cut and two words changed 10; one early paragraph dropped 14-25. A different
// Idlib story from the same monitor sharing three sentences 54; an unrelated story 70 (random is 64 +- 6).
/** Bits two copies of one story may differ by. */
export const SAME_STORY_MAX_DISTANCE = 26;
/** The fingerprint of a text with no words: never the same story as anything. */
export const EMPTY_FINGERPRINT = `${VERSION}:none`;

const AGENCIES = 'AFP|Reuters|AP|dpa|DPA|Xinhua|UPI|EFE|ANSA|Anadolu|AA|IANS|PTI|SANA|WAFA|KUNA|Yonhap|Kyodo|TASS|Interfax';
// "BEIRUT (AFP) -", "Beirut, Aug 10 (Reuters) -", "DAMASCUS, Syria (AP) —"
const AGENCY_DATELINE = new RegExp(`^[^\\n(]{0,60}\\((?:${AGENCIES})\\)\\s*[-–—:]+\\s*`, 'u');
// "BEIRUT:" or "BEIRUT —": a capitalised place, no agency
const PLACE_DATELINE = /^[A-Z][A-Z .'’-]{1,40}(?:,\s*[A-Z][A-Za-z .]{1,30})?\s*[:–—-]+\s+/u;
const BOILERPLATE_LINE =
  /^\s*(?:©|copyright\b|\(?reporting by\b|\(?editing by\b|\(?writing by\b|read more\b|related\b|advertisement\b|share this\b|follow us\b|sign up\b|subscribe\b)/iu;
const INLINE_AGENCY = new RegExp(`\\((?:${AGENCIES})\\)`, 'gu');

export function contentFingerprint(title: string, text: string): string {
  let words = storyWords(text).slice(0, BODY_WORDS);
  if (words.length < MIN_BODY_WORDS) words = [...storyWords(title), ...words];
  if (words.length === 0) return EMPTY_FINGERPRINT;
  return `${VERSION}:${simHash(shingles(words))}`;
}

/** True when two fingerprints are close enough to be copies of one story. */
export function sameStory(a: string, b: string, maxDistance = SAME_STORY_MAX_DISTANCE): boolean {
  const distance = fingerprintDistance(a, b);
  return distance !== null && distance <= maxDistance;
}

/** Differing bits between two fingerprints, or null when either is empty or of another version. */
export function fingerprintDistance(a: string, b: string): number | null {
  const wordsA = fingerprintWords(a);
  const wordsB = fingerprintWords(b);
  if (wordsA === null || wordsB === null) return null;
  return wordsA.reduce((sum, word, i) => sum + popCount(word ^ wordsB[i]), 0);
}

function storyWords(text: string): string[] {
  const lines = text
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .split(/\r?\n/)
    .map((line) => line.trim())
    .filter((line) => line && !BOILERPLATE_LINE.test(line));
  const body = lines.join('\n').replace(AGENCY_DATELINE, '').replace(PLACE_DATELINE, '').replace(INLINE_AGENCY, ' ');
  return body
    .toLowerCase()
    .split(/[^\p{L}\p{N}]+/u)
    .filter(Boolean);
}

function shingles(words: string[]): Set<string> {
  if (words.length <= SHINGLE) return new Set([words.join(' ')]);
  const result = new Set<string>();
  for (let i = 0; i + SHINGLE <= words.length; i++) result.add(words.slice(i, i + SHINGLE).join(' '));
  return result;
}

function simHash(features: Set<string>): string {
  const weights = new Array<number>(BITS).fill(0);
  for (const feature of features) {
    // md5 is not used for security here: it is a fast, well-mixed 128-bit hash of one shingle.
    const digest = createHash('md5').update(feature, 'utf8').digest();
    for (let bit = 0; bit < BITS; bit++) {
      const set = (digest[bit >> 3] >> (bit & 7)) & 1;
      weights[bit] += set ? 1 : -1;
    }
  }
  const bytes = Buffer.alloc(BITS / 8);
  weights.forEach((weight, bit) => {
    if (weight > 0) bytes[bit >> 3] |= 1 << (bit & 7);
  });
  return bytes.toString('hex');
}

function fingerprintWords(fingerprint: string): number[] | null {
  const match = new RegExp(`^${VERSION}:([0-9a-f]{${BITS / 4}})$`).exec(fingerprint);
  if (!match) return null;
  const words: number[] = [];
  for (let i = 0; i < match[1].length; i += 8) words.push(parseInt(match[1].slice(i, i + 8), 16));
  return words;
}

function popCount(value: number): number {
  let v = value >>> 0;
  let count = 0;
  while (v) {
    v &= v - 1;
    count++;
  }
  return count;
}
