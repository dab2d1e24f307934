import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { extractArticleText } from './article-text';

const page = readFileSync(join(__dirname, 'fixtures/article-page.html'), 'utf8');
// fixtures/article-page.html wraps shared/seeds/000_5d8a1befe3af6c37.txt in site chrome.
const seedParagraphs = readFileSync(join(__dirname, '../../articles/src/fixtures/seed-000-afp-idlib.txt'), 'utf8').trim().split('\n');

describe('extractArticleText', () => {
  const article = extractArticleText(page, 'https://wire.example.org/middle-east/20190810-syria-clashes-kill-70-combatants');

  it('keeps exactly the article paragraphs, separated by blank lines', () => {
    expect(article?.text.split('\n\n')).toEqual(seedParagraphs);
  });

  it('leaves out navigation, ads, share bar, related links and footer', () => {
    for (const chrome of ['Subscribe', 'Advertisement', 'Share on Facebook', 'Most read', 'All rights reserved', 'Sponsored']) {
      expect(article?.text).not.toContain(chrome);
    }
  });

  it('gives the headline and the page language', () => {
    expect(article).toMatchObject({ title: 'Syria clashes kill 70 combatants as regime nibbles at Idlib', language: 'en' });
  });

  it('reads a feed content:encoded fragment as paragraphs too', () => {
    const text = extractArticleText('<p>Nearly 80 people have lost their lives.</p><p>The monitor said.</p>', '');
    expect(text?.text).toBe('Nearly 80 people have lost their lives.\n\nThe monitor said.');
  });

  it('returns null when there is no text at all, so the caller falls back on the feed summary', () => {
    expect(extractArticleText('', 'https://x.example/')).toBeNull();
    expect(extractArticleText('<html><body><nav><a href="/">Home</a></nav></body></html>', 'https://x.example/')).toBeNull();
  });
});
