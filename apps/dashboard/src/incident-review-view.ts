import type { CorrectionResult, Incident } from '@cw/contracts';
import type { DashboardApi } from './api-client';
import type { CorrectionContext } from './correction-form';
import { el } from './dom';
import { showFailure } from './failure';
import { countryName, formatNumber } from './format';
import type { FigureFacts } from './figure-change';
import { incidentActions } from './incident-actions';
import { incidentSummary } from './incident-summary';
import { appliedNote, correctedSummary, queuedList } from './incident-notes';
import { reportCard } from './report-card';
import { suggestedTarget } from './review-format';

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
    const openApart = (facts: FigureFacts) =>
      void findApart(api, facts).then(
        (id) =>
          id
            ? handlers.onOpen(id)
            : host.prepend(
                el('p', { class: 'error', role: 'alert' }, 'Its own incident is not found on its day: look for it under Totals and incidents.'),
              ),
        (error: unknown) => showFailure(host, error, handlers.onRefused),
      );
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
        el('ol', { class: 'review-reports' }, ...incident.reports.map((report) => reportCard(incident, report, context, openApart))),
      ),
    );
  } catch (error) {
    showFailure(host, error, handlers.onRefused);
    host.prepend(back);
  }
};

/** The incident a report moved out into (split): on the report's day, in its country and metric, the one made apart from it. */
const findApart = async (api: DashboardApi, facts: FigureFacts): Promise<string | null> => {
  if (!facts.country) return null;
  const day = facts.date.slice(0, 10);
  for (let offset: number | null = 0, pages = 0; offset !== null && pages < 10; pages++) {
    const page = await api.incidents(facts.country, facts.metric, { from: day, to: day }, offset);
    const found = page.incidents.find((incident) => incident.corrected?.apartFrom?.figureId === facts.figureId);
    if (found) return found.incidentId;
    offset = page.next;
  }
  return null;
};

const incidentHead = (incident: Incident): HTMLElement =>
  el(
    'div',
    { class: 'incident-head' },
    ...incidentSummary(incident, 'incident-value'),
    incident.provisional
      ? el('span', { class: 'badge warn', title: 'adds nothing to the totals until settled' }, `provisional: ${incident.provisional}`)
      : null,
    el('span', { class: 'muted id' }, incident.incidentId),
  );
