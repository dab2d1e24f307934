import { actionButton, type CorrectionContext, field, select } from './correction-form';
import { el } from './dom';
import { type FigureFacts, figureChangeOf } from './figure-change';
import { METRICS } from './metrics';

/**
 * The corrections of one figure, one action each: confirm, reject, correct (value, metric, kind, day, country,
 * victims) and, for a figure in an incident, move its report out into an incident of its own (split).
 */
export const figureActions = (facts: FigureFacts, context: CorrectionContext): HTMLElement => {
  const forms = el('div', { class: 'action-forms' });
  const target = { figureId: facts.figureId, incidentId: facts.incidentId };
  const button = (action: 'confirm' | 'reject' | 'split', label: string) =>
    actionButton(action, label, forms, context, [], () => ({ action, ...target }));

  const value = el('input', { name: 'value', type: 'number', min: '0', step: '1', value: String(facts.value), size: '8' });
  const metric = select('metric', METRICS, facts.metric);
  const kind = select('kind', ['incident', 'cumulative'], facts.kind);
  const date = el('input', { name: 'date', type: 'date', value: facts.date.slice(0, 10) });
  const country = el('input', { name: 'country', value: facts.country ?? '', maxlength: '2', size: '4', placeholder: 'IQ' });
  const victims = el('input', { name: 'victims', value: facts.victims, maxlength: '100', size: '16' });
  const change = actionButton(
    'change',
    'Correct…',
    forms,
    context,
    [field('Value', value), field('Metric', metric), field('Kind', kind), field('Day', date), field('Country', country), field('Victims', victims)],
    () => {
      const typed = { value: value.value, metric: metric.value, kind: kind.value, date: date.value, country: country.value, victims: victims.value };
      const changed = figureChangeOf(facts, typed);
      return typeof changed === 'string' ? changed : { action: 'change', ...target, change: changed };
    },
  );

  const buttons = [
    button('confirm', 'Confirm'),
    button('reject', 'Reject'),
    change,
    facts.incidentId ? button('split', 'Move to a new incident') : null,
  ];
  return el('div', { class: 'figure-actions' }, el('div', { class: 'action-buttons' }, ...buttons.flatMap((b) => (b ? [b, ' '] : []))), forms);
};
