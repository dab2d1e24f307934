import type { AdminStatus, CountryTotals, DeadLetterCount, FeedStatusReport, Incident, ReportedTally, SeriesPoint } from './api-types';

/** The aggregator refused the key (401): the page drops it and asks again. */
export class KeyRefused extends Error {}

/** Any other failure, in words the page can show. */
export class ApiFailure extends Error {}

export interface Period {
  from?: string;
  to?: string;
}

/**
 * The aggregator's API, called from the same origin with the admin key as `x-api-key`. Every call carries
 * the key, so with PUBLIC_READS=false the page shows nothing the key does not open.
 */
export class DashboardApi {
  constructor(
    private readonly key: string,
    private readonly base = '/',
  ) {}

  status = () => this.get<AdminStatus>('admin/status');
  countries = () => this.get<{ totals: CountryTotals[] }>('totals').then((body) => body.totals);
  totals = (country: string, period: Period) => this.get<CountryTotals>(`totals/${encodeURIComponent(country)}`, { ...period });
  series = (country: string, metric: string, period: Period) =>
    this.get<{ series: SeriesPoint[] }>('totals/history', { country, metric, ...period }).then((body) => body.series);
  tallies = (country: string) => this.get<{ tallies: ReportedTally[] }>('tallies', { country }).then((body) => body.tallies);
  incidents = (country: string, metric: string, period: Period, offset = 0) =>
    this.get<{ incidents: Incident[]; next: number | null }>('incidents', { country, metric, ...period, limit: '20', offset: String(offset) });
  feeds = () => this.get<FeedStatusReport>('admin/feeds');
  deadLetters = () => this.get<{ total: number; deadLetters: DeadLetterCount[] }>('admin/dead-letters');

  private async get<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const url = `${this.base}${path}${query.size > 0 ? `?${query}` : ''}`;
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'x-api-key': this.key, accept: 'application/json' } });
    } catch {
      throw new ApiFailure('the aggregator is unreachable');
    }
    if (response.status === 401) throw new KeyRefused('the aggregator refused this key');
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
      throw new ApiFailure(`${path} answered ${response.status}${body?.message ? `: ${String(body.message)}` : ''}`);
    }
    return (await response.json()) as T;
  }
}
