import { hostKey } from './host-key';

describe('hostKey', () => {
  it('counts by host and port, in lower case', () => {
    expect(hostKey('https://News.Example/feed/1')).toBe('news.example');
    expect(hostKey('https://news.example:8443/feed/1')).toBe('news.example:8443');
    expect(hostKey('http://127.0.0.1:8790/feeds/seed.rss')).toBe('127.0.0.1:8790');
  });

  it('keys an unparsable URL by itself', () => {
    expect(hostKey('not a url')).toBe('not a url');
  });
});
