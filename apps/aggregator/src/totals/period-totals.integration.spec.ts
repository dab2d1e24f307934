import { createTestDatabase, type TestDatabase } from '@cw/testing';
import type { DataSource } from 'typeorm';
import { createAggregatorDataSource } from '../database/data-source';
import { CreateReadRollupsAndIndexes1767400000000 } from '../database/migrations/1767400000000-create-read-rollups-and-indexes';
import { TotalsReader } from './totals-reader';

// Reads on years of data (issue 14): the month and year rows kept beside the day rows, and the periods
// and changes read through them, against the plain sums and filters they stand for.
describe('totals of a period, read from day, month and year rows', () => {
  let database: TestDatabase;
  let dataSource: DataSource;
  let reader: TotalsReader;

  // The writer's statement (day-totals.ts): final values of the touched days, inserted or replaced.
  const writeDays = (rows: [string, string, string, string, number][]) =>
    dataSource.query(
      `INSERT INTO daily_totals (country, region, metric, day, value)
       SELECT * FROM unnest($1::text[], $2::text[], $3::text[], $4::date[], $5::bigint[])
       ON CONFLICT (country, region, metric, day) DO UPDATE SET value = EXCLUDED.value`,
      [rows.map((r) => r[0]), rows.map((r) => r[1]), rows.map((r) => r[2]), rows.map((r) => r[3]), rows.map((r) => r[4])],
    );
  const plainSum = async (country: string | null, region: string, from: string | null, to: string | null) =>
    (await dataSource.query(
      `SELECT country, metric, SUM(value)::int AS total FROM daily_totals
       WHERE region = $2 AND ($1::text IS NULL OR country = $1) AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4)
       GROUP BY 1, 2 ORDER BY 1, 2`,
      [country, region, from, to],
    )) as { country: string; metric: string; total: number }[];

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createAggregatorDataSource(database.url).initialize();
    await dataSource.runMigrations();
    reader = new TotalsReader(dataSource);
    // Three years of days around year and month ends, in two countries, one with a region; then a second
    // batch that corrects some of them down, as a toll revised from 30 to 26 does.
    const days: [string, string, string, string, number][] = [];
    for (let n = 0; n < 1100; n += 3) {
      const day = new Date(Date.UTC(2022, 11, 1) + n * 86_400_000).toISOString().slice(0, 10);
      days.push(['SY', '', 'killed', day, 1 + (n % 7)], ['SY', 'Idlib Governorate', 'killed', day, 1 + (n % 5)], ['UA', '', 'injured', day, 2]);
    }
    await writeDays(days);
    await writeDays(days.filter((_, i) => i % 10 === 0).map(([c, r, m, d, v]) => [c, r, m, d, Math.max(0, v - 1)]));
  });

  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  const mismatched = () =>
    dataSource.query(`
      SELECT 'month' AS kind, m.country, m.region, m.metric, m.month AS period FROM monthly_totals m
      WHERE m.value <> (SELECT SUM(value) FROM daily_totals d WHERE d.country = m.country AND d.region = m.region AND d.metric = m.metric
                        AND date_trunc('month', d.day::timestamp)::date = m.month)
      UNION ALL
      SELECT 'year', y.country, y.region, y.metric, y.year FROM yearly_totals y
      WHERE y.value <> (SELECT SUM(value) FROM daily_totals d WHERE d.country = y.country AND d.region = y.region AND d.metric = y.metric
                        AND date_trunc('year', d.day::timestamp)::date = y.year)`);

  it('keeps each month and year equal to the sum of its days, through inserts and corrections', async () => {
    expect(await mismatched()).toEqual([]);
    expect(Number((await dataSource.query(`SELECT count(*) AS n FROM yearly_totals`))[0].n)).toBe(3 * 4);
  });

  it.each([
    [null, null],
    ['2023-01-01', '2024-12-31'], // whole years
    ['2023-02-01', '2023-04-30'], // whole months
    ['2022-12-31', '2025-01-01'], // a day either side of whole years
    ['2023-03-15', '2023-03-20'], // days inside one month
    ['2023-03-15', '2024-06-10'], // days, months, a year, months, days
    ['2024-02-29', null], // open at the end, from a leap day
    [null, '2023-07-04'], // open at the start
  ])('gives the sum of the days from %s to %s, for every country and for one', async (from, to) => {
    const expected = (rows: { country: string; metric: string; total: number }[]) =>
      rows.map((r) => expect.objectContaining({ country: r.country, [r.metric]: r.total }));
    const all = await reader.countryTotals({ from: from ?? undefined, to: to ?? undefined });
    expect(all).toEqual(expected(await plainSum(null, '', from, to)));
    const sy = await reader.countryTotals({ country: 'SY', region: 'Idlib Governorate', from: from ?? undefined, to: to ?? undefined });
    const [idlib] = await plainSum('SY', 'Idlib Governorate', from, to);
    expect(sy[0].killed).toBe(idlib?.total ?? 0);
  });

  it("gives a country's regions with their totals for the map", async () => {
    const [idlib] = await plainSum('SY', 'Idlib Governorate', '2023-05-01', '2023-08-15');
    expect(await reader.regionTotals({ country: 'SY', metric: 'killed', from: '2023-05-01', to: '2023-08-15' })).toEqual([
      { region: 'Idlib Governorate', value: idlib.total },
    ]);
    expect(await reader.regionTotals({ country: 'UA', metric: 'injured' })).toEqual([]);
  });

  it('pages the changes of a period in id order, as a walk of every change would find them', async () => {
    // Changes recorded in day order, with now and then a late one about a day long past (a recount).
    await dataSource.query(
      `INSERT INTO totals_history (country, region, metric, day, before, after, delta, country_before, country_after,
         incident_id, figure_id, event_id, article_id, url, sentence, recorded_at)
       SELECT (ARRAY['SY','UA','NG'])[1 + n % 3], '', (ARRAY['killed','injured'])[1 + n % 2],
              CASE WHEN n % 17 = 0 THEN '2022-12-01'::date + (n % 200) ELSE '2022-12-01'::date + n / 4 END,
              0, 1, 1, 0, 1, 'i' || n, 'f' || n, 'e' || n, 'a' || n, 'https://wire.example/' || n, 's', now()
       FROM generate_series(0, 3999) AS n ORDER BY n`,
    );
    const walk = async (filter: { country?: string; metric?: string; from?: string; to?: string }) => {
      const ids: number[] = [];
      for (let after = 0; ;) {
        const page = await reader.changes({ ...filter, limit: 37, after });
        ids.push(...page.map((c) => c.id));
        if (page.length < 37) return ids;
        after = page[page.length - 1].id;
      }
    };
    const plain = async (filter: { country?: string; metric?: string; from?: string; to?: string }) =>
      (
        (await dataSource.query(
          `SELECT id FROM totals_history WHERE ($1::text IS NULL OR country = $1) AND ($2::text IS NULL OR metric = $2)
           AND ($3::date IS NULL OR day >= $3) AND ($4::date IS NULL OR day <= $4) ORDER BY id`,
          [filter.country ?? null, filter.metric ?? null, filter.from ?? null, filter.to ?? null],
        )) as { id: string }[]
      ).map((row) => Number(row.id));
    for (const filter of [
      { from: '2023-01-10', to: '2023-02-20' },
      { from: '2023-03-01' },
      { to: '2023-01-31', metric: 'injured' },
      { country: 'NG', from: '2023-02-01', to: '2023-02-28' },
      { country: 'SY', metric: 'killed', to: '2023-01-15' },
    ]) {
      const expected = await plain(filter);
      expect(expected.length).toBeGreaterThan(37);
      expect(await walk(filter)).toEqual(expected);
    }
  });

  it('drops the month and year rows and their trigger on the way down, and builds them again from the days', async () => {
    await new CreateReadRollupsAndIndexes1767400000000().down(dataSource.createQueryRunner());
    await writeDays([['SY', '', 'killed', '2026-01-05', 1000]]);
    await new CreateReadRollupsAndIndexes1767400000000().up(dataSource.createQueryRunner());
    expect(await mismatched()).toEqual([]);
    expect(await reader.countryTotals({ country: 'SY', from: '2026-01-01' })).toEqual([expect.objectContaining({ killed: 1000 })]);
    expect(await reader.countryTotals({ country: 'SY' })).toEqual([
      expect.objectContaining({ killed: (await plainSum('SY', '', null, null))[0].total }),
    ]);
  });
});
