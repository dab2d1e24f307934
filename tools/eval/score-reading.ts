// Scores one report's reading against its hand label (shared/eval format). Figures match on metric, value and
// kind, one to one; the other fields are compared only on matched figures.
import type { LabelledFigure, LabelledReading } from "@cw/extraction";

export const FIELDS = [
  "date/since",
  "country",
  "qualifier",
  "source",
  "breakdown",
] as const;
export type Field = (typeof FIELDS)[number];

export interface CaseScore {
  name: string;
  expected: number;
  predicted: number;
  matched: number;
  fieldHits: Record<Field, number>;
  totalsExact: boolean;
  missed: LabelledFigure[];
  invented: LabelledFigure[];
  fieldMisses: string[];
}

type Totals = LabelledReading["incident_totals_after_this_report"];

export function scoreCase(
  name: string,
  expected: LabelledReading,
  predicted: LabelledReading,
): CaseScore {
  const free = [...predicted.figures];
  const missed: LabelledFigure[] = [];
  const fieldHits = Object.fromEntries(FIELDS.map((f) => [f, 0])) as Record<
    Field,
    number
  >;
  const fieldMisses: string[] = [];
  let matched = 0;
  for (const e of expected.figures) {
    const i = free.findIndex(
      (p) => p.metric === e.metric && p.value === e.value && p.kind === e.kind,
    );
    if (i < 0) {
      missed.push(e);
      continue;
    }
    const [p] = free.splice(i, 1);
    matched++;
    for (const field of FIELDS) {
      const [want, got] = fieldValues(field, e, p);
      if (sameField(field, want, got)) fieldHits[field]++;
      else
        fieldMisses.push(
          `${e.metric} ${e.value} ${field}: expected ${JSON.stringify(want)}, got ${JSON.stringify(got)}`,
        );
    }
  }
  return {
    name,
    expected: expected.figures.length,
    predicted: predicted.figures.length,
    matched,
    fieldHits,
    totalsExact: sameTotals(
      expected.incident_totals_after_this_report ?? {},
      predicted.incident_totals_after_this_report,
    ),
    missed,
    invented: free,
    fieldMisses,
  };
}

function fieldValues(
  field: Field,
  e: LabelledFigure,
  p: LabelledFigure,
): [unknown, unknown] {
  switch (field) {
    case "date/since":
      return e.kind === "incident"
        ? [e.date ?? null, p.date ?? null]
        : [e.since ?? null, p.since ?? null];
    case "country":
      return [e.country, p.country];
    case "qualifier":
      return [e.qualifier, p.qualifier];
    case "source":
      return [e.source, p.source];
    case "breakdown":
      return [breakdownValues(e), breakdownValues(p)];
  }
}

function sameField(field: Field, want: unknown, got: unknown): boolean {
  if (field === "source")
    return sameSource(want as string | null, got as string | null);
  if (field === "date/since")
    return normaliseSince(want) === normaliseSince(got);
  return JSON.stringify(want) === JSON.stringify(got);
}

// "2011" and "2011-01-01" name the same start of a tally.
function normaliseSince(v: unknown): unknown {
  return typeof v === "string" ? v.replace(/^(\d{4})-01-01$/, "$1") : v;
}

// "the Gaza health ministry" and "Health Ministry" name the same source; "UN" is the United Nations.
export function sameSource(want: string | null, got: string | null): boolean {
  if (want === null || got === null) return want === got;
  const norm = (s: string) =>
    s
      .toLowerCase()
      .replace(/\bu\.?n\.?\b/g, "united nations")
      .replace(/^(?:the|a|an)\s+/, "")
      .replace(/[^a-z0-9 ]/g, "")
      .replace(/\s+/g, " ")
      .trim();
  const [a, b] = [norm(want), norm(got)];
  return (
    a === b ||
    (a.length > 3 && b.includes(a)) ||
    (b.length > 3 && a.includes(b))
  );
}

function breakdownValues(f: LabelledFigure): number[] {
  return (f.breakdown ?? []).map((b) => b.value).sort((x, y) => x - y);
}

function sameTotals(want: Totals, got: Totals): boolean {
  const countries = new Set([...Object.keys(want), ...Object.keys(got)]);
  for (const c of countries) {
    const w = want[c] ?? { killed: 0, injured: 0, displaced: 0 };
    const g = got[c] ?? { killed: 0, injured: 0, displaced: 0 };
    if (
      w.killed !== g.killed ||
      w.injured !== g.injured ||
      w.displaced !== g.displaced
    )
      return false;
  }
  return true;
}
