import { FeedIdParam, FeedListQuery, NewFeedRequest } from './feed-request';

describe('NewFeedRequest', () => {
  it('reads { url, title? }', () => {
    expect(
      NewFeedRequest.parse({
        url: ' https://example.org/rss ',
        title: 'Example',
      }),
    ).toEqual({ url: 'https://example.org/rss', title: 'Example' });
  });

  it('says what is wrong with garbage, and never echoes a password', () => {
    const result = NewFeedRequest.safeParse({
      url: 'ftp://user:hunter2@example.org/feed',
      extra: 1,
    });
    expect(result.success).toBe(false);
    const messages = JSON.stringify(result.error?.issues);
    expect(messages).toContain('only http and https');
    expect(messages).not.toContain('hunter2');
    expect(NewFeedRequest.safeParse('garbage').error?.issues[0].message).toBe('the body must be a JSON object { url, title? }');
    expect(NewFeedRequest.safeParse({ url: 42 }).error?.issues[0].message).toBe('must be a string');
  });
});

describe('FeedListQuery and FeedIdParam', () => {
  it('pages 1 to 500 feeds at a time, 100 by default', () => {
    expect(FeedListQuery.parse({})).toEqual({ limit: 100 });
    expect(FeedListQuery.parse({ limit: '500', after: '12' })).toEqual({
      limit: 500,
      after: 12,
    });
    expect(FeedListQuery.safeParse({ limit: '501' }).success).toBe(false);
    expect(FeedListQuery.safeParse({ limit: '0' }).success).toBe(false);
  });

  it('reads feed ids as positive integers only', () => {
    expect(FeedIdParam.parse('7')).toBe(7);
    expect(FeedIdParam.safeParse('seven').success).toBe(false);
    expect(FeedIdParam.safeParse('1.5').success).toBe(false);
    expect(FeedIdParam.safeParse('99999999999').success).toBe(false);
  });
});
