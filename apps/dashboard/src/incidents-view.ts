import type { DashboardApi } from './api-client';
import type { Incident, Report } from './api-types';
import { articleLink, el } from './dom';
import { showFailure } from './failure';
import { countryName, formatDay, formatNumber, qualified } from './format';
import type { Selection } from './selection';

/** Incidents of the selection, newest first: figure, breakdown, and every report with the current estimate marked. */
export const renderIncidents = async (host: HTMLElement, api: DashboardApi, selection: Selection, onRefused: () => void): Promise<void> => {
  const list = el('ol', { class: 'incidents', id: 'incident-list' });
  const more = el('button', { type: 'button', class: 'more' }, 'More incidents');
  host.replaceChildren(list);
  const load = async (offset: number) => {
    try {
      const page = await api.incidents(selection.country, selection.metric, { from: selection.from, to: selection.to }, offset);
      list.append(...page.incidents.map(incidentItem));
      if (offset === 0 && page.incidents.length === 0) host.replaceChildren(el('p', { class: 'muted' }, 'No incident in this period.'));
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

const incidentItem = (incident: Incident): HTMLElement => {
  const estimate = incident.currentEstimate;
  const breakdown = estimate?.breakdown ?? [];
  return el(
    'li',
    { class: 'incident', 'data-incident': incident.incidentId },
    el(
      'div',
      { class: 'incident-head' },
      el('span', { class: 'date' }, formatDay(incident.date)),
      el('span', { class: 'place' }, [...incident.places, countryName(incident.country)].join(', ')),
      el(
        'span',
        { class: 'figure', 'data-metric': incident.metric, 'data-value': String(incident.value) },
        `${incident.metric} ${estimate ? qualified(incident.value, estimate.qualifier, estimate.vague) : formatNumber(incident.value)}`,
      ),
      el('span', { class: 'muted' }, incident.victims),
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
