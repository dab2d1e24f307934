import type { AdminStatus, CountryTotals, DeadLetterCount, FeedStatusReport, Incident, RegionTotal, ReportedTally, SeriesPoint } from '@cw/contracts';

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
  countries = (period: Period = {}) => this.get<{ totals: CountryTotals[] }>('totals', { ...period }).then((body) => body.totals);
  regions = (country: string, metric: string, period: Period) =>
    this.get<{ regions: RegionTotal[] }>('totals/regions', { country, metric, ...period }).then((body) => body.regions);
  totals = (country: string, period: Period) => this.get<CountryTotals>(`totals/${encodeURIComponent(country)}`, { ...period });
  series = (country: string, metric: string, period: Period) =>
    this.get<{ series: SeriesPoint[] }>('totals/history', { country, metric, ...period }).then((body) => body.series);
  tallies = (country: string) => this.get<{ tallies: ReportedTally[] }>('tallies', { country }).then((body) => body.tallies);
  incidents = (country: string, metric: string, period: Period, offset = 0, region?: string) =>
    this.get<{ incidents: Incident[]; next: number | null }>('incidents', {
      country,
      metric,
      ...period,
      region,
      limit: '20',
      offset: String(offset),
    });
  /** A CSV export (`incidents.csv`, `totals.csv`) as a file to save: fetched with the key, which a plain link cannot send. */
  download = async (path: string, params: Record<string, string | undefined>): Promise<{ blob: Blob; name: string }> => {
    const response = await this.request(path, params, 'text/csv');
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? path;
    return { blob: await response.blob(), name };
  };
  feeds = () => this.get<FeedStatusReport>('admin/feeds');
  deadLetters = () => this.get<{ total: number; deadLetters: DeadLetterCount[] }>('admin/dead-letters');

  private async get<T>(path: string, params: Record<string, string | undefined> = {}): Promise<T> {
    return (await (await this.request(path, params, 'application/json')).json()) as T;
  }

  private async request(path: string, params: Record<string, string | undefined>, accept: string): Promise<Response> {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const url = `${this.base}${path}${query.size > 0 ? `?${query}` : ''}`;
    let response: Response;
    try {
      response = await fetch(url, { headers: { 'x-api-key': this.key, accept } });
    } catch {
      throw new ApiFailure('the aggregator is unreachable');
    }
    if (response.status === 401) throw new KeyRefused('the aggregator refused this key');
    if (!response.ok) {
      const body = (await response.json().catch(() => null)) as { message?: unknown } | null;
      throw new ApiFailure(`${path} answered ${response.status}${body?.message ? `: ${String(body.message)}` : ''}`);
    }
    return response;
  }
}
