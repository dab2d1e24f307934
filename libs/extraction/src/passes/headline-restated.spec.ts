import { expectReading } from './read-cases.testing';

// Reports in the project's own words, each opening on a headline line: a headline's count that the body tells more fully
// gives way to the body's telling. Published Thursday 2024-03-14.
describe('headline restated', () => {
  it.each([
    [
      'a lower bound the body meets ("Over 70")',
      "Over 70 killed in attack on Nigerian village\nABUJA (Reuters) - Gunmen killed at least 73 people in an attack on a village in Nigeria's Plateau state on Tuesday, the state governor said.",
      { metric: 'killed' as const, value: 73, qualifier: 'at_least' as const, date: '2024-03-12', source: 'state governor' },
    ],
    [
      'a round figure near the body\'s ("Nearly 50")',
      "Nearly 50 dead in Sudan market shelling\nKHARTOUM (AFP) - Shelling of a market in Sudan's Omdurman killed 47 people on Sunday, a local aid group said.",
      { metric: 'killed' as const, value: 47, qualifier: 'exact' as const, date: '2024-03-10', source: 'a local aid group' },
    ],
  ])("gives %s way to the body's count, with its day and source", (_how, text, figure) => {
    expectReading(text, [figure]);
  });

  it('gives way to the very count the body tells as a war\'s tally ("the toll so far of the month-long conflict")', () => {
    expectReading(
      "Fighting in Ethiopia's Amhara kills at least 183, UN says\nThe UN human rights office said on Tuesday that at least 183 people have been killed in fighting in the Amhara region, the fullest independent death toll so far of the month-long conflict.",
      [{ kind: 'cumulative', metric: 'killed', value: 183 }],
      '2023-08-29T12:00:00Z',
    );
  });

  it('gives way only to the body count of its own metric', () => {
    expectReading(
      "Some 30 wounded in Kharkiv strike\nKYIV (Reuters) - A Russian missile wounded 28 people in Ukraine's Kharkiv on Monday and killed two, the regional governor said.",
      [
        { metric: 'injured', value: 28 },
        { metric: 'killed', value: 2 },
      ],
    );
  });

  it("gives way to the body's incident, not to the war's tally told after it", () => {
    expectReading(
      "More than 40 soldiers killed in Burkina Faso attack\nOUAGADOUGOU (AFP) - Jihadists killed at least 42 soldiers in an attack on an army base in Burkina Faso's Est region on Saturday, the army said. Jihadist violence has killed more than 20,000 people in the country since 2015.",
      [
        { kind: 'incident', value: 42, date: '2024-03-09' },
        { kind: 'cumulative', value: 20000, since: '2015' },
      ],
    );
  });

  it("stands for the body's own telling of its count, and does not give way to another source's higher count", () => {
    // eval/real10/1011: police's "at least 30" is the lead, the diocese's "more than 40" another source's count.
    expectReading(
      'Gunmen raid village in northern Nigeria, killing over 30 people\nMINNA, Nigeria (AP) - Gunmen who raided a village in Niger state killed at least 30 villagers on Saturday evening, police said on Sunday. A priest told local media that the gunmen had killed more than 40 people.',
      [
        { value: 30, source: 'police' },
        { value: 40, source: 'A priest' },
      ],
    );
  });

  // "Dozens killed in Congo militia raid\nKINSHASA (Reuters) - Militiamen killed 43 villagers in Congo's Ituri province on
  // Friday, a local official said." Expected: 43 killed alone (README conventions: the vaguer lead count is no figure when a
  // precise count of the same event follows). The reader keeps the headline's "dozens" too, as 12 killed on the
  // publication day: a vague headline agrees only with a body count within a fifth of 12.
  it.todo('gives a vague headline count ("Dozens killed") way to the precise count the body tells');

  // "Over 20 killed in Somalia\nMOGADISHU (Reuters) - A car bomb killed 9 people in Mogadishu, Somalia, on Sunday, police
  // said. In a separate attack, gunmen killed 14 soldiers in Somalia's Hiraan region, the army said." Expected: the two
  // incidents, 9 and 14, whose sum the headline gives. The reader gives 20 (the headline, with the 9 folded into it by
  // headline-parts) and 14: a headline gives way only to one body count, never to the sum of several.
  it.todo('gives a headline that sums the incidents of the body way to them');

  it('lets a vague headline count give way to the number of its order the body tells ("kills dozens" over "at least 60")', () => {
    // eval/real15/1512.
    expectReading(
      'Israeli strike kills dozens in north Gaza town\n\nAn Israeli strike on a residential building in Beit Lahiya killed at least 60 Palestinians on Tuesday, the health ministry said.',
      [{ metric: 'killed', value: 60 }],
      '2024-10-29T12:00:00Z',
    );
  });

  it('reads a title the page prints twice as one headline, which gives way to the body ("dozens" over "at least 40")', () => {
    // eval/real18/1819
    expectReading(
      'Children among dozens killed as airstrike hits Afghan wedding\nChildren among dozens killed as airstrike hits Afghan wedding\nAfghan authorities said at least 40 civilians, children among them, died when an airstrike hit a wedding celebration in Helmand.',
      [{ metric: 'killed', value: 40, source: 'Afghan authorities' }],
      '2019-09-23T12:00:00Z',
    );
  });
  it('reads a standfirst under the headline that rounds the body\'s tally ("over 120 ... wounded") as that tally, not an incident', () => {
    // eval/real25/2530
    expectReading(
      'Details of the incursion made public\n\nNo fewer than 10 civilians are reported to have died and over 100 to have been wounded in the cross-border assault on the region\n\nThe governor said on Monday that since August 6, at least 10 civilians had been killed and 104 wounded in the region.',
      [
        { kind: 'cumulative', metric: 'killed', value: 10 },
        { kind: 'cumulative', metric: 'injured', value: 104 },
      ],
      '2024-08-12T12:00:00Z',
    );
  });
});
