import { expectReading } from './read-cases.testing';

// Reports on trials in the project's own words, after eval/real15 1510 and 1519.
describe('court cases', () => {
  it('drops the killings a verdict report recalls ("on a Saturday in September 2013 ... killing at least 67")', () => {
    expectReading(
      'Kenyan court convicts two over 2013 mall attack\n\nA court in Nairobi found two men guilty on Wednesday of helping the gunmen. The gunmen stormed the mall on a Saturday in September 2013 and opened fire, killing at least 67 people and wounding more than 150 others.',
      [],
      '2020-10-07T12:00:00Z',
    );
  });

  it('drops a recalled count with no day of its own, and keeps a tally beside it', () => {
    expectReading(
      'Iraq to hang 14 over massacre\n\nAn Iraqi court sentenced 14 men to death for the massacre of army cadets. The militants said they had killed 1,700 men there. The insurgency has killed more than 30,000 people since 2014.',
      [{ kind: 'cumulative', value: 30_000 }],
      '2023-01-27T12:00:00Z',
    );
  });

  it('keeps a count told with a day of this week, outside the court', () => {
    expectReading(
      'Court sentences rebel leader to life\n\nA court in Bunia sentenced a rebel leader to life in prison on Tuesday. On Wednesday, gunmen killed 12 villagers near Bunia, local officials said.',
      [{ kind: 'incident', value: 12, date: '2024-03-13' }],
    );
  });
});
