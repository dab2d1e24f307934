import { DEAD_LETTERS_V1, DeadLetterV1, RAW_ARTICLES_V1, RawArticleV1 } from '@cw/contracts';
import { requireKafka, TEST_BROKERS, uniqueName, waitFor } from '@cw/testing';
import { type Kafka, KafkaJSNonRetriableError } from 'kafkajs';
import { z } from 'zod';
import { PartitionProgress } from '@cw/observability';
import { createMessagePublisher } from './kafka-client';
import type { MessagePublisher } from './message-publisher';
import { ensureTopics } from './topic-setup';
import { type ConsumedMessage, ValidatedConsumer } from './validated-consumer';

const Greeting = z.object({ schema: z.literal('greeting@1'), text: z.string().min(1) });

describe('ValidatedConsumer on a real Kafka 4 broker', () => {
  let kafka: Kafka;
  let publisher: MessagePublisher;
  const topic = uniqueName('cw.test.greetings');
  const consumers: ValidatedConsumer<typeof Greeting>[] = [];

  beforeAll(async () => {
    kafka = await requireKafka();
    await ensureTopics(kafka, [topic, DEAD_LETTERS_V1], 2);
    publisher = createMessagePublisher({ brokers: TEST_BROKERS, clientId: uniqueName('test') });
    await publisher.connect();
  });

  afterAll(async () => {
    await Promise.all(consumers.map((consumer) => consumer.stop()));
    await publisher.close();
  });

  const consume = (groupId: string, received: ConsumedMessage<z.output<typeof Greeting>>[]) => {
    const consumer = new ValidatedConsumer({
      kafka,
      service: 'test',
      groupId,
      topic,
      schema: Greeting,
      deadLetters: publisher,
      handle: async (batch) => void received.push(...batch.messages),
    });
    consumers.push(consumer);
    return consumer.start();
  };

  it('delivers valid messages, dead-letters a malformed one with its bytes and reason, and goes on', async () => {
    const received: ConsumedMessage<z.output<typeof Greeting>>[] = [];
    await publisher.publishRaw(topic, 'k', '{"schema":"greeting@1","text":"first"}');
    await publisher.publishRaw(topic, 'k', 'this is not json');
    await publisher.publishRaw(topic, 'k', '{"schema":"greeting@1","text":""}');
    await publisher.publish({ topic, schema: Greeting }, 'k', { schema: 'greeting@1', text: 'after the poison' });

    await consume(uniqueName('group'), received);
    await waitFor(() => received.length === 2, { what: 'two valid greetings' });
    expect(received.map((m) => m.value.text)).toEqual(['first', 'after the poison']);

    const letters = await readDeadLetters(kafka, topic, 2);
    expect(letters.map((l) => l.reason).sort()).toEqual(['invalid', 'undecodable']);
    const undecodable = letters.find((l) => l.reason === 'undecodable')!;
    expect(Buffer.from(undecodable.value!, 'base64').toString()).toBe('this is not json');
    expect(undecodable).toMatchObject({ service: 'test', topic, partition: expect.any(Number), offset: expect.stringMatching(/^\d+$/) });
    expect(letters.find((l) => l.reason === 'invalid')!.detail).toMatch(/text/);
  });

  it('says so when KafkaJS stops the consumer for good, so the service can exit and be restarted', async () => {
    const stopped: Error[] = [];
    const consumer = new ValidatedConsumer({
      kafka,
      service: 'test',
      groupId: uniqueName('group'),
      topic,
      schema: Greeting,
      deadLetters: publisher,
      handle: async () => {
        throw new KafkaJSNonRetriableError('the broker refused a dead letter too large to keep');
      },
      onStoppedForGood: (error) => void stopped.push(error),
    });
    consumers.push(consumer);
    await consumer.start();
    await waitFor(() => stopped.length === 1, { what: 'the consumer to stop for good' });
    expect(stopped[0].message).toMatch(/too large/);
  });

  it('dead-letters alone a message its handler fails on, applies the rest of the batch, and moves on', async () => {
    const poisonTopic = uniqueName('cw.test.poison');
    await ensureTopics(kafka, [poisonTopic], 1);
    for (const text of ['one', 'POISON', 'three'])
      await publisher.publish({ topic: poisonTopic, schema: Greeting }, 'k', { schema: 'greeting@1', text });
    const applied: string[] = [];
    const batches: string[][] = [];
    const consumer = new ValidatedConsumer({
      kafka,
      service: 'test',
      groupId: uniqueName('group'),
      topic: poisonTopic,
      schema: Greeting,
      deadLetters: publisher,
      handle: async ({ messages }) => {
        batches.push(messages.map((m) => m.value.text));
        // As Postgres refuses a NUL: the whole batch's transaction fails, nothing of it is applied.
        if (messages.some((m) => m.value.text === 'POISON')) throw Object.assign(new Error('unsupported Unicode escape sequence'), { code: '22P05' });
        applied.push(...messages.map((m) => m.value.text));
      },
    });
    consumers.push(consumer);
    await consumer.start();
    await waitFor(() => applied.length === 2, { what: 'the two good greetings' });
    expect(applied).toEqual(['one', 'three']);
    const [letter] = await readDeadLetters(kafka, poisonTopic, 1);
    expect(letter).toMatchObject({ reason: 'rejected', offset: '1', detail: expect.stringContaining('22P05') });
    expect(Buffer.from(letter.value!, 'base64').toString()).toContain('POISON');
    // The good message after the poison went on in the same pass, and nothing is applied twice.
    await publisher.publish({ topic: poisonTopic, schema: Greeting }, 'k', { schema: 'greeting@1', text: 'four' });
    await waitFor(() => applied.includes('four'), { what: 'a greeting sent after the poison' });
    expect(applied).toEqual(['one', 'three', 'four']);
  });

  it('retries a batch while the database is down, dead-letters nothing, and shows the partition not moving meanwhile', async () => {
    const outageTopic = uniqueName('cw.test.outage');
    await ensureTopics(kafka, [outageTopic], 1);
    await publisher.publish({ topic: outageTopic, schema: Greeting }, 'k', { schema: 'greeting@1', text: 'during the outage' });
    const progress = new PartitionProgress();
    let attempts = 0;
    let maxAge = 0;
    const applied: string[] = [];
    const consumer = new ValidatedConsumer({
      kafka,
      service: 'test',
      groupId: uniqueName('group'),
      topic: outageTopic,
      schema: Greeting,
      deadLetters: publisher,
      progress,
      handle: async ({ messages }) => {
        maxAge = Math.max(maxAge, ...progress.ages().map((a) => a.ageSeconds));
        if (++attempts < 3) throw Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:5432'), { code: 'ECONNREFUSED' });
        applied.push(...messages.map((m) => m.value.text));
      },
    });
    consumers.push(consumer);
    await consumer.start();
    await waitFor(() => applied.length === 1, { what: 'the greeting once the database is back' });
    expect(attempts).toBe(3);
    expect(maxAge).toBeGreaterThan(0);
    // The handler returned; the partition has moved once the offset is committed, a broker round trip later.
    await waitFor(() => progress.ages().length === 0, {
      timeoutMs: 5_000,
      what: () => `the partition moved, ages ${JSON.stringify(progress.ages())}`,
    });
    await expect(readDeadLetters(kafka, outageTopic, 1, 2_000)).rejects.toThrow();
  });

  it('refuses to publish a message that breaks its contract', async () => {
    await expect(publisher.publish({ topic: RAW_ARTICLES_V1, schema: RawArticleV1 }, 'k', { schema: 'raw-article@1' } as never)).rejects.toThrow(
      /articleId/,
    );
  });
});

const readDeadLetters = async (kafka: Kafka, originalTopic: string, count: number, timeoutMs?: number): Promise<DeadLetterV1[]> => {
  const letters: DeadLetterV1[] = [];
  const consumer = kafka.consumer({ groupId: uniqueName('dead-letter-reader') });
  await consumer.connect();
  await consumer.subscribe({ topic: DEAD_LETTERS_V1, fromBeginning: true });
  await consumer.run({
    eachMessage: async ({ message }) => {
      const letter = DeadLetterV1.parse(JSON.parse(message.value!.toString()));
      if (letter.topic === originalTopic) letters.push(letter);
    },
  });
  try {
    await waitFor(() => letters.length >= count, { what: `${count} dead letters`, ...(timeoutMs ? { timeoutMs } : {}) });
  } finally {
    await consumer.disconnect();
  }
  return letters;
};
