import type { CasualtyFigure } from './casualty-figure';
import { readReport } from './read-report';

// Sentences written for these specs, in other words and other countries than the blind reports they guard.
const read = (text: string, publishedAt: string): CasualtyFigure[] => readReport(text, { publishedAt }).figures;

describe('readReport: whole-period tallies', () => {
  it("reads people hit over a past year, told in the passive with no single attack, as that year's tally", () => {
    const [f] = read('Rights monitors said some 2,300 farmers were abducted throughout Mali last year by armed groups.', '2024-03-02T08:00:00Z');
    expect(f).toMatchObject({ kind: 'cumulative', metric: 'kidnapped', value: 2300, since: '2023' });
  });
  it('reads a closed window "between March 2022 and May 2023" as a tally from its first month', () => {
    const [f] = read(
      'At least 960 villagers were killed by militias in Chad between March 2022 and May 2023, a watchdog said.',
      '2024-01-10T08:00:00Z',
    );
    expect(f).toMatchObject({ kind: 'cumulative', value: 960, since: '2022-03-01' });
  });
  it('reads "in the first three months of the year" as a tally from the year\'s first day', () => {
    const [f] = read(
      'Insurgent attacks in Balochistan killed at least 130 police officers in the first three months of the year, a think tank said.',
      '2023-04-15T08:00:00Z',
    );
    expect(f).toMatchObject({ kind: 'cumulative', value: 130, since: '2023-01-01' });
  });
  it('does not read "one of the bloodiest raids this year" as a tally of this year', () => {
    const [f] = read(
      'Bandits have killed 34 villagers in a raid on a market in Niger, in one of the bloodiest raids this year, officials said on Monday.',
      '2024-06-04T08:00:00Z',
    );
    expect(f).toMatchObject({ kind: 'incident', value: 34 });
  });
});

describe('readReport: displaced stocks', () => {
  it('keeps a stock that "remains displaced" after a long war as a stock, not a past toll', () => {
    const [f] = read(
      'More than 2.3 million Somalis remain internally displaced after three decades of conflict, the UN said.',
      '2024-06-04T08:00:00Z',
    );
    expect(f).toMatchObject({ kind: 'cumulative', metric: 'displaced', value: 2300000, since: null });
  });
  it('reads people "displaced across" a country in the present perfect as a national stock', () => {
    const [f] = read('Nearly 900,000 people have been displaced across Burkina Faso by jihadist violence, aid groups say.', '2024-06-04T08:00:00Z');
    expect(f).toMatchObject({ kind: 'cumulative', metric: 'displaced', since: null });
  });
});

describe('readSentenceFigures: counts told in other words', () => {
  it('reads "half a million" as 500,000', () => {
    const [f] = read("Yemen's war has killed more than half a million people since it began in 2014, researchers estimate.", '2024-06-04T08:00:00Z');
    expect(f).toMatchObject({ value: 500000, qualifier: 'more_than', since: '2014' });
  });
  it('reads a manner adverb between the verb and its participle ("were forcibly displaced")', () => {
    const [f] = read('Since February, some 4,000 people were forcibly displaced in Nariño by clashes between armed groups.', '2024-06-04T08:00:00Z');
    expect(f).toMatchObject({ metric: 'displaced', value: 4000 });
  });
  it('does not read "initially reported dead" as a count of the dead', () => {
    const figures = read('Three men initially reported dead after the shelling of Kherson were found alive, officials said.', '2024-06-04T08:00:00Z');
    expect(figures).toEqual([]);
  });
  it('reads a count of homicides as people killed', () => {
    const [f] = read('Since the cartel split in March, police in Sinaloa have recorded more than 410 homicides.', '2024-11-04T08:00:00Z');
    expect(f).toMatchObject({ metric: 'killed', value: 410, kind: 'cumulative' });
  });
});

describe('readReport: army claims of militants killed', () => {
  it('reads a count in quotation marks ("about 15 bandits") with its verb and noun', () => {
    const [f] = read('The Nigerien army said its troops had killed "about 15 bandits" near Tillabéri on Tuesday.', '2024-06-05T08:00:00Z');
    expect(f).toMatchObject({ metric: 'killed', value: 15, qualifier: 'about', victims: 'militants' });
  });
  it('reads "several dozen" militants neutralised as dozens: 12, at least', () => {
    const [f] = read('Troops said several dozen insurgents were neutralised near Gao on Friday.', '2024-06-08T08:00:00Z');
    expect(f).toMatchObject({ metric: 'killed', value: 12, qualifier: 'at_least', victims: 'militants' });
  });
});
