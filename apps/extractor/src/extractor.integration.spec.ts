import { ConflictEventV1, deploymentTopics } from '@cw/contracts';
import { createServiceLog } from '@cw/service';
import { requireKafka, seedRawArticle, TEST_BROKERS, uniqueName, waitFor } from '@cw/testing';
import type { INestApplication } from '@nestjs/common';
import { NestFactory } from '@nestjs/core';
import type { Consumer, Kafka, Producer } from 'kafkajs';
import { loadExtractorConfig } from './config';
import { ExtractorModule } from './extractor.module';

const seed = seedRawArticle();

describe('the extractor on a real broker', () => {
  let app: INestApplication;
  let kafka: Kafka;
  let producer: Producer;
  let reader: Consumer;
  const events: ConflictEventV1[] = [];
  const topics = deploymentTopics(`${uniqueName('extractor')}.`);

  beforeAll(async () => {
    kafka = await requireKafka();
    const config = loadExtractorConfig({
      KAFKA_BROKERS: TEST_BROKERS.join(','),
      KAFKA_TOPIC_PREFIX: topics.rawArticles.replace('cw.raw-articles.v1', ''),
      KAFKA_GROUP_ID: uniqueName('extractor'),
      LOG_LEVEL: 'warn',
    });
    app = await NestFactory.create(ExtractorModule.forRoot(config, createServiceLog('extractor', 'warn')), { logger: false });
    await app.listen(0, '127.0.0.1');
    producer = kafka.producer();
    await producer.connect();
    reader = kafka.consumer({ groupId: uniqueName('reader') });
    await reader.connect();
    await reader.subscribe({ topic: topics.conflictEvents, fromBeginning: true });
    await reader.run({ eachMessage: async ({ message }) => void events.push(ConflictEventV1.parse(JSON.parse(message.value!.toString()))) });
  });

  afterAll(async () => {
    await reader?.disconnect();
    await producer?.disconnect();
    await app?.close();
  });

  it('publishes the seed report as one conflict event with provenance on each figure', async () => {
    await producer.send({ topic: topics.rawArticles, messages: [{ key: seed.articleId, value: JSON.stringify(seed) }] });
    const [event] = await waitFor(() => (events.length === 1 ? events : undefined), { what: 'one conflict event' });
    const incidents = event.figures.filter((figure) => figure.kind === 'incident');
    expect(incidents).toEqual([
      expect.objectContaining({
        metric: 'killed',
        value: 70,
        country: 'SY',
        date: '2019-08-10',
        breakdown: [expect.objectContaining({ value: 32 }), expect.objectContaining({ value: 38 })],
        provenance: expect.objectContaining({ articleId: seed.articleId, url: seed.url, sentence: expect.stringMatching(/killed 70 combatants/) }),
      }),
    ]);
    expect(event.figures.filter((figure) => figure.kind === 'cumulative').map((figure) => figure.value)).toEqual(
      expect.arrayContaining([800, 80, 400000, 370000]),
    );
  });

  it('re-emits the same ids when the same article is delivered again', async () => {
    await producer.send({ topic: topics.rawArticles, messages: [{ key: seed.articleId, value: JSON.stringify(seed) }] });
    await waitFor(() => events.length === 2, { what: 'the second conflict event' });
    expect(events[1].eventId).toBe(events[0].eventId);
    expect(events[1].figures.map((f) => f.figureId)).toEqual(events[0].figures.map((f) => f.figureId));
  });
});
