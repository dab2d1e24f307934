import { readNumbers } from './numbers';
import { lookAlikeCauses } from './passes/look-alike-causes';
import { sentenceCounts } from './passes/sentence-counts';
import { MAX_FIGURES_PER_REPORT, MAX_FIGURES_READ, MAX_REPORT_CHARS, MAX_SENTENCE_CHARS, ReadingTooCostly } from './reading-bounds';
import { readReport, readReportThrough } from './read-report';
import { splitSentences } from './split-sentences';

const publishedAt = '2026-01-01T00:00:00Z';

// A hostile article (issue 11): one endless "sentence" made the reading quadratic and the extractor lost
// its Kafka group membership. Time is measured by `npm run bench`; these specs pin the bounds themselves.
describe('reading bounds', () => {
  it('reads a run-on "sentence" in pieces no longer than the bound', () => {
    const runOn = 'gunmen killed 12 people and wounded 5 in Kabul and '.repeat(2_000);
    const sentences = splitSentences(runOn);
    expect(sentences.length).toBeGreaterThan(50);
    expect(Math.max(...sentences.map((s) => s.text.length))).toBeLessThanOrEqual(MAX_SENTENCE_CHARS);
    expect(sentences.every((s) => runOn.slice(s.start, s.end) === s.text)).toBe(true);
  });

  it('cuts a piece without a space at the bound', () => {
    const digits = '1'.repeat(4_000);
    expect(splitSentences(digits).map((s) => s.text.length)).toEqual([MAX_SENTENCE_CHARS, MAX_SENTENCE_CHARS, 1_000]);
  });

  it('keeps no more figures from one report than the bound', () => {
    let text = '';
    for (let i = 1; text.length < 60_000; i++) text += `On Monday gunmen killed ${i} people in Kabul, police said. `;
    expect(readReport(text, { publishedAt }).figures.length).toBe(MAX_FIGURES_PER_REPORT);
  });

  // The passes compare figures with one another: 100 KB of "killed 7" lines made 11,000 candidates and 3 to 5 s of
  // reading, growing with the square of the text, before the figures were cut to the bound at the end.
  it('reads no more counts from a report than MAX_FIGURES_READ, however many its text holds', () => {
    const lines = 'killed 7\n'.repeat(MAX_REPORT_CHARS / 9);
    const candidates = readReportThrough([lookAlikeCauses, sentenceCounts], lines, { publishedAt }).figures;
    expect(candidates.length).toBeGreaterThan(MAX_FIGURES_PER_REPORT);
    expect(candidates.length).toBeLessThanOrEqual(MAX_FIGURES_READ);
    expect(readReport(lines, { publishedAt }).figures.length).toBeLessThanOrEqual(MAX_FIGURES_PER_REPORT);
  });

  it('takes no implausible count for a figure: "killed 99999999999999999999 people", "5 billion"', () => {
    expect(readNumbers('killed 99999999999999999999 people')).toEqual([]);
    expect(readNumbers('5 billion people were displaced')).toEqual([]);
    expect(readReport('Gunmen killed 99999999999999999999 people in Kabul on Monday.', { publishedAt }).figures).toEqual([]);
  });

  it('stops with ReadingTooCostly when the caller says the budget is spent', () => {
    const text = 'Gunmen killed 12 people in Kabul on Monday. Police said 5 more were wounded. '.repeat(10);
    let asked = 0;
    expect(() => readReport(text, { publishedAt, overBudget: () => ++asked > 3 })).toThrow(ReadingTooCostly);
  });
});
