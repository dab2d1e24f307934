import { expectReading } from './read-cases.testing';

// Reports in the project's own words: whether a count is one incident or a running tally, and since when, from its
// clause and from the figure before it. Published Thursday 2024-03-14.
describe('figure kinds', () => {
  it.each([
    [
      'since a year',
      "The conflict in Cameroon's Anglophone regions has killed more than 6,000 people since 2017, the International Crisis Group estimates.",
      '2017',
    ],
    ['so far this year', 'Jihadist attacks have killed 1,200 people in Niger so far this year, according to ACLED.', '2024'],
    [
      'over the past week',
      "Russian shelling has killed 11 civilians in Ukraine's Kherson region over the past week, the regional governor said.",
      '2024-03-07',
    ],
    [
      'to date, with no start',
      'Suicide bombers have killed 85 people in attacks on mosques and markets in Borno state to date, an army spokesman said.',
      null,
    ],
  ])('reads a count told %s as a tally from that start', (_how, text, since) => {
    expectReading(text, [{ kind: 'cumulative', metric: 'killed', since }]);
  });

  it('reads a count with a day of its own as an incident of that day', () => {
    expectReading('Troops killed 31 insurgents in an ambush on Saturday, the army said.', [
      { kind: 'incident', metric: 'killed', value: 31, date: '2024-03-09', since: null },
    ]);
  });

  it.each([
    ['since dawn', 'Israeli strikes have killed at least 34 Palestinians in Gaza since dawn on Saturday, medics said.', '2024-03-09'],
    [
      'as the deadliest since a year',
      'The bombing of the market in Sabon Gari killed 32 people on Wednesday, making it the deadliest attack in Kaduna state since 2019, police said.',
      '2024-03-13',
    ],
  ])('keeps a count ranked or counted %s an incident', (_how, text, date) => {
    expectReading(text, [{ kind: 'incident', metric: 'killed', date }]);
  });

  it('keeps the toll of one attack "so far" an incident', () => {
    expectReading('The assault on the theatre in Krasnogorsk has so far left 140 people dead, investigators said.', [
      { kind: 'incident', metric: 'killed', value: 140 },
    ]);
  });

  it('reads a count over the few days since a weekday, in a report of one attack, as that incident', () => {
    expectReading(
      'GAZA (Reuters) - Israeli strikes have killed at least 48 Palestinians since Tuesday in Rafah, health officials said on Thursday.',
      [{ kind: 'incident', metric: 'killed', value: 48, since: null }],
    );
  });

  it('reads flight told in the perfect beside an attack\'s toll in its own sentence as that attack\'s ("10,000 people in the area have fled")', () => {
    expectReading(
      "The UN said on Thursday that the toll from the weekend's jihadist attack on two villages in western Niger now stands at 105, and that 10,000 people in the area have fled their homes.",
      [
        { kind: 'incident', metric: 'killed', value: 105 },
        { kind: 'incident', metric: 'displaced', value: 10000 },
      ],
      '2021-01-07T18:00:00Z',
    );
  });

  it('reads a count since the fighting "broke out on Friday", two days before, as that incident', () => {
    expectReading(
      'The health ministry also said that 253 people in Gaza had been wounded since hostilities with Israel broke out on Friday.',
      [{ kind: 'incident', metric: 'injured', value: 253 }],
      '2022-08-07T15:30:00Z',
    );
  });

  it('dates a count over the few days since a weekday or a date to the first of those days', () => {
    expectReading(
      'GAZA (Reuters) - Israeli strikes have killed at least 48 Palestinians since Tuesday in Rafah, health officials said on Thursday.',
      [{ kind: 'incident', metric: 'killed', value: 48, date: '2024-03-12' }],
    );
    expectReading(
      'Armenia has said 105 of its soldiers have been killed since September 13.',
      [{ kind: 'incident', value: 105, date: '2022-09-13' }],
      '2022-09-16T10:00:00Z',
    );
  });

  it('reads a short span told beside an incident the report has dated as a tally', () => {
    expectReading(
      'Gunmen killed at least 40 people in an attack on a cattle market in Zamfara state on Sunday, police said. The state hospital has received 96 wounded patients since Saturday, a doctor said.',
      [
        { kind: 'incident', metric: 'killed', value: 40, date: '2024-03-10' },
        { kind: 'cumulative', metric: 'injured', value: 96, since: '2024-03-09' },
      ],
    );
  });

  it('reads flight in the same few days as the span before it as part of that incident, in its places', () => {
    expectReading(
      'Fighting between the army and Arakan Army rebels has killed at least 40 people in Rakhine state since Tuesday, residents said. The fighting has also forced 12,000 people to flee, the UN said.',
      [
        { kind: 'incident', metric: 'killed', value: 40 },
        { kind: 'incident', metric: 'displaced', value: 12000, country: 'MM' },
      ],
    );
  });

  it.each([
    [
      'beside the raid told just before it',
      'A raid by gunmen on the village of Tawa in Niger on Tuesday killed 19 civilians, officials said. Hundreds of families have fled the area, they said.',
      '2024-03-12',
    ],
    [
      '"since the raid"',
      "Gunmen raided the village of Kwall in Nigeria's Plateau state on Monday, killing 15 people, police said. About 2,000 residents have fled into the bush since the raid, a local leader said.",
      '2024-03-11',
    ],
  ])('reads displacement told in the present perfect %s as part of that incident, on its day', (_how, text, date) => {
    expectReading(text, [
      { kind: 'incident', metric: 'killed', date },
      { kind: 'incident', metric: 'displaced', date },
    ]);
  });

  it.each([
    ["a nation's people who have fled", 'More than 360,000 Haitians have fled their homes, the International Organization for Migration said.'],
    [
      'people who "are now internally displaced"',
      'Some 1.1 million people are now internally displaced in Burkina Faso, the Norwegian Refugee Council said.',
    ],
  ])('reads %s as a stock with no start', (_what, text) => {
    expectReading(text, [{ kind: 'cumulative', metric: 'displaced', since: null }]);
  });

  it.each([
    [
      'told in the present perfect right after it',
      'Israeli strikes have killed more than 300 people in Lebanon since October 8, the health ministry said. More than 95,000 people have been displaced, it said.',
      '2023-10-08',
    ],
    [
      '"in that same period"',
      'Boko Haram has killed 35,000 people in the north-east since 2009, the UN says. In that same period, more than 2 million people have been displaced.',
      '2009',
    ],
  ])('reads a count %s as another tally from the same start as the tally before it', (_how, text, since) => {
    expectReading(text, [
      { kind: 'cumulative', metric: 'killed', since },
      { kind: 'cumulative', metric: 'displaced', since },
    ]);
  });

  it('reads "have died" right after a tally as another tally of the same period', () => {
    // eval/real8/714: the fighters dead "in raids and clashes on the ground" since the escalation began.
    expectReading(
      'Since the escalation began in late April, more than 470 civilians have died in regime bombardment in Idlib. In addition, more than 610 pro-regime fighters have died in raids and clashes on the ground.',
      [
        { kind: 'cumulative', value: 470 },
        { kind: 'cumulative', value: 610 },
      ],
    );
  });

  it('reads a present-perfect count in many clashes, in the background of a report on one attack, as a tally', () => {
    // scenarios/real/G-in-uri-army-base-attack/02: weeks of street clashes, not the raid the report is about.
    expectReading(
      'Suspected rebels stormed an army base in Kashmir on Sunday and killed 17 soldiers, police said. Four attackers were killed. The raid comes at a time of tension in Kashmir, which has seen two months of protests. No fewer than 104 civilians have been killed and thousands hurt in street clashes with security forces.',
      [
        { kind: 'incident', value: 17 },
        { kind: 'incident', value: 4 },
        { kind: 'cumulative', value: 104 },
      ],
    );
  });

  it('keeps a present-perfect count "in the latest attacks" the report\'s incident', () => {
    // eval/real11/1106: the lead printed twice on the page.
    expectReading(
      'At least 15 civilians have died in the latest attacks by armed groups in the Central African Republic, local officials said. The attacks hit Boyo. Some 1,500 people fled. At least 15 civilians have died in the latest attacks by armed groups in the Central African Republic.',
      [{ kind: 'incident', value: 15 }, { metric: 'displaced' }],
    );
  });

  it('reads a record kept over time with no day ("The mission has recorded 281 fatalities") as a tally', () => {
    // eval/real11/1109: a court ruling; the peacekeeping mission's losses since 2013 are background.
    expectReading(
      'A court in Mali sentenced a man to death on Wednesday over a 2019 attack. The mission has recorded 281 fatalities among its personnel, many of them killed when convoys hit roadside bombs.',
      [{ kind: 'cumulative', value: 281 }],
    );
  });

  it('reads the other side\'s losses right after a war\'s tally ("On the Israeli side, ... has announced the deaths of") as a tally', () => {
    // eval/real11/1113, eval/real7/626: the AFP paragraph after its Lebanon tally.
    expectReading(
      'An Israeli strike killed two people in south Lebanon on Monday. According to an AFP tally, the violence has killed around 609 people in Lebanon since October. On the Israeli side, Tel Aviv has announced the deaths of at least 24 soldiers and 26 civilians.',
      [
        { kind: 'incident', value: 2 },
        { kind: 'cumulative', value: 609 },
        { kind: 'cumulative', value: 50 },
      ],
    );
  });

  it("reads a month's count in named villages or towns as an attack of that month recalled, not a month's tally", () => {
    // eval/real2 113 and eval/real12 1211.
    expectReading(
      'In January, no fewer than 100 people were killed in Tchombangou and Zaroumdareye, villages in western Niger.',
      [{ kind: 'incident', value: 100, date: '2021-01-01', dateBasis: 'month' }],
      '2021-06-28T12:00:00Z',
    );
    expectReading(
      'On Friday, militants killed seven soldiers close to the village of Boni in central Mali. Ten Malian soldiers were also killed in Boni in February.',
      [
        { kind: 'incident', value: 7 },
        { kind: 'incident', value: 10, date: '2021-02-01' },
      ],
      '2021-06-28T12:00:00Z',
    );
  });

  it("keeps a month's count over a province, or over several days, a tally", () => {
    expectReading('In September alone, 186 civilians were killed in Idlib.', [{ kind: 'cumulative', value: 186 }]);
    expectReading('Militias killed more than 800 people in the West Darfur town of Ardamata over several days in early November, the UN said.', [
      { kind: 'cumulative', value: 800 },
    ]);
  });

  it('reads "with more than 300,000 people internally displaced" as a stock of the displaced, not an incident', () => {
    // eval/real12 1218.
    expectReading('The violence has set off a humanitarian crisis, with more than 300,000 people internally displaced.', [
      { kind: 'cumulative', metric: 'displaced', value: 300000 },
    ]);
  });

  it('reads people "displaced inside the country" after an attack as the country\'s stock, not the attack\'s', () => {
    // eval/real12 1212.
    expectReading(
      'At least 15 people were killed on Saturday in an attack on a village in northern Burkina Faso, a security source said. Close to 500,000 people have been displaced inside the country.',
      [
        { kind: 'incident', value: 15 },
        { kind: 'cumulative', metric: 'displaced', value: 500000 },
      ],
    );
  });

  it('reads a ranking\'s "since" ("one of the highest daily numbers since the protests broke out in March 2011") as no tally and no day', () => {
    // eval/real14/1428: a day's crossings, dated by the report.
    expectReading(
      'More than 3,500 Syrians crossed into Turkey over the past 24 hours, Turkish officials said, one of the highest daily numbers since the protests, peaceful at first, broke out in March 2011.',
      [{ kind: 'incident', metric: 'displaced', value: 3500, date: '2012-08-24' }],
      '2012-08-24T12:00:00Z',
    );
  });

  it('keeps the ranked event\'s day when the count is the ranked one\'s ("since the one ... in September, with 119 deaths")', () => {
    // scenarios/real/E-ec-guayaquil-prison-massacres 06.
    expectReading(
      'Order was restored after the worst prison massacre since the one gangs carried out in September, with 119 deaths.',
      [{ value: 119, date: '2021-09-01' }],
      '2021-11-15T03:00:00Z',
    );
  });

  it('reads a count over more days than one offensive lasts ("in 11 days") or over "recent weeks" as a tally', () => {
    // scenarios/real/J-bf-inata-gendarmerie-attack 05 and 02.
    expectReading('With this attack, at least 79 civilians and members of the security forces have now been killed in the north in 11 days.', [
      { kind: 'cumulative', value: 79 },
    ]);
    expectReading('It should be weighed against recent weeks in which the army said it had killed dozens of militants.', [
      { kind: 'cumulative', value: 12 },
    ]);
    expectReading('The offensive has left more than 80 people dead over four days.', [{ kind: 'incident', value: 80 }]);
  });

  it('reads what "those attacks" have done, with a long aside before the verb, as a tally', () => {
    // scenarios/real/J-bf-inata-gendarmerie-attack 04; "fighting this week ... has left 57 dead" stays an incident.
    expectReading(
      'Those attacks, often combined with ambushes and blamed on groups linked to the Islamic State group and al-Qaida, have killed more than 2,000 people.',
      [{ kind: 'cumulative', value: 2000 }],
    );
  });

  it('reads a count over the opening stretch of a month ("the first fortnight of this month of February") as a tally from its first day', () => {
    // eval/real4 301: a monitoring mission's two-week count, told beside the war's two-year tally.
    expectReading('During the first fortnight of this month of March, the mission confirmed that 77 civilians had died and 169 had been injured.', [
      { kind: 'cumulative', value: 77, since: '2024-03-01' },
      { kind: 'cumulative', value: 169, since: '2024-03-01' },
    ]);
  });

  it('reads a count over "this year" told in a statement of a named day ("said on Friday that this year") as a tally, and one attack\'s as an incident', () => {
    // eval/real4 311 and eval/real14 1427.
    expectReading('A UN spokeswoman said on Friday that this year at least 2,439 people had been killed, 902 injured and 951 kidnapped.', [
      { kind: 'cumulative', value: 2439, since: '2024' },
      { kind: 'cumulative', value: 902, since: '2024' },
      { kind: 'cumulative', value: 951, since: '2024' },
    ]);
    expectReading(
      'The IOM said on Monday that the attack on the town has displaced more than 1,660 people, on top of the 700,000 already made homeless in recent years.',
      [{ kind: 'incident', value: 1660 }],
    );
  });

  it('reads a count told in the event "since" dates from ("on high alert since militants shot dead three policemen on Monday") as that incident', () => {
    // eval/real16 1615; "The violence since early October has killed about 622" stays a tally.
    expectReading('Security forces have been on high alert since militants shot dead three policemen in Srinagar on Monday.', [
      { kind: 'incident', value: 3, date: '2024-03-11' },
    ]);
    expectReading('The cross-border violence since early October has killed about 622 people in Lebanon, according to an AFP tally.', [
      { kind: 'cumulative', value: 622 },
    ]);
  });

  it('reads no tally period in a birth year ("including a girl born in 2024")', () => {
    // eval/real16 1621: a baby's birth year made the Sumy strike's wounded a tally since that year.
    expectReading(
      'Missiles hit the city on Sunday. 117 people were wounded, children among them, including a girl born in 2024, the president said.',
      [{ kind: 'incident', value: 117 }],
    );
  });

  it('reads no tally period in what a place has been through since a day ("Manipur, which has been in turmoil since May 3")', () => {
    // eval/real18/1821
    expectReading(
      'At least nine people were killed in a new round of violence in strife-hit Manipur on Tuesday night, setting back efforts to restore normality in the state, which has been in turmoil since May 3.',
      [{ kind: 'incident', metric: 'killed', value: 9, date: '2023-06-13' }],
      '2023-06-14T10:00:00Z',
    );
  });

  it('reads no month tally in the month a place was torn apart ("In Pibor, which was torn apart by violence in June")', () => {
    // eval/real18/1808
    expectReading(
      'In Pibor, which was torn apart by violence in June, local officials estimated that over 360 members of the Murle community had been killed in raids.',
      [{ kind: 'incident', metric: 'killed', value: 360 }],
      '2011-08-22T10:00:00Z',
    );
  });

  it('reads the counts of a relative clause on the attack "since" dates from as that attack\'s ("since ... a Dec. 3 bombing ... that killed four people")', () => {
    // eval/real18/1828: the Marawi bombing recalled after a tally of militants killed since it.
    expectReading(
      'In a string of offensives, the military has killed 18 Dawlah Islamiyah fighters since the group was blamed for a Dec. 3 bombing during a Catholic Mass in the southern city of Marawi that killed four people and wounded 50 others.',
      [
        { kind: 'cumulative', metric: 'killed', value: 18, since: '2023-12-03' },
        { kind: 'incident', metric: 'killed', value: 4, date: '2023-12-03' },
        { kind: 'incident', metric: 'injured', value: 50, date: '2023-12-03' },
      ],
      '2024-02-19T12:00:00Z',
    );
  });

  it('reads "over the same stretch" as the period of the tally before, and a range to "mid-August" as a tally\'s span, but not how long one assault went on', () => {
    // eval/real18/1826 (the UN's Haiti tallies); eval/real9/920 keeps the Pibor assault an incident.
    expectReading(
      '"From January 1 to August 15 this year, no fewer than 2,439 people were killed," the spokeswoman said. On top of that, she said, "951 people were kidnapped" over the same stretch. "Between April 24 and mid-August, vigilante groups lynched more than 350 people," she said.',
      [
        { kind: 'cumulative', metric: 'killed', value: 2439 },
        { kind: 'cumulative', metric: 'kidnapped', value: 951 },
        { kind: 'cumulative', metric: 'killed', value: 350, since: '2023-04-24' },
      ],
      '2023-08-18T12:00:00Z',
    );
    expectReading(
      'The commissioner reckons that more than 3,000 people were killed in the assault, which went on for two weeks from 23 December until early January.',
      [{ kind: 'incident', metric: 'killed', value: 3000 }],
      '2012-01-25T12:00:00Z',
    );
  });

  it('reads what "the armed conflict ... has left" in a bout the report says started days before as that bout, and people evacuated from the conflict zone as displaced', () => {
    // eval/real19/1928: the Kyrgyz-Tajik border clashes of 14-16 September 2022.
    expectReading(
      "Kyrgyzstan's health minister said the armed conflict on the Kyrgyz-Tajik border has left 24 Kyrgyz citizens dead and a further 103 injured. The fighting on the border started on September 14. The authorities said 136,000 people have been evacuated from the conflict zone in Batken.",
      [
        { kind: 'incident', metric: 'killed', value: 24 },
        { kind: 'incident', metric: 'injured', value: 103 },
        { kind: 'incident', metric: 'displaced', value: 136_000 },
      ],
      '2022-09-17T12:00:00Z',
    );
  });
  it('reads a count "since then" after a start told sentences before, months back, as a tally from that start', () => {
    // eval/real24/2421
    expectReading(
      'An air strike killed 9 villagers in Sagaing on Tuesday, rebels said. The country has been in turmoil since Feb. 1, 2021, when the army seized power. Protests were crushed and many took up arms. Rights groups put the number of people killed by the security forces since then at more than 6,000.',
      [
        { kind: 'incident', value: 9 },
        { kind: 'cumulative', value: 6000, since: '2021-02-01' },
      ],
      '2024-03-14T12:00:00Z',
    );
  });
  it("reads a month's count at one site or in a single operation as an attack of that month, not a month's tally", () => {
    // eval/real8/707, eval/real13/1303
    expectReading(
      'In June, the militants, who want to topple the government, killed 30 soldiers at their base near the capital. In April, a single two-day raid on a camp left 11 people dead.',
      [
        { kind: 'incident', value: 30, date: '2024-06-01' },
        { kind: 'incident', value: 11, date: '2024-04-01' },
      ],
      '2024-09-04T12:00:00Z',
    );
  });
  it('reads the flight and the toll "after three days of heavy fighting" as that bout\'s incident, the toll told after the flight', () => {
    // eval/real25/2522
    expectReading(
      'An aid worker said on Thursday that over 2,000 civilians have fled their villages after three days of heavy fighting between troops and rebels, fighting that killed one villager and wounded two others.',
      [
        { kind: 'incident', metric: 'displaced', value: 2000 },
        { kind: 'incident', metric: 'killed', value: 1 },
        { kind: 'incident', metric: 'injured', value: 2 },
      ],
      '2020-07-16T12:00:00Z',
    );
  });
  it('reads a count "between late August and late September" as a tally, and one "earlier this year" in an ambush as a recalled attack', () => {
    // eval/real25/2516, 2521
    expectReading(
      'Between late May and late June, the capital was hit by militia clashes that left at least 90 people dead.',
      [{ kind: 'cumulative', value: 90, since: '2018-05-01' }],
      '2019-01-18T12:00:00Z',
    );
    expectReading(
      'Earlier this year, eleven policemen were killed in a deadly rebel ambush in the same district.',
      [{ kind: 'incident', value: 11, date: '2017-01-01' }],
      '2017-04-24T12:00:00Z',
    );
  });

  it('reads civilians only to be evacuated under a deal as no one displaced', () => {
    // scenarios/real/I-sy-rashidin-evacuee-bus-bombing/01
    expectReading(
      'Earlier this year, the government reached a deal under which fighters would leave one town in return for safe passage for 5,000 civilians to be evacuated from the besieged towns in the north.',
      [],
      '2017-04-15T12:00:00Z',
    );
  });
  it('reads a month\'s killing "on an island" as one attack, and a side\'s count "so far this month" as a tally', () => {
    // eval/real25/2505, 2502
    expectReading(
      'In December, gunmen killed at least 30 people on an island on Lake Chad, an official said.',
      [{ kind: 'incident', value: 30 }],
      '2020-03-15T12:00:00Z',
    );
    expectReading(
      'French forces said on Friday that they had killed some 40 jihadists so far this month.',
      [{ kind: 'cumulative', value: 40 }],
      '2020-02-15T12:00:00Z',
    );
  });
  it('reads each named actor\'s which-clause apart: a coup\'s night is no "last month" tally, and a place before "which" no actor', () => {
    // stories V (Gaziantep); scenarios/real/J-pk-sehwan 06
    expectReading(
      'He said there was no difference between FETO, which carried out the July 15 coup attempt in which 240 citizens were killed that night, the PKK, which killed 70 members of the security forces in the last month alone, and Daesh.',
      [
        { kind: 'incident', metric: 'killed', value: 240, date: '2023-07-15' },
        { kind: 'cumulative', metric: 'killed', value: 70 },
      ],
      '2023-08-21T12:00:00Z',
    );
  });
  it('reads a month something is due in as no start of a tally, and a bout told "until Tuesday" as one incident', () => {
    // eval/real26/2609
    expectReading(
      'At least 100 people have died in fighting along the regional border, the newest flare-up of violence before the elections due in June.',
      [{ kind: 'incident', value: 100 }],
      '2021-04-07T08:00:00Z',
    );
    expectReading(
      'Around 100 civilians have been killed since the clashes started on Friday and went on until Tuesday, police said.',
      [{ kind: 'incident', value: 100, date: '2021-04-02' }],
      '2021-04-07T08:00:00Z',
    );
  });
  it('reads a "two-day death toll" as a tally of the days it sums', () => {
    // eval/real28/2821
    expectReading('The military said the deaths took the two-day death toll to 27 in a bloody weekend for its forces.', [
      { kind: 'cumulative', metric: 'killed', value: 27 },
    ]);
  });
});

