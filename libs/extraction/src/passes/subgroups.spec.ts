import { expectReading } from './read-cases.testing';

// Reports in the project's own words: "including 12 children", "Sixteen of the dead were", "among them" name a part of
// the figure just told, never a figure of its own. Published Thursday 2024-03-14.
describe('subgroups', () => {
  it.each([
    [
      '"including" in the same sentence',
      'An Israeli strike on a school sheltering displaced families in Gaza City killed 22 people on Saturday, including 13 children, the civil defence agency said.',
      22,
      { group: 'children', value: 13 },
    ],
    [
      '"Sixteen of the dead were" in the next sentence',
      "Fighting for the town of Mayom in South Sudan's Unity state killed 35 people on Monday, officials said. Sixteen of the dead were government soldiers, they said.",
      35,
      { group: 'government soldiers', value: 16 },
    ],
  ])('reads a part told by %s as the breakdown of the toll, not a figure', (_how, text, value, part) => {
    expectReading(text, [{ metric: 'killed', value, breakdown: [part] }]);
  });

  it('joins a part of the dead to the dead, not to the wounded told after it', () => {
    expectReading(
      "Gunmen opened fire on a bus in Pakistan's Kurram district on Thursday, killing 16 passengers, among them five women, and wounding 40, police said.",
      [
        { metric: 'killed', value: 16, breakdown: [{ group: 'women', value: 5 }] },
        { metric: 'injured', value: 40, breakdown: [] },
      ],
    );
  });

  it('joins a part that names no metric ("among them") to the figure just before it', () => {
    expectReading(
      "Gunmen opened fire on a bus in Pakistan's Kurram district on Thursday, killing 16 passengers and wounding 40, among them 11 children, police said.",
      [
        { metric: 'killed', value: 16, breakdown: [] },
        { metric: 'injured', value: 40, breakdown: [{ group: 'children', value: 11 }] },
      ],
    );
  });

  it('reads the wounded "still in hospital" as a part of the wounded, not another count', () => {
    expectReading(
      "A suicide bomber killed 9 people at a checkpoint in Somalia's Lower Shabelle region on Sunday and wounded 31, police said. Twelve of the wounded are still in hospital in a serious condition, a doctor said.",
      [
        { metric: 'killed', value: 9 },
        { metric: 'injured', value: 31, breakdown: [{ group: 'unspecified', value: 12 }] },
      ],
    );
  });

  it('does not name twice a part the breakdown already names', () => {
    expectReading(
      "A roadside bomb killed 11 people, including four policemen, in Iraq's Diyala province on Monday. Seven civilians and four policemen died, officials said.",
      [
        {
          value: 11,
          breakdown: [
            { group: 'civilians', value: 7 },
            { group: 'policemen', value: 4 },
          ],
        },
      ],
    );
  });

  it('reads the wounded still treated as the count of the wounded when the report gives no other', () => {
    expectReading(
      "A suicide bomber struck a checkpoint in Somalia's Lower Shabelle region on Sunday, police said. At least 17 injured persons are receiving treatment at the district hospital, a doctor said.",
      [{ kind: 'incident', metric: 'injured', value: 17, qualifier: 'at_least' }],
    );
  });

  // The same report: "A suicide bomber struck a checkpoint in Somalia's Lower Shabelle region on Sunday, police said. At
  // least 17 injured persons are receiving treatment at the district hospital, a doctor said." Expected: the 17 wounded
  // dated 2024-03-10, the Sunday of the attack. The reader gives date null (and no dateBasis, so no "day-not-told" doubt):
  // the part becomes a figure in the subgroups pass, after incident-days has dated every other incident.
  it.todo('dates the wounded still treated, read as the count of the wounded, to the attack');

  // "Shelling killed 14 people in Sudan's El Obeid on Friday, of whom eight were women, a medical source said." Expected: 14
  // with the breakdown [women 8]. The reader gives 14 with no breakdown: after "of whom" a number with no noun before its
  // verb ("eight were women") is never read.
  it.todo('reads "of whom eight were women" as a part of the toll');

  it('reads parts named before "among them" as parts of the count before them, not more dead', () => {
    // eval/real10/1028
    expectReading(
      'Israeli fire has killed at least 25 civilians in south Lebanon since October 8, three journalists and two rescuers among them, the health ministry said.',
      [{ kind: 'cumulative', value: 25 }],
    );
  });

  it('reads the wounded still treated as a part of the count of the wounded told after them', () => {
    // scenarios/real/E-pk-bajaur-rally-bombing/06
    expectReading(
      "A hospital official said about 123 people hurt in Sunday's attack near the Afghan border are still being treated. In all, nearly 200 people were wounded, and 80 of them have gone home.",
      [{ metric: 'injured', value: 200 }],
      '2023-08-01T12:00:00Z',
    );
  });
  it('reads the wounded still treated beside a count of bodies as the wounded, not a part of the dead', () => {
    // eval/real23/2327
    expectReading(
      'Police raided a favela in Rio de Janeiro on Tuesday. By late Tuesday, 21 bodies had been taken to the hospital and six people were being treated for their wounds, the state health department said.',
      [
        { metric: 'killed', value: 21, breakdown: [] },
        { metric: 'injured', value: 6, breakdown: [] },
      ],
    );
  });

  it('reads the wounded who later died as how the toll grew, neither wounded nor a part of the dead', () => {
    // scenarios/real/B-ir-kerman-soleimani-memorial-bombings/06, eval/real3/205
    expectReading(
      'The toll from the bombing of a market in Peshawar rose to 41 on Friday because three of the wounded did not survive, police said.',
      [{ metric: 'killed', value: 41, breakdown: [] }],
    );
  });
  it('joins a part to the figure it can be a part of, never to a smaller one told just before it', () => {
    // eval/real24/2414
    expectReading(
      'Monitor: air raids in Syria leave 24 civilians dead\nA monitor says separate air raids on villages in Syria killed at least 11 children. At least 24 civilians lost their lives on Wednesday in the raids, the monitor said. No fewer than twelve of the victims were killed by strikes near Raqqa, it said.',
      [
        { value: 24, breakdown: [{ group: 'the victims', value: 12 }] },
        { value: 11, breakdown: [] },
      ],
      '2017-07-19T18:00:00Z',
    );
  });
});

