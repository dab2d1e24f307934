// shared/seeds/000_5d8a1befe3af6c37.txt against its hand reading, shared/eval/seed.expected.json.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { incidentTotals } from './incident-totals';
import { figureToLabel } from './labelled-reading';
import { readReport } from './read-report';

// shared/ beside the checkout, or where CW_SHARED_DIR says (a clone elsewhere; libs/testing cannot be imported here: it
// depends on this library).
const sharedPath = (...parts: string[]) => join(process.env.CW_SHARED_DIR ?? join(__dirname, '../../../../shared'), ...parts);

const text = readFileSync(sharedPath('eval', 'seed.txt'), 'utf8');
const expected = JSON.parse(readFileSync(sharedPath('eval', 'seed.expected.json'), 'utf8'));

describe('readReport on the seed report', () => {
  const { figures } = readReport(text, { publishedAt: expected.publishedAt });
  const labels = figures.map(figureToLabel);

  it('reads exactly the five hand-labelled figures, in order', () => {
    expect(labels.map((f) => [f.kind, f.metric, f.value])).toEqual(
      expected.figures.map((f: { kind: string; metric: string; value: number }) => [f.kind, f.metric, f.value]),
    );
  });

  const cases: [number, Record<string, unknown>][] = expected.figures.map((f: Record<string, unknown>, i: number) => [i, f]);
  it.each(cases)('figure %i matches qualifier, date/since, country, source and breakdown', (i, w) => {
    const got = labels[i];
    expect(got.qualifier).toBe(w['qualifier']);
    expect(got.country).toBe(w['country']);
    expect(got.source).toBe(w['source']);
    if (w['kind'] === 'incident') expect(got.date).toBe(w['date']);
    else expect(got.since).toBe(w['since']);
    expect((got.breakdown ?? []).map((b) => b.value)).toEqual(((w['breakdown'] as { value: number }[]) ?? []).map((b) => b.value));
  });

  it('adds 70 to the Syrian incident totals, never 140 and never the running tallies', () => {
    expect(incidentTotals(figures)).toEqual(expected.incident_totals_after_this_report);
  });
});
