import type { MigrationInterface, QueryRunner } from 'typeorm';

// The read routes on five years of data (issue 14; tools/bench/reads.bench.ts measures them).
const KEY = 'country, region, metric';

// What a statement changed in daily_totals, added into the month and year rows; `moved` is a query of
// (country, region, metric, day, value) with removed values negative. Sorted, so two writers never lock the
// same rows in opposite orders (each country's rows are one writer's at a time anyway: country-metric-lock.ts).
const rollUp = (moved: string) => `
    WITH moved AS (${moved}),
    months AS (
      INSERT INTO monthly_totals (${KEY}, month, value)
      SELECT ${KEY}, date_trunc('month', day::timestamp)::date, SUM(value) FROM moved
      GROUP BY 1, 2, 3, 4 HAVING SUM(value) <> 0 ORDER BY 1, 2, 3, 4
      ON CONFLICT (${KEY}, month) DO UPDATE SET value = monthly_totals.value + EXCLUDED.value)
    INSERT INTO yearly_totals (${KEY}, year, value)
    SELECT ${KEY}, date_trunc('year', day::timestamp)::date, SUM(value) FROM moved
    GROUP BY 1, 2, 3, 4 HAVING SUM(value) <> 0 ORDER BY 1, 2, 3, 4
    ON CONFLICT (${KEY}, year) DO UPDATE SET value = yearly_totals.value + EXCLUDED.value;`;

/**
 * Reads that stay fast on years of data. Summing day rows made `/totals` read every day of every country
 * (150 ms at five years), so month and year rows are kept beside them, by a trigger on daily_totals: the
 * writer (day-totals.ts) stays as it is, and a period is its whole years, then whole months, then days.
 * Incidents get indexes in the order they are listed, and the changes feed indexes to find a country's rows
 * and a period's first rows without walking the history from its start.
 */
export class CreateReadRollupsAndIndexes1767400000000 implements MigrationInterface {
  name = 'CreateReadRollupsAndIndexes1767400000000';

