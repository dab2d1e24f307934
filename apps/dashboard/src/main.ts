import './styles.css';
import { DashboardApi } from './api-client';
import { el, section } from './dom';
import { renderDownloads } from './downloads-view';
import { renderIncidents } from './incidents-view';
import { forgetKey, storedKey, storeKey } from './key-store';
import { renderOperations } from './operations-view';
import { MapView } from './map-view';
import { renderSelectionForm, type Selection, type SelectionForm } from './selection';
import { renderSignIn } from './sign-in-view';
import { renderTotals } from './totals-view';

const root = document.getElementById('app') as HTMLElement;
const signOut = document.getElementById('sign-out') as HTMLButtonElement;

const showSignIn = (message: string | null = null) => {
  forgetKey();
  signOut.hidden = true;
  renderSignIn(root, message, (key) => {
    storeKey(key);
    openDashboard(key);
  });
};

const refused = () => showSignIn('The aggregator refused the key: type it again.');

const openDashboard = (key: string) => {
  const api = new DashboardApi(key);
  signOut.hidden = false;
  const selectionHost = el('div');
  const totalsHost = el('div');
  const mapHost = el('div');
  const downloadsHost = el('div');
  const incidentsHost = el('div');
  const operationsHost = el('div');
  root.replaceChildren(
    section('totals', 'Totals', selectionHost, totalsHost),
    section('map-panel', 'Map', mapHost),
    section('incidents', 'Incidents', downloadsHost, incidentsHost),
    section('operations', 'Operations', operationsHost),
  );
  let form: SelectionForm | null = null;
  let current: Selection | null = null;
  // A region picked on the map narrows the incidents list (and the incidents export) to it.
  const showIncidents = (region: string | null) => {
    if (!current) return;
    const selection = { ...current, region: region ?? undefined };
    map.selectRegion(region);
    map.clearIncidents();
    renderDownloads(downloadsHost, api, selection, refused);
    void renderIncidents(incidentsHost, api, selection, refused, {
      onLoaded: (incidents) => map.addIncidents(incidents),
      onAllRegions: () => showIncidents(null),
    });
  };
  const map = new MapView(mapHost, api, { onCountry: (code) => form?.selectCountry(code), onRegion: showIncidents }, refused);
  const show = (selection: Selection) => {
    current = selection;
    void renderTotals(totalsHost, api, selection, refused);
    void map.show(selection);
    showIncidents(null);
  };
  void renderSelectionForm(selectionHost, api, show, refused).then((created) => (form = created));
  void renderOperations(operationsHost, api, refused);
};

signOut.addEventListener('click', () => showSignIn());
const key = storedKey();
if (key) openDashboard(key);
else showSignIn();
