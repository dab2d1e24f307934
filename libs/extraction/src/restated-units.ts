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

// "Almost 1.7 million of Gaza's 2.3 million people have been displaced": the share is the count, the population
// between it and its noun is blanked, so the share reads as "Almost 1.7 million ... people".
const SHARE_OF_POPULATION = new RegExp(
  String.raw`(?<=\d(?:\s+(?:million|thousand))?)\s+of\s+(?:the\s+)?[A-Z][\w-]*['’]s\s+(?:estimated\s+|total\s+)?${COUNT}(?=\s+${PEOPLE})`,
  'g',
);

/** The text with "N families, or M people," read as "M people", "N of X's M people" as "N people": same length. */
export function keepCountInPeople(text: string): string {
  text = text.replace(SHARE_OF_POPULATION, (m) => ' '.repeat(m.length));
  if (!/families|households/i.test(text)) return text;
  return text.replace(RESTATED, (_all, f1, p1, e1, f2, p2, e2) => {
    const [families, people, end] = f1 !== undefined ? [f1, p1, e1] : [f2, p2, e2];
    return ' '.repeat(families.length) + people + ' '.repeat(end.length);
  });
}