describe('figure kinds: a month told as "the month of" (eval/real29 Beni)', () => {
  it('reads "in the month of September alone, 216 people were murdered" as a tally since September', () => {
    expectReading(
      'A member of parliament says that in the month of September alone, 216 people were murdered in a series of rebel attacks in the territory.',
      [{ kind: 'cumulative', value: 216, since: '2023-09-01' }],
    );
  });
});

describe('figure kinds: a short span from late on a named day (eval/real29 Albu Kamal)', () => {
  it('reads "since late on Friday night ... had killed 50 civilians" on a Sunday as that bombardment\'s incident', () => {
    expectReading(
      'Since late on Friday night, the Syrian Observatory for Human Rights said, continuous heavy bombardment in Deir Ezzor province had killed 50 civilians.',
      [{ kind: 'incident', value: 50 }],
      '2017-11-12T10:00:00Z',
    );
  });
});

describe('figure kinds: one attack told with "struck" in a month (eval/real29 Togo)', () => {
  it('reads "a state of emergency in June after Islamist militants struck near the border, killing eight soldiers" as that attack', () => {
    expectReading(
      'Togo put the Savanes Region under a state of emergency in June after Islamist militants struck near the Burkina Faso border, killing eight soldiers and wounding 13.',
      [
        { kind: 'incident', value: 8 },
        { kind: 'incident', value: 13 },
      ],
      '2022-07-16T10:00:00Z',
    );
  });
});

