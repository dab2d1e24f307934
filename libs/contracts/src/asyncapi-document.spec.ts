import asyncApi3Schema from '@asyncapi/specs/schemas/3.0.0-without-$id.json';
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { buildAsyncApi } from './asyncapi-document';
import { TOPIC_CATALOG } from './topic-catalog';

// The official AsyncAPI 3.0 JSON Schema (@asyncapi/specs) checked with ajv, rather than
// @asyncapi/parser, which brings Spectral and a few hundred packages for the same verdict.
// The "without-$id" variant: the bundled one embeds the draft-07 meta-schema under its own $id,
// which ajv (already holding draft-07) refuses as ambiguous.
const newAjv = () => {
  const ajv = new Ajv({ allErrors: true, strict: false });
  addFormats(ajv);
  return ajv;
};

type Doc = {
  channels: Record<string, { address: string; messages: Record<string, { $ref: string }> }>;
  operations: Record<string, { action: string; channel: { $ref: string } }>;
  components: { messages: Record<string, { payload: object; bindings: { kafka: { key: { description: string } } } }> };
};

const ROOT = join(__dirname, '../../..');
const { version } = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { version: string };
const document = buildAsyncApi(TOPIC_CATALOG, { version }) as unknown as Doc;

const resolve = (ref: string): unknown =>
  ref
    .replace(/^#\//, '')
    .split('/')
    .reduce<unknown>((node, part) => (node as Record<string, unknown> | undefined)?.[part], document);

describe('buildAsyncApi', () => {
  it('validates against the official AsyncAPI 3.0 schema', () => {
    const validate = newAjv().compile(asyncApi3Schema);
    expect(validate(document) ? [] : validate.errors).toEqual([]);
  });

  it.each(TOPIC_CATALOG.map((c) => [c.topic, c] as const))('describes %s: its channel, key, producer and consumers', (topic, contract) => {
    const channel = Object.values(document.channels).find((c) => c.address === topic)!;
    expect(channel).toBeDefined();
    const [message] = Object.values(channel.messages).map((m) => resolve(m.$ref)) as Doc['components']['messages'][string][];
    expect(message.bindings.kafka.key.description).toBe(contract.key);
    const actors = Object.entries(document.operations)
      .filter(([, operation]) => resolve(operation.channel.$ref) === channel)
      .map(([, operation]) => operation.action);
    expect(actors.sort()).toEqual(['send', ...contract.consumers.map(() => 'receive')].sort());
  });

  it('only holds references that resolve', () => {
    const refs = JSON.stringify(document).match(/"\$ref":"[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(0);
    expect(refs.map((r) => r.slice(8, -1)).filter((ref) => resolve(ref) === undefined)).toEqual([]);
  });

  // The JSON Schema is what downstream teams validate with: it must accept what the zod contract accepts.
  it.each(TOPIC_CATALOG.map((c) => [c.topic, c] as const))('gives %s a payload schema that accepts the ok fixtures', (topic) => {
    const channel = Object.values(document.channels).find((c) => c.address === topic)!;
    const [message] = Object.values(channel.messages).map((m) => resolve(m.$ref)) as Doc['components']['messages'][string][];
    const validate = newAjv().compile(message.payload);
    const folder = join(__dirname, '../fixtures', topic, 'ok');
    for (const file of readdirSync(folder)) {
      const fixture = JSON.parse(readFileSync(join(folder, file), 'utf8'));
      expect({ file, errors: validate(fixture) ? null : validate.errors }).toEqual({ file, errors: null });
    }
  });

  it('matches the committed docs/asyncapi.yaml (run `npm run asyncapi` after changing a contract)', () => {
    const committed = parse(readFileSync(join(ROOT, 'docs/asyncapi.yaml'), 'utf8'));
    expect(committed).toEqual(document);
  });
});
