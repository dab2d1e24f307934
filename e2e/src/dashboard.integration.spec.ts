/// <reference lib="dom" />
// The page's own code runs in the browser: `document` in waitForFunction callbacks is the page's.
import { createTestPipeline, requireKafka, type SampleFeedServer, startSampleFeedServer, type TestPipeline, waitFor } from '@cw/testing';
import { spawnSync } from 'node:child_process';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { type Browser, chromium, type Page } from 'playwright-core';

const ROOT = join(__dirname, '../..');
const ADMIN_KEY = 'dashboard-admin-key-0123456789';
const SCREENSHOT = join(ROOT, 'test-output/dashboard.png');

// The admin dashboard (issue 7) in a real browser, Debian's chromium, over the three services on the seed
// report (shared/seeds/000_5d8a1befe3af6c37.txt): Syria, killed, 70 on the chart and in the incident
// list, the 32 + 38 breakdown and the monitor's war-long tally beside the total, never in it. Reads are
// locked (PUBLIC_READS=false), so the page must show nothing until the key is typed.
describe('the admin dashboard in a browser', () => {
  let pipeline: TestPipeline;
  let feed: SampleFeedServer;
  let browser: Browser;
  let page: Page;
  let base: string;
  const logs = () => pipeline.logs();
  const api = (path: string, key?: string) => fetch(`${base}${path}`, { headers: key ? { 'x-api-key': key } : {} });

  beforeAll(async () => {
    // Always built here, so the test never passes on a stale bundle; .ci/run builds it before npm test too.
    const build = spawnSync(process.execPath, [join(ROOT, 'node_modules/vite/bin/vite.js'), 'build', '--config', 'apps/dashboard/vite.config.mts'], {
      cwd: ROOT,
      encoding: 'utf8',
    });
    if (build.status !== 0) throw new Error(`dashboard build failed\n${build.stdout}\n${build.stderr}`);

    const kafka = await requireKafka();
    feed = await startSampleFeedServer();
    pipeline = await createTestPipeline({
      name: 'dash',
      partitions: 2,
      env: {
        FEED_URLS: feed.feedUrl,
        ALLOW_PRIVATE_HOSTS: `127.0.0.1:${new URL(feed.feedUrl).port}`,
        FEED_POLL_INTERVAL_MS: '1000',
        ADMIN_API_KEY: ADMIN_KEY,
        PUBLIC_READS: 'false',
        FETCHER_ADMIN_API_KEY: ADMIN_KEY,
      },
    });
    base = `http://127.0.0.1:${pipeline.port('aggregator')}`;
    for (const name of ['aggregator', 'extractor', 'fetcher'] as const)
      await pipeline.start(name, { env: { FETCHER_URL: `http://127.0.0.1:${pipeline.port('fetcher')}` } });

    const killed = async () => {
      const response = await api('/totals/SY', ADMIN_KEY).catch(() => null);
      return response?.ok ? ((await response.json()) as { killed: number }).killed : undefined;
    };
    await waitFor(async () => (await killed()) === 70, { timeoutMs: 90_000, what: () => `SY killed = 70\n${logs()}` });

    // One poison message, so the operations view has a dead letter to count.
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({ topic: pipeline.topics.conflictEvents, messages: [{ key: 'SY', value: JSON.stringify({ schema: 'conflict-event@1' }) }] });
    await producer.disconnect();
    await waitFor(
      async () => {
        const response = await api('/admin/dead-letters', ADMIN_KEY);
        return response.ok && ((await response.json()) as { total: number }).total === 1;
      },
      { what: () => `one dead letter counted\n${logs()}` },
    );

    browser = await chromium.launch({
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      headless: true,
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    });
    page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
  });

  afterAll(async () => {
    await browser?.close();
    await pipeline?.close('SIGTERM');
    await feed?.close();
  });

  it('shows only the key form until the admin key is typed, and says when a key is refused', async () => {
    expect((await api('/totals/SY')).status).toBe(401);
    await page.goto(`${base}/dashboard`);
    await page.waitForSelector('#sign-in');
    expect(await page.locator('#totals, #incidents, #operations').count()).toBe(0);

    await page.fill('#admin-key', 'not-the-admin-key-at-all');
    await page.click('#sign-in button[type=submit]');
    await page.waitForFunction(() => /refused/.test(document.querySelector('#sign-in-message')?.textContent ?? ''));
    expect(await page.locator('#totals').count()).toBe(0);
  });

  it('shows Syria, killed, 70 in the totals and on the chart, with the reported tally beside it', async () => {
    await page.fill('#admin-key', ADMIN_KEY);
    await page.click('#sign-in button[type=submit]');
    await page.waitForSelector('#country option[value=SY]', { state: 'attached' });
    await page.selectOption('#country', 'SY');
    await page.selectOption('#metric', 'killed');
    await page.waitForSelector('#series-chart canvas');

    expect(await page.locator('#computed-total .big').textContent()).toBe('70');
    const chart = JSON.parse((await page.getAttribute('#series-chart', 'data-chart'))!) as {
      labels: string[];
      datasets: { label: string; data: number[] }[];
    };
    expect(chart.labels).toEqual(['2019-08-10']);
    expect(chart.datasets.map((d) => [d.label, d.data])).toEqual([
      ['killed that day', [70]],
      ['running total', [70]],
    ]);
    // The chart is drawn again when the totals arrive, on a new canvas: it is measured in the page, in the same step that
    // finds it laid out, so a canvas replaced between finding and measuring cannot read as no size (a CI run's flake).
    const measured = await page.waitForFunction(() => {
      const box = document.querySelector('#series-chart canvas')?.getBoundingClientRect();
      return box && box.width > 0 ? { width: box.width, height: box.height } : null;
    });
    const size = (await measured.jsonValue()) as { width: number; height: number };
    expect(size.width).toBeGreaterThan(100);
    expect(size.height).toBeGreaterThan(100);

    expect(await page.locator('#reported-tallies').textContent()).toContain('more than 370,000');
    const tallies = JSON.parse((await page.getAttribute('#tally-chart', 'data-chart'))!) as { datasets: { data: number[] }[] };
    expect(tallies.datasets[0].data[0]).toBe(70);
    expect(tallies.datasets[0].data).toContain(370000);
  });

  it('lists the incident with its breakdown, its reports and the current estimate', async () => {
    await page.waitForSelector('#incident-list .incident');
    const incident = page.locator('#incident-list .incident').first();
    expect(await incident.locator('.place').textContent()).toContain('Syria');
    expect(await incident.locator('.figure').textContent()).toBe('killed 70');
    expect(await incident.locator('.breakdown').textContent()).toMatch(/32 pro-government forces \+ 38 /);
    const current = incident.locator('tr.current');
    expect(await current.locator('.source').textContent()).toBe('Syrian Observatory for Human Rights');
    expect(await current.locator('.badge').textContent()).toBe('current estimate');
    expect(await current.locator('a').getAttribute('href')).toMatch(/^https?:\/\//);
  });

  it('shows feed status and the dead letter for operators, and saves a screenshot', async () => {
    await page.waitForSelector('#feed-status');
    const feedRow = page.locator('#feed-status tbody tr', { hasText: feed.feedUrl });
    expect(await feedRow.locator('td').nth(1).textContent()).toBe('ok');
    const letters = await page.locator('#dead-letters').textContent();
    expect(letters).toContain(pipeline.topics.conflictEvents);
    expect(letters).toContain('invalid');

    mkdirSync(join(ROOT, 'test-output'), { recursive: true });
    await page.screenshot({ path: SCREENSHOT, fullPage: true });
    process.stdout.write(`dashboard screenshot: ${SCREENSHOT}\n`);
  });
});
