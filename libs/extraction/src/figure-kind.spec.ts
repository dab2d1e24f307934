import { clauseAt, readFigureKind } from './figure-kind';

const SEED = '2019-08-10T15:00:00Z';

describe('readFigureKind', () => {
  it('reads "more than 370,000 people ... since ... 2011" as a tally since "2011"', () => {
    expect(
      readFigureKind(
        "Syria's conflict has killed a total of more than 370,000 people since it started with the brutal repression of anti-government protests in 2011.",
        SEED,
        null,
      ),
    ).toMatchObject({ kind: 'cumulative', since: '2011' });
  });
  it('reads "since the end of April" as a tally since 2019-04-30 in a report of 2019-08-10', () => {
    expect(
      readFigureKind('bombardment since the end of April that has killed, according to the Observatory, more than 800 civilians.', SEED, null),
    ).toMatchObject({ kind: 'cumulative', since: '2019-04-30' });
  });
  it('carries "in that same period" back to the previous tally start', () => {
    expect(readFigureKind('Nearly 80 people have lost their lives in that same period, the monitor said.', SEED, '2019-04-30')).toMatchObject({
      kind: 'cumulative',
      since: '2019-04-30',
    });
  });
  it('reads "so far this year" as a tally since the year', () => {
    expect(readFigureKind('Gang violence has killed more than 1,500 people so far this year.', '2024-03-28T18:00:00Z', null)).toMatchObject({
      kind: 'cumulative',
      since: '2024',
    });
  });
  it('reads "over the past week" as a tally from a week before publication', () => {
    expect(readFigureKind('Fighting has forced some 135,000 people to flee over the past week.', '2024-02-08T16:00:00Z', null)).toMatchObject({
      kind: 'cumulative',
      since: '2024-02-01',
    });
  });
  it('reads "killed 70 combatants on Saturday" as an incident', () => {
    expect(readFigureKind('Clashes killed 70 combatants on Saturday.', SEED, null).kind).toBe('incident');
  });
  it('keeps a tally clause apart from an incident clause: "..., while the ministry said the number of dead had reached 8,525 since October 7"', () => {
    const s = 'A strike killed dozens of people, the agency said, while the ministry said the number of dead had reached 8,525 since October 7.';
    expect(readFigureKind(clauseAt(s, 20), '2023-11-01T10:00:00Z', null).kind).toBe('incident');
    expect(readFigureKind(clauseAt(s, s.indexOf('8,525')), '2023-11-01T10:00:00Z', null)).toMatchObject({ kind: 'cumulative', since: '2023-10-07' });
  });
});

describe('readFigureKind: a bout of clashes told in the present perfect', () => {
  it('reads "clashes ... have killed 9" with no period as one incident', () => {
    expect(
      readFigureKind(
        'Clashes between two rival clans in the Somali town of Galkayo have killed nine people, elders said',
        '2024-03-02T10:00:00Z',
        null,
      ),
    ).toMatchObject({ kind: 'incident', since: null });
  });
  it('still reads "clashes ... have killed 300 so far" as a tally', () => {
    expect(
      readFigureKind('Clashes between the two armies have killed 300 soldiers so far, the ministry said', '2024-03-02T10:00:00Z', null).kind,
    ).toBe('cumulative');
  });
});
