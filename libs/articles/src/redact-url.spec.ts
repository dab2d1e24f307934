import { redactUrl } from './redact-url';

describe('redactUrl', () => {
  it('hides user:password@ wherever a URL appears in a message', () => {
    expect(redactUrl('GET https://feeds:hunter2@example.com/rss failed; see http://u@x.org/')).toBe(
      'GET https://***@example.com/rss failed; see http://***@x.org/',
    );
  });

  it('leaves URLs without credentials alone', () => {
    expect(redactUrl('https://example.com/a?email=a@b.org')).toBe('https://example.com/a?email=a@b.org');
  });
});
