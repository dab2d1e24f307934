import { DashboardApi, KeyRefused, type Role } from './api-client';
import { el } from './dom';

/**
 * Asks for the admin key or a reviewer's key and checks it on the API's routes before anything is shown, so the
 * page shows no data without a valid key, whatever PUBLIC_READS says. The routes say the key's role.
 */
export const renderSignIn = (host: HTMLElement, message: string | null, onSignedIn: (key: string, role: Exclude<Role, 'reader'>) => void): void => {
  const key = el('input', { id: 'admin-key', name: 'adminKey', type: 'password', autocomplete: 'off', required: '', size: '40' });
  const note = el('p', { class: 'error', role: 'alert', id: 'sign-in-message' }, message ?? '');
  const form = el(
    'form',
    { id: 'sign-in', class: 'panel sign-in' },
    el('h2', {}, 'Admin or reviewer key'),
    el(
      'p',
      {},
      "The aggregator's ADMIN_API_KEY, or a reviewer's key of REVIEWER_API_KEYS (the review queue, corrections and the audit log, no operations). ",
      'It is kept in this tab only (sessionStorage) and sent as x-api-key.',
    ),
    el('label', {}, 'Key ', key),
    ' ',
    el('button', { type: 'submit' }, 'Open dashboard'),
    note,
  );
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const typed = key.value.trim();
    note.textContent = 'Checking…';
    new DashboardApi(typed).role().then(
      (role) => {
        if (role === 'reader') note.textContent = 'This key only reads: the dashboard needs the admin key or a reviewer key.';
        else onSignedIn(typed, role);
      },
      (error: unknown) => {
        note.textContent =
          error instanceof KeyRefused
            ? 'The aggregator refused this key (401). Check ADMIN_API_KEY or REVIEWER_API_KEYS; with no key configured it refuses every key.'
            : `Cannot check the key: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
  });
  host.replaceChildren(form);
  key.focus();
};
