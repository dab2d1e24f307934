import type { CorrectionResult, Incident, ReviewItem } from '@cw/contracts';
import type { DashboardApi } from './api-client';
import type { CorrectionContext } from './correction-form';
import { el } from './dom';
import { showFailure } from './failure';
import { countryName, formatDay, formatNumber, formatTime, qualified } from './format';
import { incidentActions } from './incident-actions';
import { reportCard } from './report-card';
import { changeText, REASON_WORDS, suggestedTarget } from './review-format';

export interface IncidentReviewHandlers {
  onBack: () => void;
  /** Another incident named here (merged into, merged from, made by a correction): open it. */
  onOpen: (incidentId: string) => void;
  onRefused: () => void;
}

const addDays = (day: string, days: number) => new Date(Date.parse(`${day.slice(0, 10)}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/**
 * One incident for a reviewer: every report with its sentence, figure, confidence and link, the country's totals
 * beside it, what is queued about it, and each correction one action away. After a correction the incident and the
 * totals are read again, so the page shows what the correction moved.
 */
export const renderIncidentReview = async (
  host: HTMLElement,
  api: DashboardApi,
  incidentId: string,
  handlers: IncidentReviewHandlers,
  applied: CorrectionResult | null = null,
): Promise<void> => {
  const back = el('button', { type: 'button', id: 'back-to-queue' }, '← Back to the queue');
  back.addEventListener('click', handlers.onBack);
  host.replaceChildren(back, el('p', { class: 'muted' }, 'Loading the incident…'));
  try {
    const incident = await api.incident(incidentId);
    const [totals, items, nearby] = await Promise.all([
      api.totals(incident.country),
      api.reviewItems({ incidentId, status: 'open', limit: '50' }),
      api.incidents(incident.country, incident.metric, { from: addDays(incident.date, -7), to: addDays(incident.date, 7) }),
    ]);
    const context: CorrectionContext = {
      api,
      onRefused: handlers.onRefused,
      onApplied: (result) => void renderIncidentReview(host, api, incidentId, handlers, result),
    };
    const suggested = items.items.map((item) => suggestedTarget(item.why)).find(Boolean) ?? null;
    const provisional = totals.provisional?.[incident.metric] ?? 0;
    host.replaceChildren(
      back,
      el(
        'div',
        { id: 'incident-review', 'data-incident': incident.incidentId },
        applied ? appliedNote(applied, incident.incidentId, handlers.onOpen) : null,
        incidentHead(incident),
        el(
          'div',
          { class: 'cards' },
          el(
            'div',
            { class: 'card computed', id: 'review-totals', 'data-country': incident.country, 'data-metric': incident.metric },
            el('div', { class: 'label' }, `${countryName(incident.country)} (${incident.country}), ${incident.metric}: computed total`),
            el('div', { class: 'big', 'data-value': String(totals[incident.metric]) }, formatNumber(totals[incident.metric])),
            el('div', { class: 'muted', 'data-provisional': String(provisional) }, `provisional, not counted: ${formatNumber(provisional)}`),
          ),
          el('div', { class: 'card' }, el('div', { class: 'label' }, 'corrections'), correctedSummary(incident, handlers.onOpen)),
        ),
        el('h3', {}, `Queued about it (${items.items.length})`),
        queuedList(items.items),
        el('h3', {}, 'The incident'),
        incidentActions(incident, nearby.incidents, suggested, context),
        el('h3', {}, `Reports (${incident.reports.length})`),
        el('ol', { class: 'review-reports' }, ...incident.reports.map((report) => reportCard(incident, report, context))),
      ),
    );
  } catch (error) {
    showFailure(host, error, handlers.onRefused);
    host.prepend(back);
  }
};

const incidentHead = (incident: Incident): HTMLElement =>
  el(
    'div',
    { class: 'incident-head' },
    el('span', { class: 'date' }, formatDay(incident.date)),
    el('span', { class: 'place' }, [...incident.places, countryName(incident.country)].join(', ')),
    el(
      'span',
      { class: 'figure', id: 'incident-value', 'data-value': String(incident.value) },
      `${incident.metric} ${incident.currentEstimate ? qualified(incident.value, incident.currentEstimate.qualifier) : formatNumber(incident.value)}`,
    ),
    el('span', { class: 'muted' }, incident.victims),
    incident.provisional
      ? el('span', { class: 'badge warn', title: 'adds nothing to the totals until settled' }, `provisional: ${incident.provisional}`)
      : null,
    el('span', { class: 'muted id' }, incident.incidentId),
  );

const openLink = (incidentId: string, onOpen: (id: string) => void, text = incidentId.slice(0, 12)) => {
  const link = el('button', { type: 'button', class: 'link open-incident', 'data-incident': incidentId }, text);
  link.addEventListener('click', () => onOpen(incidentId));
  return link;
};

const correctedSummary = (incident: Incident, onOpen: (id: string) => void): HTMLElement => {
  const corrected = incident.corrected;
  const lines: (HTMLElement | null)[] = [
    corrected?.machine ? el('li', {}, `the machine read ${formatNumber(corrected.machine.value)} ${corrected.machine.victims}`) : null,
    corrected?.estimate
      ? el(
          'li',
          { class: 'estimate' },
          `estimate set by hand to ${formatNumber(corrected.estimate.value)} by ${corrected.estimate.by}, ${formatTime(corrected.estimate.at)}: “${corrected.estimate.why}”`,
        )
      : null,
    corrected?.mergedInto ? el('li', { class: 'merged-into' }, 'counted inside incident ', openLink(corrected.mergedInto, onOpen)) : null,
    ...(corrected?.merged ?? []).map((id) => el('li', { class: 'merged-here' }, 'incident ', openLink(id, onOpen), ' counted inside this one')),
    corrected?.apartFrom
      ? el('li', {}, 'a report moved out of ', corrected.apartFrom.incidentId ? openLink(corrected.apartFrom.incidentId, onOpen) : 'no incident')
      : null,
  ];
  const shown = lines.filter((line): line is HTMLElement => line !== null);
  return shown.length > 0 ? el('ul', { class: 'corrected' }, ...shown) : el('p', { class: 'muted' }, 'none: as the reports made it');
};

const queuedList = (items: ReviewItem[]): HTMLElement =>
  items.length === 0
    ? el('p', { class: 'muted', id: 'incident-queue' }, 'Nothing open.')
    : el(
        'ul',
        { id: 'incident-queue' },
        ...items.map((item) =>
          el('li', { 'data-reason': item.reason }, el('span', { class: `reason ${item.reason}` }, REASON_WORDS[item.reason]), ` ${item.why}`),
        ),
      );

const appliedNote = (result: CorrectionResult, shown: string, onOpen: (id: string) => void): HTMLElement => {
  const { correction } = result;
  // The other incidents it moved (a merge's target, a report's new incident), one click away.
  const incidents = [...new Set(result.changes.map((change) => change.incidentId))].filter((id) => id !== shown);
  return el(
    'div',
    { class: 'applied', id: 'correction-applied', role: 'status', 'data-action': correction.action },
    el('strong', {}, `Applied: ${correction.action} by ${correction.by}`),
    ` · “${correction.why}” · `,
    result.changes.length === 0 ? 'the totals did not move' : result.changes.map(changeText).join('; '),
    result.closedReviewItems > 0 ? ` · ${result.closedReviewItems} queued item${result.closedReviewItems === 1 ? '' : 's'} closed` : '',
    result.waiting ? ' · waiting for its figure' : '',
    ...incidents.flatMap((id) => [' · ', openLink(id, onOpen, `open ${id.slice(0, 8)}`)]),
  );
};
