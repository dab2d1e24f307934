import { expectReading } from './read-cases.testing';

// Follow-up reports of one attack, as the outlets of the stories in scenarios/real/D-* told them, in the project's
// own words. Published on Monday 2024-03-11 unless a case says otherwise.
const MONDAY = '2024-03-11T12:00:00Z';

describe('follow-up reports', () => {
  it('reads "Herat, March 11 (EFE).-" as a dateline: its day is the wire\'s, not the attack\'s', () => {
    expectReading(
      'Market bombing toll rises to 41 dead\n\nHerat, March 11 (EFE).- Officials said on Monday that the toll from a recent bomb attack on a market had risen to 41 dead.',
      [{ metric: 'killed', value: 41, isUpdate: true, date: '2024-03-11' }],
      MONDAY,
    );
  });

  it('takes the counts listed with a rise for updates too ("rises to 41 dead, 97 injured")', () => {
    expectReading('The toll from the market bombing rises to 41 dead, 97 injured.', [
      { metric: 'killed', value: 41, isUpdate: true },
      { metric: 'injured', value: 97, isUpdate: true },
    ]);
  });

  it('reads no tally in a count that "had not changed since the day before"', () => {
    expectReading("A second spokesman said the ministry's figures had not changed since the day before, standing at 30 killed and 60 injured.", [
      { kind: 'incident', metric: 'killed', value: 30 },
      { kind: 'incident', metric: 'injured', value: 60 },
    ]);
  });

  it('skips the day someone "told CNN on Monday" for the day of the attack', () => {
    expectReading(
      'Toll rises to 41 in market bombing\n\nA government spokesman told CNN on Monday that the number of people killed in a bomb attack on a market in the city on Saturday has gone up to 41.',
      [{ metric: 'killed', value: 41, date: '2024-03-09' }],
      MONDAY,
    );
  });

  it('never dates a count to a day ahead ("a day of mourning to be held on Tuesday")', () => {
    expectReading(
      'The interior ministry said 30 people were killed in the bombing. The government declared a day of mourning for the victims of the attack, to be held on Tuesday.',
      [{ metric: 'killed', value: 30, date: '2024-03-11' }],
      MONDAY,
    );
  });

  it('gives "That raid ... killed nine" the day the sentence before told the raid', () => {
    expectReading(
      'Gunmen ambushed a patrol on Friday, killing 11 soldiers, the army said. Last week gunmen stormed a camp near the border. That raid, which officials blamed on militants on motorbikes, killed nine people.',
      [
        { metric: 'killed', value: 11, date: '2024-03-08' },
        { metric: 'killed', value: 9, date: '2024-03-04' },
      ],
      MONDAY,
    );
  });

  it('ends a source at its verb: "according to a local official was the work of"', () => {
    expectReading('The raid, which according to a local official was the work of gunmen on motorbikes, killed nine people.', [
      { metric: 'killed', value: 9, source: 'a local official' },
    ]);
  });
  it('reads "the number of civilians massacred on Saturday ... is far above 200" as a toll of more than 200', () => {
    expectReading(
      'The number of civilians massacred on Saturday in the village is far above 200, residents said.',
      [{ metric: 'killed', value: 200, qualifier: 'more_than', date: '2024-03-09' }],
      MONDAY,
    );
  });

  it('skips the day a count stood ("figures received as of Wednesday") for the day of the attack', () => {
    expectReading(
      'Addis Ababa [Mali], March 11 (ANI/Xinhua): An official said at least 338 people were killed in a recent attack. She said figures received as of Wednesday confirmed 338 victims of the attack on March 2 in the village.',
      [{ metric: 'killed', value: 338, date: '2024-03-02' }],
      MONDAY,
    );
  });
});
