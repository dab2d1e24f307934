import { expectReading } from './read-cases.testing';

// Sentences in the project's own words, each showing one way a count is scoped to a war, a country or a
// population (issue 12, kind 1), and the incidents that must stay incidents beside them.
describe('war-scoped tallies', () => {
  it.each([
    [
      'a count over an insurgency',
      'UN figures show that some 40,000 people have been killed in the north-east by the jihadist insurgency.',
      'killed',
      40000,
    ],
    ['a count over a war, told in the present perfect', 'The civil war has killed more than 5,000 people, aid agencies say.', 'killed', 5000],
    [
      'a stretch of fighting',
      'At least 96 people have died in weeks of fighting between rival armed groups in the capital, the health ministry said.',
      'killed',
      96,
    ],
    ['a decade of terrorism', 'More than a decade of terrorism has cost over 30,000 lives in the country.', 'killed', 30000],
    ['a whole country, in the present perfect', 'Some 12,000 civilians have been killed in Iraq this year, a rights group said.', 'killed', 12000],
    ['a number too large for any one event', 'Officials said 25,000 people were killed.', 'killed', 25000],
    ['a displacement too large for any one event', 'Some 2 million people were uprooted, the UN said.', 'displaced', 2_000_000],
  ])('reads %s as a tally', (_what, text, metric, value) => {
    expectReading(text, [{ kind: 'cumulative', metric: metric as 'killed', value }]);
  });

  it("reads a dataset's logged thousand, and the share of it told next, as its record; a hospital's register stays the attack's", () => {
    expectReading(
      'According to the conflict-monitoring project, organised violence has produced 1 288 reported fatalities. The project recorded 412 reported fatalities from the targeting of civilians.',
      [
        { kind: 'cumulative', metric: 'killed', value: 1288 },
        { kind: 'cumulative', metric: 'killed', value: 412 },
      ],
    );
    // Right after that record, a hospital's register is still of one attack's dead, not a share of the record.
    expectReading('ACLED recorded 2,500 reported fatalities in the region, the project said. Nearby Digfer Hospital recorded 11 deaths.', [
      { kind: 'cumulative', metric: 'killed', value: 2500 },
      { kind: 'incident', metric: 'killed', value: 11 },
    ]);
  });

  it('reads a count "in those attacks" after attacks told on days months apart as their tally since the first', () => {
    expectReading(
      'Rebels attacked four police posts in the township on January 4 last year. They struck again on April 10. Altogether 25 policemen were killed and 16 others wounded in those attacks.',
      [
        { kind: 'cumulative', metric: 'killed', value: 25, since: '2019-01-04' },
        { kind: 'cumulative', metric: 'injured', value: 16, since: '2019-01-04' },
      ],
      '2020-06-01T06:00:00Z',
    );
    expectReading('Gunmen attacked three villages on Sunday. Residents fled on Monday. In all, 40 people were killed in those attacks.', [
      { kind: 'incident', metric: 'killed', value: 40 },
    ]);
  });

  it('reads "the fullest death toll so far of the month-long conflict" as its tally since a month back', () => {
    expectReading(
      'The UN human rights office said on Tuesday that at least 183 people have been killed in fighting between the military and militiamen in the Amhara region, the fullest independent death toll so far of the month-long conflict.',
      [{ kind: 'cumulative', metric: 'killed', value: 183, since: '2023-07' }],
      '2023-08-29T12:00:00Z',
    );
  });

  it('reads the count of a year a clause names with "when" ("since 2011, when ... 900 people were killed there") as its tally', () => {
    expectReading(
      'No deadlier attack has been reported in Jonglei state since 2011, when, according to the United Nations, 900 people were killed there in violence that officials also tied to cattle rustling.',
      [{ kind: 'cumulative', metric: 'killed', value: 900, since: '2011' }],
      '2013-02-11T12:00:00Z',
    );
  });

  it('reads the counts told in one clause with a count too large for any one event as the same tally', () => {
    expectReading('Over the two years, the mission said, it has verified 30,457 civilian casualties: 10,582 people dead and 19,875 hurt.', [
      { kind: 'cumulative', metric: 'killed', value: 10582 },
      { kind: 'cumulative', metric: 'injured', value: 19875 },
    ]);
    expectReading('In the country itself, the toll stands at more than 1,500 dead and 1.3 million displaced.', [
      { kind: 'cumulative', metric: 'killed', value: 1500 },
      { kind: 'cumulative', metric: 'displaced', value: 1_300_000 },
    ]);
  });

  it.each([
    [
      'one attack named in the same clause',
      'Gunmen have killed at least 56 civilians in coordinated attacks on three villages in northern Burkina Faso, officials said.',
      56,
    ],
    ['a day named for the count', 'Fighting in the province killed 70 fighters on Saturday, a monitor said.', 70],
    ['a weapon named in a whole country', 'At least 38 people have died after a bus drove over a landmine in southern Nepal, the army says.', 38],
    ['a bout of clashes with no period told', 'Clashes between rival militias in the town have killed 12 people, residents said.', 12],
  ])('keeps %s as an incident', (_what, text, value) => {
    expectReading(text, [{ kind: 'incident', metric: 'killed', value }]);
  });

  it('reads a war named only to say what a place is like ("two countries hit by insurgency") as no tally scope', () => {
    // eval/real10/1001
    expectReading(
      'Suspected jihadists raided three villages in a region of Niger that borders Mali and Burkina Faso, two countries hit by insurgency, and killed nine people on Sunday, according to the defense ministry.',
      [{ kind: 'incident', value: 9 }],
    );
  });

  it('reads a war told as what a place has suffered ("a state where a 15-year insurgency has killed thousands") as a tally, not the attack of the clause before', () => {
    // scenarios/real/H-ng-mafa-tarmuwa-massacre 02.
    expectReading(
      'The attack happened on Sunday afternoon in Yobe State, one of the three states where a 15-year insurgency has killed thousands of Nigerians.',
      [{ kind: 'cumulative', metric: 'killed', value: 1000 }],
    );
  });

  it("reads an uprising's toll that rose as a tally, not an update of the day's incident", () => {
    // eval/real3 214.
    expectReading(
      'On Thursday, twelve people died as activists fought police during the shutdown in Dhaka. With this figure, the toll of the latest student uprising has gone up to 21.',
      [
        { kind: 'incident', value: 12 },
        { kind: 'cumulative', value: 21 },
      ],
    );
  });

  it('reads what the war did, told in a relative clause on it after the day\'s attack, as a tally ("a war that ... had driven 200,000 to flee")', () => {
    // eval/real14/1428: the day belongs to the shelling, not to the war's flight.
    expectReading(
      'Shelling by the army killed 21 people in a town near Damascus on Friday as the civil war grew fiercer, a war that the UN refugee agency said had driven more than 200,000 people to flee the country.',
      [
        { kind: 'incident', metric: 'killed', value: 21, country: 'SY' },
        { kind: 'cumulative', metric: 'displaced', value: 200_000, source: 'UN refugee agency' },
      ],
    );
  });

  it('reads what clashes that broke out weeks before have done, in the present perfect, as a tally since then, and a bout of days as an incident', () => {
    // eval/real18/1821: the Manipur clashes "which broke out on May 3" in a report of mid-June.
    expectReading(
      'The clashes between the two communities in Manipur, which broke out on May 3 after a rally, have left at least 110 people from both communities dead and at least 60,000 displaced.',
      [
        { kind: 'cumulative', metric: 'killed', value: 110, since: '2023-05-03' },
        { kind: 'cumulative', metric: 'displaced', value: 60_000, since: '2023-05-03' },
      ],
      '2023-06-14T10:00:00Z',
    );
    expectReading(
      'The clashes in Manipur, which broke out on Saturday, have left at least 12 people dead.',
      [{ kind: 'incident', metric: 'killed', value: 12, date: '2023-06-10' }],
      '2023-06-14T10:00:00Z',
    );
  });

  it('reads what the latest round of fighting did, over a whole country and in the present perfect, as one incident', () => {
    // eval/real18/1808: the UN's "almost 600" in Jonglei.
    expectReading(
      'The United Nations said that the latest round of tribal fighting and cattle raiding in South Sudan has killed almost 600 people.',
      [{ kind: 'incident', metric: 'killed', value: 600, country: 'SS' }],
      '2011-08-22T10:00:00Z',
    );
  });
});

describe("war-scoped tallies: a tally's parts, place by place (story AC, Nasiriyah)", () => {
  it('reads "Of those figures, Baghdad was the hardest-hit ... Next came Dhi Qar, with 82 killed" as tallies of those places', () => {
    expectReading(
      'Figures recorded by the UN mission show that 203 Iraqi civilians were killed in violence across Iraq in September. Of those figures, Baghdad was the hardest-hit governorate, with 37 dead and 157 injured. Next came Dhi Qar Governorate, with 82 killed and 93 injured.',
      [
        { kind: 'cumulative', value: 203 },
        { kind: 'cumulative', value: 37 },
        { kind: 'cumulative', value: 157 },
        { kind: 'cumulative', value: 82 },
        { kind: 'cumulative', value: 93 },
      ],
      '2017-10-02T10:00:00Z',
    );
  });
});
