import type { Incident } from '@cw/contracts';
import { actionButton, type CorrectionContext, field } from './correction-form';
import { el } from './dom';
import { countryName, formatDay, formatNumber } from './format';

/** Incidents this one may be merged into: the same country and metric, a week either side, itself left out. */
export type MergeCandidates = Incident[];

/**
 * The corrections of a whole incident, one action each: merge it into another (same country and metric: the
 * estimate over both, never the sum) and set its estimate by hand with a note.
 */
export const incidentActions = (
  incident: Incident,
  candidates: MergeCandidates,
  suggested: string | null,
  context: CorrectionContext,
): HTMLElement => {
  const forms = el('div', { class: 'action-forms' });
  const others = candidates.filter((other) => other.incidentId !== incident.incidentId && !other.corrected?.mergedInto);
  const into = el('select', { name: 'intoIncidentId', 'aria-label': 'merge into' });
  into.append(el('option', { value: '' }, others.length > 0 || suggested ? 'choose an incident' : 'none nearby: type its id'));
  for (const other of others)
    into.append(
      el(
        'option',
        { value: other.incidentId },
        `${formatDay(other.date)} · ${[...other.places, countryName(other.country)].join(', ')} · ${other.metric} ${formatNumber(other.value)} · ${other.incidentId.slice(0, 8)}`,
      ),
    );
  if (suggested && !others.some((other) => other.incidentId === suggested))
    into.append(el('option', { value: suggested }, `suggested by the queue · ${suggested.slice(0, 8)}`));
  if (suggested) into.value = suggested;
  const typedId = el('input', { name: 'intoIncidentIdTyped', size: '34', placeholder: 'or an incident id', 'aria-label': 'incident id' });
  const merge = actionButton('merge', 'Merge into…', forms, context, [field('Into', into), ' ', typedId], () => {
    const target = typedId.value.trim().toLowerCase() || into.value;
    if (!target) return 'choose the incident to merge into';
    if (target === incident.incidentId) return 'an incident cannot be merged into itself';
    return { action: 'merge', incidentId: incident.incidentId, intoIncidentId: target };
  });

  const value = el('input', { name: 'value', type: 'number', min: '0', step: '1', value: String(incident.value), size: '8' });
  const estimate = actionButton('set-estimate', 'Set estimate…', forms, context, [field('Estimate', value)], () =>
    /^\d+$/.test(value.value.trim())
      ? { action: 'set-estimate', incidentId: incident.incidentId, value: Number(value.value) }
      : 'the estimate is a whole number, 0 or more',
  );
  return el('div', { class: 'incident-actions' }, el('div', { class: 'action-buttons' }, merge, ' ', estimate), forms);
};
