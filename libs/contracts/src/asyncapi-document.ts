import { z } from 'zod';
import type { TopicContract } from './topic-catalog';

export interface AsyncApiOptions {
  /** info.version of the document: the project's release, not a topic version (topics carry their own). */
  version: string;
}

type JsonObject = Record<string, unknown>;

// AsyncAPI component and operation ids allow letters, digits, '.', '-' and '_' only.
const idOf = (text: string): string => text.replace(/[^A-Za-z0-9.\-_]+/g, '-');

// The payload's `schema` literal ("raw-article@1") names the message; the topic name is the fallback.
const messageIdOf = (contract: TopicContract, payload: JsonObject): string => {
  const literal = (payload.properties as Record<string, { const?: unknown }> | undefined)?.schema?.const;
  return idOf(typeof literal === 'string' ? literal.replace('@', '.v') : contract.topic);
};

// draft-07 is the dialect of AsyncAPI's default schema format; its `$schema` line is left out
// because the AsyncAPI Schema Object is the dialect, not a nested document.
const payloadOf = (contract: TopicContract): JsonObject => {
  const payload = z.toJSONSchema(contract.schema, { target: 'draft-7' }) as JsonObject;
  delete payload.$schema;
  return payload;
};

/**
 * The AsyncAPI 3.0 description of every topic in the catalog: one channel per topic (its address is
 * the versioned topic name), one message with the contract's JSON Schema and its Kafka key, and a
 * send operation for the producer and a receive operation for each consumer. Pure: the caller
 * writes it out (tools/asyncapi.ts -> docs/asyncapi.yaml).
 */
export const buildAsyncApi = (catalog: readonly TopicContract[], { version }: AsyncApiOptions): JsonObject => {
  const channels: JsonObject = {};
  const operations: JsonObject = {};
  const messages: JsonObject = {};
  for (const contract of catalog) {
    const channelId = idOf(contract.topic);
    const payload = payloadOf(contract);
    const messageId = messageIdOf(contract, payload);
    messages[messageId] = {
      name: messageId,
      title: `${contract.topic} message`,
      summary: `Published by ${contract.producer}; Kafka key: ${contract.key}.`,
      contentType: 'application/json',
      payload,
      bindings: { kafka: { key: { type: 'string', description: contract.key }, bindingVersion: '0.5.0' } },
    };
    channels[channelId] = {
      address: contract.topic,
      title: contract.topic,
      description: `Key: ${contract.key}. Producer: ${contract.producer}. Consumers: ${contract.consumers.join(', ')}.`,
      messages: { [messageId]: { $ref: `#/components/messages/${messageId}` } },
      bindings: { kafka: { topic: contract.topic, bindingVersion: '0.5.0' } },
    };
    const channelRef = { $ref: `#/channels/${channelId}` };
    const messageRefs = [{ $ref: `#/channels/${channelId}/messages/${messageId}` }];
    operations[idOf(`${contract.producer}.sends.${contract.topic}`)] = {
      action: 'send',
      channel: channelRef,
      summary: `${contract.producer} publishes to ${contract.topic}`,
      messages: messageRefs,
    };
    for (const consumer of contract.consumers) {
      operations[idOf(`${consumer}.receives.${contract.topic}`)] = {
        action: 'receive',
        channel: channelRef,
        summary: `${consumer} consumes ${contract.topic}`,
        messages: messageRefs,
      };
    }
  }
  return {
    asyncapi: '3.0.0',
    info: {
      title: 'Casualty Watch topics',
      version,
      description:
        'Kafka topics of Casualty Watch. Payloads are JSON, validated against these schemas by producer and consumer. ' +
        'A deployment may put every topic name behind a prefix (KAFKA_TOPIC_PREFIX). ' +
        'Generated from TOPIC_CATALOG in libs/contracts by `npm run asyncapi`: do not edit by hand.',
    },
    defaultContentType: 'application/json',
    servers: {
      local: { host: '127.0.0.1:9092', protocol: 'kafka', description: 'the development broker (npm run kafka:start)' },
    },
    channels,
    operations,
    components: { messages },
  };
};
