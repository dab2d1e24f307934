import type { Incident, Report } from '@cw/contracts';
import type { CorrectionContext } from './correction-form';
import { articleLink, el } from './dom';
import { figureActions } from './figure-actions';
import type { FigureFacts } from './figure-change';
import { formatDay, formatNumber, qualified } from './format';
import { confidenceLevel, confidenceText } from './review-format';

/** A report's figure as the page shows it: the machine's reading with the analysts' changes laid over it. */
export const factsOf = (incident: Incident, report: Report): FigureFacts => {
  const change = report.correction?.change ?? {};
  return {
    figureId: report.figureId,
    incidentId: incident.incidentId,
    value: change.value ?? report.value,
    metric: change.metric ?? incident.metric,
    kind: change.kind ?? 'incident',
    date: change.date ?? report.date,
    country: change.country ?? incident.country,
    victims: change.victims ?? report.victims,
  };
};

/** What analysts decided about the report, in words: confirmed, rejected, moved out, changed. */
const correctionText = (report: Report): string | null => {
  const correction = report.correction;
  if (!correction) return null;
  const change = Object.entries(correction.change ?? {}).map(([name, value]) => `${name} ${String(value)}`);
  return [correction.status, correction.split ? 'moved to an incident of its own' : null, change.length > 0 ? `changed: ${change.join(', ')}` : null]
    .filter(Boolean)
    .join(' · ');
};

/** One report of an incident: who said it and where, the sentence, the figure, how sure the machine is, and its corrections. */
export const reportCard = (
  incident: Incident,
  report: Report,
  context: CorrectionContext,
  onOpenApart: (facts: FigureFacts) => void,
): HTMLElement => {
  const score = report.confidence?.score;
  const corrected = correctionText(report);
  const facts = factsOf(incident, report);
  const apart = report.correction?.split ? el('button', { type: 'button', class: 'link open-apart' }, 'open its own incident') : null;
  apart?.addEventListener('click', () => onOpenApart(facts));
  return el(
    'li',
    {
      class: `review-report${report.isCurrentEstimate ? ' current' : ''}${report.correction?.status === 'rejected' ? ' rejected' : ''}`,
      'data-figure': report.figureId,
      'data-value': String(report.value),
      'data-confidence': score === undefined ? undefined : String(score),
    },
    el(
      'div',
      { class: 'report-head' },
      articleLink(report.url, report.outlet),
      ` · ${formatDay(report.publishedAt)} · `,
      el('span', { class: 'source' }, report.source ?? 'unattributed'),
      report.isCurrentEstimate ? el('span', { class: 'badge', title: 'the report whose figure counts' }, 'current estimate') : null,
      corrected ? el('span', { class: 'badge corrected' }, corrected) : null,
      apart,
    ),
    el('blockquote', { class: 'sentence' }, `“${report.sentence}”`),
    el(
      'div',
      { class: 'report-figure' },
      el('strong', { class: 'value' }, qualified(report.value, report.qualifier, report.vague)),
      ` ${report.victims}`,
      report.isUpdate ? ' (update)' : '',
      ` · day ${formatDay(report.date)}${report.dateInferred ? ' (inferred, not read)' : ''}`,
      report.places.length > 0 ? ` · ${report.places.join(', ')}` : '',
      report.breakdown.length > 0 ? ` · of which ${report.breakdown.map((part) => `${formatNumber(part.value)} ${part.group}`).join(' + ')}` : '',
    ),
    el(
      'div',
      { class: 'report-confidence' },
      el('span', { class: `confidence ${confidenceLevel(score)}` }, `confidence ${confidenceText(report.confidence)}`),
      report.link ? ` · linked (${report.link.certainty}): ${report.link.evidence}` : '',
    ),
    figureActions(facts, context),
  );
};
