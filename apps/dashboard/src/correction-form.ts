import type { CorrectionRequest, CorrectionResult } from '@cw/contracts';
import { type DashboardApi, KeyForbidden, KeyRefused } from './api-client';
import { el } from './dom';

/** What every correction needs from the page: the API (with the reviewer's key) and what to do once applied. */
export interface CorrectionContext {
  api: DashboardApi;
  /** The correction was applied: show what it changed and read the incident and the totals again. */
  onApplied: (result: CorrectionResult) => void;
  onRefused: () => void;
}

/** A correction without its `why` (each action of the union on its own). */
export type CorrectionBody = CorrectionRequest extends infer C ? (C extends unknown ? Omit<C, 'why'> : never) : never;

/** The body of a correction, or the reason the form cannot be sent yet. */
type Build = () => CorrectionBody | string;

/**
 * One action: a button that opens its form below `host`'s other content. The form asks what the action needs
 * and always why (the note the audit log, the history and the totals topic carry); who and when come from the
 * key and the server's clock. One submit applies it.
 */
export const actionButton = (
  action: string,
  label: string,
  formHost: HTMLElement,
  context: CorrectionContext,
  fields: (HTMLElement | string)[],
  build: Build,
): HTMLButtonElement => {
  const button = el('button', { type: 'button', class: `action ${action}`, 'data-action': action }, label);
  button.addEventListener('click', () => {
    const open = formHost.querySelector<HTMLFormElement>('form.correction-form');
    const same = open?.dataset.action === action;
    formHost.replaceChildren();
    if (!same) formHost.append(correctionForm(action, label, context, fields, build));
  });
  return button;
};

const correctionForm = (
  action: string,
  label: string,
  context: CorrectionContext,
  fields: (HTMLElement | string)[],
  build: Build,
): HTMLFormElement => {
  const why = el('input', {
    name: 'why',
    type: 'text',
    required: '',
    maxlength: '2000',
    size: '60',
    placeholder: 'why: what the article says, what you checked',
    'aria-label': 'why',
  });
  const message = el('p', { class: 'form-message', role: 'status' });
  const submit = el('button', { type: 'submit', class: 'apply' }, label);
  const cancel = el('button', { type: 'button', class: 'cancel' }, 'Cancel');
  const form = el(
    'form',
    { class: 'correction-form', 'data-action': action },
    ...fields,
    el('label', { class: 'why' }, 'Why ', why),
    el('div', { class: 'form-buttons' }, submit, ' ', cancel),
    message,
  );
  cancel.addEventListener('click', () => form.remove());
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const body = build();
    // One line: the API takes no control characters, a pasted line break included.
    const note = why.value.replace(/\s+/g, ' ').trim();
    if (typeof body === 'string' || note === '') {
      message.textContent = typeof body === 'string' ? body : 'Say why.';
      message.className = 'form-message error';
      return;
    }
    submit.disabled = true;
    message.textContent = 'Applying…';
    message.className = 'form-message muted';
    context.api.correct({ ...body, why: note } as CorrectionRequest).then(
      (result) => {
        form.remove();
        context.onApplied(result);
      },
      (error: unknown) => {
        submit.disabled = false;
        if (error instanceof KeyRefused) return context.onRefused();
        message.className = 'form-message error';
        message.textContent =
          error instanceof KeyForbidden
            ? 'This key may not correct: a reviewer key (REVIEWER_API_KEYS) or the admin key can.'
            : `Not applied: ${error instanceof Error ? error.message : String(error)}`;
      },
    );
  });
  return form;
};

/** A labelled input for a correction form. */
export const field = (label: string, input: HTMLInputElement | HTMLSelectElement): HTMLElement => el('label', { class: 'field' }, `${label} `, input);

export const select = (name: string, options: readonly string[], chosen: string): HTMLSelectElement => {
  const element = el('select', { name, 'aria-label': name });
  for (const option of options) element.append(el('option', { value: option }, option));
  element.value = chosen;
  return element;
};
