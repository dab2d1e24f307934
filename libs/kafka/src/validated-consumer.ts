import { DEAD_LETTERS_V1, DeadLetterV1 } from '@cw/contracts';
import type { Consumer, EachBatchPayload, Kafka, KafkaMessage } from 'kafkajs';
import type { z } from 'zod';
import { deadLetterFor } from './dead-letter';
import { classifyFailure, describeFailure } from './failure-class';
import { decodeMessage } from './message-decoder';
import type { MessagePublisher } from './message-publisher';
import { silentLog, type StructuredLog } from './structured-log';

export interface ConsumedMessage<T> {
  topic: string;
  partition: number;
  offset: string;
  key: string | null;
  value: T;
}

export interface PartitionBatch<T> {
  topic: string;
  partition: number;
  /** The messages that passed their contract; dead letters are already published. */
  messages: ConsumedMessage<T>[];
  /** Offset + 1 of the last message of this batch: where consumption resumes once it is applied. */
  nextOffset: string;
  /** Keeps the group membership during long work: call between messages (cheap when not due). */
  heartbeat?: () => Promise<void>;
}

/**
 * What the consumer tells about work in hand (PartitionProgress of @cw/observability). One listener may serve
 * several consumers of a service (the aggregator's totals and dead-letter tally): each speaks only of its topic.
 */
export interface ProgressListener {
  started(topic: string, partition: number): void;
  moved(topic: string, partition: number): void;
  /** The partitions of `topic` this consumer holds after a rebalance. */
  assigned(topic: string, partitions: number[]): void;
  /** The consumer of `topic` stopped. */
  cleared(topic: string): void;
}

interface Accepted<T> {
  consumed: ConsumedMessage<T>;
  raw: KafkaMessage;
}

export interface StoredOffset {
  partition: number;
  offset: string;
}

export interface ValidatedConsumerOptions<S extends z.ZodType> {
  kafka: Kafka;
  service: string;
  groupId: string;
  topic: string;
  schema: S;
  deadLetters: MessagePublisher;
  /** Where rejected messages go; cw.dead-letters.v1 (with the deployment's topic prefix). */
  deadLetterTopic?: string;
  handle: (batch: PartitionBatch<z.output<S>>) => Promise<void>;
  /**
   * Offsets kept beside the results (the aggregator stores them in Postgres in the same transaction
   * as the totals). On every assignment the consumer seeks to them, so a crash between the database
   * commit and the Kafka commit replays nothing (KafkaJS docs, "Consuming": seek on start).
   */
  storedOffsets?: (topic: string) => Promise<StoredOffset[]>;
  fromBeginning?: boolean;
  /** Called when KafkaJS will not restart the consumer: the service should exit and be restarted. */
  onStoppedForGood?: (error: Error) => void;
  /** Partitions handled side by side; their batches must not touch each other's rows. Default 1. */
  partitionsConsumedConcurrently?: number;
  /** Most messages handed to `handle` at once: one database transaction, one commit. */
  maxBatchSize?: number;
  log?: StructuredLog;
  now?: () => Date;
  /** Called once a rejected message is on the dead-letter topic (a metrics counter, say). */
  onDeadLetter?: (topic: string, reason: DeadLetterV1['reason']) => void;
  progress?: ProgressListener;
}

/**
 * Consumes one topic with KafkaJS directly. Nest's Kafka transport commits on its own schedule and
 * swallows handler errors (nestjs/nest#4241); this runner commits only after a batch is applied and
 * sends every message that fails its contract to the dead-letter topic with its bytes and reason.
 * A handler failure is classified (failure-class.ts): an infrastructure one (database down) is thrown,
 * so KafkaJS retries with backoff and nothing is skipped; one about a message makes the batch go
 * through again one message at a time, and the message that fails alone is dead-lettered ("rejected")
 * while the rest are applied: one poison message never holds its partition.
 */
export class ValidatedConsumer<S extends z.ZodType> {
  private consumer: Consumer | null = null;
  private readonly log: StructuredLog;

  constructor(private readonly options: ValidatedConsumerOptions<S>) {
    this.log = options.log ?? silentLog;
  }

