import { Readability } from '@mozilla/readability';
import { parseHTML } from 'linkedom';

export interface ArticleText {
  title: string;
  /** Paragraphs separated by blank lines, whitespace collapsed inside each. */
  text: string;
  /** From <html lang>, primary subtag ("en"), or null. */
  language: string | null;
}

type ReadabilityDocument = ConstructorParameters<typeof Readability>[0];
interface TextBlock {
  textContent: string | null;
  querySelector(selectors: string): unknown;
}

// Readability always returns its best candidate, even "Home" from a page that is only navigation (a
// paywall, a consent wall, a video page). Below this, a full page has no article and the feed's own
// summary is the better text. A fragment (a feed's content:encoded) is the article by definition.
const MIN_PAGE_TEXT_CHARS = 200;

// Leaf text blocks of an article; paragraph breaks matter downstream (a figure and its clause stay together).
const BLOCKS = 'p, h1, h2, h3, h4, h5, h6, li, blockquote, pre, figcaption, td';

/**
 * The article's own text without navigation, ads, share bars and footer, by Mozilla Readability (the
 * Firefox Reader View) over linkedom, which is far lighter than jsdom. Null when Readability finds no
 * article: the caller then falls back on the feed's content or summary.
 */
export function extractArticleText(html: string, url: string): ArticleText | null {
  if (!html.trim()) return null;
  const isFullPage = hasHtmlElement(html);
  const { document } = parseHTML(asDocument(html));
  const language = primaryLanguage(document.documentElement?.getAttribute('lang'));
  let article: ReturnType<Readability['parse']>;
  try {
    article = new Readability(document as unknown as ReadabilityDocument).parse();
  } catch {
    // Readability can trip over odd markup linkedom accepts; no article is the honest answer.
    return null;
  }
  if (!article?.content) return null;
  const text = paragraphs(article.content, article.textContent ?? '');
  if (!text || (isFullPage && text.length < MIN_PAGE_TEXT_CHARS)) return null;
  return { title: (article.title ?? '').trim(), text, language: primaryLanguage(article.lang) ?? language ?? hintFrom(url) };
}

function paragraphs(articleHtml: string, fallback: string): string {
  const { document } = parseHTML(asDocument(articleHtml));
  const blocks = (Array.from(document.querySelectorAll(BLOCKS)) as TextBlock[]).filter((block) => !block.querySelector(BLOCKS));
  const texts = blocks.map((block) => collapse(block.textContent ?? '')).filter(Boolean);
  if (texts.length > 0) return texts.join('\n\n');
  return fallback
    .split(/\n\s*\n/)
    .map(collapse)
    .filter(Boolean)
    .join('\n\n');
}

// linkedom gives a fragment ("<p>...</p>", as in a feed's content:encoded) no documentElement.
function asDocument(html: string): string {
  return hasHtmlElement(html) ? html : `<!DOCTYPE html><html><head></head><body>${html}</body></html>`;
}

function hasHtmlElement(html: string): boolean {
  return /<html[\s>]/i.test(html);
}

function collapse(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

function primaryLanguage(lang: string | null | undefined): string | null {
  const primary = lang?.trim().split(/[-_]/)[0].toLowerCase();
  return primary && /^[a-z]{2,3}$/.test(primary) ? primary : null;
}

// No language in the page: the URL may still say it (/en/, /fr/), as most multilingual outlets do.
function hintFrom(url: string): string | null {
  try {
    return /^\/([a-z]{2})(?:\/|$)/.exec(new URL(url).pathname)?.[1] ?? null;
  } catch {
    return null;
  }
}
