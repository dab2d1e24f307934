import type {
  AdminStatus,
  AuditPage,
  CorrectionRequest,
  CorrectionResult,
  CountryTotals,
  CountryTotalsAnswer,
  DeadLetterCount,
  FeedStatusReport,
  Incident,
  RegionTotal,
  ReportedTally,
  ReviewItemsPage,
  ReviewSummary,
  SeriesPoint,
} from '@cw/contracts';

/** The aggregator refused the key (401): the page drops it and asks again. */
export class KeyRefused extends Error {}

/** The key is known but its role may not do this (403): a reviewer's key on an admin route. */
export class KeyForbidden extends Error {}

/** Any other failure, in words the page can show. */
export class ApiFailure extends Error {}

export interface Period {
  from?: string;
  to?: string;
}

/** What a key may do: administer (everything), review (the queue, corrections, the audit log) or only read. */
export type Role = 'admin' | 'reviewer' | 'reader';

type Params = Record<string, string | undefined>;

/**
 * The aggregator's API, called from the same origin with the typed key as `x-api-key`. Every call carries
 * the key, so with PUBLIC_READS=false the page shows nothing the key does not open.
 */
export class DashboardApi {
  constructor(
    private readonly key: string,
    private readonly base = '/',
  ) {}

  /** The key's role, asked of the routes themselves: an admin route, then a review route. */
  role = async (): Promise<Role> => {
    const forbidden = (error: unknown) => {
      if (error instanceof KeyForbidden) return false;
      throw error;
    };
    if (await this.status().then(() => true, forbidden)) return 'admin';
    if (await this.reviewSummary().then(() => true, forbidden)) return 'reviewer';
    return 'reader';
  };

  status = () => this.get<AdminStatus>('admin/status');
  countries = (period: Period = {}) => this.get<{ totals: CountryTotals[] }>('totals', { ...period }).then((body) => body.totals);
  regions = (country: string, metric: string, period: Period) =>
    this.get<{ regions: RegionTotal[] }>('totals/regions', { country, metric, ...period }).then((body) => body.regions);
  totals = (country: string, period: Period = {}) => this.get<CountryTotalsAnswer>(`totals/${encodeURIComponent(country)}`, { ...period });
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
  incident = (incidentId: string) => this.get<Incident>(`incidents/${encodeURIComponent(incidentId)}`);
  /** A CSV export (`incidents.csv`, `totals.csv`) as a file to save: fetched with the key, which a plain link cannot send. */
  download = async (path: string, params: Params): Promise<{ blob: Blob; name: string }> => {
    const response = await this.request('GET', path, params, 'text/csv');
    const name = /filename="([^"]+)"/.exec(response.headers.get('content-disposition') ?? '')?.[1] ?? path;
    return { blob: await response.blob(), name };
  };
  feeds = () => this.get<FeedStatusReport>('admin/feeds');
  deadLetters = () => this.get<{ total: number; deadLetters: DeadLetterCount[] }>('admin/dead-letters');

  // Review (issue 13): a reviewer's key or the admin key.
  reviewItems = (filter: Params) => this.get<ReviewItemsPage>('review/items', filter);
  reviewSummary = () => this.get<ReviewSummary>('review/summary');
  audit = (filter: Params) => this.get<AuditPage>('audit', filter);
  /** One correction; who and when come from the key and the clock on the server, never from the page. */
  correct = async (correction: CorrectionRequest): Promise<CorrectionResult> =>
    (await (await this.request('POST', 'corrections', {}, 'application/json', correction)).json()) as CorrectionResult;

  private async get<T>(path: string, params: Params = {}): Promise<T> {
    return (await (await this.request('GET', path, params, 'application/json')).json()) as T;
  }

  private async request(method: 'GET' | 'POST', path: string, params: Params, accept: string, body?: unknown): Promise<Response> {
    const query = new URLSearchParams(Object.entries(params).filter((entry): entry is [string, string] => Boolean(entry[1])));
    const url = `${this.base}${path}${query.size > 0 ? `?${query}` : ''}`;
    const headers: Record<string, string> = { 'x-api-key': this.key, accept };
    if (body !== undefined) headers['content-type'] = 'application/json';
    let response: Response;
    try {
      response = await fetch(url, { method, headers, body: body === undefined ? undefined : JSON.stringify(body) });
    } catch {
      throw new ApiFailure('the aggregator is unreachable');
    }
    if (response.status === 401) throw new KeyRefused('the aggregator refused this key');
    if (response.status === 403) throw new KeyForbidden(`${path}: this key's role may not do this (403)`);
    if (!response.ok) {
      const answer = (await response.json().catch(() => null)) as { message?: unknown } | null;
      const message = Array.isArray(answer?.message) ? answer.message.join('; ') : answer?.message;
      throw new ApiFailure(`${path} answered ${response.status}${message ? `: ${String(message)}` : ''}`);
    }
    return response;
  }
}
