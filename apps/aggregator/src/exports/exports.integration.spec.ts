import { deploymentTopics } from '@cw/contracts';
import { conflictEvent, requireKafka, type TestDatabase, uniqueName, waitFor } from '@cw/testing';
import type { INestApplication } from '@nestjs/common';
import { get, type IncomingMessage } from 'node:http';
import { Client } from 'pg';
import { startTestAggregator } from '../aggregator-app.testing';

const quetta = { country: 'PK', places: ['Quetta'], date: '2024-05-06' };

// A toll that rose from 12 to 35 over a day, told by three outlets and their sources (one with a comma and
// a quote in its name, as CSV has to carry), and a strike in another country the next day.
const stories = [
  conflictEvent('AFP', '2024-05-06T07:00:00Z', [
    { ...quetta, value: 12, source: 'police', sentence: 'A bomb blast at a police training centre in Quetta killed 12 people on Monday.' },
  ]),
  conflictEvent('Reuters', '2024-05-06T12:00:00Z', [
    { ...quetta, value: 20, isUpdate: true, source: 'a hospital official', sentence: 'The death toll from the Quetta blast rose to 20.' },
  ]),
  conflictEvent('AP', '2024-05-06T19:00:00Z', [
    {
      ...quetta,
      value: 35,
      qualifier: 'at_least',
      source: 'Balochistan\'s home department, "provisional"',
      sentence: "At least 35 people were killed in Monday's bombing in Quetta, officials said.",
    },
  ]),
  conflictEvent('AFP', '2024-05-07T08:00:00Z', [
    {
      value: 4,
      victims: 'civilians',
      country: 'UA',
      places: ['Kharkiv'],
      date: '2024-05-07',
      sentence: 'A missile strike on Kharkiv killed four civilians.',
    },
  ]),
];

// RFC 4180 as a spreadsheet reads it: quoted fields may hold commas, doubled quotes and line breaks.
const parseCsv = (text: string): string[][] => {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = '';
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (quoted && c === '"' && text[i + 1] === '"') {
      field += '"';
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (!quoted && c === ',') {
      row.push(field);
      field = '';
    } else if (!quoted && c === '\r' && text[i + 1] === '\n') {
      row.push(field);
      rows.push(row);
      row = [];
      field = '';
      i++;
    } else {
      field += c;
    }
  }
  return rows;
};

