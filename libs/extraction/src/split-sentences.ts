import { WIRE_AGENCIES } from './lexicon';
import { MAX_SENTENCE_CHARS } from './reading-bounds';

/** A sentence of a report, with its offsets in the report text. */
export interface Sentence {
  text: string;
  start: number;
  end: number;
  index: number;
}

// Abbreviations whose full stop does not end a sentence ("Gen. Abdel Fattah", "U.N. officials", "Dr. Ahmed").
const ABBREVIATION = /\b(?:Mr|Mrs|Ms|Dr|Gen|Lt|Col|Maj|Capt|Sgt|Gov|Sen|Rep|Rev|Prof|St|Jan|Feb|Aug|Sept|Oct|Nov|Dec|No|vs|approx|[A-Z])\.$/;

/** Split a report into sentences at line breaks and at ". " before a capital or a quote, keeping offsets. */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let start = 0;
  const push = (end: number) => {
    // A run-on "sentence" (a hostile page, a table flattened to text) is read in bounded pieces.
    while (end - start > MAX_SENTENCE_CHARS) {
      const space = text.lastIndexOf(' ', start + MAX_SENTENCE_CHARS);
      const cut = space > start + MAX_SENTENCE_CHARS / 2 ? space : start + MAX_SENTENCE_CHARS;
      pushPiece(cut);
      start = cut;
    }
    pushPiece(end);
  };
  const pushPiece = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed)
      sentences.push({
        text: trimmed,
        start: start + lead,
        end: start + lead + trimmed.length,
        index: sentences.length,
      });
  };
  const boundary = /\n+|[.!?]["”’]?(?=\s+["“‘(]?[A-Z0-9])/g;
  for (const m of text.matchAll(boundary)) {
    const end = m.index + m[0].length;
    if (m[0][0] !== '\n' && ABBREVIATION.test(text.slice(Math.max(0, m.index - 8), m.index + 1))) continue;
    push(end);
    start = end;
  }
  push(text.length);
  return sentences;
}

/** A dateline opens a wire report: "BEIRUT:", "KYIV, Ukraine (AP) —", "KHARTOUM (Reuters) -". */
export interface Dateline {
  place: string;
  start: number;
  end: number;
}

const DATELINE = new RegExp(
  String.raw`^\s*([A-Z][A-Z'’. -]{2,40}?)(?:,\s*[A-Z\d][\p{L}\d .'’-]{1,40}?)*\s*(?:,?\s*\((?:${WIRE_AGENCIES})\)\s*)?(?:[:—–]|--|-\s)`,
  'u',
);

/**
 * The dateline names where the reporter sits, not where people died: callers skip it when placing figures. It
 * opens the report, or the line after a headline ("Iran bombings death toll climbs to 91\n\nTEHRAN (AA) – ...").
 */
// "Kabul, May 10 (EFE).-", "Islamabad, Jan 5 (IANS) -", "Sanaa, April 11 (IANS) The number ...": a place in any case,
// its day, and an agency in brackets, with or without a dash;
// a syndicator's stray tag after the place ("Addis Ababa [Mali], June 30 (ANI/Xinhua):") is still its dateline.
const DATELINE_WITH_AGENCY =
  /^\s*([A-Z][\p{L}'’. -]{2,40}?)(?:\s*\[[^\]\n]{1,30}\])?(?:,\s*[A-Z][\p{L}\d .'’-]{1,40}?)*\s*\((?:[A-Z][\p{L}\d]{1,12}(?:[ /-][A-Z\d][\p{L}\d]{0,12})?)\)\s*\.?\s*(?:(?:[:—–]|--|-)\s*|(?=[A-Z]))/u;

