import type { CasualtyFigure } from '../casualty-figure';
import { readReport } from '../read-report';

/** What a spec expects of one figure: the fields it names, nothing else. */
export type FigureCase = Partial<
  Pick<
    CasualtyFigure,
    | 'kind'
    | 'metric'
    | 'value'
    | 'date'
    | 'dateBasis'
    | 'since'
    | 'country'
    | 'source'
    | 'qualifier'
    | 'victims'
    | 'places'
    | 'breakdown'
    | 'isUpdate'
    | 'confidence'
  >
>;

/** The figures of a short report in the project's own words, published at `publishedAt`. */
export const read = (text: string, publishedAt = '2024-03-14T12:00:00Z'): CasualtyFigure[] => readReport(text, { publishedAt }).figures;

/** Reads `text` and checks it yields exactly these figures, in order, each compared on the fields it names. */
export const expectReading = (text: string, figures: FigureCase[], publishedAt?: string): void => {
  const got = read(text, publishedAt);
  const named = got.map((f, i) =>
    Object.fromEntries(Object.keys(figures[i] ?? { kind: 0, metric: 0, value: 0 }).map((k) => [k, f[k as keyof CasualtyFigure]])),
  );
  expect(named).toEqual(figures);
};
