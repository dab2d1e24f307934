import { z } from 'zod';

// A feed URL is user input that the fetcher will request on its own, forever: refuse what it could
// never fetch, in words. The addresses a host resolves to are judged at each request (web/address-policy),
// since DNS answers change. Messages never quote the URL: it may carry user:password@.
const MAX_URL_LENGTH = 2048;

export function feedUrlProblem(text: string): string | null {
  if (text.length > MAX_URL_LENGTH) return `longer than ${MAX_URL_LENGTH} characters`;
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return 'not an absolute URL';
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return `scheme ${url.protocol} refused (only http and https)`;
  if (!url.hostname) return 'no host';
  return null;
}

export const FeedUrl = z
  .string({ error: 'must be a string' })
  .trim()
  .min(1, 'must not be empty')
  .superRefine((text, context) => {
    const problem = feedUrlProblem(text);
    if (problem) context.addIssue({ code: 'custom', message: problem });
  });

export const FeedTitle = z.string({ error: 'must be a string' }).trim().min(1, 'must not be empty').max(300, 'longer than 300 characters');