// "YEREVAN, September 22. /ARKA/.", "MOSCOW, March 5. /TASS/.": the agency between slashes after the day.
const DATELINE_SLASHED_AGENCY = /^\s*([A-Z][A-Z'’. -]{2,40}?),\s*[A-Z][a-z]+\.?\s+\d{1,2}\.?\s*\/[A-Z][\w-]{1,15}\/\.?\s*/;

// "Ouagadougou (UrduPoint / Pakistan Point News, 28 April 2023):": the outlet that syndicates the copy and its day in
// brackets, then a colon or a dash. The outlet's home country is no place of the report's.
const DATELINE_WITH_SOURCE = /^\s*([A-Z][\p{L}'’. -]{2,40}?)(?:,\s*[A-Z][\p{L}\d .'’-]{1,40}?)*\s*\([^()\n]{2,80}\)\s*(?:[:—–]|--|-)\s*/u;

const matchDateline = (text: string) =>
  text.match(DATELINE) ?? text.match(DATELINE_WITH_AGENCY) ?? text.match(DATELINE_SLASHED_AGENCY) ?? text.match(DATELINE_WITH_SOURCE);

// "Bangkok - Villagers burned old car tyres ...": a place in ordinary case and a dash open the report's body (only at
// its top: further down, a line like that is as likely a heading).
// "Tehran : State media reported ...": a colon set off by spaces, as French-style copy writes it, too ("Syria: 20 killed"
// is a headline's topic, not a dateline).
const DATELINE_DASH = /^\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?)\s+(?:[—–:]|--?)\s+(?=[A-Z])/;
// "Goma, 08 December 2022 - The UN mission confirms ...": a place in ordinary case, its day and a dash, at the top.
const DATELINE_DAY =
  /^\s*([A-Z][\p{L}'’. -]{2,40}?),\s*(?:\d{1,2}(?:st|nd|rd|th)?\s+(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?|(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}(?:st|nd|rd|th)?)(?:,?\s+\d{4})?\s*(?:[—–:]|--?)\s+(?=[A-Z])/u;
// "Islamabad: Security forces on Wednesday freed ...": under a headline, a place and a colon open the body ("Syria: 20
// killed" on the headline's own line is its topic).
const BODY_DATELINE_COLON = /^\s*([A-Z][a-z]+(?:\s[A-Z][a-z]+)?):\s+(?=[A-Z][a-z]+\s+[a-z])/;
const matchOpeningDateline = (text: string) => matchDateline(text) ?? text.match(DATELINE_DASH) ?? text.match(DATELINE_DAY);

/** A span of a report's text. */
export interface TextSpan {
  start: number;
  end: number;
}

/** Whether an offset falls inside one of the spans. */
export const inSpans = (spans: readonly TextSpan[], at: number): boolean => spans.some((s) => at >= s.start && at < s.end);

// A web page's furniture kept with its text: a photo caption ("[Photo caption] Police check ...", "FILE - In this
// photo ...", "Caption: Relatives grieve ...") or a link to another story ("Read More: SOHR says drone strike killed
// seven"), or a credit line all in brackets ("(France 24 with AFP, Reuters)", "(Reporting by ...; Editing by ...)").
// Its counts repeat the story's, or another story's, or an older toll, and its names are outlets: none is the report's.
const PAGE_FURNITURE =
  /^[ \t]*(?:\([^()\n]{2,120}\)[ \t]*$|\[(?:photo|image|picture|caption|video|related)\b[^\]\n]*\]|(?:photo|image)?[ \t]*caption[ \t]*[:\]—–-]|photo[ \t]*[:—–-]|FILE[ \t]*[:—–-][ \t]|(?:read more|read also|also read|see also|related(?: articles?| stories| news| coverage)?|recommended(?: stories)?)[ \t]*(?:[:|—–-]|$))/i;

// A byline with a place, on a line of its own ("By MARIA MACHARIA in Nairobi, Kenya"): where the reporter sits.
const BYLINE =
  /^[ \t]*By[ \t]+[A-Z][A-Za-z.'’ -]{1,50}?(?:[ \t]+(?:and|&)[ \t]+[A-Z][A-Za-z.'’ -]{1,40}?)?(?:,[ \t]*[A-Z][A-Za-z ]{1,40})?[ \t]+in[ \t]+[A-Z][A-Za-z .'’,-]{1,60}[ \t]*$/;

// A dateline on a line of its own ("KIGALI, Rwanda" above an Anadolu report on Niger): where the reporter sits.
const TOP_LINES = 4;
const DATELINE_LINE = /^[ \t]*[A-Z][A-Z.'’-]{2,}(?:[ \t][A-Z][A-Z.'’-]+){0,2}(?:,[ \t]*[A-Z][A-Za-z.'’-]+(?:[ \t][A-Z][A-Za-z.'’-]+){0,2})?[ \t]*$/;

/** The lines of a report that are page furniture (photo captions, links to other stories, bylines), as spans. */
export function pageFurniture(text: string): TextSpan[] {
  const spans: TextSpan[] = [];
  let lines = 0;
  for (const line of text.matchAll(/[^\n]+/g)) {
    lines++;
    // Only at the top, under the headline: further down, a line in capitals is a section's heading.
    const datelineLine = lines > 1 && lines <= TOP_LINES && DATELINE_LINE.test(line[0]);
    if (PAGE_FURNITURE.test(line[0]) || BYLINE.test(line[0]) || datelineLine) spans.push({ start: line.index, end: line.index + line[0].length });
  }
  return spans;
}

/**
 * Datelines that open a later line: a report that restates a headline, a lead and a photo caption before its wire
 * copy ("...\n\nERBIL (Kurdistan 24) - The death toll from Thursday's drone attack ... in Homs"). Where the reporter sat
 * is no more where people died there than at the top.
 */
export function innerDatelines(text: string, first: TextSpan | null): TextSpan[] {
  const spans: TextSpan[] = [];
  for (const line of text.matchAll(/\n\s*/g)) {
    const start = line.index + line[0].length;
    if (start <= (first?.end ?? 0)) continue;
    const m = matchDateline(text.slice(start, start + 160));
    if (m) spans.push({ start, end: start + m[0].length });
  }
  return spans;
}

export function findDateline(text: string): Dateline | null {
  const m = matchOpeningDateline(text);
  if (m) return { place: m[1].trim(), start: m.index ?? 0, end: (m.index ?? 0) + m[0].length };
  const headline = text.match(/^[^\n]{1,200}\n+/);
  if (!headline) return null;
  const body = text.slice(headline[0].length);
  const after = matchOpeningDateline(body) ?? body.match(BODY_DATELINE_COLON);
  if (!after) return null;
  const start = headline[0].length + (after.index ?? 0);
  return { place: after[1].trim(), start, end: start + after[0].length };
}
