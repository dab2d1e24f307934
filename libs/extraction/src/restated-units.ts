// IDMC and OCHA give displacement in two units: "an estimated 3,800 families, or roughly 26,000 people, to flee",
// "1,200 households (about 7,000 people)". It is one figure, and people are the unit kept (blind2 convention).
// The count in families and its punctuation are blanked, keeping every offset, so that the count in people reads
// as if written alone: "forced an estimated            roughly 26,000 people  to flee".
const COUNT = String.raw`\d[\d,.]*(?:\s+(?:million|thousand))?`;
const QUALIFIER = String.raw`(?:(?:some|about|around|roughly|approximately|an estimated|nearly|almost|more than|over|at least)\s+)?`;
const PEOPLE = String.raw`(?:people|persons|individuals)`;
const RESTATED = new RegExp(
  String.raw`\b(${COUNT}\s+(?:[\w-]+\s+)?(?:families|households),\s+or\s+)(${QUALIFIER}${COUNT}\s+${PEOPLE})(,)|\b(${COUNT}\s+(?:[\w-]+\s+)?(?:families|households)\s+\((?:or\s+)?)(${QUALIFIER}${COUNT}\s+${PEOPLE})(\))`,
  'gi',
);

/** The text with "N families, or M people," read as "M people": same length, unit count blanked. */
export function keepCountInPeople(text: string): string {
  if (!/families|households/i.test(text)) return text;
  return text.replace(RESTATED, (_all, f1, p1, e1, f2, p2, e2) => {
    const [families, people, end] = f1 !== undefined ? [f1, p1, e1] : [f2, p2, e2];
    return ' '.repeat(families.length) + people + ' '.repeat(end.length);
  });
}
