// npm run dead-letters:replay -- [--topic <original topic>] [--service <name>] [--since <ISO>] [--dry-run]
// Re-produces dead letters' original bytes to their original topics, after the consumer was fixed.
// KAFKA_BROKERS and KAFKA_TOPIC_PREFIX name the deployment, as for the services.
import { deploymentTopics } from '@cw/contracts';
import { createKafka, type DeadLetterFilter, replayDeadLetters } from '@cw/kafka';
import { parseArgs } from 'node:util';

const usage = 'usage: npm run dead-letters:replay -- [--topic <original topic>] [--service <name>] [--since <ISO time>] [--dry-run]';

const main = async () => {
  const { values } = parseArgs({
    options: { topic: { type: 'string' }, service: { type: 'string' }, since: { type: 'string' }, 'dry-run': { type: 'boolean', default: false } },
    strict: true,
  });
  const since = values.since === undefined ? undefined : new Date(values.since);
  if (since && Number.isNaN(since.getTime())) throw new Error(`--since "${values.since}" is not an ISO time\n${usage}`);
  const prefix = process.env.KAFKA_TOPIC_PREFIX ?? '';
  const brokers = (process.env.KAFKA_BROKERS ?? '127.0.0.1:9092').split(',');
  const filter: DeadLetterFilter = { topic: values.topic, service: values.service, since };
  const summary = await replayDeadLetters({
    kafka: createKafka({ brokers, clientId: 'cw-dead-letter-replay' }),
    deadLetterTopic: deploymentTopics(prefix).deadLetters,
    prefix,
    filter,
    dryRun: values['dry-run'],
  });
  process.stdout.write(`${JSON.stringify(summary)}\n`);
};

main().catch((error: Error) => {
  process.stderr.write(`dead-letters:replay: ${error.message}\n`);
  process.exit(1);
});