describe('subgroups: foreigners among the dead of an attack (stories Y, Bangkok)', () => {
  it('reads "three Chinese nationals had died" and "15 Chinese tourists had been hurt" after the toll as parts of it', () => {
    expectReading(
      [
        'At least 18 people were killed and 117 hurt when a bomb went off at a shrine in central Bangkok on Monday evening, a hospital said.',
        'The Chinese embassy told Xinhua that three Chinese nationals had died in the explosion and a further 15 Chinese tourists had been hurt.',
      ].join(' '),
      [
        { metric: 'killed', value: 18 },
        { metric: 'injured', value: 117 },
      ],
      '2015-08-17T18:00:00Z',
    );
  });

  it('keeps a soldier of the other side and foreigners who fought beside a side as counts of their own', () => {
    expectReading(
      'Israeli forces killed three Palestinians in a raid on Jenin on Monday, the health ministry said. An Israeli soldier was also killed.',
      [
        { metric: 'killed', value: 3 },
        { metric: 'killed', value: 1 },
      ],
      '2023-07-03T18:00:00Z',
    );
    expectReading(
      'At least 40 civilians were killed at a wedding party in Helmand on Sunday, officials said. According to the governor, 14 Taliban fighters and six foreigners lost their lives in the strikes.',
      [{ value: 40 }, { value: 14 }, { value: 6 }],
      '2019-09-23T10:00:00Z',
    );
  });
});
