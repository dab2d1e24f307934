import './styles.css';
import { DashboardApi } from './api-client';
import { el, section } from './dom';
import { renderIncidents } from './incidents-view';
import { forgetKey, storedKey, storeKey } from './key-store';
import { renderOperations } from './operations-view';
import { renderSelectionForm, type Selection } from './selection';
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
  const incidentsHost = el('div');
  const operationsHost = el('div');
  root.replaceChildren(
    section('totals', 'Totals', selectionHost, totalsHost),
    section('incidents', 'Incidents', incidentsHost),
    section('operations', 'Operations', operationsHost),
  );
  const show = (selection: Selection) => {
    void renderTotals(totalsHost, api, selection, refused);
    void renderIncidents(incidentsHost, api, selection, refused);
  };
  void renderSelectionForm(selectionHost, api, show, refused);
  void renderOperations(operationsHost, api, refused);
};

signOut.addEventListener('click', () => showSignIn());
const key = storedKey();
if (key) openDashboard(key);
else showSignIn();
