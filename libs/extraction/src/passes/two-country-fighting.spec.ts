import { read } from './read-cases.testing';

// A border war between two countries told as one report (eval/real29 Thai-Cambodian border, in the project's own words):
// the fighting is a bout of days, each country counts its own dead and displaced, and the combined toll sums the two.
// Published Sunday 2025-07-27.
const PUBLISHED = '2025-07-27T09:00:00Z';
const REPORT = [
  'Thailand and Cambodia fought for a third day as the death toll from their worst fighting in years rose to 33 and Phnom Penh called for an immediate ceasefire.',
  'On Thursday a long-running border dispute turned into heavy fighting with jets, artillery and tanks.',
  "According to Cambodia's Defence Ministry, the fighting has left 13 people dead, eight civilians and five soldiers among them, and 71 people wounded.",
  'In Thailand, the army said five soldiers died on Friday, bringing the toll there to 20 – 14 civilians and six military personnel.',
  "The fighting has forced the evacuation of more than 138,000 people from Thailand's border regions, while more than 35,000 have been driven from their homes in Cambodia.",
].join('\n\n');

describe('two countries fighting a bout of days', () => {
  const figures = read(REPORT, PUBLISHED);
  const find = (metric: string, value: number) => figures.find((f) => f.metric === metric && f.value === value);

  it('reads what "the fighting has left" in the n-th day of the fighting as the bout\'s incident, not a war\'s tally', () => {
    expect(find('killed', 13)).toMatchObject({ kind: 'incident', country: 'KH' });
    expect(find('injured', 71)).toMatchObject({ kind: 'incident', country: 'KH' });
  });

  it('places each country\'s own toll in that country: its ministry\'s count, and the one told after "In Thailand, the army said"', () => {
    expect(find('killed', 13)?.country).toBe('KH');
    expect(find('killed', 20)).toMatchObject({
      country: 'TH',
      breakdown: [
        { group: 'civilians', value: 14 },
        { group: 'military personnel', value: 6 },
      ],
    });
  });

  it('places the flight on each side of "while" in the country that side names, a bout\'s flight and no whole country\'s stock', () => {
    expect(find('displaced', 138000)).toMatchObject({ kind: 'incident', country: 'TH' });
    expect(find('displaced', 35000)).toMatchObject({ kind: 'incident', country: 'KH' });
  });

  it("drops the combined toll that the two countries' tolls add up to, and never places a count in the capital that calls for a ceasefire", () => {
    expect(find('killed', 33)).toBeUndefined();
    expect(figures.flatMap((f) => f.places)).not.toContain('Phnom Penh');
  });
});
