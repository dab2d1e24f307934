import { DEAD_LETTERS_V1, type DeadLetterV1 } from '@cw/contracts';
import type { KafkaMessage } from 'kafkajs';

export const deadLetterFor = (
  service: string,
  topic: string,
  partition: number,
  message: KafkaMessage,
  reason: DeadLetterV1['reason'],
  detail: string,
  failedAt: Date,
): DeadLetterV1 => ({
  schema: 'dead-letter@1',
  service,
  topic,
  partition,
  offset: message.offset,
  key: message.key ? Buffer.from(message.key).toString('base64') : null,
  value: message.value ? Buffer.from(message.value).toString('base64') : null,
  headers: Object.fromEntries(
    Object.entries(message.headers ?? {}).map(([name, value]) => [name, Buffer.isBuffer(value) ? value.toString('utf8') : String(value)]),
  ),
  reason,
  detail: detail.slice(0, 10_000),
  failedAt: failedAt.toISOString(),
});

export { DEAD_LETTERS_V1 };
