import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { TOPIC_CATALOG } from './topic-catalog';

const FIXTURES = join(__dirname, '../fixtures');
const read = (topic: string, verdict: 'ok' | 'not-ok') =>
  readdirSync(join(FIXTURES, topic, verdict)).map((file) => [file, JSON.parse(readFileSync(join(FIXTURES, topic, verdict, file), 'utf8'))]);

describe.each(TOPIC_CATALOG.map((contract) => [contract.topic, contract] as const))('the %s contract', (topic, contract) => {
  it.each(read(topic, 'ok'))('accepts %s', (_file, message) => {
    expect(contract.schema.safeParse(message).error).toBeUndefined();
  });

  it.each(read(topic, 'not-ok'))('rejects %s', (_file, message) => {
    expect(contract.schema.safeParse(message).success).toBe(false);
  });

  it('names its major version in the topic and the payload', () => {
    const version = /\.v(\d+)$/.exec(topic)?.[1];
    const [message] = read(topic, 'ok')[0].slice(1) as [{ schema: string }];
    expect(message.schema).toMatch(new RegExp(`@${version}$`));
  });
});
