import type { RawArticleV1 } from '@cw/contracts';
import { readReport } from '@cw/extraction';
import { Gazetteer } from '@cw/places';
import { regionLookup, TotalsLedger } from '@cw/totals';
import { createHash } from 'node:crypto';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface WireReport {
  slug: string;
  title: string;
  text: string;
  publishedAt: string;
  outlet: string;
}

// Short wire-style reports, as agencies file them: each its own incident (its own place and a day
// three days from any other), so the totals do not depend on the order two partitions deliver them in.
const PLACES = [
  ['Kharkiv', 'Ukraine', 'the regional governor'],
  ['Mogadishu', 'Somalia', 'police'],
  ['Maiduguri', 'Nigeria', 'residents'],
  ['El Fasher', 'Sudan', 'a medical charity'],
  ['Kismayo', 'Somalia', 'a local elder'],
  ['Odesa', 'Ukraine', 'the city administration'],
] as const;
const ATTACKS = ['A drone strike on', 'Shelling of', 'A car bomb in', 'An air raid on', 'A rocket attack on', 'Gunfire in'];
const TARGETS = ['a market', 'a bus station', 'a school', 'a hospital', 'a mosque', 'a camp for displaced families', 'a checkpoint', 'a fuel depot'];
const DAYS = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
const AFTERMATH = [
  'Rescue teams were still searching the rubble at nightfall.',
  'Witnesses described panic as ambulances arrived.',
  'No group immediately claimed responsibility for the attack.',
  'The authorities declared three days of mourning.',
  'Local hospitals appealed for blood donors.',
];

export const wireReports = (count: number): WireReport[] =>
  Array.from({ length: count }, (_, i) => {
    const [town, country, source] = PLACES[i % PLACES.length];
    const killed = 2 + ((i * 7) % 23);
    const injured = i % 3 === 0 ? 5 + ((i * 11) % 30) : 0;
    const publishedAt = new Date(Date.UTC(2023, 0, 2) + i * 3 * 86_400_000 + 10 * 3_600_000).toISOString();
    const wounded = injured > 0 ? ` and wounded ${injured} others` : '';
    const text =
      `${ATTACKS[i % ATTACKS.length]} ${TARGETS[(i * 5) % TARGETS.length]} in ${town}, ${country}, killed ${killed} civilians${wounded} on ${DAYS[i % DAYS.length]}, ${source} said. ` +
      `${AFTERMATH[(i * 3) % AFTERMATH.length]} Dispatch ${i} of the fault-test wire, filed from ${town}.`;
    return { slug: `wire-${i}`, title: `${killed} killed in ${town} (dispatch ${i})`, text, publishedAt, outlet: 'Fault Test Wire' };
  });

export interface CountryTotals {
  killed: number;
  injured: number;
  displaced: number;
}

const nonZero = (totals: Record<string, CountryTotals>) =>
  Object.fromEntries(
    Object.entries(totals)
      .filter(([, t]) => t.killed + t.injured + t.displaced > 0)
      .map(([country, { killed, injured, displaced }]) => [country, { killed, injured, displaced }]),
  );

/** The totals of a clean run: each report read and applied in memory, by the code the services run. */
export const cleanTotalsOf = (reports: WireReport[]): Record<string, CountryTotals> => {
  const ledger = new TotalsLedger({ regionOf: regionLookup(Gazetteer.shared()) });
  for (const report of reports) {
    const { figures } = readReport(report.text, { publishedAt: report.publishedAt });
    ledger.apply(
      { articleId: articleIdOf(report), url: `https://wire.example/${report.slug}`, outlet: report.outlet, publishedAt: report.publishedAt },
      figures,
    );
  }
  return nonZero(ledger.incidentTotals());
};

/** Totals per country as the aggregator's GET /totals answers them. */
export const servedTotals = async (aggregatorPort: number): Promise<Record<string, CountryTotals>> => {
  const response = await fetch(`http://127.0.0.1:${aggregatorPort}/totals`);
  const body = (await response.json()) as { totals: (CountryTotals & { country: string })[] };
  return nonZero(Object.fromEntries(body.totals.map(({ country, ...totals }) => [country, totals])));
};

export const articleIdOf = (report: WireReport) => createHash('sha256').update(report.slug).digest('hex').slice(0, 32);

/** A report as the fetcher would publish it, for tests that start at the raw-articles topic. */
export const rawArticleOf = (report: WireReport): RawArticleV1 => ({
  schema: 'raw-article@1',
  articleId: articleIdOf(report),
  url: `https://wire.example/${report.slug}`,
  title: report.title,
  text: report.text,
  publishedAt: report.publishedAt,
  outlet: report.outlet,
  language: 'en',
  feedUrl: null,
  fetchedAt: report.publishedAt,
});

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** An RSS 2.0 feed of the reports: the text is the item's description, links point at `base`. */
export const rssOf = (reports: WireReport[], base: string): string =>
  [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0"><channel><title>Fault Test Wire</title>',
    `<link>${base}/</link><description>Short reports for the fault tests</description><language>en</language>`,
    ...reports.map(
      (r) =>
        `<item><title>${escapeXml(r.title)}</title><link>${base}/articles/${r.slug}</link><guid isPermaLink="false">${r.slug}</guid>` +
        `<pubDate>${new Date(r.publishedAt).toUTCString()}</pubDate><description>${escapeXml(r.text)}</description></item>`,
    ),
    '</channel></rss>',
  ].join('\n');

/** A wire feed on a local port that serves the first `filed` reports: a spec files more mid-stream with `file`. */
export interface WireFeed {
  url: string;
  file(count: number): void;
  close(): Promise<void>;
}

export const startWireFeed = async (reports: WireReport[], filed: number): Promise<WireFeed> => {
  let served = filed;
  const server = createServer((request, response) => {
    if (request.url !== '/feeds/wire.rss') return void response.writeHead(404).end('not found');
    const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    response.writeHead(200, { 'content-type': 'application/rss+xml' }).end(rssOf(reports.slice(0, served), base));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}/feeds/wire.rss`,
    file: (count) => (served = count),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
};
