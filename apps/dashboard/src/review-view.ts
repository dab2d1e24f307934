import type { DashboardApi } from './api-client';
import { el } from './dom';
import { renderIncidentReview } from './incident-review-view';
import { createReviewQueue } from './review-queue-view';

export interface ReviewView {
  /** Shows the queue, read again (items a correction closed are gone). */
  showQueue(): void;
  /** Shows one incident for review. */
  openIncident(incidentId: string): void;
}

/** The reviewer's half of the page: the queue, and an incident opened from it in its place. */
export const createReviewView = (host: HTMLElement, api: DashboardApi, onRefused: () => void): ReviewView => {
  const queueHost = el('div', { id: 'review-queue' });
  const incidentHost = el('div', { id: 'review-incident', hidden: '' });
  host.replaceChildren(queueHost, incidentHost);
  const view: ReviewView = {
    showQueue: () => {
      incidentHost.hidden = true;
      incidentHost.replaceChildren();
      queueHost.hidden = false;
      void queue.reload();
    },
    openIncident: (incidentId) => {
      queueHost.hidden = true;
      incidentHost.hidden = false;
      void renderIncidentReview(incidentHost, api, incidentId, { onBack: view.showQueue, onOpen: view.openIncident, onRefused });
      window.scrollTo(0, 0);
    },
  };
  const queue = createReviewQueue(queueHost, api, { onOpenIncident: view.openIncident, onRefused });
  return view;
};
