import { expectReading } from './read-cases.testing';
import type { CasualtyFigure } from '../casualty-figure';
import { readReport } from '../read-report';

const read = (text: string, publishedAt: string): CasualtyFigure[] => readReport(text, { publishedAt }).figures;

describe('readReport: parts of a regional toll told in later sentences', () => {
  it('reads later counts of the same day and area that add up to the headline as its breakdown', () => {
    const figures = read(
      "BEIRUT (Reuters) - Government shelling killed six people in Syria's Idlib province on Tuesday, rescuers said. In Idlib city, a shell hit a bakery queue, killing four people. Two more people died when rockets fell on nearby farmland, the rescuers added.",
      '2024-10-16T08:00:00Z',
    );
    const killed = figures.filter((f) => f.metric === 'killed');
    expect(killed).toHaveLength(1);
    expect(killed[0]).toMatchObject({ value: 6, country: 'SY' });
    expect(killed[0].breakdown.map((b) => b.value)).toEqual([4, 2]);
  });
  it('keeps a later toll of the whole attack in another voice ("47 people were killed ... in the Yelwata attack") apart from the recap before it', () => {
    const figures = read(
      'ABUJA - The police chief visited Benue, where more than 200 people were reportedly killed on Friday night. He said 47 people were killed in the Yelwata attack, and 53 suspects had been arrested.',
      '2025-06-25T10:00:00Z',
    );
    expect(figures.filter((f) => f.metric === 'killed').map((f) => f.value)).toEqual([200, 47]);
  });
  it('keeps apart the dead of "three further attacks" elsewhere in the city', () => {
    const figures = read(
      'On Monday a car bomb killed 24 people in a crowded square in Sadr City, Baghdad. Eight more people died in three further attacks in different parts of the city.',
      '2017-01-03T06:00:00Z',
    );
    expect(figures.filter((f) => f.metric === 'killed').map((f) => f.value)).toEqual([24, 8]);
  });
  it('keeps a count the report sets apart ("hours later") as an incident of its own', () => {
    const figures = read(
      "BEIRUT (Reuters) - Government shelling killed six people in Syria's Idlib province on Tuesday, rescuers said. Hours later, a drone strike on a car killed two people near the town, they said.",
      '2024-10-16T08:00:00Z',
    );
    expect(figures.filter((f) => f.metric === 'killed').map((f) => f.value)).toEqual([6, 2]);
  });
  it('keeps a smaller count of a different group (an attacker side) apart from the headline', () => {
    const figures = read(
      "BEIRUT (Reuters) - Gunmen killed six villagers in Syria's Idlib province on Tuesday, rescuers said. Troops later killed three militants in a chase, the army said.",
      '2024-10-16T08:00:00Z',
    );
    expect(figures.filter((f) => f.metric === 'killed').map((f) => f.value)).toEqual([6, 3]);
  });

  it("keeps apart a count another voice 'also reported', which is no part of the headline's toll", () => {
    // eval/real10/1027: the UN's 31 and 3, then local forces' 15 in another village that the UN had not confirmed.
    const figures = read(
      'The UN mission said more than 30 people were killed on Tuesday when an armed group attacked villages near Paoua in the Central African Republic. Local security forces also reported that 15 people had died in the village of Maikolo, but the UN did not confirm this.',
      '2019-05-22T12:00:00Z',
    );
    expect(figures.map((f) => f.value)).toEqual([30, 15]);
  });

  it('keeps a count that names its groups ("three soldiers and three members of their families") apart from a headline of attackers', () => {
    // eval/real6 507.
    expectReading(
      'Gunmen attacked an army barracks in Bundibugyo on Saturday, and so far troops have killed 41 of the attackers, the army said. The violence also left three soldiers and three members of their families dead.',
      [
        { metric: 'killed', value: 41 },
        { metric: 'killed', value: 6 },
      ],
    );
  });

  it('keeps apart what "a similar incident" tells, and a count told of "that blast" the report set apart', () => {
    // eval/real14/1422.
    expectReading(
      'A suicide bomber killed 15 people and wounded 40 in Diyala province on Sunday. In a separate attack on Sunday, four people died when their car hit a roadside bomb west of Kirkuk. Two more people were wounded in that blast. In a similar incident, three people were killed when their car struck a roadside bomb south of Kirkuk.',
      [
        { metric: 'killed', value: 15 },
        { metric: 'injured', value: 40 },
        { metric: 'killed', value: 4 },
        { metric: 'injured', value: 2 },
        { metric: 'killed', value: 3 },
      ],
      '2008-06-22T12:00:00Z',
    );
  });

  it('folds named groups into a toll of people when the parts add up to it exactly, but no rival estimate', () => {
    // eval/real9 923, eval/real13 1311; scenarios/real/H-bf-barsalogho-trench-massacre 05 keeps the armed group's "nearly 300".
    expectReading(
      'Seven people were killed in a clash in Patikul, Sulu, on Friday. The military said three soldiers died. Four militants were also killed.',
      [
        {
          value: 7,
          breakdown: [
            { group: 'Patikul', value: 3 },
            { group: 'Patikul', value: 4 },
          ],
        },
      ],
    );
  });

  it('reads a count the ministry "had said earlier" as a part of the toll, not an event set apart', () => {
    // scenarios/real/L-ru-beslan-school-siege 04.
    expectReading(
      'The toll of the school siege in Beslan climbed to 333 on Sunday. The ministry had said earlier that rescuers carried the bodies of 323 people out of the school in Beslan.',
      [{ value: 333 }],
      '2004-09-05T10:00:00Z',
    );
  });

  it('folds no count into a vague headline count ("Scores Dead as Clashes Flare Again" over "at least seven people have been killed")', () => {
    // eval/real19/1904
    expectReading(
      'Central African Republic: Scores Dead as Clashes Flare Again\nKinshasa - DOZENS of civilians have died as fighting between rival rebel groups in the Central African Republic escalates.\nIn Bria, at least seven people have been killed in the villages of Boungou and Ngoungoa.',
      [
        { metric: 'killed', value: 20 },
        { metric: 'killed', value: 12 },
        { metric: 'killed', value: 7 },
      ],
      '2017-09-07T12:00:00Z',
    );
  });
});
