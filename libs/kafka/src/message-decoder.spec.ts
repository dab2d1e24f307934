import type { KafkaMessage } from 'kafkajs';
import { z } from 'zod';
import { decodeMessage } from './message-decoder';

const Greeting = z.object({ schema: z.literal('greeting@1'), text: z.string().min(1) });
const message = (value: string | null): KafkaMessage =>
  ({ key: null, value: value === null ? null : Buffer.from(value), offset: '7', timestamp: '0', attributes: 0, headers: {} }) as KafkaMessage;

describe('decodeMessage', () => {
  it('hands a handler the typed value of a message that meets its contract', () => {
    expect(decodeMessage(Greeting, message('{"schema":"greeting@1","text":"hi"}'))).toEqual({
      ok: true,
      value: { schema: 'greeting@1', text: 'hi' },
    });
  });

  it('calls bytes that are not JSON undecodable, saying why', () => {
    expect(decodeMessage(Greeting, message('{"schema":'))).toMatchObject({
      ok: false,
      reason: 'undecodable',
      detail: expect.stringMatching(/^not JSON/),
    });
  });

  it('calls an empty or tombstone message undecodable', () => {
    expect(decodeMessage(Greeting, message(null))).toMatchObject({ ok: false, reason: 'undecodable', detail: 'empty value' });
    expect(decodeMessage(Greeting, message(''))).toMatchObject({ ok: false, reason: 'undecodable' });
  });

  it('calls JSON that breaks the contract invalid, naming each field', () => {
    expect(decodeMessage(Greeting, message('{"schema":"greeting@2","text":""}'))).toMatchObject({
      ok: false,
      reason: 'invalid',
      detail: expect.stringMatching(/schema: .*; text: /),
    });
  });
});
