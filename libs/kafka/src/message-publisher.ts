import type { ClientKafka } from '@nestjs/microservices';
import { lastValueFrom } from 'rxjs';
import type { z } from 'zod';

export interface PublishedContract<S extends z.ZodType> {
  topic: string;
  schema: S;
}

/**
 * Publishes contract messages through Nest's Kafka client. A message is parsed against its contract
 * before it leaves, so a bug here fails loudly in the producer instead of poisoning every consumer.
 */
export class MessagePublisher {
  constructor(private readonly client: ClientKafka) {}

  async connect(): Promise<void> {
    await this.client.connect();
  }

  async publish<S extends z.ZodType>(
    contract: PublishedContract<S>,
    key: string,
    message: z.input<S>,
    headers: Record<string, string> = {},
  ): Promise<void> {
    await this.publishMany(contract, [{ key, message, headers }]);
  }

  async publishMany<S extends z.ZodType>(
    contract: PublishedContract<S>,
    messages: { key: string; message: z.input<S>; headers?: Record<string, string> }[],
  ): Promise<void> {
    if (messages.length === 0) return;
    const records = messages.map(({ key, message, headers }) => ({
      key,
      value: JSON.stringify(contract.schema.parse(message)),
      headers: headers ?? {},
    }));
    // emitBatch sends one produce request for the lot; emit would send one per message.
    await lastValueFrom(this.client.emitBatch(contract.topic, { messages: records }), { defaultValue: undefined });
  }

  /** Bytes as they came, for dead letters: no contract applies to what could not be read. */
  async publishRaw(topic: string, key: string, value: string): Promise<void> {
    await lastValueFrom(this.client.emit(topic, { key, value }), { defaultValue: undefined });
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}
