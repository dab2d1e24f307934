// The realistic volume of issue 14 written straight into a migrated aggregator database: one million
// figures (reports) in 200,000 incidents over 100 countries and five years, with the day totals, region
// rows and the history of every change the writer would have kept. Plain INSERT ... SELECT from
// generate_series: the writer itself is benched elsewhere (aggregation.bench.ts); this is about reads.
import { City, Country, State } from 'country-state-city';
import type { Client } from 'pg';

export const VOLUME = { incidents: 200_000, figures: 1_000_000, countries: 100, firstDay: '2021-01-01', days: 1826 } as const;

// Real country, region and town names (country-state-city, as the gazetteer has them), so the map's
// coordinates and the region filters work on the bench data as on real data.
const places = () => {
  const countries = Country.getAllCountries()
    .filter((c) => State.getStatesOfCountry(c.isoCode).length >= 4 && (City.getCitiesOfCountry(c.isoCode) ?? []).length >= 10)
    .map((c) => c.isoCode)
    .sort()
    .slice(0, VOLUME.countries);
  if (countries.length < VOLUME.countries) throw new Error(`only ${countries.length} countries with regions and towns`);
  const regions = countries.flatMap((country) =>
    State.getStatesOfCountry(country)
      .slice(0, 8)
      .map((state, i) => ({ country, i, name: state.name, code: state.isoCode })),
  );
  const towns = countries.flatMap((country) =>
    (City.getCitiesOfCountry(country) ?? []).slice(0, 10).map((city, i) => ({ country, i, name: city.name, region: city.stateCode })),
  );
  return { countries, regions, towns };
};

// A pseudo-random number in [0, 1) from a row number and a salt: the same on every run.
const RANDOM = `CREATE FUNCTION pg_temp.r(n bigint, salt int) RETURNS double precision LANGUAGE sql IMMUTABLE AS
  $$ SELECT ((hashint8(n * 7919 + salt)::bigint + 2147483648) % 1000003) / 1000003.0 $$`;

