import type { FactoryProvider } from '@nestjs/common';
import { ClientKafka } from '@nestjs/microservices';
import { Kafka, logLevel, Partitioners } from 'kafkajs';
import { MessagePublisher } from './message-publisher';

export interface KafkaSettings {
  brokers: string[];
  clientId: string;
}

export const createKafka = ({ brokers, clientId }: KafkaSettings): Kafka =>
  new Kafka({ brokers, clientId, logLevel: logLevel.WARN, retry: { initialRetryTime: 300, retries: 10 } });

/**
 * An idempotent producer (kafkajs docs, "Producing"): a retried send after a lost acknowledgement is
 * written once, so the broker never holds two copies of one publish.
 */
export const createMessagePublisher = ({ brokers, clientId }: KafkaSettings): MessagePublisher =>
  new MessagePublisher(
    new ClientKafka({
      client: { brokers, clientId: `${clientId}-producer`, logLevel: logLevel.WARN },
      producer: {
        idempotent: true,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      },
      producerOnlyMode: true,
    }),
  );

/** A Nest provider of a connected MessagePublisher: every service publishes through one. */
export const messagePublisherProvider = (token: symbol, settings: KafkaSettings): FactoryProvider<Promise<MessagePublisher>> => ({
  provide: token,
  useFactory: async () => {
    const publisher = createMessagePublisher(settings);
    await publisher.connect();
    return publisher;
  },
});
