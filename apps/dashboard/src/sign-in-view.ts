import { DashboardApi, KeyRefused } from './api-client';
import { el } from './dom';

/**
 * Asks for the admin key and checks it on an admin route before anything is shown, so the page shows no
 * data without a valid key, whatever PUBLIC_READS says.
 */
export const renderSignIn = (host: HTMLElement, message: string | null, onSignedIn: (key: string) => void): void => {
  const key = el('input', { id: 'admin-key', name: 'adminKey', type: 'password', autocomplete: 'off', required: '', size: '40' });
  const note = el('p', { class: 'error', role: 'alert', id: 'sign-in-message' }, message ?? '');
  const form = el(
    'form',
    { id: 'sign-in', class: 'panel sign-in' },
    el('h2', {}, 'Admin key'),
    el('p', {}, "The aggregator's ADMIN_API_KEY. It is kept in this tab only (sessionStorage) and sent as x-api-key."),
    el('label', {}, 'Key ', key),
    ' ',
    el('button', { type: 'submit' }, 'Open dashboard'),
    note,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = key.value.trim();
    note.textContent = 'Checking…';
    new DashboardApi(typed).status().then(
      () => onSignedIn(typed),
      (error: unknown) => {
        note.textContent =
          error instanceof KeyRefused
            ? 'The aggregator refused this key (401). Check ADMIN_API_KEY; with no key configured it refuses every key.'
            : `Cannot check the key: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
  });
  host.replaceChildren(form);
  key.focus();
};
