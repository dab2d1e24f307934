import { Counter, Gauge, Histogram, type Registry } from 'prom-client';

/** The project's metrics, defined once here; each service increments the ones it owns. */
export interface ServiceMetrics {
  /** fetcher: articles read from a feed, before the seen-articles check. */
  articlesFetched: Counter<'feed'>;
  /** fetcher: new articles Kafka acknowledged. */
  articlesPublished: Counter<string>;
  /** extractor: figures read from articles. */
  figuresExtracted: Counter<'metric' | 'kind'>;
  /** aggregator: conflict events applied to the totals (duplicates not counted). */
  eventsApplied: Counter<string>;
  /** aggregator: candidate incidents taken from its memory ("memory") or read from Postgres ("postgres"). */
  incidentLoads: Counter<'source'>;
  /** every consumer: messages sent to the dead-letter topic, by original topic and reason. */
  deadLetters: Counter<'topic' | 'reason'>;
  /** every consumer: latest offset minus committed offset, per partition. */
  consumerLag: Gauge<'topic' | 'partition'>;
  /** time spent per stage (poll, extract, apply...), seconds. */
  processingSeconds: Histogram<'stage'>;
}

// Buckets from 1 ms to 30 s: an article's extraction takes milliseconds, a feed poll seconds.
const PROCESSING_BUCKETS = [0.001, 0.005, 0.01, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30];

/** Registers the project's metrics in `registry`; call once per registry (names must be unique in it). */
export const createServiceMetrics = (registry: Registry): ServiceMetrics => {
  const registers = [registry];
  return {
    articlesFetched: new Counter({ name: 'cw_articles_fetched_total', help: 'Articles read from feeds', labelNames: ['feed'], registers }),
    articlesPublished: new Counter({ name: 'cw_articles_published_total', help: 'New articles published to Kafka', registers }),
    figuresExtracted: new Counter({
      name: 'cw_figures_extracted_total',
      help: 'Casualty figures read from articles',
      labelNames: ['metric', 'kind'],
      registers,
    }),
    eventsApplied: new Counter({ name: 'cw_events_applied_total', help: 'Conflict events applied to the totals', registers }),
    incidentLoads: new Counter({
      name: 'cw_incident_loads_total',
      help: 'Candidate incidents a batch needed, by where they came from (memory at their stored version, or postgres)',
      labelNames: ['source'],
      registers,
    }),
    deadLetters: new Counter({
      name: 'cw_dead_letters_total',
      help: 'Messages sent to the dead-letter topic',
      labelNames: ['topic', 'reason'],
      registers,
    }),
    consumerLag: new Gauge({
      name: 'cw_consumer_lag',
      help: 'Messages not yet committed by the consumer group',
      labelNames: ['topic', 'partition'],
      registers,
    }),
    processingSeconds: new Histogram({
      name: 'cw_processing_seconds',
      help: 'Time spent per processing stage',
      labelNames: ['stage'],
      buckets: PROCESSING_BUCKETS,
      registers,
    }),
  };
};
