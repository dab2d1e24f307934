import { articleId } from './article-id';
import { canonicalUrl } from './canonical-url';

describe('articleId', () => {
  it('is 32 hex characters of sha256, the same on every poll', () => {
    const url = canonicalUrl('https://www.france24.com/en/20190810-syria-clashes-kill-70?utm_source=rss');
    expect(articleId(url)).toMatch(/^[0-9a-f]{32}$/);
    expect(articleId(url)).toBe(articleId(canonicalUrl('https://france24.com/en/20190810-syria-clashes-kill-70')));
  });

  it('differs for different articles', () => {
    expect(articleId('https://example.com/a')).not.toBe(articleId('https://example.com/b'));
  });
});