  async start(): Promise<void> {
    const { kafka, groupId, topic } = this.options;
    const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false, retry: { retries: 8 } });
    this.consumer = consumer;
    const { storedOffsets } = this.options;
    consumer.on(consumer.events.GROUP_JOIN, ({ payload }) => {
      this.options.progress?.assigned(topic, payload.memberAssignment[topic] ?? []);
      if (storedOffsets) void this.seekToStoredOffsets(consumer, storedOffsets);
    });
    // KafkaJS restarts a consumer after a retriable failure, but after a non-retriable one it stops for
    // good while the process runs on, consuming nothing: a service in that state must say so and stop.
    consumer.on(consumer.events.CRASH, ({ payload }) => {
      if (payload.restart) return;
      this.log.error({ topic, groupId, error: payload.error.message }, 'consumer stopped for good');
      this.options.onStoppedForGood?.(payload.error);
    });
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: this.options.fromBeginning ?? true });
    await consumer.run({
      autoCommit: false,
      eachBatchAutoResolve: false,
      partitionsConsumedConcurrently: this.options.partitionsConsumedConcurrently ?? 1,
      eachBatch: (payload) => this.consumeBatch(payload),
    });
  }

  /** Stops fetching, lets the batch in hand finish (or leaves it uncommitted), then leaves the group. */
  async stop(): Promise<void> {
    const consumer = this.consumer;
    this.consumer = null;
    if (consumer) await consumer.disconnect();
    this.options.progress?.cleared(this.options.topic);
  }

  private async seekToStoredOffsets(consumer: Consumer, storedOffsets: (topic: string) => Promise<StoredOffset[]>): Promise<void> {
    const { topic } = this.options;
    try {
      for (const { partition, offset } of await storedOffsets(topic)) {
        consumer.seek({ topic, partition, offset });
      }
    } catch (error) {
      // Without the stored offsets the Kafka-committed ones apply; the applied-events check still
      // keeps a replayed event from counting twice.
      this.log.error({ topic, error: (error as Error).message }, 'stored offsets unavailable');
    }
  }

  private async consumeBatch({ batch, resolveOffset, heartbeat, isRunning, isStale }: EachBatchPayload): Promise<void> {
    const { topic, partition } = batch;
    const size = this.options.maxBatchSize ?? 500;
    for (let start = 0; start < batch.messages.length; start += size) {
      if (!isRunning() || isStale()) return;
      this.options.progress?.started(topic, partition);
      const chunk = batch.messages.slice(start, start + size);
      const accepted: Accepted<z.output<S>>[] = [];
      for (const message of chunk) {
        const decoded = decodeMessage(this.options.schema, message);
        if (decoded.ok) {
          const value = { topic, partition, offset: message.offset, key: message.key?.toString('utf8') ?? null, value: decoded.value };
          accepted.push({ consumed: value, raw: message });
        } else {
          await this.deadLetter(topic, partition, message, decoded.reason, decoded.detail);
        }
      }
      const last = chunk[chunk.length - 1].offset;
      const nextOffset = (BigInt(last) + 1n).toString();
      const messages = accepted.map((a) => a.consumed);
      try {
        await this.options.handle({ topic, partition, messages, nextOffset, heartbeat });
      } catch (error) {
        if (classifyFailure(error) === 'infrastructure' || messages.length === 0) throw error;
        await this.handleOneByOne(topic, partition, accepted, nextOffset, heartbeat, error);
      }
      resolveOffset(last);
      await this.consumer?.commitOffsets([{ topic, partition, offset: nextOffset }]);
      this.options.progress?.moved(topic, partition);
      await heartbeat();
    }
  }

  /**
   * A batch failed because of (at least) one of its messages: each goes through alone, so the good
   * ones are applied and each bad one is dead-lettered by itself. `nextOffset` still closes the batch,
   * so a consumer that stores offsets beside its results (the aggregator) stores the end of it.
   */
  private async handleOneByOne(
    topic: string,
    partition: number,
    accepted: Accepted<z.output<S>>[],
    nextOffset: string,
    heartbeat: () => Promise<void>,
    batchError: unknown,
  ): Promise<void> {
    this.log.warn({ topic, partition, messages: accepted.length, error: describeFailure(batchError) }, 'batch failed on a message: applying one by one');
    for (const { consumed, raw } of accepted) {
      const after = (BigInt(consumed.offset) + 1n).toString();
      try {
        await this.options.handle({ topic, partition, messages: [consumed], nextOffset: after, heartbeat });
      } catch (error) {
        if (classifyFailure(error) === 'infrastructure') throw error;
        await this.deadLetter(topic, partition, raw, 'rejected', describeFailure(error));
      }
      await heartbeat();
    }
    await this.options.handle({ topic, partition, messages: [], nextOffset, heartbeat });
  }

  private async deadLetter(
    topic: string,
    partition: number,
    message: KafkaMessage,
    reason: DeadLetterV1['reason'],
    detail: string,
  ): Promise<void> {
    const { service } = this.options;
    const letter = boundedLetter(deadLetterFor(service, topic, partition, message, reason, detail, (this.options.now ?? (() => new Date()))()));
    await this.options.deadLetters.publish({ topic: this.options.deadLetterTopic ?? DEAD_LETTERS_V1, schema: DeadLetterV1 }, topic, letter);
    this.log.warn({ topic, partition, offset: message.offset, reason, detail }, 'message dead-lettered');
    this.options.onDeadLetter?.(topic, reason);
  }
}

// Base64 makes bytes 4/3 larger: a 900 KB message would make a 1.2 MB letter, over the broker's default
// 1 MB message.max.bytes. The broker refuses it with a non-retriable error, KafkaJS then stops the
// consumer for good, and every later message waits (found by e2e/src/faults/fuzz.integration.spec.ts).
// So a letter keeps bytes up to this bound; bigger ones say so and where the original still is.
const MAX_KEPT_BASE64 = 600_000;

const boundedLetter = (letter: DeadLetterV1): DeadLetterV1 => {
  const tooBig = (base64: string | null) => base64 !== null && base64.length > MAX_KEPT_BASE64;
  if (!tooBig(letter.key) && !tooBig(letter.value)) return letter;
  const bytes = (base64: string | null) => (base64 === null ? 0 : Buffer.byteLength(base64, 'base64'));
  const note = `bytes not kept (key ${bytes(letter.key)}, value ${bytes(letter.value)} bytes; over the dead-letter bound): read them at ${letter.topic}/${letter.partition}/${letter.offset} until retention. `;
  return {
    ...letter,
    key: tooBig(letter.key) ? null : letter.key,
    value: tooBig(letter.value) ? null : letter.value,
    detail: `${note}${letter.detail}`.slice(0, 10_000),
  };
};
