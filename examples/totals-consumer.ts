// A downstream consumer of cw.totals-updates.v1, as a team outside Casualty Watch would write it:
//   node -r @swc-node/register examples/totals-consumer.ts [brokers] [topic-prefix]
// Prints one line per totals change, skips redeliveries (same updateId) and warns when a change does not
// continue from the last one seen for its country and metric. See docs/consuming-totals.md.
import { TOTALS_UPDATES_V1, TotalsUpdateV1 } from '@cw/contracts';
import { Kafka, logLevel } from 'kafkajs';

export interface TotalsWatchOptions {
  brokers: string[];
  /** The deployment's KAFKA_TOPIC_PREFIX ('' in a default deployment). */
  topicPrefix?: string;
  groupId: string;
  fromBeginning?: boolean;
  print?: (line: string) => void;
  warn?: (line: string) => void;
  /** Checked after each message; the watch ends once it returns true (or on `stop()`). */
  stopWhen?: (state: TotalsWatchState) => boolean;
}

export interface TotalsWatchState {
  printed: number;
  duplicates: number;
  invalid: number;
  gaps: number;
  /** The last `after` per `country metric`: what the next update's `before` must be. */
  lastAfter: Map<string, number>;
}

export interface TotalsWatch {
  /** Resolves with the final state once the watch has stopped and left its group. */
  done: Promise<TotalsWatchState>;
  stop(): void;
}

export const describeUpdate = (u: TotalsUpdateV1): string =>
  `${u.country}${u.region ? `/${u.region}` : ''} ${u.metric} ${u.day}: ${u.before} -> ${u.after} (${u.delta >= 0 ? '+' : ''}${u.delta}) ${u.cause.url}`;

export const watchTotals = async (options: TotalsWatchOptions): Promise<TotalsWatch> => {
  const { print = console.log, warn = console.warn } = options;
  const topic = `${options.topicPrefix ?? ''}${TOTALS_UPDATES_V1}`;
  const state: TotalsWatchState = { printed: 0, duplicates: 0, invalid: 0, gaps: 0, lastAfter: new Map() };
  // Kafka delivers at least once: a redelivered update has the same updateId. A long-running consumer
  // would keep these ids in its own store (with its results) rather than in memory.
  const seen = new Set<string>();

  const kafka = new Kafka({ brokers: options.brokers, clientId: 'totals-consumer-example', logLevel: logLevel.WARN });
  const consumer = kafka.consumer({ groupId: options.groupId });
  let stop!: () => void;
  const stopped = new Promise<void>((resolve) => (stop = resolve));

  await consumer.connect();
  await consumer.subscribe({ topic, fromBeginning: options.fromBeginning ?? true });
  await consumer.run({
    eachMessage: async ({ partition, message }) => {
      const parsed = TotalsUpdateV1.safeParse(safeJson(message.value?.toString('utf8')));
      if (!parsed.success) {
        state.invalid++;
        warn(`skipped an invalid update at partition ${partition} offset ${message.offset}: ${parsed.error.issues[0]?.message}`);
      } else if (seen.has(parsed.data.updateId)) {
        state.duplicates++;
      } else {
        const update = parsed.data;
        seen.add(update.updateId);
        // Updates are keyed by country, so one country's changes arrive in the order they were made.
        const key = `${update.country} ${update.metric}`;
        const last = state.lastAfter.get(key);
        if (last !== undefined && last !== update.before) {
          state.gaps++;
          warn(`${key}: expected before=${last}, got ${update.before}: an update was missed or replayed out of order`);
        }
        state.lastAfter.set(key, update.after);
        state.printed++;
        print(describeUpdate(update));
      }
      if (options.stopWhen?.(state)) stop();
    },
  });

  // Disconnect outside eachMessage: KafkaJS waits for the handler in flight, so awaiting it inside deadlocks.
  const done = stopped.then(async () => {
    await consumer.disconnect();
    return state;
  });
  return { done, stop };
};

const safeJson = (text: string | undefined): unknown => {
  try {
    return text === undefined ? undefined : JSON.parse(text);
  } catch {
    return undefined;
  }
};

if (require.main === module) {
  const [brokers = '127.0.0.1:9092', topicPrefix = ''] = process.argv.slice(2);
  void watchTotals({ brokers: brokers.split(','), topicPrefix, groupId: `totals-consumer-example-${process.pid}` }).then(async (watch) => {
    process.once('SIGINT', () => watch.stop());
    const state = await watch.done;
    console.log(`stopped: ${state.printed} updates, ${state.duplicates} redeliveries skipped, ${state.gaps} gaps, ${state.invalid} invalid`);
  });
}
