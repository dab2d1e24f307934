import type { DeadLetterV1 } from '@cw/contracts';
import { hasValueBytes, isDeadLetterSelected, readDeadLetter, replayRecordOf } from './dead-letter-replay';

// A raw article the extractor could not read (cut off after the schema field), as the e2e spec sends it.
const letter = (fields: Partial<DeadLetterV1> = {}): DeadLetterV1 => ({
  schema: 'dead-letter@1',
  service: 'extractor',
  topic: 'prod.cw.raw-articles.v1',
  partition: 2,
  offset: '41',
  key: Buffer.from('article-7').toString('base64'),
  value: Buffer.from('{"schema":"raw-article@1"').toString('base64'),
  headers: { articleId: 'article-7' },
  reason: 'undecodable',
  detail: 'not JSON: Unexpected end of JSON input',
  failedAt: '2024-03-05T10:00:00.000Z',
  ...fields,
});

describe('isDeadLetterSelected', () => {
  it('selects every letter when the operator gives no filter', () => {
    expect(isDeadLetterSelected(letter(), {})).toBe(true);
  });

  it('matches --topic by the contract name behind the deployment prefix, or by the full name', () => {
    expect(isDeadLetterSelected(letter(), { topic: 'cw.raw-articles.v1' }, 'prod.')).toBe(true);
    expect(isDeadLetterSelected(letter(), { topic: 'prod.cw.raw-articles.v1' })).toBe(true);
    expect(isDeadLetterSelected(letter(), { topic: 'cw.conflict-events.v1' }, 'prod.')).toBe(false);
  });

  it('keeps only the named service', () => {
    expect(isDeadLetterSelected(letter(), { service: 'extractor' })).toBe(true);
    expect(isDeadLetterSelected(letter(), { service: 'aggregator' })).toBe(false);
  });

  it('keeps letters that failed at or after --since, so an operator replays only what came after the bug', () => {
    expect(isDeadLetterSelected(letter(), { since: new Date('2024-03-05T10:00:00Z') })).toBe(true);
    expect(isDeadLetterSelected(letter(), { since: new Date('2024-03-05T10:00:00.001Z') })).toBe(false);
  });

  it('needs every given filter to agree', () => {
    expect(isDeadLetterSelected(letter(), { topic: 'cw.raw-articles.v1', service: 'aggregator' }, 'prod.')).toBe(false);
  });
});

describe('replayRecordOf', () => {
  it('gives back the original key and value bytes for the original topic', () => {
    const bytes = Buffer.from([0, 255, 1, 128, 10]);
    const record = replayRecordOf(letter({ value: bytes.toString('base64') }));
    expect(record.topic).toBe('prod.cw.raw-articles.v1');
    expect(record.key).toEqual(Buffer.from('article-7'));
    expect(record.value).toEqual(bytes);
  });

  it('keeps a missing key or value missing rather than sending empty bytes', () => {
    const record = replayRecordOf(letter({ key: null, value: null }));
    expect(record.key).toBeNull();
    expect(record.value).toBeNull();
  });

  it('keeps the original headers and says where the copy came from', () => {
    expect(replayRecordOf(letter()).headers).toEqual({ articleId: 'article-7', 'cw-replayed-from': 'prod.cw.raw-articles.v1/2/41' });
  });
});

describe('readDeadLetter', () => {
  it('reads a letter and refuses what is not one', () => {
    expect(readDeadLetter(Buffer.from(JSON.stringify(letter())))).toEqual(letter());
    expect(readDeadLetter(Buffer.from('{"schema":"dead-letter@1"}'))).toBeNull();
    expect(readDeadLetter(Buffer.from('not json'))).toBeNull();
    expect(readDeadLetter(null)).toBeNull();
  });
});

describe('hasValueBytes', () => {
  it('leaves out letters whose bytes were empty or too big to keep, which would replay as tombstones', () => {
    expect(hasValueBytes(letter())).toBe(true);
    expect(hasValueBytes(letter({ value: null }))).toBe(false);
    expect(hasValueBytes(letter({ value: '' }))).toBe(false);
  });
});
