import type { KafkaMessage } from 'kafkajs';
import type { z } from 'zod';

export type Decoded<T> = { ok: true; value: T } | { ok: false; reason: 'undecodable' | 'invalid'; detail: string };

/** Turns a Kafka message into a contract value, or says in words why it cannot. */
export const decodeMessage = <S extends z.ZodType>(schema: S, message: KafkaMessage): Decoded<z.output<S>> => {
  if (!message.value || message.value.length === 0) return { ok: false, reason: 'undecodable', detail: 'empty value' };
  let json: unknown;
  try {
    json = JSON.parse(message.value.toString('utf8'));
  } catch (error) {
    return { ok: false, reason: 'undecodable', detail: `not JSON: ${(error as Error).message}` };
  }
  const parsed = schema.safeParse(json);
  if (parsed.success) return { ok: true, value: parsed.data };
  const detail = parsed.error.issues
    .slice(0, 20)
    .map((issue) => `${issue.path.join('.') || '(root)'}: ${issue.message}`)
    .join('; ');
  return { ok: false, reason: 'invalid', detail };
};