describe('figure kinds: what a place or a side has been through (eval/real30)', () => {
  it('reads "have already driven more than 170,000 people from their homes" after "waves of attacks" as a tally', () => {
    expectReading(
      'The waves of attacks on villages in Ouham province have already driven more than 170,000 people from their homes, according to the U.N. humanitarian agency.',
      [{ kind: 'cumulative', metric: 'displaced', value: 170000 }],
      '2013-10-08T10:00:00Z',
    );
  });
  it('reads "have killed more than 420 civilians in 2021" as that year\'s tally', () => {
    expectReading(
      'Armed groups operating in the Tillaberi and Tahoua regions, which border Mali, have killed more than 420 civilians in 2021, Human Rights Watch said.',
      [{ kind: 'cumulative', value: 420, since: '2021' }],
      '2021-08-21T10:00:00Z',
    );
  });
  it('reads an attack\'s toll as its own when the place is "a part of the country where assailants have massacred civilians again and again this year"', () => {
    expectReading(
      'An attack on a village in southwestern Niger, a part of the country where assailants have massacred civilians again and again this year, has left at least 16 people dead, a local official said.',
      [{ kind: 'incident', value: 16 }],
      '2021-08-21T10:00:00Z',
    );
  });
});

describe('figure kinds: a count over years, and a stock at a month (eval/real31 Tandahimba, Paniai)', () => {
  it('reads "Over almost two years, militants have staged a string of raids ... killing no fewer than 300 civilians" as a tally', () => {
    expectReading(
      "Over almost two years, militants have staged a string of raids in Mozambique's Cabo Delgado province, killing no fewer than 300 civilians.",
      [{ kind: 'cumulative', value: 300 }],
      '2019-11-13T12:00:00Z',
    );
  });
  it('reads "As of last October, 76,228 refugees ... were displaced" as a stock, and "as of Tuesday evening" as a toll', () => {
    expectReading(
      'As of last October, 76,228 refugees from the continuing conflict were displaced across the Papuan provinces, a legal aid group has reported.',
      [{ kind: 'cumulative', value: 76228 }],
      '2024-06-19T10:00:00Z',
    );
    expectReading(
      'As of Tuesday evening, 40 people had been killed in the bombing of the market in Mogadishu.',
      [{ kind: 'incident', value: 40 }],
      '2024-06-19T10:00:00Z',
    );
  });
});

describe('figure kinds: what the fighters have done, and a process told in a list (eval/real31 Dhanusha)', () => {
  it('keeps "A soldier also died in Sunday\'s clash ..., a bastion of the Maoists, who have been fighting since 1996" an incident', () => {
    expectReading(
      "A soldier also died in Sunday's clash in Dhanusha district, a bastion of the Maoists, who have been fighting since 1996 to bring down the monarchy.",
      [{ kind: 'incident', value: 1 }],
      '2005-01-24T10:00:00Z',
    );
  });
  it('reads "The insurgency has ruined an economy ..., uprooted tens of thousands of people" as a tally', () => {
    expectReading(
      'The insurgency has ruined an economy that leans on aid and tourism, uprooted tens of thousands of people and put at risk the stability of the nation.',
      [{ kind: 'cumulative', metric: 'displaced' }],
      '2005-01-24T10:00:00Z',
    );
  });
});
