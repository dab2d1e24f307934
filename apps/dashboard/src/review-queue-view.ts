import type { ReviewItem, ReviewSummary } from '@cw/contracts';
import type { DashboardApi } from './api-client';
import type { CorrectionContext } from './correction-form';
import { articleLink, el } from './dom';
import { showFailure } from './failure';
import { figureActions } from './figure-actions';
import { countryName, formatDay, formatNumber, formatTime } from './format';
import { AGES, ageText, confidenceLevel, confidenceText, REASON_WORDS, REASONS } from './review-format';

export interface ReviewQueueHandlers {
  onOpenIncident: (incidentId: string) => void;
  onRefused: () => void;
}

export interface ReviewQueue {
  /** Reads the summary and the first page again with the filters as they are (after a correction, on coming back). */
  reload(): Promise<void>;
}

/**
 * What waits for a person, oldest first, each item saying why: filtered by country, reason, age and status, a page
 * at a time. An item about an incident opens it; a figure outside every incident is corrected where it stands.
 */
export const createReviewQueue = (host: HTMLElement, api: DashboardApi, handlers: ReviewQueueHandlers): ReviewQueue => {
  const country = el('select', { id: 'queue-country', name: 'country', 'aria-label': 'country' });
  const reason = el('select', { id: 'queue-reason', name: 'reason', 'aria-label': 'reason' });
  const age = el('select', { id: 'queue-age', name: 'age', 'aria-label': 'age' });
  for (const choice of AGES) age.append(el('option', { value: choice.value }, choice.text));
  const status = el('select', { id: 'queue-status', name: 'status', 'aria-label': 'status' });
  for (const value of ['open', 'closed', 'all']) status.append(el('option', { value }, value));
  const filters = el(
    'form',
    { id: 'queue-filters', class: 'selection' },
    el('label', {}, 'Country ', country),
    el('label', {}, 'Reason ', reason),
    el('label', {}, 'Age ', age),
    el('label', {}, 'Status ', status),
    el('button', { type: 'submit' }, 'Show'),
  );
  const summary = el('p', { id: 'review-summary', class: 'muted' });
  const list = el('ol', { id: 'queue-items', class: 'queue' });
  const more = el('button', { type: 'button', class: 'more', id: 'queue-more' }, 'More items');
  const footer = el('div');
  host.replaceChildren(summary, filters, list, footer);

  const context: CorrectionContext = { api, onRefused: handlers.onRefused, onApplied: () => void queue.reload() };
  const load = async (after: number | null) => {
    const chosen = AGES.find((choice) => choice.value === age.value);
    const page = await api.reviewItems({
      country: country.value || undefined,
      reason: reason.value || undefined,
      status: status.value,
      minAgeHours: chosen?.minAgeHours?.toString(),
      maxAgeHours: chosen?.maxAgeHours?.toString(),
      limit: '25',
      after: after === null ? undefined : String(after),
    });
    if (after === null) list.replaceChildren();
    list.append(...page.items.map((item) => itemView(item, context, handlers)));
    if (after === null && page.items.length === 0) list.append(el('li', { class: 'muted empty' }, 'Nothing here: no item matches.'));
    const next = page.next;
    footer.replaceChildren(...(next === null ? [] : [more]));
    more.onclick = () => void load(next).catch((error: unknown) => showFailure(footer, error, handlers.onRefused));
  };
  const queue: ReviewQueue = {
    reload: async () => {
      try {
        fillFilters(country, reason, await api.reviewSummary(), summary);
        await load(null);
      } catch (error) {
        showFailure(list, error, handlers.onRefused);
      }
    },
  };
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    void queue.reload();
  });
  for (const input of [country, reason, age, status]) input.addEventListener('change', () => void queue.reload());
  return queue;
};

/** The summary in words, and the country and reason choices with their open counts (the choice kept). */
const fillFilters = (country: HTMLSelectElement, reason: HTMLSelectElement, summary: ReviewSummary, line: HTMLElement) => {
  const keep = [country.value, reason.value];
  const counts = new Map(summary.byReason.map((entry) => [entry.reason, entry.count]));
  country.replaceChildren(el('option', { value: '' }, 'any country'));
  for (const entry of summary.byCountry)
    if (entry.country) country.append(el('option', { value: entry.country }, `${countryName(entry.country)} (${entry.country}) · ${entry.count}`));
  if (keep[0] && !summary.byCountry.some((entry) => entry.country === keep[0])) country.append(el('option', { value: keep[0] }, keep[0]));
  reason.replaceChildren(el('option', { value: '' }, 'any reason'));
  for (const code of REASONS) reason.append(el('option', { value: code }, `${REASON_WORDS[code]} · ${counts.get(code) ?? 0}`));
  [country.value, reason.value] = keep;
  line.textContent =
    summary.open === 0
      ? 'Nothing waits for a person.'
      : `${formatNumber(summary.open)} open${summary.oldestOpenedAt ? `, the oldest waiting ${ageText(summary.oldestOpenedAt)}` : ''}: ` +
        summary.byReason.map((entry) => `${REASON_WORDS[entry.reason]} ${entry.count}`).join(', ');
  line.dataset.open = String(summary.open);
};

const itemView = (item: ReviewItem, context: CorrectionContext, handlers: ReviewQueueHandlers): HTMLElement => {
  const figure = item.figure;
  const open = item.incidentId ? el('button', { type: 'button', class: 'open-incident', 'data-incident': item.incidentId }, 'Open incident') : null;
  const incidentId = item.incidentId;
  if (open && incidentId) open.addEventListener('click', () => handlers.onOpenIncident(incidentId));
  const score = figure?.confidence?.score;
  return el(
    'li',
    {
      class: `queue-item${item.closedAt ? ' closed' : ''}`,
      'data-item': String(item.id),
      'data-reason': item.reason,
      'data-figure': item.figureId ?? undefined,
      'data-incident': item.incidentId ?? undefined,
    },
    el(
      'div',
      { class: 'item-head' },
      el('span', { class: `reason ${item.reason}` }, REASON_WORDS[item.reason]),
      el('span', { class: 'place' }, item.country ? `${countryName(item.country)} (${item.country})` : 'no country'),
      item.metric ? el('span', {}, item.metric) : null,
      el(
        'span',
        { class: 'muted', title: formatTime(item.openedAt) },
        item.closedAt ? `closed ${formatTime(item.closedAt)}` : `waiting ${ageText(item.openedAt)}`,
      ),
    ),
    el('p', { class: 'why' }, item.why),
    figure
      ? el(
          'div',
          { class: 'item-figure' },
          el('strong', { class: 'value' }, `${formatNumber(figure.value)} ${figure.victims}`),
          ` ${figure.metric}${figure.kind === 'cumulative' ? ' (a tally)' : ''} · day ${formatDay(figure.date)} · `,
          articleLink(figure.url, figure.outlet),
          ` · ${figure.source ?? 'unattributed'} · `,
          el('span', { class: `confidence ${confidenceLevel(score)}` }, `confidence ${confidenceText(figure.confidence)}`),
          el('blockquote', { class: 'sentence' }, `“${figure.sentence}”`),
        )
      : null,
    item.closedBy ? el('p', { class: 'muted' }, `closed by correction ${item.closedBy}`) : null,
    open,
    // A figure outside every incident has no incident page: it is corrected here.
    !item.incidentId && figure && !item.closedAt
      ? figureActions(
          {
            figureId: figure.figureId,
            incidentId: null,
            value: figure.value,
            metric: figure.metric,
            kind: figure.kind,
            date: figure.date,
            country: figure.country,
            victims: figure.victims,
          },
          context,
        )
      : null,
  );
};
