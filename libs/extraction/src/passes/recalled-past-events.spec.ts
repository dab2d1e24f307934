import { expectReading } from './read-cases.testing';

// Published Thursday 2024-03-14; sentences in the project's own words.
describe('recalled past events', () => {
  it('reads an earlier attack the report recalls with its date as an incident of that date (shared/eval/CONVENTIONS.md)', () => {
    expectReading('In September 2022, a suicide bomber killed 53 people at a school in the capital.', [
      { kind: 'incident', metric: 'killed', value: 53, date: '2022-09-01' },
    ]);
  });

  it('reads a killing someone did in a month of another year as an incident of that month ("In December 2014 they killed 36 quarry workers")', () => {
    expectReading('In November 2014 fighters hijacked a bus there and killed 28 passengers. In December 2014 they killed 36 quarry workers.', [
      { kind: 'incident', metric: 'killed', value: 28, date: '2014-11-01' },
      { kind: 'incident', metric: 'killed', value: 36, date: '2014-12-01' },
    ]);
  });

  it('reads an attack of an earlier month of this year as an incident of that month, not a month tally', () => {
    expectReading('In January, gunmen shot at mourners attending a funeral in the district, killing 18 people.', [
      { kind: 'incident', metric: 'killed', value: 18, date: '2024-01-01' },
    ]);
  });

  it('keeps a month tally with no one attack a tally', () => {
    expectReading('In February alone, 186 civilians were killed in the province, the UN said.', [
      { kind: 'cumulative', metric: 'killed', value: 186 },
    ]);
  });

  it.each([
    ['the toll of an ended war', 'The 2006 war between the two countries killed about 1,200 people.'],
    ['the attack a war began with', 'The army launched the offensive after the attack in which 1,139 people were killed.'],
    ['a past year counted with no attack told', 'In 2019, 4,700 people were killed across the region.'],
  ])('leaves out %s', (_what, text) => {
    expectReading(text, []);
  });

  it('keeps a siege recalled from last year as an incident of that year ("Last year, fighters held a hotel under siege ..., killing six")', () => {
    // scenarios/real/J-so-mogadishu-lido-beach-attack 04; "a village that last year saw a massacre has lost 21" is this year's.
    expectReading(
      'Last year, Shebab fighters held one of the beach hotels under siege for six hours, killing six people and wounding ten.',
      [
        { kind: 'incident', metric: 'killed', value: 6, date: '2023-01-01' },
        { kind: 'incident', metric: 'injured', value: 10, date: '2023-01-01' },
      ],
      '2024-08-04T12:00:00Z',
    );
  });

  it('reads the attack a war began with, recalled with its day, as an incident of that day ("stormed into Israel on Oct. 7, 2023, killing some 1,200")', () => {
    // eval/real18/1817, eval/real11/1116 (shared/eval/CONVENTIONS.md: an earlier incident recalled with a count and a date).
    expectReading(
      'The war started when Hamas-led militants stormed into Israel on Oct. 7, 2023, killing some 1,200 people, most of them civilians, and abducting around 250.',
      [
        { kind: 'incident', metric: 'killed', value: 1200, date: '2023-10-07', country: 'IL' },
        { kind: 'incident', metric: 'kidnapped', value: 250, date: '2023-10-07' },
      ],
      '2024-10-29T12:00:00Z',
    );
  });
  it('reads gunmen who killed in a past month or year as a recalled attack of that date, not background', () => {
    // eval/real22/2214
    expectReading(
      'Gunmen killed 12 bus passengers in Balochistan on Monday, officials said. In October last year, unknown gunmen shot dead five labourers in Turbat. In 2019, gunmen stopped a bus near Ormara and, after checking identity cards, shot dead 11 people.',
      [
        { value: 12, date: '2024-08-26' },
        { value: 5, date: '2023-10-01' },
        { value: 11, date: '2019-01-01' },
      ],
      '2024-08-27T06:00:00Z',
    );
  });
});

describe('recalled past events: a recalled attack told by what the attackers did (story AA, Nguetchewe)', () => {
  it('keeps "In June last year, some 300 fighters ... overran an island on Lake Chad in Cameroon\'s far north and killed 24 people" an incident of that month in Cameroon', () => {
    expectReading(
      "In June last year, some 300 fighters thought to be from Boko Haram overran an island on Lake Chad in Cameroon's far north and killed 24 people, 16 of them Cameroonian soldiers.",
      [{ kind: 'incident', value: 24, date: '2019-06-01', country: 'CM' }],
      '2020-08-02T12:00:00Z',
    );
  });
});
