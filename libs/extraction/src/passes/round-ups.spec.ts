import { expectReading } from './read-cases.testing';

// Reports in the project's own words: a national round-up whose regional incidents the report goes on to give is their
// sum, not another incident. Published Thursday 2024-03-14.
describe('round-ups', () => {
  it.each([
    [
      '"across Ukraine over the past 24 hours"',
      'KYIV (Reuters) - Russian strikes wounded 31 people across Ukraine over the past 24 hours, officials said on Thursday. In Kharkiv, a missile hit an apartment block, wounding 17 people. In Odesa, 14 people were hurt when drones struck the port, the governor said.',
      [
        { kind: 'incident' as const, metric: 'injured' as const, value: 17, places: ['Kharkiv'] },
        { kind: 'incident' as const, metric: 'injured' as const, value: 14, places: ['Odesa'] },
      ],
    ],
    [
      '"nationwide"',
      'Attacks by armed groups killed 19 people nationwide in Haiti on Tuesday, police said. In Port-au-Prince, gang members shot dead 11 people in the Carrefour district. Eight people were killed in Saint-Marc, officials said.',
      [
        { kind: 'incident' as const, metric: 'killed' as const, value: 11, places: ['Port-au-Prince', 'Carrefour'] },
        { kind: 'incident' as const, metric: 'killed' as const, value: 8, places: ['Saint-Marc'] },
      ],
    ],
    [
      '"around Afghanistan ... together killed more than 30", whose parts add up to a little more',
      'At Least 30 Dead in Attacks Around Afghanistan\nA string of attacks around Afghanistan on Tuesday together killed more than 30 people. In Kabul, a car bomb killed 12 people. In Kunduz, the Taliban killed at least 14 police officers. In Herat, an attack on an outpost killed six soldiers.',
      [
        { kind: 'incident' as const, metric: 'killed' as const, value: 12, places: ['Kabul'] },
        { kind: 'incident' as const, metric: 'killed' as const, value: 14, places: ['Kunduz'] },
        { kind: 'incident' as const, metric: 'killed' as const, value: 6, places: ['Herat'] },
      ],
    ],
  ])('reads a round-up %s that the incidents after it add up to as no incident of its own', (_how, text, incidents) => {
    expectReading(text, incidents);
  });

  it('keeps the round-up of a metric that the regional incidents do not give', () => {
    expectReading(
      'KYIV (Reuters) - Russian attacks killed five people and wounded 23 across Ukraine over the past day, regional officials said on Thursday. In the Donetsk region, shelling killed three people in Kostiantynivka. A drone killed two people in Kherson, the governor said.',
      [
        { metric: 'injured', value: 23 },
        { metric: 'killed', value: 3 },
        { metric: 'killed', value: 2 },
      ],
    );
  });

  it('keeps a round-up that only one regional incident follows, with that incident inside it', () => {
    expectReading(
      'KYIV (Reuters) - Russian attacks killed five people across Ukraine over the past day, regional officials said on Thursday. In the Donetsk region, shelling killed three people in Kostiantynivka.',
      [{ metric: 'killed', value: 5 }],
    );
  });

  // 'Attacks by armed groups killed 19 people nationwide in Haiti on Tuesday, police said. In Port-au-Prince, gang members
  // shot dead 11 people in the Carrefour district. Five people were killed in Saint-Marc, officials said.' Expected: 19
  // killed in all (the 11 and the 5 are among the 19 killed nationwide). The reader gives 19 and 5: the round-up stays (its
  // parts fall short of it) but takes the places of the first region named (Port-au-Prince), so headline-parts reads
  // Saint-Marc as outside it.
  it.todo('keeps every regional incident within a national round-up they fall short of');

  // 'Jihadist attacks killed 14 people in total in Burkina Faso on Sunday, security sources said. Gunmen killed 6 villagers
  // near Djibo, and a bomb killed 8 soldiers near Kaya.' Expected: the two incidents, 6 near Djibo and 8 near Kaya, and no
  // figure for the round-up (README conventions: national round-ups that sum the regional incidents given are no
  // figures). The reader gives 14 with the breakdown [6, 8]: told in one sentence, the incidents are taken by breakdowns as
  // parts of the round-up before round-ups sees them.
  it.todo('reads regional incidents told in one sentence after a round-up as the incidents, not as its parts');

  it('reads the overall toll that the incidents before it add up to ("which brings the overall death toll to sixteen") as no incident, and the last part as an incident', () => {
    // eval/real16 1623 and 1611: the part told with the sum was read as a tally, and the sum as another.
    expectReading(
      'Gunmen killed 12 people at a Christmas party in Salvatierra, Guanajuato, early on Sunday. At around the same time, four more people died in Salamanca, a city nearby, which brings the overall death toll to sixteen.',
      [
        { kind: 'incident', value: 12 },
        { kind: 'incident', value: 4 },
      ],
    );
    expectReading(
      'A car bomb ripped through a market in Baghdad on Wednesday, killing at least nine people. In other places, four attacks in and around Baghdad killed at least seven people, which pushed the overall death toll for the day to at least 16.',
      [
        { kind: 'incident', value: 9 },
        { kind: 'incident', value: 7 },
      ],
    );
  });

  it('reads a count over "two separate bombings" that the attacks in places of their own add up to as their sum, headline and all', () => {
    // scenarios/real/N-pk-mastung-election-rally-bombing 02: 84 in Dringarh and 4 in Bannu, then a recalled attack.
    expectReading(
      '88 killed in bomb attacks on Pakistani political rallies\nNo fewer than 88 people have died in two separate bombings in Pakistan. On Friday a suicide bomber struck a rally in Mastung, killing at least 84 people. Earlier on Friday another blast had hit an election rally in Bannu, leaving at least four people dead. On Tuesday a suicide bombing at a rally in Peshawar killed 20 people.',
      [
        { metric: 'killed', value: 84 },
        { metric: 'killed', value: 4 },
        { metric: 'killed', value: 20 },
      ],
      '2018-07-13T18:00:00Z',
    );
  });
});
