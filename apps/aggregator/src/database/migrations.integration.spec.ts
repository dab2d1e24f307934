import { createTestDatabase, describeMigrationRoundTrip, type TestDatabase } from '@cw/testing';
import type { DataSource } from 'typeorm';
import { AGGREGATOR_MIGRATIONS, createAggregatorDataSource } from './data-source';
import { SplitIncidentReports1767300000000 } from './migrations/1767300000000-split-incident-reports';

describeMigrationRoundTrip('aggregator', createAggregatorDataSource, AGGREGATOR_MIGRATIONS, [
  'applied_figures',
  'consumer_offsets',
  'daily_totals',
  'totals_history',
  'incidents',
  'incidents_candidates',
  'incident_reports',
  'reported_tallies',
  'totals_history_recorded',
  'corrections',
  'loose_figures',
  'review_items',
  'audit_log',
  'incidents_provisional',
]);

describe('splitting incident reports into rows', () => {
  let database: TestDatabase;
  let dataSource: DataSource;

  beforeAll(async () => {
    database = await createTestDatabase();
    dataSource = await createAggregatorDataSource(database.url).initialize();
  });
  afterAll(async () => {
    await dataSource?.destroy();
    await database?.drop();
  });

  // An incident stored before the split: two reports of the Kafr Zita strike inside its document.
  const reports = [
    { figureId: 'f1', value: 12, sentence: 'An air strike on Kafr Zita killed 12 civilians on Saturday.' },
    { figureId: 'f2', value: 20, sentence: 'The toll from the strike on Kafr Zita rose to 20.' },
  ];
  const doc = { incidentId: 'f1', country: 'SY', metric: 'killed', date: '2019-08-10', value: 20, currentFigureId: 'f2', reports };

  it('moves the reports of stored incidents into their own rows, in order, and back on the way down', async () => {
    const before = AGGREGATOR_MIGRATIONS.indexOf(SplitIncidentReports1767300000000);
    for (const Migration of AGGREGATOR_MIGRATIONS.slice(0, before)) await new Migration().up(dataSource.createQueryRunner());
    await dataSource.query(
      `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
       VALUES ('f1', 'SY', NULL, 'killed', '2019-08-10', 20, 'f2', 2, $1)`,
      [JSON.stringify(doc)],
    );

    await new SplitIncidentReports1767300000000().up(dataSource.createQueryRunner());
    expect(await dataSource.query(`SELECT figure_id, seq, doc FROM incident_reports ORDER BY seq`)).toEqual([
      { figure_id: 'f1', seq: 0, doc: reports[0] },
      { figure_id: 'f2', seq: 1, doc: reports[1] },
    ]);
    const [split] = await dataSource.query(`SELECT doc, version FROM incidents`);
    expect(split).toEqual({ doc: { ...doc, reports: undefined }, version: '1' });

    await new SplitIncidentReports1767300000000().down(dataSource.createQueryRunner());
    expect(await dataSource.query(`SELECT doc FROM incidents`)).toEqual([{ doc }]);
  });
});
