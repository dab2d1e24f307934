import { type FigureFacts, figureChangeOf } from './figure-change';

const facts: FigureFacts = {
  figureId: 'a'.repeat(16),
  incidentId: 'a'.repeat(16),
  value: 9000,
  metric: 'killed',
  kind: 'incident',
  date: '2024-03-03',
  country: 'IQ',
  victims: 'people',
};
const typed = { value: '9000', metric: 'killed', kind: 'incident', date: '2024-03-03', country: 'IQ', victims: 'people' };

describe('figureChangeOf', () => {
  it('sends only what the analyst changed', () => {
    expect(figureChangeOf(facts, { ...typed, value: '90' })).toEqual({ value: 90 });
    expect(figureChangeOf(facts, { ...typed, metric: 'injured', country: 'sy' })).toEqual({ metric: 'injured', country: 'SY' });
    expect(figureChangeOf(facts, { ...typed, kind: 'cumulative', date: '2024-03-02', victims: 'civilians' })).toEqual({
      kind: 'cumulative',
      date: '2024-03-02',
      victims: 'civilians',
    });
  });

  it('gives a country to a figure that had none', () => {
    expect(figureChangeOf({ ...facts, country: null }, { ...typed, country: 'NE' })).toEqual({ country: 'NE' });
  });

  it('says why it cannot send a form that changes nothing or holds what the API refuses', () => {
    expect(figureChangeOf(facts, typed)).toBe('change at least one field');
    expect(figureChangeOf(facts, { ...typed, value: '-3' })).toMatch(/whole number/);
    expect(figureChangeOf(facts, { ...typed, value: '9.5' })).toMatch(/whole number/);
    expect(figureChangeOf(facts, { ...typed, country: 'Iraq' })).toMatch(/two-letter/);
  });
});
