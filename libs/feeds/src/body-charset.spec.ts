import { decodeBody } from './body-charset';

describe('decodeBody', () => {
  const curly = Buffer.from([0x41, 0x6c, 0x65, 0x70, 0x70, 0x6f, 0x92, 0x73]); // "Aleppo’s" in windows-1252

  it('uses the Content-Type charset, mapping windows-1252 punctuation', () => {
    expect(decodeBody(curly, 'text/xml; charset=windows-1252')).toBe('Aleppo’s');
    expect(decodeBody(curly, 'text/xml; charset=ISO-8859-1')).toBe('Aleppo’s');
  });

  it('falls back on the XML declaration, then on UTF-8', () => {
    const declared = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="windows-1252"?><t>'), curly]);
    expect(decodeBody(declared, 'application/rss+xml')).toContain('Aleppo’s');
    expect(decodeBody(Buffer.from('Aleppo’s'), null)).toBe('Aleppo’s');
  });

  it('lets a byte-order mark win and drops it', () => {
    expect(decodeBody(Buffer.from('\uFEFF<rss/>'), 'text/xml; charset=iso-8859-1')).toBe('<rss/>');
  });
});
