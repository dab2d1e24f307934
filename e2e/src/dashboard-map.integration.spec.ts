/// <reference lib="dom" />
// The page's own code runs in the browser: `document` in waitForFunction callbacks is the page's.
import { createTestPipeline, requireKafka, type TestPipeline, waitFor } from '@cw/testing';
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Client } from 'pg';
import { type Browser, chromium, type Page } from 'playwright-core';

const ROOT = join(__dirname, '../..');
const ADMIN_KEY = 'dashboard-map-admin-key-0123456789';
const SCREENSHOT = join(ROOT, 'test-output/dashboard-map.png');

// Four incidents in Syria, killed, March 2024, stored as the aggregator stores them: two in Idlib
// Governorate (one at the town of Idlib, one known only by its region), one at Aleppo, and one whose
// place the gazetteer does not know (no dot for it).
const incidents = [
  { id: 'a1', day: '2024-03-02', region: 'Idlib Governorate', places: ['Idlib'], value: 12 },
  { id: 'a2', day: '2024-03-03', region: 'Idlib Governorate', places: ['Jabal al-Zawiya'], value: 5 },
  { id: 'a3', day: '2024-03-04', region: 'Aleppo Governorate', places: ['Aleppo'], value: 7 },
  { id: 'a4', day: '2024-03-05', region: null, places: ['a village outside the city'], value: 3 },
];

const seed = async (databaseUrl: string) => {
  const db = new Client({ connectionString: databaseUrl });
  await db.connect();
  try {
    for (const incident of incidents) {
      const report = {
        figureId: `${incident.id}.f`,
        articleId: `${incident.id}.a`,
        url: `https://wire.example/${incident.id}`,
        outlet: 'Wire',
        publishedAt: `${incident.day}T12:00:00Z`,
        source: 'civil defence',
        value: incident.value,
        qualifier: 'exact',
        vague: false,
        victims: 'civilians',
        breakdown: [],
        sentence: `An air strike killed ${incident.value} civilians.`,
        isUpdate: false,
        places: incident.places,
        regions: incident.region ? [incident.region] : [],
        date: incident.day,
        dateInferred: false,
        spanStart: 0,
      };
      const doc = { ...report, incidentId: incident.id, country: 'SY', region: incident.region, metric: 'killed', currentFigureId: report.figureId };
      await db.query(
        `INSERT INTO incidents (incident_id, country, region, metric, day, value, current_figure_id, report_count, doc)
         VALUES ($1, 'SY', $2, 'killed', $3, $4, $5, 1, $6)`,
        [incident.id, incident.region, incident.day, incident.value, report.figureId, JSON.stringify(doc)],
      );
      await db.query(`INSERT INTO incident_reports (incident_id, seq, figure_id, doc) VALUES ($1, 0, $2, $3)`, [
        incident.id,
        report.figureId,
        JSON.stringify(report),
      ]);
      for (const region of incident.region ? ['', incident.region] : [''])
        await db.query(`INSERT INTO daily_totals (country, region, metric, day, value) VALUES ('SY', $1, 'killed', $2, $3)`, [
          region,
          incident.day,
          incident.value,
        ]);
    }
  } finally {
    await db.end();
  }
};

