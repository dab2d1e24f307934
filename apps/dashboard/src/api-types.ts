// The aggregator's JSON as the dashboard reads it (README "Totals API"; apps/aggregator/src/**).
export const METRICS = ['killed', 'injured', 'displaced', 'kidnapped', 'missing'] as const;
export type Metric = (typeof METRICS)[number];

export type CountryTotals = { country: string } & Record<Metric, number>;

export interface SeriesPoint {
  day: string;
  value: number;
  runningTotal: number;
}

export interface BreakdownPart {
  group: string;
  value: number;
}

export interface Report {
  figureId: string;
  url: string;
  outlet: string;
  publishedAt: string;
  source: string | null;
  value: number;
  qualifier: string;
  vague: boolean;
  victims: string;
  breakdown: BreakdownPart[];
  sentence: string;
  isUpdate: boolean;
  places: string[];
  date: string;
  dateInferred: boolean;
  isCurrentEstimate: boolean;
}

export interface Incident {
  incidentId: string;
  country: string;
  region: string | null;
  metric: Metric;
  date: string;
  places: string[];
  victims: string;
  value: number;
  currentEstimate: Report | null;
  reports: Report[];
  /** Where to draw it: its town, or its region's centre; null when no place is known. */
  location: { latitude: number; longitude: number; place: string; precision: 'town' | 'region' } | null;
}

export interface RegionTotal {
  region: string;
  value: number;
  centre: { latitude: number; longitude: number } | null;
}

export interface ReportedTally {
  tallyKey: string;
  source: string | null;
  metric: Metric;
  country: string | null;
  victims: string;
  since: string | null;
  value: number;
  qualifier: string;
  vague: boolean;
  url: string;
  outlet: string;
  publishedAt: string;
  sentence: string;
}

export interface AdminStatus {
  offsets: { groupId: string; topic: string; partition: number; nextOffset: string }[];
  appliedFigures: number;
  incidents: number;
  tallies: number;
  unpublishedUpdates: number;
}

export interface FeedStatus {
  id: number;
  url: string;
  title: string | null;
  state: string;
  lastFetchAt: string | null;
  lastSuccessAt: string | null;
  lastError: string | null;
  consecutiveFailures: number;
  articlesPublished: number;
}

export interface FeedStatusReport {
  fetcher: 'ok' | 'unreachable' | 'refused' | 'disabled' | 'not-configured' | 'error';
  message?: string;
  feeds: FeedStatus[];
}

export interface DeadLetterCount {
  service: string;
  topic: string;
  reason: string;
  count: number;
  firstFailedAt: string;
  lastFailedAt: string;
}
