import { InvalidUrlError, UnsupportedSchemeError } from './errors';

// The canonical URL is an identity key (ArticleId hashes it), not the address we fetch: the feed's own
// link is kept for that. So it may drop things a server would need (www., AMP variants) as long as two
// links to the same article become one string.
//
// Decisions:
// - scheme and host lower-case; default ports, user:password@, the fragment and a trailing dot go;
// - a leading "www." is stripped: outlets serve the same article on both (example.com vs www.example.com);
// - the scheme is kept: http and https of one site are rare in feeds and stripping it would hide mistakes;
// - tracking parameters go (below), the rest are sorted by name then value;
// - AMP variants map to the plain page: /amp/..., .../amp, ...amp.html, ?outputType=amp, ?amp=1;
// - a trailing slash is removed from every path but "/" (so /news/x/ and /news/x are one article);
// - repeated slashes collapse to one.

const TRACKING_PARAMETERS = new Set([
  'fbclid',
  'gclid',
  'gclsrc',
  'dclid',
  'msclkid',
  'yclid',
  'twclid',
  'igshid',
  'ttclid',
  'li_fat_id',
  'mc_cid',
  'mc_eid',
  'mkt_tok',
  'ocid',
  'cmpid',
  'cmp',
  'icid',
  'ncid',
  'taid',
  'smid',
  'smtyp',
  'ref',
  'ref_src',
  'ref_url',
  'sr_share',
  's_cid',
  'xtor',
  'spm',
  '_ga',
  '_gl',
  'ito',
  'soc_src',
  'soc_trk',
  'guccounter',
  'guce_referrer',
  'guce_referrer_sig',
]);
// Not dropped though often tracking: src, source, cid, id. Some sites name the article with them
// (article.php?cid=1234), and merging two articles is worse than missing one duplicate.
// Prefix families: utm_source, at_campaign (AT Internet), pk_ / mtm_ (Matomo), hsa_ (HubSpot ads).
const TRACKING_PREFIXES = ['utm_', 'at_', 'pk_', 'mtm_', 'hsa_', '__twitter'];

// Parameters that only ask for the AMP rendering of the same article.
const AMP_PARAMETERS: Record<string, (value: string) => boolean> = {
  outputtype: (value) => value.toLowerCase() === 'amp',
  amp: () => true,
  _amp: () => true,
};

export function canonicalUrl(url: string): string {
  const parsed = parseHttpUrl(url);
  parsed.username = '';
  parsed.password = '';
  parsed.hash = '';
  parsed.hostname = canonicalHost(parsed.hostname);
  parsed.pathname = canonicalPath(parsed.pathname);
  parsed.search = canonicalQuery(parsed.searchParams);
  return parsed.toString();
}

function parseHttpUrl(url: string): URL {
  let parsed: URL;
  try {
    parsed = new URL(url.trim());
  } catch {
    throw new InvalidUrlError(url);
  }
  if (parsed.protocol !== 'http:' && parsed.protocol !== 'https:') {
    throw new UnsupportedSchemeError(url, parsed.protocol.replace(/:$/, ''));
  }
  if (!parsed.hostname) throw new InvalidUrlError(url);
  return parsed;
}

function canonicalHost(hostname: string): string {
  // WHATWG URL has already lower-cased it and turned IDNs into punycode.
  return hostname.replace(/\.$/, '').replace(/^www\./, '');
}

function canonicalPath(pathname: string): string {
  let path = pathname.replace(/\/{2,}/g, '/');
  path = path.replace(/^\/amp(?=\/)/i, '');
  path = path.replace(/\/amp\/?$/i, '/');
  path = path.replace(/\.amp(?=\.html?$|$)/i, '');
  if (path.length > 1) path = path.replace(/\/+$/, '');
  return path || '/';
}

function canonicalQuery(params: URLSearchParams): string {
  const kept: [string, string][] = [];
  for (const [name, value] of params) {
    if (!isDropped(name.toLowerCase(), value)) kept.push([name, value]);
  }
  kept.sort(([a, av], [b, bv]) => compare(a, b) || compare(av, bv));
  const query = new URLSearchParams(kept).toString();
  return query ? `?${query}` : '';
}

function isDropped(name: string, value: string): boolean {
  if (TRACKING_PARAMETERS.has(name)) return true;
  if (TRACKING_PREFIXES.some((prefix) => name.startsWith(prefix))) return true;
  return AMP_PARAMETERS[name]?.(value) ?? false;
}

// Code-unit order, not localeCompare: the result must not depend on the machine's locale.
function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
