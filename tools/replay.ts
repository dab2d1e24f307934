// Replays a folder of reports through extraction and the totals ledger, without Kafka or Postgres:
//   npm run replay -- scenarios/toll-rises-over-a-day
// Each report is NAME.txt with NAME.meta.json ({ publishedAt, outlet, url }) or the publishedAt of
// NAME.expected.json. Reports are applied in publication order, as the services would see them.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { basename, join, resolve } from 'node:path';
import { readReport } from '@cw/extraction';
import { Gazetteer } from '@cw/places';
import { estimateRange, TotalsLedger, regionLookup, type ArticleMeta, type Incident, type ReportedTally } from '@cw/totals';

export interface ReplayedArticle extends ArticleMeta {
  name: string;
  text: string;
}

export interface ReplayResult {
  incident_totals: ReturnType<TotalsLedger['incidentTotals']>;
  /** What provisional incidents would add (too large for one incident, or a tenfold jump): never in the totals. */
  provisional_totals: ReturnType<TotalsLedger['provisionalTotals']>;
  reported_tallies: ReturnType<typeof describeTally>[];
  incidents: ReturnType<typeof describeIncident>[];
  unplaced: { article: string; sentence: string; reason: string }[];
}

interface ReportMeta {
  publishedAt?: string;
  outlet?: string;
  url?: string;
}

function readJson(path: string): ReportMeta | null {
  return existsSync(path) ? (JSON.parse(readFileSync(path, 'utf8')) as ReportMeta) : null;
}

/** The reports of a folder in publication order; a report without a publication time is an error. */
export function readArticles(folder: string): ReplayedArticle[] {
  const articles = readdirSync(folder)
    .filter((file) => file.endsWith('.txt'))
    .map((file) => {
      const name = basename(file, '.txt');
      const meta = readJson(join(folder, `${name}.meta.json`)) ?? readJson(join(folder, `${name}.expected.json`)) ?? {};
      if (!meta.publishedAt) throw new Error(`${join(folder, file)}: no publishedAt in ${name}.meta.json or ${name}.expected.json`);
      const url = meta.url ?? `file://${resolve(folder, file)}`;
      return {
        name,
        text: readFileSync(join(folder, file), 'utf8'),
        // The fetcher's ArticleId: sha256 of the canonical URL, 32 hex characters.
        articleId: createHash('sha256').update(url, 'utf8').digest('hex').slice(0, 32),
        url,
        outlet: meta.outlet ?? 'unknown',
        publishedAt: new Date(meta.publishedAt).toISOString(),
      };
    });
  return articles.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt) || a.name.localeCompare(b.name));
}

export function replayFolder(folder: string): ReplayResult {
  const ledger = new TotalsLedger({ regionOf: regionLookup(Gazetteer.shared()) });
  const unplaced: ReplayResult['unplaced'] = [];
  for (const article of readArticles(folder)) {
    const { figures } = readReport(article.text, { publishedAt: article.publishedAt });
    const update = ledger.apply(article, figures);
    unplaced.push(...update.unplaced.map((u) => ({ article: article.name, sentence: u.sentence, reason: u.reason })));
  }
  return {
    incident_totals: ledger.incidentTotals(),
    provisional_totals: ledger.provisionalTotals(),
    reported_tallies: ledger.reportedTallies().map(describeTally),
    incidents: ledger.incidents().map(describeIncident),
    unplaced,
  };
}

function describeTally(t: ReportedTally) {
  return {
    country: t.country,
    metric: t.metric,
    victims: t.victims,
    since: t.since,
    source: t.source,
    value: t.value,
    qualifier: t.qualifier,
    outlet: t.outlet,
    publishedAt: t.publishedAt,
    sentence: t.sentence,
  };
}

function describeIncident(incident: Incident) {
  return {
    incidentId: incident.incidentId,
    country: incident.country,
    region: incident.region,
    metric: incident.metric,
    date: incident.date,
    places: incident.places,
    victims: incident.victims,
    value: incident.value,
    ...estimateRange(incident.reports),
    ...(incident.provisional ? { provisional: incident.provisional } : {}),
    reports: incident.reports.map((r) => ({
      current: r.figureId === incident.currentFigureId,
      outlet: r.outlet,
      publishedAt: r.publishedAt,
      value: r.value,
      qualifier: r.qualifier,
      victims: r.victims,
      isUpdate: r.isUpdate,
      breakdown: r.breakdown,
      sentence: r.sentence,
    })),
  };
}

if (require.main === module) {
  const folder = process.argv[2];
  if (!folder) {
    console.error('usage: npm run replay -- <folder of NAME.txt + NAME.meta.json>');
    process.exit(2);
  }
  console.log(JSON.stringify(replayFolder(folder), null, 2));
}
