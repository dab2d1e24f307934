import { expectReading } from './read-cases.testing';

// Reports in the project's own words: the same count told twice is one figure; the same number told of two places or
// two days is two. Published Thursday 2024-03-14.
describe('restatements', () => {
  it.each([
    [
      'named with "the"',
      "Gunmen killed 12 miners at a gold mine in Burkina Faso's Sahel region on Sunday. The 12 dead were all local men, the regional governor said.",
    ],
    [
      'in other words',
      "Gunmen killed 12 miners at a gold site in Burkina Faso's Sahel region on Sunday. Twelve people were killed in the attack, the regional governor said.",
    ],
  ])('reads a count told again %s as one figure, with the source only the second telling gives', (_how, text) => {
    expectReading(text, [{ metric: 'killed', value: 12, date: '2024-03-10', source: 'regional governor' }]);
  });

  it('reads "the 92 dead" honoured on a later day as the count already told, not a count of that day', () => {
    expectReading(
      "A suicide bomber killed 92 people at a rally in Pakistan's Bajaur district on Sunday, police said. On Wednesday, thousands gathered in Khar to honour the 92 dead.",
      [{ metric: 'killed', value: 92, date: '2024-03-10', source: 'police' }],
    );
  });

  it('keeps the parts a second telling brings', () => {
    expectReading(
      "An air strike killed 14 people in Yemen's Saada province on Friday, medics said. The 14 dead included 6 children and 3 women, the health office said.",
      [
        {
          value: 14,
          source: 'medics',
          breakdown: [
            { group: 'children', value: 6 },
            { group: 'women', value: 3 },
          ],
        },
      ],
    );
  });

  it('keeps the same count in two places as two figures', () => {
    expectReading(
      'A Russian drone killed two people in Kharkiv on Tuesday, Ukrainian officials said. In Kherson, shelling killed two people on Tuesday, the regional governor said.',
      [
        { value: 2, places: ['Kharkiv'] },
        { value: 2, places: ['Kherson'] },
      ],
    );
  });

  it('keeps the same count on two days as two figures', () => {
    expectReading(
      "Militants killed five soldiers in an ambush in Mali's Segou region on Monday, the army said. On Tuesday, five soldiers were killed by a roadside bomb near Mopti, it said.",
      [
        { value: 5, date: '2024-03-11' },
        { value: 5, date: '2024-03-12' },
      ],
    );
  });

  it('keeps the same number of dead and of wounded as two figures', () => {
    expectReading("Rebels killed 20 villagers in Congo's Ituri province on Thursday and wounded 20 others, local officials said.", [
      { metric: 'killed', value: 20 },
      { metric: 'injured', value: 20 },
    ]);
  });

  it('reads a total that repeats the tally just told as that tally, not a new incident', () => {
    // eval/real10/1028: the AFP tally since the Gaza war began, told again as "the total number of deaths".
    expectReading(
      "According to an AFP tally, the number of people killed by Israeli fire into south Lebanon since the war in Gaza began rose to 200 on Monday. On Monday, Hezbollah said two of its fighters had been killed. That brought the total number of deaths in south Lebanon to 200, by AFP's tally.",
      [{ kind: 'cumulative', value: 200 }, { value: 2 }],
    );
  });

  it('keeps a large count told again with no day of its own once, wherever each telling puts it', () => {
    // scenarios/real/F-ng-zabarmari-koshobe-massacre/03: Borno state, then Koshobe village near Maiduguri.
    expectReading(
      "In a statement, the UN coordinator said at least 110 civilians were killed in Nigeria's Borno state. He said the jihadists slaughtered at least 110 farmers when they attacked Koshobe village, near Maiduguri.",
      [{ value: 110 }],
    );
  });

  it('dates the counts told beside a known toll pointed back to ("the seven children") by its incident', () => {
    // scenarios/real/Q-cm-kumba-school-massacre 06: the 13 wounded became an incident of the day of the arrest.
    expectReading(
      'He attacked the school in Fiango, Kumba, on 24 October 2020 and killed 7 schoolchildren. The official said he was among the men who killed the seven children and wounded more than 13 others.',
      [
        { metric: 'killed', value: 7, date: '2020-10-24' },
        { metric: 'injured', value: 13, date: '2020-10-24' },
      ],
      '2020-12-02T12:00:00Z',
    );
  });
  it("reads a war's tally told again with no day of its own as that tally, not an incident of the report's day", () => {
    // eval/real24/2430
    expectReading(
      "A rights group said on Tuesday that cluster bombs killed at least 15 civilians during last August's war. Investigators found evidence that the cluster weapons killed at least 15 people, the report said.",
      [{ kind: 'cumulative', value: 15 }],
      '2009-04-14T12:00:00Z',
    );
  });
  it('reads a count told in the headline of a province and again in the lead of its governorate as one figure', () => {
    // eval/real24/2415
    expectReading(
      "[Photo caption] A fighter holds a position facing rebels in Marib, Yemen's northeastern province, April 6, 2021. AFP\n\nRebel attack on government forces in Marib leaves nine dead\n\nAn overnight attack on government forces in Marib Governorate on Monday has killed nine government soldiers.",
      [{ value: 9 }],
      '2023-11-08T19:00:00Z',
    );
  });
});

describe('restatements: a toll confirmed by name (eval/real29 Ghana)', () => {
  it('reads "both confirmed the toll of 31 dead" as the clashes\' toll told again, not a count of the report\'s day', () => {
    expectReading(
      'Officials announced on Thursday that communal clashes in the north, which began late last month, have cost at least 31 lives. The regional director and the minister both confirmed the toll of 31 dead.',
      [{ metric: 'killed', value: 31 }],
      '2025-09-05T12:00:00Z',
    );
  });
});
