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
 * Every send asks for acks=all (-1): the leader answers only once the partition's in-sync replicas hold
 * the write, at least min.insync.replicas of them (2 on a three-broker cluster, topic-setup.ts), so a
 * broker lost after the acknowledgement loses nothing. One request at a time keeps a retried send in order.
 *
 * Not KafkaJS's idempotent producer: it takes a sequence number back after a send whose outcome it does
 * not know (the leader died before answering, yet the write was replicated), so the next, different
 * batch to that partition gets the same number, the new leader takes it for a duplicate and drops it,
 * and the send resolves as written (e2e/src/faults/kafka-cluster.integration.spec.ts lost an event so;
 * concurrent sends lose messages the same way, tulios/kafkajs#1005). A retry may instead write a message
 * twice, which the pipeline takes as it takes any second delivery: a raw article read twice yields the same
 * event ids, and the aggregator applies an event id once (a dead letter written twice is counted twice).
 */
export const createMessagePublisher = ({ brokers, clientId }: KafkaSettings): MessagePublisher =>
  new MessagePublisher(
    new ClientKafka({
      client: { brokers, clientId: `${clientId}-producer`, logLevel: logLevel.WARN },
      producer: {
        idempotent: false,
        maxInFlightRequests: 1,
        allowAutoTopicCreation: false,
        createPartitioner: Partitioners.DefaultPartitioner,
      },
      send: { acks: -1 },
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