export const loadRealisticVolume = async (db: Client, log: (line: string) => void): Promise<void> => {
  const { countries, regions, towns } = places();
  const step = async (what: string, sql: string, params: unknown[] = []) => {
    const started = Date.now();
    await db.query(sql, params);
    log(`  ${what} (${((Date.now() - started) / 1000).toFixed(1)} s)`);
  };
  await db.query(RANDOM);
  await db.query(`CREATE TEMP TABLE bench_regions AS SELECT * FROM json_to_recordset($1::json) AS x(country text, i int, name text, code text)`, [
    JSON.stringify(regions),
  ]);
  await db.query(`CREATE TEMP TABLE bench_towns AS SELECT * FROM json_to_recordset($1::json) AS x(country text, i int, name text, region text)`, [
    JSON.stringify(towns),
  ]);
  await db.query(
    `CREATE TEMP TABLE bench_countries AS
     SELECT c AS country, ord - 1 AS i, (SELECT count(*) FROM bench_regions r WHERE r.country = c) AS regions
     FROM unnest($1::text[]) WITH ORDINALITY AS x(c, ord)`,
    [countries],
  );

  // Incidents in the order they were first reported (as the writer inserts them), conflict skewed towards
  // a few countries; one in nine has one report, one in nine nine (five on average: 1,000,000 figures).
  await step(
    'incidents',
    `CREATE TEMP TABLE bench_incidents AS
     SELECT n, md5('incident' || n) AS incident_id, c.country, reg.name AS region, t.name AS town,
            (ARRAY['killed','killed','killed','killed','killed','injured','injured','displaced','kidnapped','missing'])[1 + floor(pg_temp.r(n, 2) * 10)::int] AS metric,
            ($1::date + floor(n::double precision * $2 / $3)::int) AS day,
            CASE WHEN n < $3 - 2 THEN 1 + n % 9 ELSE 5 END AS reports,
            1 + floor(power(pg_temp.r(n, 3), 3) * 200)::int AS value
     FROM generate_series(0, $3 - 1) AS n
     JOIN bench_countries c ON c.i = floor(power(pg_temp.r(n, 1), 2) * $4)::int
     LEFT JOIN bench_regions reg ON reg.country = c.country AND reg.i = floor(pg_temp.r(n, 4) * c.regions)::int AND pg_temp.r(n, 5) < 0.7
     JOIN bench_towns t ON t.country = c.country AND t.i = floor(pg_temp.r(n, 6) * 10)::int`,
    [VOLUME.firstDay, VOLUME.days, VOLUME.incidents, VOLUME.countries],
  );

  // Each report raises the toll (the last one is the estimate); one incident in fifty gets its last report
  // months later (a recount, a court case), so recorded order and incident day part now and then.
  await step(
    'reports',
    `CREATE TEMP TABLE bench_reports AS
     SELECT i.*, k, md5('figure' || i.n || '.' || k) AS figure_id, md5('article' || i.n || '.' || k) AS article_id,
            greatest(1, i.value - (i.reports - 1 - k) * (1 + i.value / 10))::bigint AS report_value,
            (i.day + make_interval(hours => 6 + 5 * k + floor(pg_temp.r(i.n * 10 + k, 7) * 4)::int)
               + CASE WHEN k = i.reports - 1 AND k > 0 AND i.n % 50 = 0 THEN make_interval(days => 30 + i.n % 300) ELSE make_interval() END) AS recorded_at
     FROM bench_incidents i, generate_series(0, i.reports - 1) AS k`,
  );
  await step(
    'incident rows',
    `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
     SELECT incident_id, country, region, metric, day, value, md5('figure' || n || '.' || (reports - 1)), reports,
            jsonb_build_object('incidentId', incident_id, 'country', country, 'region', region, 'metric', metric,
              'date', day::text, 'dateInferred', false, 'places', jsonb_build_array(town),
              'regions', CASE WHEN region IS NULL THEN '[]'::jsonb ELSE jsonb_build_array(region) END,
              'victims', 'civilians', 'currentFigureId', md5('figure' || n || '.' || (reports - 1)), 'value', value)
     FROM bench_incidents ORDER BY n`,
  );
  await step(
    'report rows',
    `INSERT INTO incident_reports (incident_id, seq, figure_id, doc)
     SELECT incident_id, k, figure_id, json_build_object('figureId', figure_id, 'articleId', article_id,
              'url', 'https://wire' || (n + k) % 40 || '.example/' || left(article_id, 12), 'outlet', 'Wire ' || (n + k) % 40,
              'publishedAt', to_char(recorded_at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS"Z"'),
              'source', (ARRAY['the health ministry','police','a local official',NULL,'the UN'])[1 + (n + k) % 5],
              'value', report_value, 'qualifier', CASE WHEN k % 3 = 1 THEN 'at_least' ELSE 'exact' END, 'vague', false,
              'victims', 'civilians', 'breakdown', '[]'::json,
              'sentence', 'At least ' || report_value || ' people were killed when an attack struck ' || coalesce(town, 'a market') ||
                ' on ' || to_char(day, 'FMDay') || ', ' || (ARRAY['officials said','a hospital source said','witnesses told reporters'])[1 + k % 3] || '.',
              'isUpdate', k > 0, 'places', json_build_array(town), 'regions', CASE WHEN region IS NULL THEN '[]'::json ELSE json_build_array(region) END,
              'date', day::text, 'dateInferred', false, 'spanStart', 40 * k)
     FROM bench_reports ORDER BY recorded_at, figure_id`,
  );
  await step(
    'applied figures',
    `INSERT INTO applied_figures (figure_id, event_id, article_id, applied_at)
     SELECT figure_id, md5('event' || article_id), article_id, recorded_at FROM bench_reports ORDER BY recorded_at, figure_id`,
  );
  // One history row per change, in the order they were recorded, with the day's and the country's total
  // before and after each as the writer keeps them.
  await step(
    'history',
    `INSERT INTO totals_history (country, region, metric, day, before, after, delta, country_before, country_after,
       incident_id, figure_id, event_id, article_id, url, sentence, recorded_at, published, incident_before, incident_after)
     SELECT country, coalesce(region, ''), metric, day, day_after - delta, day_after, delta, country_after - delta, country_after,
            incident_id, figure_id, md5('event' || article_id), article_id, 'https://wire.example/' || left(article_id, 12),
            'At least ' || report_value || ' people were killed.', recorded_at, true, report_value - delta, report_value
     FROM (SELECT *, SUM(delta) OVER (PARTITION BY country, metric, day ORDER BY recorded_at, figure_id) AS day_after,
                     SUM(delta) OVER (PARTITION BY country, metric ORDER BY recorded_at, figure_id) AS country_after
           FROM (SELECT *, report_value - coalesce(lag(report_value) OVER (PARTITION BY incident_id ORDER BY k), 0) AS delta
                 FROM bench_reports) moved
           WHERE delta <> 0) h
     ORDER BY recorded_at, figure_id`,
  );
  await step(
    'day totals',
    `INSERT INTO daily_totals (country, region, metric, day, value)
     SELECT country, '', metric, day, SUM(value) FROM bench_incidents GROUP BY 1, 2, 3, 4
     UNION ALL
     SELECT country, region, metric, day, SUM(value) FROM bench_incidents WHERE region IS NOT NULL GROUP BY 1, 2, 3, 4
     ORDER BY 4, 1, 2, 3`,
  );
  await step(
    'tallies',
    `INSERT INTO reported_tallies (tally_key, country, metric, source, since, value, published_at, doc)
     SELECT md5('tally' || country || m), country, m, 'the health ministry', '2021-01', 1000 + i * 37, '2025-12-01T00:00:00Z',
            jsonb_build_object('tallyKey', md5('tally' || country || m), 'country', country, 'metric', m, 'source', 'the health ministry',
              'since', '2021-01', 'value', 1000 + i * 37, 'qualifier', 'more_than', 'vague', false, 'victims', 'people',
              'url', 'https://wire.example/tally', 'outlet', 'Wire 1', 'publishedAt', '2025-12-01T00:00:00Z', 'sentence', 'More than 1,000 people have been killed.')
     FROM bench_countries, unnest(ARRAY['killed','displaced']) AS m`,
  );
  await step('vacuum analyze', `VACUUM ANALYZE`);
  // The load leaves a gigabyte of dirty pages: written out now, not by a checkpoint in the middle of the timing.
  await step('checkpoint', `CHECKPOINT`);
};
