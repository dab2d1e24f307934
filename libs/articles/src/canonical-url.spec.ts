import { canonicalUrl } from './canonical-url';
import { InvalidUrlError, UnsupportedSchemeError } from './errors';

describe('canonicalUrl', () => {
  it('gives one URL for the same AFP article reached through a newsletter, social share and www.', () => {
    const links = [
      'https://www.France24.com/en/20190810-syria-clashes-kill-70?utm_source=newsletter&utm_medium=email#comments',
      'https://france24.com:443/en/20190810-syria-clashes-kill-70/?fbclid=IwAR0abc&at_medium=RSS',
      'HTTPS://WWW.FRANCE24.COM/en/20190810-syria-clashes-kill-70',
    ];
    expect(new Set(links.map(canonicalUrl))).toEqual(new Set(['https://france24.com/en/20190810-syria-clashes-kill-70']));
  });

  it('drops every tracking parameter family and keeps the parameters that name the article', () => {
    expect(
      canonicalUrl(
        'http://example.com/story.php?utm_campaign=x&id=42&gclid=1&mc_cid=2&mc_eid=3&ocid=4&cmpid=5&ref=6&ref_src=7&taid=8&at_campaign=9&page=2',
      ),
    ).toBe('http://example.com/story.php?id=42&page=2');
  });

  it('sorts the remaining query parameters so their order does not make a new article', () => {
    expect(canonicalUrl('https://example.com/a?b=2&a=1&a=0')).toBe(canonicalUrl('https://example.com/a?a=0&a=1&b=2'));
    expect(canonicalUrl('https://example.com/a?b=2&a=1&a=0')).toBe('https://example.com/a?a=0&a=1&b=2');
  });

  it('maps AMP renderings to the plain article', () => {
    const plain = 'https://example.com/news/world-49309046';
    expect(canonicalUrl('https://www.example.com/news/world-49309046.amp')).toBe(plain);
    expect(canonicalUrl('https://example.com/amp/news/world-49309046')).toBe(plain);
    expect(canonicalUrl('https://example.com/news/world-49309046/amp/')).toBe(plain);
    expect(canonicalUrl('https://example.com/news/world-49309046?outputType=amp')).toBe(plain);
    expect(canonicalUrl('https://example.com/news/world-49309046.amp.html')).toBe(`${plain}.html`);
  });

  it('treats a trailing slash and doubled slashes as the same path, but keeps the root', () => {
    expect(canonicalUrl('https://example.com//news//x/')).toBe('https://example.com/news/x');
    expect(canonicalUrl('https://example.com')).toBe('https://example.com/');
    expect(canonicalUrl('https://example.com/?utm_source=rss')).toBe('https://example.com/');
  });

  it('keeps the scheme and a non-default port, and drops credentials', () => {
    expect(canonicalUrl('http://user:secret@example.com:8080/a')).toBe('http://example.com:8080/a');
  });

  it('refuses other schemes and text that is not a URL, with typed, non-retriable errors', () => {
    expect(() => canonicalUrl('ftp://example.com/a')).toThrow(UnsupportedSchemeError);
    expect(() => canonicalUrl('javascript:alert(1)')).toThrow(UnsupportedSchemeError);
    expect(() => canonicalUrl('/news/relative')).toThrow(InvalidUrlError);
    expect(thrown(() => canonicalUrl('file:///etc/passwd'))).toMatchObject({
      code: 'URL_SCHEME_UNSUPPORTED',
      retriable: false,
      scheme: 'file',
    });
    expect(thrown(() => canonicalUrl('not a url'))).toMatchObject({ code: 'URL_INVALID', retriable: false });
  });

  it('never repeats URL credentials in its error messages', () => {
    for (const url of ['ftp://feeds:hunter2@example.com/x', 'http://feeds:hunter2@exa mple.com/x']) {
      const error = thrown(() => canonicalUrl(url));
      expect(error).toBeInstanceOf(Error);
      expect(JSON.stringify({ ...(error as object), message: (error as Error).message })).not.toContain('hunter2');
    }
  });
});

function thrown(run: () => unknown): unknown {
  try {
    run();
  } catch (error) {
    return error;
  }
  return undefined;
}
