import { KeyRefused } from './api-client';
import { el } from './dom';

/** A refused key goes back to the sign-in; anything else is said where the data would have been. */
export const showFailure = (host: HTMLElement, error: unknown, onRefused: () => void): void => {
  if (error instanceof KeyRefused) return onRefused();
  host.replaceChildren(el('p', { class: 'error', role: 'alert' }, `Could not load: ${error instanceof Error ? error.message : String(error)}`));
};
