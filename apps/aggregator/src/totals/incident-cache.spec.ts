import type { Incident } from '@cw/totals';
import { IncidentCache } from './incident-cache';

const incident = (incidentId: string, reports: number): Incident =>
  ({ incidentId, reports: Array.from({ length: reports }, (_, i) => ({ figureId: `${incidentId}-${i}` })) }) as unknown as Incident;

describe('IncidentCache', () => {
  it('gives back an incident only at the version it was stored with', () => {
    const cache = new IncidentCache(100);
    const kafrZita = incident('kafr-zita', 2);
    cache.remember(kafrZita, 4);
    expect(cache.current('kafr-zita', 4)).toBe(kafrZita);
    expect(cache.current('kafr-zita', 5)).toBeUndefined();
  });

  it('drops a copy found stale, so it is not offered again', () => {
    const cache = new IncidentCache(100);
    cache.remember(incident('kafr-zita', 2), 4);
    cache.current('kafr-zita', 5);
    expect(cache.current('kafr-zita', 4)).toBeUndefined();
    expect(cache.size).toEqual({ incidents: 0, reports: 0 });
  });

  it('keeps the newer version when an older one is remembered late', () => {
    const cache = new IncidentCache(100);
    const newer = incident('kafr-zita', 3);
    cache.remember(newer, 5);
    cache.remember(incident('kafr-zita', 2), 4);
    expect(cache.current('kafr-zita', 5)).toBe(newer);
  });

  it('holds at most the given number of reports, forgetting the least recently used incident first', () => {
    const cache = new IncidentCache(10);
    cache.remember(incident('quetta', 4), 1);
    cache.remember(incident('kafr-zita', 4), 1);
    cache.current('quetta', 1); // used again: kafr-zita is now the oldest
    cache.remember(incident('mogadishu', 4), 1);
    expect(cache.current('kafr-zita', 1)).toBeUndefined();
    expect(cache.current('quetta', 1)).toBeDefined();
    expect(cache.size).toEqual({ incidents: 2, reports: 8 });
  });

  it('holds nothing when its limit is 0', () => {
    const cache = new IncidentCache(0);
    cache.remember(incident('quetta', 1), 1);
    expect(cache.size).toEqual({ incidents: 0, reports: 0 });
  });
});
