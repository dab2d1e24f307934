import type { INestApplication } from '@nestjs/common';
import { Test } from '@nestjs/testing';
import { ObservabilityModule } from './observability.module';
import { SERVICE_METRICS } from './observability.tokens';
import { type ReadinessCheck, ReadinessChecks } from './readiness-check';
import type { ServiceMetrics } from './service-metrics';

describe('ObservabilityModule', () => {
  let app: INestApplication;
  let base: string;
  let brokerUp = true;

  const kafka: ReadinessCheck = {
    name: 'kafka',
    check: async () => {
      if (!brokerUp) throw new Error('connect ECONNREFUSED 127.0.0.1:9092');
    },
  };
  // A driver error quoting its connection string must not reach an unauthenticated probe.
  const postgres: ReadinessCheck = {
    name: 'postgres',
    check: async () => {
      throw new Error('could not connect to postgres://cw:hunter2@db:5432/casualty_watch');
    },
  };

  beforeAll(async () => {
    const moduleRef = await Test.createTestingModule({
      imports: [ObservabilityModule.forRoot({ service: 'extractor', readiness: [kafka] })],
    }).compile();
    app = moduleRef.createNestApplication({ logger: false });
    await app.listen(0, '127.0.0.1');
    base = await app.getUrl();
  });

  afterAll(() => app.close());

  const get = async (path: string) => {
    const response = await fetch(`${base}${path}`);
    return { status: response.status, type: response.headers.get('content-type'), text: await response.text() };
  };

  it('answers /health/live with 200 whatever its dependencies say', async () => {
    brokerUp = false;
    expect((await get('/health/live')).status).toBe(200);
    brokerUp = true;
  });

  it('answers /health/ready and /health with 200 while every readiness check passes', async () => {
    for (const path of ['/health/ready', '/health']) {
      const { status, text } = await get(path);
      expect(status).toBe(200);
      expect(JSON.parse(text)).toMatchObject({ status: 'ok', info: { kafka: { status: 'up' } } });
    }
  });

  it('answers 503 naming the failing check and why, without credentials', async () => {
    app.get(ReadinessChecks).add(postgres);
    const { status, text } = await get('/health/ready');
    expect(status).toBe(503);
    const body = JSON.parse(text);
    expect(body.error).toEqual({ postgres: { status: 'down', message: expect.stringContaining('could not connect') } });
    expect(body.info).toMatchObject({ kafka: { status: 'up' } });
    expect(text).not.toContain('hunter2');
  });

  it('exposes the project metrics with the service label in Prometheus text format', async () => {
    const metrics = app.get<ServiceMetrics>(SERVICE_METRICS);
    metrics.figuresExtracted.inc({ metric: 'killed', kind: 'incident' }, 2);
    metrics.processingSeconds.observe({ stage: 'extract' }, 0.02);
    const { status, type, text } = await get('/metrics');
    expect(status).toBe(200);
    expect(type).toMatch(/^text\/plain;.*version=0\.0\.4/);
    for (const name of [
      'cw_articles_fetched_total',
      'cw_articles_published_total',
      'cw_figures_extracted_total',
      'cw_events_applied_total',
      'cw_incident_loads_total',
      'cw_dead_letters_total',
      'cw_consumer_lag',
      'cw_processing_seconds',
      'process_cpu_seconds_total',
    ]) {
      expect(text).toContain(`# TYPE ${name} `);
    }
    expect(text).toContain('cw_figures_extracted_total{metric="killed",kind="incident",service="extractor"} 2');
    expect(text).toMatch(/process_cpu_seconds_total\{service="extractor"\} /);
  });
});
