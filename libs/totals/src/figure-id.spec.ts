import { figureId } from './figure-id';

describe('figureId', () => {
  const figure = { metric: 'killed' as const, kind: 'incident' as const, span: { start: 120, end: 122 } };

  it('gives a re-extracted figure the same id', () => {
    expect(figureId('a1', figure)).toBe(figureId('a1', { ...figure }));
    expect(figureId('a1', figure)).toMatch(/^[0-9a-f]{32}$/);
  });

  it('gives the same number in another article or another place in the text another id', () => {
    expect(figureId('a2', figure)).not.toBe(figureId('a1', figure));
    expect(figureId('a1', { ...figure, span: { start: 300, end: 302 } })).not.toBe(figureId('a1', figure));
  });
});
