import { cleanText, hasControlCharacters } from './clean-text';

describe('cleanText', () => {
  it('drops a NUL that a hostile feed put in a sentence (Postgres refuses it in text and jsonb)', () => {
    expect(cleanText('Gunmen killed 12\u0000 people on Sunday.')).toBe('Gunmen killed 12 people on Sunday.');
  });

  it('drops other C0 and C1 controls and DEL but keeps tabs and line breaks', () => {
    expect(cleanText('a\u0001b\u001Fc\u007Fd\u0085e\tf\ng\r\nh')).toBe('abcde\tf\ng\r\nh');
  });

  it('replaces lone surrogates with U+FFFD and keeps paired ones (emoji, rare scripts)', () => {
    expect(cleanText('x\uD83Dy')).toBe('x\uFFFDy');
    expect(cleanText('x\uDC00y')).toBe('x\uFFFDy');
    expect(cleanText('flag \uD83C\uDDFE\uD83C\uDDEA')).toBe('flag \uD83C\uDDFE\uD83C\uDDEA');
  });

  it('leaves clean text as it is, accents and non-Latin scripts included', () => {
    const text = 'Mogadiscio : au moins 20 morts — قتل 20 شخصا';
    expect(cleanText(text)).toBe(text);
    expect(hasControlCharacters(text)).toBe(false);
  });

  it('tells input that holds a control character or a lone surrogate', () => {
    expect(hasControlCharacters('SY\u0000')).toBe(true);
    expect(hasControlCharacters('\uD800')).toBe(true);
  });
});
