import { DeadLetterV1 } from '@cw/contracts';
import type { IHeaders, Kafka } from 'kafkajs';
import { randomBytes } from 'node:crypto';
import { silentLog, type StructuredLog } from './structured-log';

export interface DeadLetterFilter {
  /** The original topic, with or without the deployment's prefix. */
  topic?: string;
  service?: string;
  /** Only letters that failed at or after this time. */
  since?: Date;
}

export interface ReplayRecord {
  topic: string;
  key: Buffer | null;
  value: Buffer | null;
  headers: IHeaders;
}

export interface ReplaySummary {
  read: number;
  /** Records on the dead-letter topic that are not dead letters at all; never replayed. */
  unreadable: number;
  selected: number;
  /** Selected letters without their value bytes (empty originals, or too big to keep): nothing to replay. */
  withoutBytes: number;
  replayed: number;
  dryRun: boolean;
}

/** Whether an operator's filters pick this letter; the prefix lets `--topic cw.raw-articles.v1` name the deployment's topic. */
export const isDeadLetterSelected = (letter: DeadLetterV1, filter: DeadLetterFilter, prefix = ''): boolean =>
  (filter.topic === undefined || letter.topic === filter.topic || letter.topic === `${prefix}${filter.topic}`) &&
  (filter.service === undefined || letter.service === filter.service) &&
  (filter.since === undefined || Date.parse(letter.failedAt) >= filter.since.getTime());

/** A letter without value bytes would replay as a tombstone, not as the message that failed. */
export const hasValueBytes = (letter: DeadLetterV1): boolean => letter.value !== null && letter.value.length > 0;

/** The message as it first arrived: original key and value bytes, to its original topic. */
export const replayRecordOf = (letter: DeadLetterV1): ReplayRecord => ({
  topic: letter.topic,
  key: letter.key === null ? null : Buffer.from(letter.key, 'base64'),
  value: letter.value === null ? null : Buffer.from(letter.value, 'base64'),
  // Marks the copy so an operator can tell a replay from the first delivery; consumers ignore headers.
  headers: { ...letter.headers, 'cw-replayed-from': `${letter.topic}/${letter.partition}/${letter.offset}` },
});

/** Reads a record of the dead-letter topic as a letter, or null when it is something else. */
export const readDeadLetter = (value: Buffer | null): DeadLetterV1 | null => {
  if (!value) return null;
  try {
    const parsed = DeadLetterV1.safeParse(JSON.parse(value.toString('utf8')));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
};

export interface DeadLetterReplayOptions {
  kafka: Kafka;
  deadLetterTopic: string;
  prefix?: string;
  filter?: DeadLetterFilter;
  dryRun?: boolean;
  /** Bound on reading the dead-letter topic to its end. */
  timeoutMs?: number;
  log?: StructuredLog;
}

/**
 * Reads the dead-letter topic from the beginning to the end it had at start, with a throwaway group
 * (deleted afterwards, so no operator group's offsets move), and re-produces each selected letter's
 * original bytes to its original topic: after a fix they go through the now-fixed consumer. Letters
 * stay on the dead-letter topic; a consumer that rejects a replay again writes a new letter.
 */
export const replayDeadLetters = async (options: DeadLetterReplayOptions): Promise<ReplaySummary> => {
  const { kafka, deadLetterTopic, filter = {}, dryRun = false, log = silentLog } = options;
  const letters = await readDeadLetterTopic(kafka, deadLetterTopic, options.timeoutMs ?? 60_000);
  const readable = letters.filter((letter): letter is DeadLetterV1 => letter !== null);
  const selected = readable.filter((letter) => isDeadLetterSelected(letter, filter, options.prefix ?? ''));
  const replayable = selected.filter(hasValueBytes);
  const summary: ReplaySummary = {
    read: letters.length,
    unreadable: letters.length - readable.length,
    selected: selected.length,
    withoutBytes: selected.length - replayable.length,
    replayed: 0,
    dryRun,
  };
  if (dryRun || replayable.length === 0) return summary;

  // Idempotent: a retried send after a lost acknowledgement is not written twice.
  const producer = kafka.producer({ idempotent: true, maxInFlightRequests: 1, allowAutoTopicCreation: false });
  await producer.connect();
  try {
    for (const letter of replayable) {
      const { topic, key, value, headers } = replayRecordOf(letter);
      await producer.send({ topic, messages: [{ key, value, headers }] });
      summary.replayed++;
      log.info({ topic, partition: letter.partition, offset: letter.offset, service: letter.service, reason: letter.reason }, 'dead letter replayed');
    }
  } finally {
    await producer.disconnect();
  }
  return summary;
};

const readDeadLetterTopic = async (kafka: Kafka, topic: string, timeoutMs: number): Promise<(DeadLetterV1 | null)[]> => {
  const admin = kafka.admin();
  await admin.connect();
  const groupId = `cw-dead-letter-replay-${Date.now().toString(36)}-${randomBytes(3).toString('hex')}`;
  const consumer = kafka.consumer({ groupId, allowAutoTopicCreation: false });
  try {
    // The end as it is now: letters written while we read (a replay rejected again) wait for the next run.
    const ends = new Map(
      (await admin.fetchTopicOffsets(topic)).map(({ partition, low, high }) => [partition, { low: BigInt(low), high: BigInt(high) }]),
    );
    const pending = new Set([...ends].filter(([, { low, high }]) => high > low).map(([partition]) => partition));
    const letters: (DeadLetterV1 | null)[] = [];
    if (pending.size === 0) return letters;
    let finish: () => void = () => undefined;
    const done = new Promise<void>((resolve) => (finish = resolve));
    await consumer.connect();
    await consumer.subscribe({ topic, fromBeginning: true });
    await consumer.run({
      autoCommit: false,
      eachMessage: async ({ partition, message }) => {
        const end = ends.get(partition)?.high ?? 0n;
        if (BigInt(message.offset) >= end) return;
        letters.push(readDeadLetter(message.value));
        if (BigInt(message.offset) + 1n >= end) pending.delete(partition);
        if (pending.size === 0) finish();
      },
    });
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(
        () => reject(new Error(`${topic} not read to its end within ${timeoutMs} ms (partitions left: ${[...pending].join(', ')})`)),
        timeoutMs,
      );
    });
    try {
      await Promise.race([done, timeout]);
    } finally {
      clearTimeout(timer);
    }
    return letters;
  } finally {
    await consumer.disconnect().catch(() => undefined);
    await admin.deleteGroups([groupId]).catch(() => undefined);
    await admin.disconnect();
  }
};
