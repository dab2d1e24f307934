import type { FigureDoubt } from '../casualty-figure';
import { expectReading, read } from './read-cases.testing';

const rated = (score: number, ...doubts: FigureDoubt[]) => ({ confidence: { score, doubts } });

// Reports in the project's own words: each figure is rated by the doubts a person would check it for; every doubt lowers
// the score by its weight. Published Thursday 2024-03-14.
describe('figure confidence', () => {
  it('rates a count with its day, country and source told at 1, with no doubt', () => {
    expectReading("Gunmen killed 12 villagers in Nigeria's Katsina state on Monday, police said.", [rated(1)]);
  });

  it.each([
    [
      'a vague number and no source',
      "Dozens of people were killed in fighting in Sudan's El Fasher on Tuesday.",
      rated(0.68, 'vague-count', 'no-source'),
    ],
    ['no day told', "Gunmen killed 12 villagers in Nigeria's Katsina state, police said.", rated(0.8, 'day-not-told')],
    [
      'a day told only by reference to the attack',
      "The army said 13 soldiers were wounded in Mali's Gao region. Survivors of Sunday's ambush on the convoy described a hail of gunfire.",
      rated(0.9, 'day-by-reference'),
    ],
    ['no country', 'Gunmen killed 12 villagers on Monday, police said.', rated(0.6, 'no-country')],
    [
      'its toll word far from its number',
      "The death toll from an al Shabaab siege of a hotel in Somalia's capital Mogadishu that began on Friday night rose to 21 on Sunday, police said.",
      rated(0.7, 'cue-far-from-number'),
    ],
    [
      'a source the report itself doubts',
      "Government air strikes killed 17 civilians in Syria's Idlib province on Monday, according to opposition activists whose account could not be independently verified.",
      rated(0.7, 'source-in-doubt'),
    ],
  ])('lowers the rating of a count with %s', (_what, text, rating) => {
    expectReading(text, [rating]);
  });

  it('marks a count its source took back as withdrawn', () => {
    // scenarios/real/F-ng-zabarmari-koshobe-massacre/05
    expectReading("The United Nations has taken back an earlier claim that Boko Haram killed 110 farmers in Nigeria's Borno state on Saturday.", [
      rated(0.27, 'no-source', 'withdrawn'),
    ]);
    expectReading("Gunmen killed 12 villagers in Nigeria's Katsina state on Monday, police said, after the army withdrew its troops.", [rated(1)]);
  });

  it('marks two counts of the same people, day and place that disagree as contradicting each other', () => {
    expectReading(
      "Gunmen killed 12 people at a market in Nigeria's Katsina state on Monday, police said. Hospital staff said 14 people died in the attack on Monday.",
      [
        { value: 12, ...rated(0.6, 'contradicted-in-report') },
        { value: 14, ...rated(0.6, 'contradicted-in-report') },
      ],
    );
  });

  it('does not take an updated toll for a contradiction of the count it updates', () => {
    expectReading(
      'At least 10 killed in Kabul mosque blast\nKABUL (Reuters) - The death toll from a bomb blast at a mosque in Kabul, Afghanistan, on Friday rose to 48, officials said.',
      [
        { value: 10, ...rated(0.81, 'day-by-reference', 'no-source') },
        { value: 48, isUpdate: true, ...rated(0.7, 'cue-far-from-number') },
      ],
    );
  });

  it('never doubts the day of a tally, which has none', () => {
    expectReading(
      "The conflict in Cameroon's Anglophone regions has killed more than 6,000 people since 2017, the International Crisis Group estimates.",
      [{ kind: 'cumulative', ...rated(1) }],
    );
  });

  // "Two boys and three girls were killed when a shell hit a school in Sudan's Kordofan on Sunday, UNICEF said." Expected:
  // no contradiction, the two counts are parts of one toll told side by side (see the breakdowns spec). The reader rates
  // each 0.6, "contradicted-in-report" by the other.
  it.todo('does not take two coordinated parts of one sentence for counts that contradict each other');

  // "Islamic State claimed responsibility for the bombing, which killed 25 people at a shrine in Iraq's Karbala province on
  // Friday, police said." Expected: no doubt, the police count is not put in doubt by the attackers' claim of the attack.
  // The reader rates it 0.7, "source-in-doubt": "claimed responsibility" is one of the words of doubt.
  it.todo('does not doubt a police count because the attackers claimed responsibility for the attack');

  it('doubts a side\'s own claim of the enemy it killed ("said its missile strike ... had killed more than 60 Ukrainian servicemen")', () => {
    // scenarios/real/N-ua-sumy-palm-sunday-missile-strike 05: the claim became the Sumy toll.
    const [claim] = read(
      "On Monday Russia's Defense Ministry said its missile strike on the Ukrainian city of Sumy had killed more than 60 Ukrainian servicemen during a meeting.",
      '2025-04-14T12:00:00Z',
    );
    expect(claim.confidence?.doubts).toContain('source-in-doubt');
  });

  it('marks a first report the same sentence says was later corrected as withdrawn ("at first reported ... four ..., but later said ... one")', () => {
    const figures = read(
      'State media at first reported that two attackers had been involved and that four people had been killed, but later said there had been a single attacker and that one person had been killed.',
      '2023-08-13T22:00:00Z',
    );
    expect(figures.find((f) => f.value === 4)?.confidence?.doubts).toContain('withdrawn');
  });

  it('doubts a count told as feared dead ("300 more insurgents are feared dead")', () => {
    const figures = read(
      'Security forces killed at least 118 Maoists in gun battles in Jumla on Thursday, and 300 more insurgents are feared dead as well, the Defence Ministry said on Friday.',
      '2002-11-16T06:00:00Z',
    );
    expect(figures.find((f) => f.value === 300)?.confidence?.doubts).toContain('source-in-doubt');
  });

  it('doubts an armed group\'s word on the killing it did itself ("says it executed 214 hostages")', () => {
    // scenarios/real/Q-pk-jaffar-express-hijacking 05: the claim outbid the army's 31.
    const [claim] = read('The Baloch Liberation Army says it executed 214 hostages after the train attack in Balochistan.', '2025-03-15T12:00:00Z');
    expect(claim.confidence?.doubts).toContain('source-in-doubt');
  });
});
