import type { ConflictEventV1, RawArticleV1 } from '@cw/contracts';

export interface HostilePayload {
  what: string;
  value: Buffer | null;
  /** Whether the contract accepts it: applied if so, dead-lettered if not. */
  valid: boolean;
}

/** A seeded generator (Park-Miller): a failing run can be repeated with the same seed. */
export const seededRandom = (seed: number) => {
  let state = seed;
  return () => (state = (state * 16807) % 2147483647) / 2147483647;
};

const json = (value: unknown) => Buffer.from(typeof value === 'string' ? value : JSON.stringify(value));

/**
 * Payloads an attacker or a broken producer could put on a topic: bytes, broken JSON, hostile shapes,
 * and messages that look right with one field wrong. `valid` builds a message the contract accepts.
 */
export const hostilePayloads = <T extends RawArticleV1 | ConflictEventV1>(seed: number, valid: (i: number) => T, count: number): HostilePayload[] => {
  const random = seededRandom(seed);
  const pick = <V>(items: V[]) => items[Math.floor(random() * items.length)];
  const unicode = () =>
    Array.from({ length: 1 + Math.floor(random() * 200) }, () => pick(['\u0000', '\ud800', '\ufeff', '\u202e', '𝕏', '\uffff', 'é', '"', '\\'])).join(
      '',
    );
  const broken = (i: number): Record<string, unknown> => {
    const message = valid(i) as unknown as Record<string, unknown>;
    const field = pick(Object.keys(message));
    // Values no field of either contract accepts, so the message is invalid whichever field is hit.
    return { ...message, [field]: pick([-1, 1e308, {}, true]) };
  };
  const kinds: ((i: number) => HostilePayload)[] = [
    () => ({
      what: 'random bytes',
      value: Buffer.from(Array.from({ length: 1 + Math.floor(random() * 4000) }, () => Math.floor(random() * 256))),
      valid: false,
    }),
    (i) => {
      const text = JSON.stringify(valid(i));
      return { what: 'truncated JSON', value: json(text.slice(0, Math.floor(random() * (text.length - 1)))), valid: false };
    },
    () => ({ what: 'a 900 KB string', value: json(JSON.stringify('x'.repeat(900_000))), valid: false }),
    () => ({ what: 'JSON nested 5000 deep', value: json(`${'{"a":'.repeat(5000)}1${'}'.repeat(5000)}`), valid: false }),
    () => ({ what: 'arrays nested 100000 deep', value: json(`${'['.repeat(100_000)}${']'.repeat(100_000)}`), valid: false }),
    (i) => ({ what: 'one field broken', value: json(broken(i)), valid: false }),
    (i) => ({
      what: '__proto__ with a broken schema',
      value: json(`{"__proto__":{"polluted":true},"constructor":{"prototype":{"x":1}},${JSON.stringify({ ...valid(i), schema: 'x' }).slice(1)}`),
      valid: false,
    }),
    () => ({ what: 'unicode garbage', value: json(unicode()), valid: false }),
    () => ({ what: 'a bare value', value: json(pick(['null', '1e308', '-1', '"NaN"', 'true', '[]', '{}', '""'])), valid: false }),
    () => ({ what: 'an empty value', value: pick([null, Buffer.alloc(0)]), valid: false }),
    (i) => ({ what: 'a valid message', value: json(valid(i)), valid: true }),
  ];
  return Array.from({ length: count }, (_, i) => kinds[i % kinds.length](i));
};

/** What the consumer must say of a payload it rejects: bytes that are not JSON cannot be decoded. */
export const expectedReason = ({ value }: HostilePayload): 'undecodable' | 'invalid' => {
  if (!value || value.length === 0) return 'undecodable';
  try {
    JSON.parse(value.toString('utf8'));
    return 'invalid';
  } catch {
    return 'undecodable';
  }
};
