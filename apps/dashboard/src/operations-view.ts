import type { DashboardApi } from './api-client';
import type { DeadLetterCount, FeedStatusReport } from '@cw/contracts';
import { el } from './dom';
import { showFailure } from './failure';
import { formatNumber, formatTime } from './format';

/** For operators: feed status from the fetcher, consumer offsets and counts, dead letters by service, topic and reason. */
export const renderOperations = async (host: HTMLElement, api: DashboardApi, onRefused: () => void): Promise<void> => {
  host.replaceChildren(el('p', { class: 'muted' }, 'Loading…'));
  try {
    const [status, feeds, deadLetters] = await Promise.all([api.status(), api.feeds(), api.deadLetters()]);
    const refresh = el('button', { type: 'button' }, 'Refresh');
    refresh.onclick = () => void renderOperations(host, api, onRefused);
    host.replaceChildren(
      refresh,
      el(
        'p',
        { id: 'status-counts' },
        `${formatNumber(status.incidents)} incidents · ${formatNumber(status.tallies)} tallies · ${formatNumber(status.appliedFigures)} figures applied · `,
        `${formatNumber(status.unpublishedUpdates)} updates waiting to be published`,
      ),
      el('h3', {}, 'Feeds'),
      feedTable(feeds),
      el('h3', {}, `Dead letters (${formatNumber(deadLetters.total)})`),
      deadLetterTable(deadLetters.deadLetters),
      el('h3', {}, 'Consumer offsets'),
      table(
        ['group', 'topic', 'partition', 'next offset'],
        status.offsets.map((o) => [o.groupId, o.topic, String(o.partition), o.nextOffset]),
      ),
    );
  } catch (error) {
    showFailure(host, error, onRefused);
  }
};

const feedTable = (report: FeedStatusReport): HTMLElement => {
  if (report.fetcher !== 'ok') return el('p', { class: 'error', id: 'feed-status' }, `Feed status unavailable: ${report.message ?? report.fetcher}`);
  return table(
    ['feed', 'state', 'last fetch', 'last success', 'failures in a row', 'articles published', 'last error'],
    report.feeds.map((feed) => [
      feed.title ? `${feed.title} (${feed.url})` : feed.url,
      feed.state,
      formatTime(feed.lastFetchAt),
      formatTime(feed.lastSuccessAt),
      String(feed.consecutiveFailures),
      formatNumber(feed.articlesPublished),
      feed.lastError ?? '',
    ]),
    'feed-status',
  );
};

const deadLetterTable = (counts: DeadLetterCount[]): HTMLElement =>
  counts.length === 0
    ? el('p', { class: 'muted', id: 'dead-letters' }, 'No dead letters.')
    : table(
        ['service', 'topic', 'reason', 'count', 'first', 'last'],
        counts.map((c) => [c.service, c.topic, c.reason, formatNumber(c.count), formatTime(c.firstFailedAt), formatTime(c.lastFailedAt)]),
        'dead-letters',
      );

const table = (head: string[], rows: string[][], id?: string): HTMLElement =>
  rows.length === 0
    ? el('p', { class: 'muted', id }, 'none')
    : el(
        'table',
        { id },
        el('thead', {}, el('tr', {}, ...head.map((h) => el('th', {}, h)))),
        el('tbody', {}, ...rows.map((row) => el('tr', {}, ...row.map((cell) => el('td', {}, cell))))),
      );
