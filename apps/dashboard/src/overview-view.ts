import type { DashboardApi, Role } from './api-client';
import { el, section } from './dom';
import { renderDownloads } from './downloads-view';
import { renderIncidents } from './incidents-view';
import { MapView } from './map-view';
import { renderOperations } from './operations-view';
import { renderSelectionForm, type Selection, type SelectionForm } from './selection';
import { renderTotals } from './totals-view';

export interface Overview {
  /** Reads the selection's totals, map and incidents again (a correction moved them). */
  refresh(): void;
}

/** Totals, map and incidents of a selection, and operations for an admin. */
export const renderOverview = (
  host: HTMLElement,
  api: DashboardApi,
  role: Role,
  onRefused: () => void,
  onReview: ((incidentId: string) => void) | undefined,
): Overview => {
  const selectionHost = el('div');
  const totalsHost = el('div');
  const mapHost = el('div');
  const downloadsHost = el('div');
  const incidentsHost = el('div');
  const operationsHost = el('div');
  host.replaceChildren(
    section('totals', 'Totals', selectionHost, totalsHost),
    section('map-panel', 'Map', mapHost),
    section('incidents', 'Incidents', downloadsHost, incidentsHost),
  );
  // Feeds, dead letters and offsets are the admin's: a reviewer's key opens none of them.
  if (role === 'admin') host.append(section('operations', 'Operations', operationsHost));
  let form: SelectionForm | null = null;
  let current: Selection | null = null;
  // A region picked on the map narrows the incidents list (and the incidents export) to it.
  const showIncidents = (region: string | null) => {
    if (!current) return;
    const selection = { ...current, region: region ?? undefined };
    map.selectRegion(region);
    map.clearIncidents();
    renderDownloads(downloadsHost, api, selection, onRefused);
    void renderIncidents(incidentsHost, api, selection, onRefused, {
      onLoaded: (incidents) => map.addIncidents(incidents),
      onAllRegions: () => showIncidents(null),
      onReview,
    });
  };
  const map = new MapView(mapHost, api, { onCountry: (code) => form?.selectCountry(code), onRegion: showIncidents }, onRefused);
  const show = (selection: Selection) => {
    current = selection;
    void renderTotals(totalsHost, api, selection, onRefused);
    void map.show(selection);
    showIncidents(null);
  };
  void renderSelectionForm(selectionHost, api, show, onRefused).then((created) => (form = created));
  if (role === 'admin') void renderOperations(operationsHost, api, onRefused);
  return { refresh: () => current && show(current) };
};
