const numbers = new Intl.NumberFormat('en');
const countryNames = new Intl.DisplayNames(['en'], { type: 'region' });

export const formatNumber = (value: number): string => numbers.format(value);

export const countryName = (code: string): string => {
  try {
    return countryNames.of(code) ?? code;
  } catch {
    return code;
  }
};

const QUALIFIER_WORDS: Record<string, string> = {
  exact: '',
  at_least: 'at least',
  more_than: 'more than',
  nearly: 'nearly',
  about: 'about',
  up_to: 'up to',
  some: 'some',
};

/** "more than 370,000": the figure as the report qualified it. */
export const qualified = (value: number, qualifier: string, vague = false): string =>
  [QUALIFIER_WORDS[qualifier] ?? qualifier, formatNumber(value), vague ? '(vague)' : ''].filter(Boolean).join(' ');

export const formatDay = (iso: string | null): string => (iso ? iso.slice(0, 10) : '–');

export const formatTime = (iso: string | null): string => (iso ? iso.replace('T', ' ').replace(/\.\d+Z$|Z$/, ' UTC') : '–');
