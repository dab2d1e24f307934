import { feedUrlProblem } from './feed-url';

describe('feedUrlProblem', () => {
  it('accepts http and https feed URLs, credentials included (private feeds)', () => {
    expect(feedUrlProblem('https://www.aljazeera.com/xml/rss/all.xml')).toBeNull();
    expect(feedUrlProblem('http://reader:s3cret@feeds.example.org/private.rss')).toBeNull();
  });

  it('refuses other schemes and text that is no URL, without quoting it', () => {
    expect(feedUrlProblem('file:///etc/passwd')).toBe('scheme file: refused (only http and https)');
    expect(feedUrlProblem('gopher://example.org/')).toBe('scheme gopher: refused (only http and https)');
    expect(feedUrlProblem('feeds.example.org/rss')).toBe('not an absolute URL');
    expect(feedUrlProblem(`https://example.org/${'a'.repeat(2100)}`)).toBe('longer than 2048 characters');
  });
});
