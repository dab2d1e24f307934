import { configuredFeeds, parseFeedSeeds } from './feed-seeds';

describe('parseFeedSeeds', () => {
  it('reads a YAML list of URLs and { url, title, paused } entries', () => {
    const yaml = `
feeds:
  - https://www.aljazeera.com/xml/rss/all.xml
  - url: https://feeds.bbci.co.uk/news/world/middle_east/rss.xml
    title: BBC Middle East
  - url: https://reliefweb.int/updates/rss.xml
    paused: true
`;
    expect(parseFeedSeeds(yaml, 'feeds.yaml')).toEqual([
      { url: 'https://www.aljazeera.com/xml/rss/all.xml' },
      {
        url: 'https://feeds.bbci.co.uk/news/world/middle_east/rss.xml',
        title: 'BBC Middle East',
      },
      { url: 'https://reliefweb.int/updates/rss.xml', paused: true },
    ]);
  });

  it('reads the same as JSON, and a bare list', () => {
    expect(parseFeedSeeds('[{"url": "https://example.org/rss", "title": "Example"}]', 'feeds.json')).toEqual([
      { url: 'https://example.org/rss', title: 'Example' },
    ]);
  });

  it('reads an empty file as no feeds', () => {
    expect(parseFeedSeeds('', 'feeds.yaml')).toEqual([]);
  });

  it('names every problem and where it is', () => {
    const yaml = `- url: file:///etc/passwd\n- url: https://example.org/rss\n  paused: "yes"\n- url: https://example.org/a\n  colour: red\n`;
    expect(() => parseFeedSeeds(yaml, 'feeds.yaml')).toThrow(
      'feeds.yaml: 0.url: scheme file: refused (only http and https); 1.paused: must be true or false; 2: Unrecognized key: "colour"',
    );
  });

  it('says when the file is not YAML at all', () => {
    expect(() => parseFeedSeeds('feeds: [unclosed', 'feeds.yaml')).toThrow(/^feeds.yaml: not YAML or JSON: /);
    expect(() => parseFeedSeeds('just a line of text', 'feeds.yaml')).toThrow('feeds.yaml: file: must be a list of feeds, or feeds: followed by one');
  });
});

describe('configuredFeeds', () => {
  it('takes FEEDS_FILE entries, then FEED_URLS not already there', () => {
    expect(configuredFeeds([{ url: 'https://a.example/rss', title: 'A' }], ['https://a.example/rss', 'https://b.example/rss'])).toEqual([
      { url: 'https://a.example/rss', title: 'A' },
      { url: 'https://b.example/rss' },
    ]);
  });
});
