import { MONTHS } from '../lexicon';
import { type FigureInReading, isSubgroup, type Pass, type Reading, revise, withFigures } from '../reading';

// "Just a week ago, at least 58 people were killed in the Tillaberi region", "Earlier this month": a sentence that opens on
// another event is not where the report's own incident is named.
// "In November, ISIS was blamed for the shooting deaths of eight worshippers in al-Ahsa" (eval/real1 Qatif): a month's.
const RECALL_OPENS = new RegExp(
  String.raw`^\W*(?:just\s+)?(?:a|one|two|three|four|five|six)\s+(?:days?|weeks?|months?|years?)\s+(?:ago|earlier|before)\b|^\W*(?:earlier|last (?:week|month|year)|in a separate|separately|previously)\b|^\W*in\s+(?:early\s+|late\s+|mid-?)?(?:${MONTHS})(?:\s+\d{4})?,`,
  'i',
);

/** The towns or regions the report names first ("members of St Francis Catholic Church, Owaluwa, in Owo"), when no figure names any. */
const firstNamedPlaces = (reading: Reading): { country: string | null; places: string[] } | undefined =>
  reading.sentences
    .filter((s) => !RECALL_OPENS.test(s.text))
    .map((s) => reading.places.placesIn(s.start, s.end))
    .find((where) => where.places.length > 0);

// "The Strasbourg attack came two years after a man drove a truck into a Christmas market in Berlin, killing 12 people": a
// count told in what the report's event came after lies in the places that clause names (stories W, Strasbourg).
const CAME_AFTER = /\b(?:came|come|comes|coming|follows|followed|following)\s+(?:[\w-]+\s+){0,4}?after\s+/gi;

function afterAnotherEvent(reading: Reading, f: FigureInReading): { country: string | null; places: string[] } | null {
  const sentence = reading.sentences[f.at];
  const before = sentence.text.slice(0, f.span.start - sentence.start);
  const after = [...before.matchAll(CAME_AFTER)].pop();
  if (!after) return null;
  const from = sentence.start + after.index + after[0].length;
  const where = reading.places.placesIn(from, sentence.end);
  // "come a few days after ... air strikes carried out by Uganda in the Democratic Republic of the Congo ... had killed
  // no fewer than 200 rebels" (eval/real31 Kamwenge): a country alone places it too.
  return where.places.length || reading.places.namesOnlyCountries(from, sentence.end) ? where : null;
}

// "more than 138,000 people evacuated from Thailand's border regions, while more than 35,000 have been driven from their
// homes in Cambodia": a count on one side of a contrast lies in the places that side names (eval/real29).
const CONTRAST = /,\s+(?:while|whereas)\s+/gi;

function inItsSideOfAContrast(reading: Reading, f: FigureInReading): { country: string | null; places: string[] } | null {
  const sentence = reading.sentences[f.at];
  const cuts = [...sentence.text.matchAll(CONTRAST)].map((m) => sentence.start + m.index);
  if (!cuts.length) return null;
  const from = Math.max(sentence.start, ...cuts.filter((c) => c < f.span.start));
  const to = Math.min(sentence.end, ...cuts.filter((c) => c >= f.span.end));
  const where = reading.places.placesIn(from, to);
  return where.places.length || reading.places.namesOnlyCountries(from, to) ? where : null;
}

// "... after another assault in the same region, on a camp at Nguetchewe. There, two young suicide bombers killed 18
// people" (story AA, Nguetchewe): "There" is the place the sentence before names.
// When that sentence names no place the gazetteer knows but "the same region", it is the region of the count before.
function thereOfTheSentenceBefore(
  reading: Reading,
  f: FigureInReading,
  placedBefore: readonly FigureInReading[],
): { country: string | null; places: string[] } | null {
  const sentence = reading.sentences[f.at];
  const before = reading.sentences[f.at - 1];
  if (!before || !/^\W*There\b/.test(sentence.text) || reading.places.placesIn(sentence.start, sentence.end).places.length) return null;
  const where = reading.places.placesIn(before.start, before.end);
  if (where.places.length) return where;
  const sameArea = /\bin the same (?:region|area|province|district|state|county|town|city)\b/i.test(before.text);
  const counted = [...placedBefore].reverse().find((e) => e.country !== null && !isSubgroup(e));
  return sameArea && counted ? { country: counted.country, places: [...counted.places] } : null;
}

/**
 * Where each figure happened: the towns and regions its sentence names, in the country they vote for, else
 * the report's country (figure-places.ts leaves out the dateline, landmarks, destinations and actors). A
 * count that continues the one before it, and names no place, is in that one's places. An incident whose
 * sentence names no place at all ("26 martyred as terrorists target train passengers", a headline; "Gunmen
 * struck the church, leaving scores dead") is the report's own incident: it takes the places of the report's
 * first placed incident of that country, so the ledger can tell which incident a follow-up reports on.
 */
export const figurePlaces: Pass = {
  name: 'figure-places',
  reads: 'a figure happened in the places its sentence names (not the dateline, a landmark, a destination or an actor)',
  apply(reading) {
    const out: FigureInReading[] = [];
    for (const f of reading.figures) {
      const sentence = reading.sentences[f.at];
      const where =
        afterAnotherEvent(reading, f) ??
        inItsSideOfAContrast(reading, f) ??
        thereOfTheSentenceBefore(reading, f, out) ??
        reading.places.placesIn(sentence.start, sentence.end);
      const previous = [...out].reverse().find((e) => e.at < f.at && !isSubgroup(e));
      const inherited = f.notes.continues && previous && !where.places.length && where.country === previous.country;
      out.push(
        revise(f, inherited ? { country: previous.country, places: [...previous.places] } : { country: where.country, places: [...where.places] }),
      );
    }
    // The report tells its own incident first: the first places it names are that incident's.
    const lead =
      firstNamedPlaces(reading) ??
      out.find((f) => f.kind === 'incident' && !isSubgroup(f) && f.places.length > 0 && !RECALL_OPENS.test(reading.sentences[f.at].text));
    if (!lead) return withFigures(reading, out);
    // "Early in May, 30 people were killed in a village": an incident the report recalls on a day of its own is not
    // the report's incident, and does not take its places.
    const leadDay = out.find((f) => f.kind === 'incident' && !isSubgroup(f))?.date ?? null;
    const onLeadDay = (f: FigureInReading) => !f.date || !leadDay || Math.abs(Date.parse(f.date) - Date.parse(leadDay)) <= 86_400_000;
    // "19 were killed in the village of Ehsim": a village no gazetteer holds lies in the region the report names.
    const known = lead.places.filter((p) => !reading.places.isLocality(p));
    return withFigures(
      reading,
      out.map((f) => {
        if (f.kind !== 'incident' || isSubgroup(f) || f.country !== lead.country || !onLeadDay(f)) return f;
        if (f.places.length === 0) return revise(f, { places: [...lead.places] }, "no place of its own: the places of the report's incident");
        if (known.length && f.places.every((p) => reading.places.isLocality(p)))
          return revise(f, { places: [...f.places, ...known.filter((p) => !f.places.includes(p))] }, 'a locality, in the places of the report');
        return f;
      }),
    );
  },
};
