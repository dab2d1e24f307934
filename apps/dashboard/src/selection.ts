import { type DashboardApi, KeyRefused } from './api-client';
import type { Metric } from '@cw/contracts';
import { METRICS } from './metrics';
import { el } from './dom';
import { countryName } from './format';

/** What the totals and incidents views show: one country and metric over a period (empty: all time). */
export interface Selection {
  country: string;
  metric: Metric;
  from?: string;
  to?: string;
  /** A first-level region of the country picked on the map: the incidents list shows only its incidents. */
  region?: string;
}

export interface SelectionForm {
  /** Shows a country picked elsewhere (on the map), as if chosen in the form. */
  selectCountry(code: string): void;
}

/** Renders the choice of country, metric and period; calls `onChange` with the first selection and each new one. */
export const renderSelectionForm = async (
  host: HTMLElement,
  api: DashboardApi,
  onChange: (selection: Selection) => void,
  onRefused: () => void,
): Promise<SelectionForm | null> => {
  let countries: string[] = [];
  try {
    const totals = await api.countries();
    countries = totals.sort((a, b) => b.killed - a.killed || a.country.localeCompare(b.country)).map((t) => t.country);
  } catch (error) {
    if (error instanceof KeyRefused) {
      onRefused();
      return null;
    }
  }
  const country = el('select', { id: 'country', name: 'country', 'aria-label': 'country' });
  for (const code of countries) country.append(el('option', { value: code }, `${countryName(code)} (${code})`));
  // A country with nothing counted yet can still be asked for by its code.
  const other = el('input', {
    id: 'country-code',
    name: 'countryCode',
    placeholder: 'or a code',
    maxlength: '2',
    size: '8',
    'aria-label': 'country code',
  });
  const metric = el('select', { id: 'metric', name: 'metric', 'aria-label': 'metric' });
  for (const m of METRICS) metric.append(el('option', { value: m }, m));
  const from = el('input', { id: 'from', name: 'from', type: 'date', 'aria-label': 'from' });
  const to = el('input', { id: 'to', name: 'to', type: 'date', 'aria-label': 'to' });
  const form = el(
    'form',
    { id: 'selection', class: 'selection' },
    el('label', {}, 'Country ', country, ' ', other),
    el('label', {}, 'Metric ', metric),
    el('label', {}, 'From ', from),
    el('label', {}, 'To ', to),
    el('button', { type: 'submit' }, 'Show'),
  );
  const current = (): Selection | null => {
    const code = (other.value.trim() || country.value).toUpperCase();
    if (!/^[A-Z]{2}$/.test(code)) return null;
    return { country: code, metric: metric.value as Metric, from: from.value || undefined, to: to.value || undefined };
  };
  const changed = () => {
    const selection = current();
    if (selection) onChange(selection);
  };
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    changed();
  });
  for (const input of [country, metric]) input.addEventListener('change', changed);
  host.replaceChildren(form);
  if (countries.length === 0) host.append(el('p', { class: 'muted' }, 'Nothing counted yet: type a country code.'));
  else changed();
  return {
    selectCountry: (code) => {
      const listed = countries.includes(code);
      country.value = listed ? code : country.value;
      other.value = listed ? '' : code;
      changed();
    },
  };
};

export const describeSelection = ({ country, metric, from, to }: Selection): string =>
  `${countryName(country)} (${country}) · ${metric} · ${from || to ? `${from ?? 'start'} to ${to ?? 'today'}` : 'all time'}`;
