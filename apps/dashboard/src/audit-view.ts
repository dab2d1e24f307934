import type { AuditEntry } from '@cw/contracts';
import type { DashboardApi } from './api-client';
import { el } from './dom';
import { showFailure } from './failure';
import { formatTime } from './format';
import { changeText } from './review-format';

const ACTIONS = [
  'correction',
  'correction.confirm',
  'correction.reject',
  'correction.change',
  'correction.split',
  'correction.merge',
  'correction.set-estimate',
  'corrections.import',
  'outbox.flush',
];

/**
 * The audit log, newest first: every correction, import and admin action, with who, when and why. Read only: the
 * API has no route that edits it.
 */
export const renderAudit = (host: HTMLElement, api: DashboardApi, onRefused: () => void): { reload(): Promise<void> } => {
  const actor = el('input', { id: 'audit-actor', name: 'actor', size: '14', placeholder: 'anyone', 'aria-label': 'who' });
  const action = el('select', { id: 'audit-action', name: 'action', 'aria-label': 'action' });
  action.append(el('option', { value: '' }, 'any action'), ...ACTIONS.map((name) => el('option', { value: name }, name)));
  const filters = el(
    'form',
    { id: 'audit-filters', class: 'selection' },
    el('label', {}, 'Who ', actor),
    el('label', {}, 'Action ', action),
    el('button', { type: 'submit' }, 'Show'),
  );
  const body = el('tbody');
  const table = el(
    'table',
    { id: 'audit-log' },
    el('thead', {}, el('tr', {}, ...['when', 'who', 'action', 'subject', 'why', 'what it moved'].map((head) => el('th', {}, head)))),
    body,
  );
  const more = el('button', { type: 'button', class: 'more', id: 'audit-more' }, 'Older entries');
  const footer = el('div');
  host.replaceChildren(filters, table, footer);

  const load = async (before: number | null) => {
    const page = await api.audit({
      actor: actor.value.trim() || undefined,
      action: action.value || undefined,
      limit: '50',
      before: before?.toString(),
    });
    if (before === null) body.replaceChildren();
    body.append(...page.entries.map(entryRow));
    if (before === null && page.entries.length === 0) body.append(el('tr', {}, el('td', { colspan: '6', class: 'muted' }, 'No entry.')));
    const next = page.next;
    footer.replaceChildren(...(next === null ? [] : [more]));
    more.onclick = () => void load(next).catch((error: unknown) => showFailure(footer, error, onRefused));
  };
  const reload = () => load(null).catch((error: unknown) => showFailure(footer, error, onRefused));
  filters.addEventListener('submit', (event) => {
    event.preventDefault();
    void reload();
  });
  action.addEventListener('change', () => void reload());
  return { reload };
};

type Moved = { country: string; metric: string; day: string; before: number; after: number; delta: number };
const isMoved = (value: unknown): value is Moved =>
  typeof value === 'object' &&
  value !== null &&
  ['country', 'metric', 'day'].every((key) => typeof (value as Record<string, unknown>)[key] === 'string');

// `detail` is whatever the action recorded: read defensively, shown as text.
const entryRow = (entry: AuditEntry): HTMLElement => {
  const { why, changes, ...rest } = entry.detail;
  const moved = Array.isArray(changes) ? changes.filter(isMoved).map(changeText) : [];
  const other = Object.entries(rest)
    .filter(([key, value]) => !['by', 'at', 'correctionId'].includes(key) && value !== false)
    .map(([key, value]) => `${key}: ${typeof value === 'object' ? JSON.stringify(value) : String(value)}`);
  return el(
    'tr',
    { 'data-entry': String(entry.id), 'data-action': entry.action },
    el('td', {}, formatTime(entry.at)),
    el('td', { class: 'actor' }, `${entry.actor} (${entry.role})`),
    el('td', { class: 'action' }, entry.action),
    el('td', { class: 'subject id' }, entry.subject ?? ''),
    el('td', { class: 'why' }, typeof why === 'string' ? why : ''),
    el('td', { class: 'moved' }, [...moved, ...other].join('; ')),
  );
};
