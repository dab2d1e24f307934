import { readNumbers } from './numbers';

const one = (text: string) => readNumbers(text)[0];

describe('readNumbers', () => {
  it('reads digits with separators: "pushed 400,000 people from their homes"', () => {
    expect(one('pushed 400,000 people')).toMatchObject({
      value: 400_000,
      qualifier: 'exact',
      vague: false,
    });
  });
  it('reads a thousands comma with a stray space: "as of Saturday 12, 033 people had been forced to move" (eval/real26)', () => {
    expect(one('as of Saturday 12, 033 people had been forced to move')).toMatchObject({ value: 12_033, qualifier: 'exact' });
    expect(readNumbers('killed 12, 15 and 20 people').map((n) => n.value)).toEqual([12, 15, 20]);
  });
  it('reads decimals with a scale: "more than 1.5 million were left homeless"', () => {
    expect(one('more than 1.5 million were left homeless')).toMatchObject({
      value: 1_500_000,
      qualifier: 'more_than',
    });
  });
  it('qualifies "a hundred" by the words before its article: "Over a hundred others were hurt" (Jolo, 2019)', () => {
    expect(one('Over a hundred others were hurt')).toMatchObject({ value: 100, qualifier: 'more_than', start: 0 });
    expect(one('nearly a million people have fled')).toMatchObject({ value: 1_000_000, qualifier: 'nearly' });
    expect(one('A hundred people were killed')).toMatchObject({ value: 100, qualifier: 'exact' });
  });
  it('reads a quarter of a scale: "More than a quarter of a million people have fled the city"', () => {
    expect(one('More than a quarter of a million people have fled')).toMatchObject({ value: 250_000, qualifier: 'more_than' });
    expect(one('three quarters of a million people')).toMatchObject({ value: 750_000 });
  });
  it('reads number words: "seventy", "Twenty-eight others", "two"', () => {
    expect(one('killed seventy people').value).toBe(70);
    expect(one('Twenty-eight others were hurt').value).toBe(28);
    expect(one('killed two civilians').value).toBe(2);
  });
  it('reads "a dozen" as about 12 and "dozens" as a vague lower bound of 12', () => {
    expect(one('killed a dozen al Shabaab militants')).toMatchObject({
      value: 12,
      qualifier: 'about',
      vague: false,
    });
    expect(one('killed dozens of people')).toMatchObject({
      value: 12,
      qualifier: 'at_least',
      vague: true,
    });
  });
  it('reads "hundreds", "scores" and "tens of thousands" at their ACLED-style lower bounds', () => {
    expect(one('hundreds of families fled').value).toBe(100);
    expect(one('killed scores of attackers').value).toBe(20);
    expect(one('has killed tens of thousands of people').value).toBe(10_000);
  });
  it.each([
    ['at least 13 civilians', 'at_least'],
    ['more than 800 civilians', 'more_than'],
    ['Nearly 80 people', 'nearly'],
    ['about 100 people', 'about'],
    ['up to 2 million people', 'up_to'],
    ['some 135,000 people', 'some'],
    ['70 combatants', 'exact'],
  ])('reads the qualifier of "%s" as %s', (text, qualifier) => {
    expect(one(text).qualifier).toBe(qualifier);
  });
  it('does not read "one" inside "someone" or digits inside "COVID-19"', () => {
    expect(readNumbers('someone said')).toEqual([]);
    expect(readNumbers('COVID19')).toEqual([]);
  });
  it('reads "somewhere from 110 to 184 people" as one count at its lower bound, as "between 110 and 184" is', () => {
    // eval/real25/2527
    expect(readNumbers('somewhere from 90 to 150 people were killed').map((n) => [n.value, n.qualifier])).toEqual([[90, 'at_least']]);
  });
});
