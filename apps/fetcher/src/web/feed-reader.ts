import { cleanText, normalizeFeedItem, type NormalizedFeedItem, type RawFeedItem } from '@cw/articles';
import Parser from 'rss-parser';
import { FeedError } from './feed-error';

export interface SkippedFeedItem {
  reason: string;
  title: string | null;
  link: string | null;
}

export interface ParsedFeed {
  title: string | null;
  /** Primary language subtag of the feed ("en"), or null. */
  language: string | null;
  items: NormalizedFeedItem[];
  skipped: SkippedFeedItem[];
}

type ParserFeed = { 'dc:language'?: string; language?: string };
type ParserItem = { id?: string; 'content:encoded'?: string; 'content:encodedSnippet'?: string };

// parseString only: parseURL buffers bodies without a cap and its timeout leaves the socket open
// (FIELD-NOTES "Feeds and the web"); GuardedHttpClient does the fetching.
const parser: Parser<ParserFeed, ParserItem> = new Parser({ customFields: { feed: ['dc:language'] } });

// An HTML page where a feed was expected: a moved feed now serving the site's home page, a login wall.
const HTML_PAGE = /^(?:<\?xml[^>]*>\s*)?(?:<!--[\s\S]*?-->\s*)*<(?:!doctype\s+html|html)\b/i;

/** Reads an RSS 0.9x/2.0, Atom or RDF (RSS 1.0) body into normalised items; throws FeedError otherwise. */
export async function readFeed(body: string, feedUrl: string): Promise<ParsedFeed> {
  // A raw NUL or other control character is no XML: the parser would refuse the whole feed for one item.
  const text = cleanText(body.replace(/^\uFEFF/, '')).trim();
  if (!text) throw new FeedError('FEED_EMPTY', 'empty body', feedUrl);
  if (HTML_PAGE.test(text)) throw new FeedError('FEED_IS_HTML', 'the body is an HTML page, not a feed', feedUrl);

  let feed: Parser.Output<ParserItem> & ParserFeed;
  try {
    feed = await parser.parseString(text);
  } catch (error) {
    throw unreadable(error, text, feedUrl);
  }

  const source = { url: feedUrl, title: feed.title, language: feed.language ?? feed['dc:language'] ?? atomLanguage(text) };
  const parsed: ParsedFeed = { title: feed.title?.trim() || null, language: null, items: [], skipped: [] };
  for (const item of feed.items) {
    const reading = normalizeFeedItem(rawItem(item), source);
    if (reading.ok) parsed.items.push(reading.item);
    else parsed.skipped.push({ reason: reading.reason, title: item.title?.trim() || null, link: item.link ?? null });
  }
  parsed.language = languageOf(source.language);
  return parsed;
}

function rawItem(item: Parser.Item & ParserItem): RawFeedItem {
  return {
    title: item.title,
    link: item.link,
    // Atom names its stable identifier <id>; RSS names it <guid>.
    guid: item.guid ?? item.id,
    isoDate: item.isoDate,
    pubDate: item.pubDate,
    // content:encoded is the full text when a feed has both it and a teaser <description>.
    content: item['content:encoded'] ?? item.content,
    contentSnippet: item.contentSnippet ?? item['content:encodedSnippet'],
    summary: item.summary,
    creator: item.creator,
  };
}

function unreadable(error: unknown, text: string, feedUrl: string): FeedError {
  const message = (error instanceof Error ? error.message : String(error)).replace(/\s+/g, ' ').trim();
  if (/not recognized as RSS/i.test(message)) {
    const root = /<([A-Za-z][\w:.-]*)/.exec(text.replace(/<[?!][\s\S]*?>/g, ''))?.[1] ?? 'none';
    return new FeedError('FEED_UNRECOGNIZED', `not an RSS, Atom or RDF feed (root element <${root}>)`, feedUrl);
  }
  // xml2js (sax) errors carry a position; anything else came from rss-parser reading a parsed tree,
  // e.g. an Atom <published> that is not a date throws "Invalid time value" for the whole feed.
  if (/\bLine: \d+/.test(message)) return new FeedError('FEED_MALFORMED', `malformed XML: ${message.slice(0, 200)}`, feedUrl);
  return new FeedError('FEED_MALFORMED', `unreadable feed: ${message.slice(0, 200)}`, feedUrl);
}

// Atom puts its language in xml:lang on the root, which rss-parser does not report.
function atomLanguage(text: string): string | undefined {
  return /<feed\b[^>]*\bxml:lang\s*=\s*["']([^"']+)["']/i.exec(text)?.[1];
}

function languageOf(language: string | undefined): string | null {
  const primary = language?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}
