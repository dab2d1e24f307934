import type { DashboardApi } from './api-client';
import type { Incident, Report } from '@cw/contracts';
import { articleLink, el } from './dom';
import { showFailure } from './failure';
import { formatDay, formatNumber, qualified } from './format';
import { incidentSummary } from './incident-summary';
import type { Selection } from './selection';

export interface IncidentsHandlers {
  /** Each page as it loads (the map draws them). */
  onLoaded?: (incidents: Incident[]) => void;
  /** The region filter was cleared. */
  onAllRegions?: () => void;
  /** Opens an incident for review (admin and reviewer keys). */
  onReview?: (incidentId: string) => void;
}

/** Incidents of the selection, newest first: figure, breakdown, and every report with the current estimate marked. */
export const renderIncidents = async (
  host: HTMLElement,
  api: DashboardApi,
  selection: Selection,
  onRefused: () => void,
  handlers: IncidentsHandlers = {},
): Promise<void> => {
  const list = el('ol', { class: 'incidents', id: 'incident-list', 'data-region': selection.region });
  const more = el('button', { type: 'button', class: 'more' }, 'More incidents');
  const all = el('button', { type: 'button', id: 'all-regions' }, 'show every region');
  all.addEventListener('click', () => handlers.onAllRegions?.());
  const filter = selection.region
    ? el('p', { class: 'region-filter', id: 'region-filter' }, `In ${selection.region} only (picked on the map) · `, all)
    : null;
  host.replaceChildren(...(filter ? [filter, list] : [list]));
  const load = async (offset: number) => {
    try {
      const period = { from: selection.from, to: selection.to };
      const page = await api.incidents(selection.country, selection.metric, period, offset, selection.region);
      list.append(...page.incidents.map((incident) => incidentItem(incident, handlers.onReview)));
      handlers.onLoaded?.(page.incidents);
      if (offset === 0 && page.incidents.length === 0)
        list.replaceWith(
          el('p', { class: 'muted' }, selection.region ? `No incident in ${selection.region} in this period.` : 'No incident in this period.'),
        );
      more.remove();
      const next = page.next;
      if (next !== null) {
        more.onclick = () => void load(next);
        host.append(more);
      }
    } catch (error) {
      showFailure(host, error, onRefused);
    }
  };
  await load(0);
};

const reviewButton = (incidentId: string, onReview: (incidentId: string) => void): HTMLElement => {
  const button = el('button', { type: 'button', class: 'review-incident', 'data-incident': incidentId }, 'Review');
  button.addEventListener('click', () => onReview(incidentId));
  return button;
};

const incidentItem = (incident: Incident, onReview?: (incidentId: string) => void): HTMLElement => {
  const breakdown = incident.currentEstimate?.breakdown ?? [];
  return el(
    'li',
    { class: 'incident', 'data-incident': incident.incidentId, 'data-region': incident.region ?? '' },
    el(
      'div',
      { class: 'incident-head' },
      ...incidentSummary(incident),
      incident.provisional ? el('span', { class: 'badge warn', title: 'adds nothing to the totals until settled' }, 'provisional') : null,
      incident.corrected?.mergedInto ? el('span', { class: 'badge corrected' }, 'merged into another') : null,
      onReview ? reviewButton(incident.incidentId, onReview) : null,
    ),
    breakdown.length > 0
      ? el(
          'div',
          { class: 'breakdown' },
          'breakdown (part of the figure, not added): ',
          breakdown.map((part) => `${formatNumber(part.value)} ${part.group}`).join(' + '),
        )
      : null,
    el(
      'table',
      { class: 'reports' },
      el(
        'thead',
        {},
        el(
          'tr',
          {},
          el('th', {}, 'outlet'),
          el('th', {}, 'published'),
          el('th', {}, 'source'),
          el('th', {}, 'figure'),
          el('th', {}, 'sentence'),
          el('th', {}, ''),
        ),
      ),
      el('tbody', {}, ...incident.reports.map(reportRow)),
    ),
  );
};

const reportRow = (report: Report): HTMLElement =>
  el(
    'tr',
    { class: report.isCurrentEstimate ? 'current' : undefined },
    el('td', {}, articleLink(report.url, report.outlet)),
    el('td', {}, formatDay(report.publishedAt)),
    el('td', { class: 'source' }, report.source ?? 'unattributed'),
    el('td', {}, qualified(report.value, report.qualifier, report.vague), report.isUpdate ? ' (update)' : ''),
    el('td', { class: 'sentence' }, `“${report.sentence}”`),
    el('td', {}, report.isCurrentEstimate ? el('span', { class: 'badge', title: 'the report whose figure counts' }, 'current estimate') : ''),
  );