// The dashboard's map (issue 14) in Debian's chromium: countries shaded from the boundaries the page ships
// (world-atlas), Syria's regions as circles with their totals, the listed incidents as dots, a click on a
// region that narrows the incidents list, a click on a country that shows it, and the CSV download.
describe('the dashboard map in a browser', () => {
  let pipeline: TestPipeline;
  let browser: Browser;
  let page: Page;
  let base: string;

  beforeAll(async () => {
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/dashboard/vite.config.mts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`dashboard build failed\n${build.stdout}\n${build.stderr}`);
    await requireKafka();
    pipeline = await createTestPipeline({ name: 'dashmap', partitions: 1, env: { ADMIN_API_KEY: ADMIN_KEY, PUBLIC_READS: 'false' } });
    base = `http://127.0.0.1:${pipeline.port('aggregator')}`;
    await pipeline.start('aggregator');
    // Started means migrated: the tables are there to write into.
    await waitFor(async () => (await fetch(`${base}/totals`, { headers: { 'x-api-key': ADMIN_KEY } }).catch(() => null))?.ok === true, {
      timeoutMs: 90_000,
      what: () => `the aggregator's API\n${pipeline.logs()}`,
    });
    await seed(pipeline.databaseUrl);

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: ['--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    await page.goto(`${base}/dashboard`);
    await page.fill('#admin-key', ADMIN_KEY);
    await page.click('#sign-in button[type=submit]');
  });

  afterAll(async () => {
    await browser?.close();
    await pipeline?.close('SIGTERM');
  });

  it("draws every country from the shipped boundaries, shaded by its total, and Syria's regions with theirs", async () => {
    await page.waitForSelector('#map[data-country=SY] path.country.selected');
    expect(await page.locator('#map path.country').count()).toBeGreaterThan(200);
    expect(await page.getAttribute('#map path.country.selected', 'data-value')).toBe('27');
    expect(await page.getAttribute('#map path[data-country=TR]', 'data-value')).toBe('0');
    const regions = await page.$$eval('#map circle.region', (circles) =>
      circles.map((c) => [c.getAttribute('data-region'), c.getAttribute('data-value')]),
    );
    expect(regions).toEqual([
      ['Idlib Governorate', '17'],
      ['Aleppo Governorate', '7'],
    ]);
    const size = await page.locator('#map').boundingBox();
    expect(size?.width).toBeGreaterThan(600);
  });

  it('draws the listed incidents as dots where a place is known', async () => {
    await page.waitForSelector('#incident-list .incident');
    await page.waitForFunction(() => document.querySelectorAll('#map circle.incident-point').length === 3);
    const dots = await page.$$eval('#map circle.incident-point', (circles) => circles.map((c) => c.getAttribute('data-incident')).sort());
    expect(dots).toEqual(['a1', 'a2', 'a3']);
  });

  it('lists only the incidents of a region clicked on the map, and all of them again on request', async () => {
    await page.click('#map circle.region[data-region="Idlib Governorate"]');
    await page.waitForSelector('#region-filter');
    await page.waitForFunction(() => document.querySelector('#incident-list')?.getAttribute('data-region') === 'Idlib Governorate');
    await page.waitForFunction(() => document.querySelectorAll('#incident-list .incident').length === 2);
    expect(await page.$$eval('#incident-list .incident', (items) => items.map((item) => item.getAttribute('data-region')))).toEqual([
      'Idlib Governorate',
      'Idlib Governorate',
    ]);
    expect(await page.getAttribute('#map circle.region.selected', 'data-region')).toBe('Idlib Governorate');

    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    process.stdout.write(`dashboard map screenshot: ${SCREENSHOT}\n`);

    const download = page.waitForEvent('download');
    await page.click('#download-incidents');
    const file = await (await download).path();
    const lines = readFileSync(file, 'utf8').trim().split('\r\n');
    expect(lines[0]).toMatch(/^incident_id,country,region,date,metric,estimate,low,high,/);
    expect(lines.slice(1).map((line) => line.split(',').slice(0, 3).join(','))).toEqual(['a1,SY,Idlib Governorate', 'a2,SY,Idlib Governorate']);

    await page.click('#all-regions');
    await page.waitForFunction(() => !document.querySelector('#region-filter') && document.querySelectorAll('#incident-list .incident').length === 4);
  });

  it('shows a country clicked on the map', async () => {
    await page.locator('#map path[data-country=TR]').dispatchEvent('click');
    await page.waitForSelector('#map[data-country=TR] path.country.selected');
    expect(await page.inputValue('#country-code')).toBe('TR');
    await page.waitForFunction(() => /Türkiye|Turkey/.test(document.querySelector('#totals')?.textContent ?? ''));
  });
});
