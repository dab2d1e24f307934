// What the product makes of one report on its own: the figures extraction reads, and the incident totals
// that a fresh TotalsLedger (the one the aggregator runs) holds after applying them. The eval scores this,
// so its totals measure the product, not a separate summation.
import { figureToLabel, type LabelledReading, readReport } from '@cw/extraction';
import { Gazetteer } from '@cw/places';
import { regionLookup, TotalsLedger } from '@cw/totals';
import { createHash } from 'node:crypto';

export const predictReport = (text: string, publishedAt: string, name: string): LabelledReading => {
  const { figures } = readReport(text, { publishedAt });
  const ledger = new TotalsLedger({ regionOf: regionLookup(Gazetteer.shared()) });
  const articleId = createHash('sha256').update(name).digest('hex').slice(0, 32);
  ledger.apply({ articleId, url: `https://eval.invalid/${encodeURIComponent(name)}`, outlet: 'eval', publishedAt }, figures);
  return { publishedAt, figures: figures.map(figureToLabel), incident_totals_after_this_report: ledger.incidentTotals() };
};
