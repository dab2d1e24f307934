import { expectReading, read } from './read-cases.testing';

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
  it('drops the count a revision moved past ("cut the toll to 253, down from the earlier figure of 359")', () => {
    expectReading('The authorities cut the death toll from the bombings to 253, down from the earlier figure of 359.', [
      { metric: 'killed', value: 253 },
    ]);
  });

  it('drops what "earlier reports had given the casualties as" after the update', () => {
    expectReading(
      'Police said the number of people killed in the explosions has climbed to 290. Earlier reports had given the casualties as 228 dead and 450 wounded.',
      [{ metric: 'killed', value: 290 }],
    );
  });

  it('drops an earlier count the new one is lower than ("lower than the roughly 30 dead that security sources had given")', () => {
    expectReading(
      'The health ministry confirmed 21 people dead in the hotel attack. The figure is lower than the roughly 30 dead that security sources had given.',
      [{ metric: 'killed', value: 21 }],
    );
  });

  it('gives a headline\'s exact count way to the body that tells its day ("rises to 290")', () => {
    expectReading(
      'Death toll from the blasts rises to 290\n\nPolice said on Monday that the number of people killed in the explosions on Sunday has climbed to 290.',
      [{ metric: 'killed', value: 290, date: '2024-03-10', source: 'Police' }],
      MONDAY,
    );
  });

  it('takes the day of "On Sunday, the Ministry of Health confirmed" for the day it spoke', () => {
    expectReading(
      'Ministry confirms 21 dead in hotel attack\n\nOn Sunday, the Somali Ministry of Health confirmed at least 21 people dead in the attack on the hotel.',
      [{ metric: 'killed', value: 21, date: '2024-03-11' }],
      MONDAY,
    );
  });

  it('reads no speaker in a passive clause ("saying some of the bodies had been counted twice")', () => {
    expectReading('The authorities cut the toll to 253 on Thursday, saying some of the bodies had been counted twice.', [
      { metric: 'killed', value: 253, source: null },
    ]);
  });
  it('doubts a count told as a claim the report disputes ("over claim that 1,000 were killed")', () => {
    const [f] = read('Governor takes on rival over claim that 1,000 were killed in the attacks on the villages.');
    expect(f.confidence?.doubts).toContain('source-in-doubt');
  });

  it('dates "in the same month in 2017" to that month of 2017', () => {
    expectReading("The bombing hit the junction where Somalia's biggest bombing killed over 500 people in the same month in 2017.", [
      { metric: 'killed', value: 500, date: '2017-03-01' },
    ]);
  });
  it('dates "the weekend killing" to the weekend, not to "For a second day"', () => {
    expectReading(
      'For a second day, people marched against the weekend killing of at least 50 people in the town.',
      [{ metric: 'killed', value: 50, date: '2024-03-09' }],
      MONDAY,
    );
  });

  it('skips the day a statement was released ("In a statement released on Monday morning")', () => {
    expectReading(
      'Gunmen killed 12 villagers on Saturday. In a statement released on Monday morning, lawmakers spoke of more than 90 dead.',
      [
        { metric: 'killed', value: 12, date: '2024-03-09' },
        { metric: 'killed', value: 90, date: '2024-03-09' },
      ],
      MONDAY,
    );
  });
  it('drops what a sentence opening on "Earlier" says someone had reported ("had reported 34 deaths and more than 130 injuries")', () => {
    expectReading(
      'The provincial minister said 52 people were killed and 58 injured. Earlier, the hospital chief had reported 34 deaths and more than 130 injuries.',
      [
        { metric: 'killed', value: 52 },
        { metric: 'injured', value: 58 },
      ],
    );
  });
});
