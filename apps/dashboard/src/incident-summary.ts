import type { Incident } from '@cw/contracts';
import { el } from './dom';
import { countryName, formatDay, formatNumber, qualified } from './format';

/**
 * What an incident is in one line, as the list and the review page both show it: its day, its places, its figure as
 * the current estimate qualifies it ("killed at least 40"), and who was hit. `figureId` names the figure for a page
 * that reads it back.
 */
export const incidentSummary = (incident: Incident, figureId?: string): HTMLElement[] => {
  const estimate = incident.currentEstimate;
  return [
    el('span', { class: 'date' }, formatDay(incident.date)),
    el('span', { class: 'place' }, [...incident.places, countryName(incident.country)].join(', ')),
    el(
      'span',
      { class: 'figure', id: figureId, 'data-metric': incident.metric, 'data-value': String(incident.value) },
      `${incident.metric} ${estimate ? qualified(incident.value, estimate.qualifier, estimate.vague) : formatNumber(incident.value)}`,
    ),
    el('span', { class: 'muted' }, incident.victims),
  ];
};
