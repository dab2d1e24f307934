// What one report may cost. An article is untrusted input: 500 KB of a run-on "sentence" made
// extraction quadratic (30 s and more for one article), the extractor lost its Kafka group membership,
// exited before committing, and read the same article again on restart, forever (issue 11). Each bound
// sits far above what real reports need, so it never changes a real reading.

/** Characters of a report that are read; the rest is ignored. Real wire reports run 1-30 KB. */
export const MAX_REPORT_CHARS = 100_000;

/** A "sentence" longer than this is read in pieces of at most this length, cut at a space. */
export const MAX_SENTENCE_CHARS = 1_500;

/** Figures kept from one report: a real report has a few dozen at most. */
export const MAX_FIGURES_PER_REPORT = 200;

/**
 * Counts of people read from one report before the passes judge them; the sentences after the one that reaches
 * it are not read for counts. The passes compare figures with one another, so their cost grows with the square
 * of this: 100 KB of "killed 7" lines made 11,000 candidates and 3 to 5 s of reading (issue 11).
 */
export const MAX_FIGURES_READ = 500;

/** Counts above this are no count of people (a phone number, "5 billion", 20 digits in a row). */
export const MAX_PLAUSIBLE_COUNT = 100_000_000;

/** Thrown when the caller's budget for one report ran out: the report is refused, not half read. */
export class ReadingTooCostly extends Error {
  readonly code = 'READING_TOO_COSTLY';
  readonly retriable = false;
  constructor(readonly sentencesRead: number) {
    super(`reading stopped after ${sentencesRead} sentences: over the time budget for one report`);
    this.name = 'ReadingTooCostly';
  }
}