  async up(db: QueryRunner): Promise<void> {
    for (const [table, period] of [
      ['monthly_totals', 'month'],
      ['yearly_totals', 'year'],
    ]) {
      await db.query(`CREATE TABLE ${table} (
        country char(2) NOT NULL,
        region text NOT NULL DEFAULT '',
        metric text NOT NULL,
        ${period} date NOT NULL,
        value bigint NOT NULL,
        PRIMARY KEY (${KEY}, ${period}))`);
      // Every country's rows of a period: /totals without a country.
      await db.query(`CREATE INDEX ${table}_by_${period} ON ${table} (region, ${period})`);
    }
    await db.query(`INSERT INTO monthly_totals (${KEY}, month, value)
      SELECT ${KEY}, date_trunc('month', day::timestamp)::date, SUM(value) FROM daily_totals GROUP BY 1, 2, 3, 4`);
    await db.query(`INSERT INTO yearly_totals (${KEY}, year, value)
      SELECT ${KEY}, date_trunc('year', day::timestamp)::date, SUM(value) FROM daily_totals GROUP BY 1, 2, 3, 4`);
    // Statement triggers with transition tables: one upsert per statement of the writer, not one per row.
    await db.query(`CREATE FUNCTION roll_up_daily_totals() RETURNS trigger LANGUAGE plpgsql AS $$
      BEGIN
        IF TG_OP = 'INSERT' THEN ${rollUp(`SELECT ${KEY}, day, value FROM new_rows`)}
        ELSIF TG_OP = 'UPDATE' THEN ${rollUp(`SELECT ${KEY}, day, value FROM new_rows UNION ALL SELECT ${KEY}, day, -value FROM old_rows`)}
        ELSE ${rollUp(`SELECT ${KEY}, day, -value FROM old_rows`)}
        END IF;
        RETURN NULL;
      END $$`);
    await db.query(`CREATE TRIGGER daily_totals_roll_up_insert AFTER INSERT ON daily_totals
      REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION roll_up_daily_totals()`);
    await db.query(`CREATE TRIGGER daily_totals_roll_up_update AFTER UPDATE ON daily_totals
      REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION roll_up_daily_totals()`);
    await db.query(`CREATE TRIGGER daily_totals_roll_up_delete AFTER DELETE ON daily_totals
      REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION roll_up_daily_totals()`);
    // The days at either end of a period that whole months do not cover, for every country at once.
    await db.query(`CREATE INDEX daily_totals_by_day ON daily_totals (region, day)`);
    // A country's regions for one metric (the map): the primary key would walk every region of every metric.
    await db.query(`CREATE INDEX daily_totals_regions ON daily_totals (country, metric, day) WHERE region <> ''`);

    // A period [from, to] as whole units: the first whole unit starts at `whole_periods_from`, and whole units
    // end before `whole_periods_until` (exclusive); no day means no bound. Immutable SQL, so the planner folds
    // them into constants and range-scans the indexes.
    await db.query(`CREATE FUNCTION whole_periods_from(unit text, d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN d IS NULL THEN '-infinity'::date
                  WHEN d = date_trunc(unit, d::timestamp)::date THEN d
                  ELSE (date_trunc(unit, d::timestamp) + make_interval(years => (unit = 'year')::int, months => (unit = 'month')::int))::date END $$`);
    await db.query(`CREATE FUNCTION whole_periods_until(unit text, d date) RETURNS date LANGUAGE sql IMMUTABLE PARALLEL SAFE AS $$
      SELECT CASE WHEN d IS NULL THEN 'infinity'::date
                  WHEN d + 1 = date_trunc(unit, (d + 1)::timestamp)::date THEN d + 1
                  ELSE date_trunc(unit, d::timestamp)::date END $$`);

    // The first days of the months from one day's month to another's. A function of its own for its row
    // estimate: generate_series over dates is guessed at 1,000 rows, which priced a per-month probe so high
    // that Postgres compiled it (JIT, a second) before running it (2 ms).
    await db.query(`CREATE FUNCTION months_between(first date, last date) RETURNS SETOF date
      LANGUAGE plpgsql IMMUTABLE PARALLEL SAFE ROWS 12 AS $$
      BEGIN
        RETURN QUERY SELECT m::date FROM generate_series(date_trunc('month', first::timestamp), date_trunc('month', last::timestamp), interval '1 month') AS m;
      END $$`);

    // Incidents newest first (day, then id), of everything or of one country. The filters' columns ride along
    // so a page is found on the index alone, whatever it skips; only the region of an incident ever changes
    // (a report names its region), the rest are written once.
    await db.query(`CREATE INDEX incidents_by_day ON incidents (day, incident_id) INCLUDE (country, metric, region)`);
    await db.query(`CREATE INDEX incidents_by_country_day ON incidents (country, day, incident_id) INCLUDE (metric, region)`);

    // The changes feed pages by id: a country's changes in id order; for a period, each month's changes in
    // id order (merged, N from each month at most), with the day and metric to filter on the index alone.
    await db.query(`CREATE INDEX totals_history_country_id ON totals_history (country, id)`);
    await db.query(`CREATE INDEX totals_history_month_id ON totals_history ((date_trunc('month', day::timestamp)::date), id) INCLUDE (day, metric)`);
  }

  async down(db: QueryRunner): Promise<void> {
    await db.query(`DROP INDEX totals_history_month_id`);
    await db.query(`DROP INDEX totals_history_country_id`);
    await db.query(`DROP INDEX incidents_by_country_day`);
    await db.query(`DROP INDEX incidents_by_day`);
    await db.query(`DROP FUNCTION months_between(date, date)`);
    await db.query(`DROP FUNCTION whole_periods_until(text, date)`);
    await db.query(`DROP FUNCTION whole_periods_from(text, date)`);
    await db.query(`DROP INDEX daily_totals_regions`);
    await db.query(`DROP INDEX daily_totals_by_day`);
    await db.query(`DROP TRIGGER daily_totals_roll_up_delete ON daily_totals`);
    await db.query(`DROP TRIGGER daily_totals_roll_up_update ON daily_totals`);
    await db.query(`DROP TRIGGER daily_totals_roll_up_insert ON daily_totals`);
    await db.query(`DROP FUNCTION roll_up_daily_totals()`);
    await db.query(`DROP TABLE yearly_totals`);
    await db.query(`DROP TABLE monthly_totals`);
  }
}
