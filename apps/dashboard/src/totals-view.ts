import type { DashboardApi } from './api-client';
import type { CountryTotals, ReportedTally } from '@cw/contracts';
import { METRICS } from './metrics';
import { fillDays } from './daily-series';
import { articleLink, el } from './dom';
import { showFailure } from './failure';
import { formatDay, formatNumber, qualified } from './format';
import { describeSelection, type Selection } from './selection';
import { drawSeriesChart } from './series-chart';
import { drawTallyChart } from './tally-chart';

/** The computed totals of one country, its daily series with the running total, and reported tallies beside them. */
export const renderTotals = async (host: HTMLElement, api: DashboardApi, selection: Selection, onRefused: () => void): Promise<void> => {
  const { country, metric } = selection;
  const period = { from: selection.from, to: selection.to };
  host.replaceChildren(el('p', { class: 'muted' }, 'Loading totals…'));
  try {
    const [totals, series, tallies] = await Promise.all([
      api.totals(country, period),
      api.series(country, metric, period),
      api.tallies(country).then((all) => all.filter((tally) => tally.metric === metric)),
    ]);
    const filled = fillDays(series, selection.from, selection.to);
    const seriesHost = el('div', { id: 'series-chart', class: 'chart', 'data-series': JSON.stringify(filled) });
    const tallyHost = el('div', { id: 'tally-chart', class: 'chart short' });
    host.replaceChildren(
      el('p', { class: 'muted' }, describeSelection(selection)),
      el(
        'div',
        { class: 'cards' },
        el(
          'div',
          { class: 'card computed', id: 'computed-total' },
          el('div', { class: 'label' }, `computed total, ${metric}`),
          el('div', { class: 'big', 'data-value': String(totals[metric]) }, formatNumber(totals[metric])),
          el('div', { class: 'muted' }, 'current estimates of incidents, each counted once'),
        ),
        el('div', { class: 'card', id: 'reported-tallies' }, el('div', { class: 'label' }, 'reported tallies (never added)'), tallyList(tallies)),
      ),
      metricTable(totals),
      el('h3', {}, 'Daily series and running total'),
      series.length === 0 ? el('p', { class: 'muted' }, 'No change in this period.') : seriesHost,
      el('h3', {}, 'Computed total beside reported tallies'),
      tallyHost,
    );
    if (series.length > 0) drawSeriesChart(seriesHost, metric, filled);
    drawTallyChart(tallyHost, metric, totals[metric], tallies);
  } catch (error) {
    showFailure(host, error, onRefused);
  }
};

const metricTable = (totals: CountryTotals) =>
  el(
    'table',
    { class: 'metrics' },
    el('thead', {}, el('tr', {}, ...METRICS.map((m) => el('th', {}, m)))),
    el('tbody', {}, el('tr', {}, ...METRICS.map((m) => el('td', { 'data-metric': m }, formatNumber(totals[m]))))),
  );

const tallyList = (tallies: ReportedTally[]) =>
  tallies.length === 0
    ? el('p', { class: 'muted' }, 'none reported')
    : el(
        'ul',
        { class: 'tallies' },
        ...tallies.map((tally) =>
          el(
            'li',
            { 'data-value': String(tally.value) },
            el('strong', {}, qualified(tally.value, tally.qualifier, tally.vague)),
            ` ${tally.victims}`,
            tally.since ? ` since ${tally.since}` : '',
            el(
              'div',
              { class: 'muted' },
              `${tally.source ?? 'unattributed'} · `,
              articleLink(tally.url, tally.outlet),
              ` · ${formatDay(tally.publishedAt)}`,
            ),
          ),
        ),
      );
