// Text from feeds and pages is untrusted. Postgres refuses U+0000 in text and jsonb ("unsupported
// Unicode escape sequence"), so one NUL in a sentence made an aggregator batch fail forever; other
// control characters and lone surrogates (invalid UTF-16, from a broken decoder or a hostile page)
// only make trouble further on. Text is cleaned where it enters: in the fetcher, and again when the
// extractor reads a raw article (an older fetcher, or another producer, may have let it through).

// C0 controls but tab, line feed and carriage return; DEL; C1 controls; U+FFFE/U+FFFF are no characters.
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F\uFFFE\uFFFF]/g;
const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with no control characters (but \t \n \r) and valid UTF-16 (a lone surrogate becomes U+FFFD). */
export const cleanText = (text: string): string => text.replace(CONTROL, '').replace(LONE_SURROGATE, '\uFFFD');

const ANY_CONTROL = new RegExp(`${CONTROL.source}|[\\u0009\\u000A\\u000D]|${LONE_SURROGATE.source}`);

/** Whether `text` holds a control character (tabs and line breaks included) or a lone surrogate: for input
 *  that must be refused rather than repaired, such as request parameters and URLs. */
export const hasControlCharacters = (text: string): boolean => ANY_CONTROL.test(text);
