import './styles.css';
import { DashboardApi, KeyRefused, type Role } from './api-client';
import { renderAudit } from './audit-view';
import { el, section } from './dom';
import { forgetKey, storedKey, storeKey } from './key-store';
import { renderOverview } from './overview-view';
import { createReviewView } from './review-view';
import { renderSignIn } from './sign-in-view';

const root = document.getElementById('app') as HTMLElement;
const signOut = document.getElementById('sign-out') as HTMLButtonElement;
const who = document.getElementById('signed-in-as') as HTMLElement;

const showSignIn = (message: string | null = null) => {
  forgetKey();
  signOut.hidden = true;
  who.textContent = '';
  renderSignIn(root, message, (key, role) => {
    storeKey(key);
    openDashboard(key, role);
  });
};

const refused = () => showSignIn('The aggregator refused the key: type it again.');

type Tab = 'overview' | 'review' | 'audit';

/** The page for an admin or a reviewer: the overview, and for both the review queue and the audit log. */
const openDashboard = (key: string, role: Role) => {
  const api = new DashboardApi(key);
  signOut.hidden = false;
  who.textContent = role === 'admin' ? 'admin key' : 'reviewer key';
  const overviewHost = el('div', { id: 'overview' });
  const reviewHost = el('div');
  const auditHost = el('div');
  const panels: Record<Tab, HTMLElement> = {
    overview: overviewHost,
    review: section('review', 'Review queue', reviewHost),
    audit: section('audit', 'Audit log', auditHost),
  };
  const tabs = el('nav', { class: 'tabs', id: 'tabs' });
  const review = createReviewView(reviewHost, api, refused);
  const audit = renderAudit(auditHost, api, refused);
  const show = (tab: Tab) => {
    for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== tab;
    for (const button of tabs.querySelectorAll('button')) button.classList.toggle('selected', button.dataset.tab === tab);
    if (tab === 'overview') overview.refresh();
    if (tab === 'review') review.showQueue();
    if (tab === 'audit') void audit.reload();
  };
  const tab = (name: Tab, text: string) => {
    const button = el('button', { type: 'button', id: `tab-${name}`, 'data-tab': name }, text);
    button.addEventListener('click', () => show(name));
    return button;
  };
  tabs.append(tab('overview', 'Totals and incidents'), tab('review', 'Review queue'), tab('audit', 'Audit log'));
  root.replaceChildren(tabs, overviewHost, panels.review, panels.audit);
  const openForReview = (incidentId: string) => {
    show('review');
    review.openIncident(incidentId);
  };
  const overview = renderOverview(overviewHost, api, role, refused, openForReview);
  for (const [name, panel] of Object.entries(panels)) panel.hidden = name !== 'overview';
  tabs.querySelector('#tab-overview')?.classList.add('selected');
};

/** A key kept from before in this tab: its role asked again, since keys and roles change on the server. */
const reopen = (key: string) => {
  new DashboardApi(key).role().then(
    (role) =>
      role === 'reader' ? showSignIn('This key only reads: the dashboard needs the admin key or a reviewer key.') : openDashboard(key, role),
    (error: unknown) =>
      showSignIn(error instanceof KeyRefused ? 'The aggregator refused the key: type it again.' : `Cannot check the key: ${String(error)}`),
  );
};

signOut.addEventListener('click', () => showSignIn());
const key = storedKey();
if (key) reopen(key);
else showSignIn();