describe('CSV exports of incidents and day totals, and the reads of the map', () => {
  let app: INestApplication;
  let database: TestDatabase;
  let base: string;
  const topics = deploymentTopics(`${uniqueName('exports')}.`);

  const csv = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { response, rows: parseCsv(await response.text()) };
  };
  const records = (rows: string[][]) => rows.slice(1).map((row) => Object.fromEntries(rows[0].map((column, i) => [column, row[i]])));

  beforeAll(async () => {
    const kafka = await requireKafka();
    ({ app, database, base } = await startTestAggregator(topics));
    const producer = kafka.producer();
    await producer.connect();
    for (const event of stories)
      await producer.send({ topic: topics.conflictEvents, messages: [{ key: event.figures[0].country ?? 'ZZ', value: JSON.stringify(event) }] });
    await producer.disconnect();
    const killed = async (country: string) => ((await (await fetch(`${base}/totals/${country}`)).json()) as { killed: number }).killed;
    await waitFor(async () => (await killed('PK')) === 35 && (await killed('UA')) === 4, { what: 'every report applied' });
  });

  afterAll(async () => {
    await app?.close();
    await database?.drop();
  });

  it('exports an incident with its current estimate, low and high, reports, sources and URLs, quoted where needed', async () => {
    const { response, rows } = await csv('/incidents.csv?country=PK&from=2024-05-01&to=2024-05-31');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="incidents-PK-2024-05-01-2024-05-31.csv"');
    expect(rows[0]).toEqual([
      'incident_id',
      'country',
      'region',
      'date',
      'metric',
      'estimate',
      'low',
      'high',
      'victims',
      'places',
      'reports',
      'sources',
      'outlets',
      'urls',
      'estimate_url',
    ]);
    const [incident] = records(rows);
    expect(records(rows)).toHaveLength(1);
    expect(incident).toMatchObject({
      country: 'PK',
      date: '2024-05-06',
      metric: 'killed',
      estimate: '35',
      low: '12',
      high: '35',
      places: 'Quetta',
      reports: '3',
    });
    expect(incident.sources).toBe('police; a hospital official; Balochistan\'s home department, "provisional"');
    expect(incident.outlets).toBe('AFP; Reuters; AP');
    expect(incident.urls.split(' ')).toEqual(stories.slice(0, 3).map((s) => s.url));
    expect(incident.estimate_url).toBe(stories[2].url);
  });

  it('exports every incident of the filters, oldest first', async () => {
    expect(records((await csv('/incidents.csv')).rows).map((r) => [r.country, r.date])).toEqual([
      ['PK', '2024-05-06'],
      ['UA', '2024-05-07'],
    ]);
    expect(records((await csv('/incidents.csv?metric=injured')).rows)).toEqual([]);
  });

  it('exports day totals per country with the running total', async () => {
    const { response, rows } = await csv('/totals.csv?from=2024-05-01');
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="totals-2024-05-01.csv"');
    expect(rows).toEqual([
      ['country', 'region', 'day', 'metric', 'value', 'running_total'],
      ['PK', '', '2024-05-06', 'killed', '35', '35'],
      ['UA', '', '2024-05-07', 'killed', '4', '4'],
    ]);
    expect((await csv('/totals.csv?country=ua&metric=killed')).rows.slice(1)).toEqual([['UA', '', '2024-05-07', 'killed', '4', '4']]);
  });

  it("locates each incident for the map at its town, and answers a country's regions", async () => {
    const { incidents } = (await (await fetch(`${base}/incidents?country=PK`)).json()) as { incidents: { location: unknown }[] };
    expect(incidents[0].location).toEqual({ latitude: 30.18414, longitude: 67.00141, place: 'Quetta', precision: 'town' });
    // Quetta is the one town of that name in Pakistan, and the gazetteer places it in Balochistan: Pakistan's region
    // total is Balochistan's.
    expect(await (await fetch(`${base}/totals/regions?country=PK&metric=killed`)).json()).toEqual({
      country: 'PK',
      metric: 'killed',
      from: null,
      to: null,
      regions: [{ region: 'Balochistan', value: 35, centre: { latitude: 28.4907332, longitude: 65.0957792 } }],
    });
    expect((await fetch(`${base}/totals/regions?country=PK`)).status).toBe(400);
    const inBalochistan = (await (await fetch(`${base}/incidents?country=PK&region=Balochistan`)).json()) as { incidents: unknown[] };
    expect(inBalochistan.incidents).toHaveLength(1);
  });

  it('answers a bad filter with a 400 that says why, before any CSV', async () => {
    for (const [path, says] of [
      ['/incidents.csv?metric=wounded', 'metric'],
      ['/incidents.csv?from=2024-06-01&to=2024-05-01', 'from must not be after to'],
      ['/totals.csv?limit=10', 'limit'],
      ['/totals.csv?at=yesterday', 'at'],
    ]) {
      const response = await fetch(`${base}${path}`);
      expect(response.status).toBe(400);
      expect(JSON.stringify(await response.json())).toContain(says);
    }
  });

  it('streams a large export: the first rows arrive while its query is still open in Postgres, and it ends whole', async () => {
    // 40,000 incidents of two reports each (about 12 MB of CSV, more than the socket buffers hold), written
    // as the writer stores them.
    const db = new Client({ connectionString: database.url });
    await db.connect();
    try {
      await db.query(`INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
        SELECT 'bulk' || n, 'ZW', NULL, 'killed', '2023-01-01'::date + n % 365, 10, 'bulk' || n || '.1', 2,
               jsonb_build_object('incidentId', 'bulk' || n, 'country', 'ZW', 'victims', 'people', 'places', jsonb_build_array('Harare'), 'value', 10)
        FROM generate_series(1, 40000) AS n`);
      await db.query(`INSERT INTO incident_reports (incident_id, seq, figure_id, doc)
        SELECT 'bulk' || n, k, 'bulk' || n || '.' || k, json_build_object('figureId', 'bulk' || n || '.' || k, 'value', 5 + 5 * k,
                 'qualifier', 'exact', 'vague', false, 'victims', 'people', 'source', 'the ministry of health and child care',
                 'outlet', 'Wire ' || k, 'url', 'https://wire' || k || '.example/zimbabwe/' || md5(n::text))
        FROM generate_series(1, 40000) AS n, generate_series(0, 1) AS k`);

      const exportQueryOpen = async () =>
        (
          await db.query(
            `SELECT count(*)::int AS n FROM pg_stat_activity WHERE datname = current_database() AND pid <> pg_backend_pid()
             AND state IN ('active', 'idle in transaction') AND query LIKE '%FROM incidents i WHERE%'`,
          )
        ).rows[0].n as number;

      const response = await new Promise<IncomingMessage>((resolve, reject) => get(`${base}/incidents.csv?country=ZW`, resolve).on('error', reject));
      const chunks: Buffer[] = [];
      const ended = new Promise((resolve) => response.on('end', resolve));
      // Pauses as the first chunk comes in, before any other can.
      const first = new Promise<void>((resolve) =>
        response.on('data', (chunk: Buffer) => {
          chunks.push(chunk);
          if (chunks.length === 1) {
            response.pause();
            resolve();
          }
        }),
      );
      await first;
      expect(chunks[0].toString()).toMatch(/^incident_id,country,/);
      // The reader has stopped: the rest waits in Postgres, behind a cursor that is still open.
      await waitFor(async () => (await exportQueryOpen()) === 1, { what: 'the export query still open while the client waits' });

      response.resume();
      await ended;
      const lines = Buffer.concat(chunks).toString().split('\r\n');
      expect(lines).toHaveLength(40000 + 2); // the header, 40,000 incidents, and the final line break
      expect(lines[1]).toMatch(/^bulk\d+,ZW,,2023-01-01,killed,10,5,10,people,Harare,2,the ministry of health and child care,Wire 0; Wire 1,https:/);
      // Once the last row is out, the cursor closes and the connection goes back to the pool.
      await waitFor(async () => (await exportQueryOpen()) === 0, { what: 'the export query closed' });
    } finally {
      await db.end();
    }
  });
});
