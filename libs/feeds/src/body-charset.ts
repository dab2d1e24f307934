// Feeds and pages still come in windows-1252, ISO-8859-x and UTF-16; reading them as UTF-8 turns
// "Aleppo’s" into "Aleppoâ€™s". The order follows the HTML and XML rules: byte-order mark, then the
// Content-Type charset, then the document's own declaration, then UTF-8.

const SNIFF_BYTES = 1024;

export function decodeBody(bytes: Buffer, contentType: string | null): string {
  const bom = byteOrderMark(bytes);
  if (bom) return decode(bytes.subarray(bom.length), bom.charset);
  return decode(bytes, charsetOfContentType(contentType) ?? declaredCharset(bytes) ?? 'utf-8');
}

function byteOrderMark(bytes: Buffer): { charset: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { charset: 'utf-8', length: 3 };
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { charset: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { charset: 'utf-16be', length: 2 };
  return null;
}

function charsetOfContentType(contentType: string | null): string | null {
  const match = /;\s*charset\s*=\s*"?([\w.:-]+)"?/i.exec(contentType ?? '');
  return match ? match[1] : null;
}

// <?xml version="1.0" encoding="ISO-8859-1"?> or <meta charset="windows-1252"> near the start.
function declaredCharset(bytes: Buffer): string | null {
  const head = bytes.subarray(0, SNIFF_BYTES).toString('latin1');
  const match = /^\s*<\?xml[^>]*\bencoding\s*=\s*["']([\w.:-]+)["']/i.exec(head) ?? /<meta[^>]+charset\s*=\s*["']?([\w.:-]+)/i.exec(head);
  return match ? match[1] : null;
}

function decode(bytes: Buffer, charset: string): string {
  try {
    const decoder = new TextDecoder(charset);
    const text = decoder.decode(bytes);
    return decoder.encoding === 'windows-1252' ? windows1252Punctuation(text) : text;
  } catch {
    // An unknown label ("x-user-defined-nonsense"): UTF-8 with replacement characters beats failing.
    return new TextDecoder('utf-8').decode(bytes);
  }
}

// Node 20's TextDecoder decodes windows-1252 (also the label for "latin1" and "iso-8859-1") as plain
// ISO-8859-1, leaving 0x80-0x9F as C1 controls: "A\x92s" instead of "A’s". Map them per the WHATWG table.
const WINDOWS_1252_C1 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252Punctuation(text: string): string {
  return text.replace(/[\u0080-\u009f]/g, (c) => WINDOWS_1252_C1[c.charCodeAt(0) - 0x80]);
}
