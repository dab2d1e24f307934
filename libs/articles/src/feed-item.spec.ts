import { canonicalUrl } from './canonical-url';
import { articleId } from './article-id';
import { normalizeFeedItem } from './feed-item';

const afpFeed = { url: 'https://wire.example.org/afp/world.rss', title: 'AFP World', language: 'en-GB' };

describe('normalizeFeedItem', () => {
  it('reads an RSS item into an article with a canonical URL, its id, an ISO date, the outlet and language', () => {
    const reading = normalizeFeedItem(
      {
        title: 'Syria: clashes kill 70 combatants in northwest',
        link: 'https://www.wire.example.org/world/syria-clashes-kill-70?utm_source=rss',
        guid: 'afp-20190810-syria-70',
        pubDate: 'Sat, 10 Aug 2019 16:41:00 +0200',
        contentSnippet: 'Clashes between regime loyalists and insurgents in northwest Syria killed 70 combatants.',
        creator: 'AFP',
      },
      afpFeed,
    );
    expect(reading).toEqual({
      ok: true,
      item: {
        articleId: articleId('https://wire.example.org/world/syria-clashes-kill-70'),
        url: 'https://wire.example.org/world/syria-clashes-kill-70',
        link: 'https://www.wire.example.org/world/syria-clashes-kill-70?utm_source=rss',
        guid: 'afp-20190810-syria-70',
        title: 'Syria: clashes kill 70 combatants in northwest',
        publishedAt: '2019-08-10T14:41:00.000Z',
        outlet: 'AFP World',
        language: 'en',
        summary: 'Clashes between regime loyalists and insurgents in northwest Syria killed 70 combatants.',
        contentHtml: null,
        author: 'AFP',
      },
    });
  });

  it('prefers rss-parser isoDate and leaves publishedAt null when no date is readable', () => {
    const item = (raw: object) => {
      const reading = normalizeFeedItem({ title: 'T', link: 'https://x.org/a', ...raw }, afpFeed);
      return reading.ok ? reading.item.publishedAt : 'skipped';
    };
    expect(item({ isoDate: '2019-08-10T14:41:00.000Z', pubDate: 'garbage' })).toBe('2019-08-10T14:41:00.000Z');
    expect(item({ pubDate: 'last Saturday' })).toBeNull();
    expect(item({})).toBeNull();
  });

  it('uses a permalink guid when the link is missing or not http(s)', () => {
    const reading = normalizeFeedItem({ title: 'T', link: 'javascript:void(0)', guid: 'https://x.org/news/1/' }, afpFeed);
    expect(reading).toMatchObject({ ok: true, item: { url: 'https://x.org/news/1', link: 'https://x.org/news/1/' } });
  });

  it('scopes a bare guid to its feed, so "12345" in two feeds is two articles', () => {
    const a = normalizeFeedItem({ title: 'T', guid: '12345' }, afpFeed);
    const b = normalizeFeedItem({ title: 'T', guid: '12345' }, { url: 'https://other.example.com/rss' });
    expect(a).toMatchObject({ ok: true, item: { url: null, link: null, guid: '12345' } });
    expect(a.ok && b.ok && a.item.articleId !== b.item.articleId).toBe(true);
    expect(a.ok && a.item.articleId).toBe(articleId(`guid:${canonicalUrl(afpFeed.url)}#12345`));
  });

  it('skips items without a title or without any link or guid, saying why', () => {
    expect(normalizeFeedItem({ link: 'https://x.org/a', title: '  ' }, afpFeed)).toEqual({
      ok: false,
      reason: 'item has no title',
    });
    expect(normalizeFeedItem({ title: 'T', link: 'ftp://x.org/a' }, afpFeed)).toEqual({
      ok: false,
      reason: 'item has neither an http(s) link nor a guid',
    });
  });

  it('names the outlet after the feed host when the feed has no title, and strips markup from titles', () => {
    const reading = normalizeFeedItem(
      { title: '<b>Syria</b>:\n clashes &amp; strikes', link: 'https://x.org/a' },
      { url: 'https://www.syria-news.example.net/feed' },
    );
    expect(reading).toMatchObject({
      ok: true,
      item: { outlet: 'syria-news.example.net', title: 'Syria : clashes &amp; strikes', language: null },
    });
  });
});
