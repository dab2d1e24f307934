import type { ClientKafka } from '@nestjs/microservices';
import type { RecordMetadata } from 'kafkajs';
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
    const byKey = new Map<string, { key: string; value: string; headers: Record<string, string> }[]>();
    for (const { key, message, headers } of messages) {
      const record = { key, value: JSON.stringify(contract.schema.parse(message)), headers: headers ?? {} };
      byKey.set(key, [...(byKey.get(key) ?? []), record]);
    }
    // One send per key, so one partition and one leader per send: KafkaJS 2.2.4 loses messages when a send
    // spans brokers and a partition's leader moves, on a retry, to a broker that had already answered; it
    // resolves without writing them (tulios/kafkajs#1303, found by e2e/src/faults/kafka-cluster.integration.spec.ts).
    // emitBatch still sends one produce request for each key's messages.
    await Promise.all([...byKey.values()].map((records) => this.send(contract.topic, records)));
  }

  /** Bytes as they came, for dead letters: no contract applies to what could not be read. */
  async publishRaw(topic: string, key: string, value: string): Promise<void> {
    await this.send(topic, [{ key, value, headers: {} }]);
  }

  private async send(topic: string, records: { key: string; value: string; headers: Record<string, string> }[]): Promise<void> {
    const acknowledged: RecordMetadata[] | undefined = await lastValueFrom(this.client.emitBatch(topic, { messages: records }), {
      defaultValue: undefined,
    });
    // A send that resolves without the partition's acknowledgement wrote nothing; retried like a broker fault.
    if (!acknowledged?.some((metadata) => metadata.topicName === topic && metadata.errorCode === 0)) throw new UnacknowledgedSend(topic);
  }

  async close(): Promise<void> {
    await this.client.close();
  }
}

/** KafkaJS answered a send without an acknowledgement for it: nothing says it was written. */
export class UnacknowledgedSend extends Error {
  readonly retriable = true;
  constructor(readonly topic: string) {
    super(`no acknowledgement for the send to ${topic}`);
    this.name = 'UnacknowledgedSend';
  }
}
