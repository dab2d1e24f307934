import type { CorrectionResult, Incident, ReviewItem } from '@cw/contracts';
import { el } from './dom';
import { formatNumber, formatTime } from './format';
import { changeText, REASON_WORDS } from './review-format';

// The parts of the incident view that say what happened to it: analysts' corrections, what is queued, what the last
// correction moved.

const openLink = (incidentId: string, onOpen: (id: string) => void, text = incidentId.slice(0, 12)) => {
  const link = el('button', { type: 'button', class: 'link open-incident', 'data-incident': incidentId }, text);
  link.addEventListener('click', () => onOpen(incidentId));
  return link;
};

export const correctedSummary = (incident: Incident, onOpen: (id: string) => void): HTMLElement => {
  const corrected = incident.corrected;
  const lines: (HTMLElement | null)[] = [
    corrected?.machine ? el('li', {}, `the machine read ${formatNumber(corrected.machine.value)} ${corrected.machine.victims}`) : null,
    corrected?.estimate
      ? el(
          'li',
          { class: 'estimate' },
          `estimate set by hand to ${formatNumber(corrected.estimate.value)} by ${corrected.estimate.by}, ${formatTime(corrected.estimate.at)}: “${corrected.estimate.why}”`,
        )
      : null,
    corrected?.mergedInto ? el('li', { class: 'merged-into' }, 'counted inside incident ', openLink(corrected.mergedInto, onOpen)) : null,
    ...(corrected?.merged ?? []).map((id) => el('li', { class: 'merged-here' }, 'incident ', openLink(id, onOpen), ' counted inside this one')),
    corrected?.apartFrom
      ? el('li', {}, 'a report moved out of ', corrected.apartFrom.incidentId ? openLink(corrected.apartFrom.incidentId, onOpen) : 'no incident')
      : null,
  ];
  const shown = lines.filter((line): line is HTMLElement => line !== null);
  return shown.length > 0 ? el('ul', { class: 'corrected' }, ...shown) : el('p', { class: 'muted' }, 'none: as the reports made it');
};

export const queuedList = (items: ReviewItem[]): HTMLElement =>
  items.length === 0
    ? el('p', { class: 'muted', id: 'incident-queue' }, 'Nothing open.')
    : el(
        'ul',
        { id: 'incident-queue' },
        ...items.map((item) =>
          el('li', { 'data-reason': item.reason }, el('span', { class: `reason ${item.reason}` }, REASON_WORDS[item.reason]), ` ${item.why}`),
        ),
      );

export const appliedNote = (result: CorrectionResult, shown: string, onOpen: (id: string) => void): HTMLElement => {
  const { correction } = result;
  // The other incidents it moved (a merge's target, a report's new incident), one click away.
  const incidents = [...new Set(result.changes.map((change) => change.incidentId))].filter((id) => id !== shown);
  return el(
    'div',
    { class: 'applied', id: 'correction-applied', role: 'status', 'data-action': correction.action },
    el('strong', {}, `Applied: ${correction.action} by ${correction.by}`),
    ` · “${correction.why}” · `,
    result.changes.length === 0 ? 'the totals did not move' : result.changes.map(changeText).join('; '),
    result.closedReviewItems > 0 ? ` · ${result.closedReviewItems} queued item${result.closedReviewItems === 1 ? '' : 's'} closed` : '',
    result.waiting ? ' · waiting for its figure' : '',
    ...incidents.flatMap((id) => [' · ', openLink(id, onOpen, `open ${id.slice(0, 8)}`)]),
  );
};
