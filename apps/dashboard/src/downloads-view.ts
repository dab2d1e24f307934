import type { DashboardApi } from './api-client';
import { el } from './dom';
import { showFailure } from './failure';
import type { Selection } from './selection';

/**
 * Links to the CSV exports of the selection (the incidents, and each day's totals of the country), for a
 * spreadsheet or R. Fetched with the key and saved from memory: a plain link cannot carry the key.
 */
export const renderDownloads = (host: HTMLElement, api: DashboardApi, selection: Selection, onRefused: () => void): void => {
  const { country, metric, from, to, region } = selection;
  const link = (id: string, text: string, path: string, params: Record<string, string | undefined>) => {
    const button = el('button', { type: 'button', id, class: 'link' }, text);
    button.addEventListener('click', async () => {
      try {
        const file = await api.download(path, params);
        const url = URL.createObjectURL(file.blob);
        const save = el('a', { href: url, download: file.name });
        save.click();
        setTimeout(() => URL.revokeObjectURL(url), 60_000);
      } catch (error) {
        showFailure(host, error, onRefused);
      }
    });
    return button;
  };
  host.replaceChildren(
    el(
      'p',
      { class: 'downloads' },
      'Download CSV: ',
      link('download-incidents', 'these incidents', 'incidents.csv', { country, metric, from, to, region }),
      ' · ',
      link('download-totals', 'day totals of the country', 'totals.csv', { country, metric, from, to }),
    ),
  );
};
