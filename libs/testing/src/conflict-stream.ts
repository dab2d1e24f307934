import { type CasualtyFigureV1, type ConflictEventV1, conflictEventKey } from '@cw/contracts';
import { Gazetteer } from '@cw/places';
import { figureId, regionLookup, TotalsLedger } from '@cw/totals';
import { domainFigureOf } from '@cw/conflict-events';
import { createHash } from 'node:crypto';
import type { Kafka } from 'kafkajs';

// Wire events for specs and fault tests: ids are derived as the extractor derives them, so the same call
// twice yields the same event; and a deterministic stream of many incidents in five countries, each
// reported by one to four outlets with tolls that rise and fall, and tallies.
const hex = (text: string) => createHash('sha256').update(text).digest('hex').slice(0, 32);

export type FigureFields = Partial<CasualtyFigureV1> & Pick<CasualtyFigureV1, 'value'> & { sentence: string };

export const conflictEvent = (outlet: string, publishedAt: string, figures: FigureFields[]): ConflictEventV1 => {
  const articleId = hex(`${outlet}|${publishedAt}`);
  const url = `https://${outlet.toLowerCase().replace(/\W+/g, '')}.example/${articleId.slice(0, 8)}`;
  return {
    schema: 'conflict-event@1',
    eventId: hex(`event|${articleId}`),
    articleId,
    url,
    outlet,
    publishedAt,
    producedAt: publishedAt,
    extractorVersion: 'test',
    figures: figures.map(({ sentence, ...fields }, i) => ({
      figureId: figureId(articleId, {
        metric: fields.metric ?? 'killed',
        kind: fields.kind ?? 'incident',
        span: { start: 100 * i, end: 100 * i + 2 },
      }),
      kind: 'incident',
      metric: 'killed',
      qualifier: 'exact',
      vague: false,
      victims: 'people',
      breakdown: [],
      date: publishedAt.slice(0, 10),
      since: null,
      country: null,
      places: [],
      source: null,
      isUpdate: false,
      span: { start: 100 * i, end: 100 * i + 2 },
      provenance: { articleId, url, sentence },
      ...fields,
    })),
  };
};

export const buildConflictStream = (incidents = 120): ConflictEventV1[] => {
  let seed = 7;
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647;
  const countries = [
    ['SY', 'Idlib'],
    ['UA', 'Kharkiv'],
    ['SD', 'El Fasher'],
    ['NG', 'Maiduguri'],
    ['SO', 'Mogadishu'],
  ] as const;
  const events: ConflictEventV1[] = [];
  for (let incident = 0; incident < incidents; incident++) {
    const [country, town] = countries[incident % countries.length];
    const day = `2024-0${1 + (incident % 9)}-${String(1 + ((incident * 7) % 27)).padStart(2, '0')}`;
    const place = `${town} district ${incident}`;
    let value = 3 + Math.floor(random() * 40);
    const reports = 1 + Math.floor(random() * 4);
    for (let report = 0; report < reports; report++) {
      if (report > 0) value = Math.max(1, value + Math.floor(random() * 20) - 6);
      const hour = String(6 + report * 4).padStart(2, '0');
      const figures: FigureFields[] = [
        { value, country, places: [place], date: day, isUpdate: report > 0, sentence: `An attack in ${place} killed ${value} people.` },
      ];
      if (random() < 0.2) {
        figures.push({
          kind: 'cumulative',
          value: 1000 + incident,
          country,
          places: [],
          date: null,
          isUpdate: false,
          since: '2011',
          source: 'a monitor',
          sentence: `More than ${1000 + incident} people have been killed since 2011.`,
        });
      }
      events.push(conflictEvent(`Outlet ${report}`, `${day}T${hour}:${String(incident % 60).padStart(2, '0')}:00Z`, figures));
    }
  }
  // Each country's reports in publication order, as one partition delivers them.
  return events.sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
};

/** Creates the conflict-events topic with three partitions, as a deployment has it, and publishes the events keyed as the extractor keys them. */
export const publishConflictStream = async (kafka: Kafka, topic: string, events: ConflictEventV1[]): Promise<void> => {
  const admin = kafka.admin();
  await admin.connect();
  await admin.createTopics({ topics: [{ topic, numPartitions: 3 }], waitForLeaders: true });
  await admin.disconnect();
  const producer = kafka.producer();
  await producer.connect();
  await producer.send({ topic, messages: events.map((event) => ({ key: conflictEventKey(event), value: JSON.stringify(event) })) });
  await producer.disconnect();
};

export const figureCount = (events: ConflictEventV1[]) => events.reduce((n, event) => n + event.figures.length, 0);

/** Killed per country after a clean run: the aggregator's own ledger, in memory, over the same events. */
export const cleanKilledTotals = (events: ConflictEventV1[]): Record<string, number> => {
  const ledger = new TotalsLedger({ regionOf: regionLookup(Gazetteer.shared()) });
  for (const { articleId, url, outlet, publishedAt, figures } of events)
    ledger.apply({ articleId, url, outlet, publishedAt }, figures.map(domainFigureOf));
  return Object.fromEntries(Object.entries(ledger.incidentTotals()).map(([country, totals]) => [country, totals.killed]));
};

/** Killed per country as the aggregator's GET /totals answers. */
export const servedKilledTotals = async (aggregatorPort: number): Promise<Record<string, number>> => {
  const response = await fetch(`http://127.0.0.1:${aggregatorPort}/totals`);
  const body = (await response.json()) as { totals: { country: string; killed: number }[] };
  return Object.fromEntries(body.totals.map((t) => [t.country, t.killed]));
};
