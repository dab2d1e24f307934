import type { CasualtyFigure } from '@cw/extraction';
import { chooseCurrentEstimate } from './current-estimate';
import { locateFigure, type ReportedFigure } from './reported-figure';
import { article, incidentFigure } from './report-builder.testing';

function report(outlet: string, publishedAt: string, sentence: string, fields: Partial<CasualtyFigure>): ReportedFigure {
  const located = locateFigure(
    article(outlet, publishedAt),
    incidentFigure(sentence, { country: 'IQ', places: ['Baghdad'], date: '2024-04-01', ...fields }),
  );
  if (!located.placed) throw new Error('unplaced');
  return located.figure;
}

describe('chooseCurrentEstimate', () => {
  it('does not lower the toll when a later follow-up repeats the first count', () => {
    const reports = [
      report('AFP', '2024-04-01T08:00:00Z', 'A car bomb killed 12 people in Baghdad.', { value: 12 }),
      report('AFP', '2024-04-01T20:00:00Z', 'The toll from the Baghdad bombing rose to 35.', { value: 35, isUpdate: true }),
      report('AP', '2024-04-02T09:00:00Z', "Mourners buried victims of Monday's bombing, which killed 12 people.", { value: 12 }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(35);
  });

  it('keeps the estimate when an authority\'s later count is far below it ("police say they killed a gunman" after 21 dead)', () => {
    // scenarios/real/L-th-korat-terminal21-shooting 04: the police's one gunman became the shooting's estimate.
    const reports = [
      report('RT', '2024-04-01T08:00:00Z', 'No fewer than 21 people have died after a soldier went on a shooting spree.', { value: 21 }),
      report('Pedestrian', '2024-04-02T06:00:00Z', 'Police say they have killed a gunman and freed eight hostages.', { value: 1, source: 'Police' }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(21);
  });

  it('takes the exact count an article gives inside the round bound it opened on', () => {
    // Rappler's 11th update on the Jolo cathedral bombing (2019): a subhead's "over a hundred", then the lead's 109.
    const reports = [
      report('Star', '2024-04-01T20:00:00Z', 'The military gave a higher figure of 83 wounded.', { metric: 'injured', value: 83 }),
      report('Rappler', '2024-04-04T09:00:00Z', 'Over a hundred others were hurt in the twin blasts.', {
        metric: 'injured',
        value: 100,
        qualifier: 'more_than',
      }),
      report('Rappler', '2024-04-04T09:00:00Z', 'No fewer than 23 people were killed and 109 more were injured.', { metric: 'injured', value: 109 }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(109);
  });

  it("keeps an article's round lead when a later count of it is a rival far from the bound", () => {
    const reports = [
      report('AFP', '2024-04-01T08:00:00Z', 'More than 100 people were hurt in the blasts.', {
        metric: 'injured',
        value: 100,
        qualifier: 'more_than',
      }),
      report('AFP', '2024-04-01T08:00:00Z', 'A hospital said it had received 37 wounded.', { metric: 'injured', value: 37 }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(100);
  });

  it("keeps an article's round lead when a count just above it comes further down, as a part", () => {
    // eval/real10/1027: "More than 30" in the headline, "In Koundjili and Lemouna 31 people were killed" 577 characters on.
    const lead = report('VOA', '2024-04-01T08:00:00Z', 'Armed group kills more than 30 in the north-west.', { value: 30, qualifier: 'more_than' });
    const part = report('VOA', '2024-04-01T08:00:00Z', 'In two villages 31 people were killed.', { value: 31 });
    expect(chooseCurrentEstimate([lead, { ...part, spanStart: lead.spanStart + 577 }]).value).toBe(30);
  });

  it('keeps an exact toll against a later round approximation it fits ("climbs to 90", then "close to 100")', () => {
    // scenarios/real/J-pk-sehwan-shrine-bombing: Geo's 90, then a briefing weeks later on the attack "which killed close to 100".
    const reports = [
      report('Geo', '2024-04-04T09:00:00Z', 'Sehwan blast: death toll climbs to 90.', { value: 90, isUpdate: true }),
      report('Pakistan Today', '2024-04-20T09:00:00Z', 'The attack on the shrine killed close to 100 people.', { value: 100, qualifier: 'nearly' }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(90);
  });

  it('ignores a stale "rose to 20" read after the toll reached 35', () => {
    const reports = [
      report('AFP', '2024-04-01T20:00:00Z', 'At least 35 people were killed in the Baghdad bombing.', { value: 35 }),
      report('AP', '2024-04-02T09:00:00Z', 'The toll rose to 20 on Monday evening, officials had said.', { value: 20, isUpdate: true }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(35);
  });

  it('prefers "at least 41 killed" to an earlier "dozens killed"', () => {
    const reports = [
      report('AFP', '2024-04-01T08:00:00Z', 'Dozens of people were killed in the attack.', { value: 24, vague: true }),
      report('AFP', '2024-04-01T12:00:00Z', 'At least 41 people were killed, a local official said.', { value: 41, qualifier: 'at_least' }),
      report('AFP', '2024-04-01T13:00:00Z', 'Scores were feared dead.', { value: 40, vague: true }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(41);
  });

  it('gives the same estimate whatever order the reports arrive in', () => {
    const reports = [
      report('AFP', '2024-04-01T08:00:00Z', 'Thirty people were killed.', { value: 30 }),
      report('AFP', '2024-04-01T10:00:00Z', 'Police revised the death toll down to 26.', { value: 26, isUpdate: true }),
      report('Reuters', '2024-04-01T09:00:00Z', 'At least 28 people died.', { value: 28 }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(26);
    expect(chooseCurrentEstimate([...reports].reverse()).value).toBe(26);
  });

  it('stops counting a count its source withdrew, whoever gave it, and falls back on the counts that stand', () => {
    // scenarios/real/F-ng-zabarmari-koshobe-massacre: 43, then 70, then the UN's 110, then "The United Nations has taken
    // back an earlier claim that Boko Haram terrorists killed 110 farmers".
    const withdrawn = { score: 0.3, doubts: ['withdrawn' as const] };
    const reports = [
      report('AFP', '2020-11-29T08:00:00Z', 'Militia leader Babakura Kolo said they had recovered 43 bodies.', { value: 43 }),
      report('AFP', '2020-11-29T20:00:00Z', 'The toll from the farm massacre climbs to 70.', { value: 70 }),
      report('The Crest', '2020-11-30T12:00:00Z', 'The UN coordinator said at least 110 civilians were killed.', { value: 110, source: 'UN' }),
      report('P.M. News', '2020-12-01T12:00:00Z', 'The United Nations has taken back an earlier claim that 110 farmers were killed.', {
        value: 110,
        confidence: withdrawn,
      }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(70);
  });

  it('reads an update published at the same time as a first count after it, whatever the order of their ids', () => {
    // scenarios/real/H-pk-peshawar-kocha-risaldar-mosque-bombing: three outlets dated only 2022-03-05.
    const first = (id: string) => ({
      ...report('Dawn', '2022-03-05T12:00:00Z', "Shia mosque attack in Peshawar's Koocha Risaldar leaves 57 dead", {
        value: 57,
        source: 'rescue workers and police',
      }),
      articleId: id,
    });
    const update = (id: string) => ({
      ...report('AFP', '2022-03-05T12:00:00Z', 'Islamic State says it was behind mosque suicide bombing as toll climbs to 62', {
        value: 62,
        isUpdate: true,
      }),
      articleId: id,
    });
    expect(chooseCurrentEstimate([first('f0'), update('a0')]).value).toBe(62);
    expect(chooseCurrentEstimate([first('a0'), update('f0')]).value).toBe(62);
  });

  it('never lowers the estimate to the wounded an authority says are still in hospital', () => {
    // scenarios/real/N-tr-istanbul-ataturk-airport-attack: 239 wounded, then 94 and 52 "still in hospital".
    const reports = [
      report('AFP', '2024-04-01T08:00:00Z', 'The governor said 239 people were wounded in the airport attack.', {
        metric: 'injured',
        value: 239,
        source: 'governor',
      }),
      report('Daily Sabah', '2024-04-02T08:00:00Z', "According to the governor's office, 94 of the wounded were still in hospital.", {
        metric: 'injured',
        value: 94,
        source: "governor's office",
      }),
      report('AFP', '2024-04-04T08:00:00Z', "The governor's office said 52 people were still in hospital.", {
        metric: 'injured',
        value: 52,
        source: "governor's office",
      }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(239);
  });
  it('never lowers the estimate to the wounded a spokesman says are suffering without proper care', () => {
    // scenarios/real/U-mm-hpakant-a-nang-pa-concert-airstrike: about 100 wounded, then "about 64 ... without proper care".
    const reports = [
      report('Myanmar Now', '2024-04-01T08:00:00Z', 'About 100 people were wounded in the air strike.', { metric: 'injured', value: 100 }),
      report(
        'Irrawaddy',
        '2024-04-04T08:00:00Z',
        'About 64 people injured in the attack were suffering without proper care, the army spokesman said.',
        { metric: 'injured', value: 64, source: 'army spokesman' },
      ),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(100);
  });
});

describe('chooseCurrentEstimate: the toll as it settled (stories Y, Rio de Janeiro)', () => {
  it('takes an exact count told three weeks later, lower than the count a defender gave on the second day', () => {
    const reports = [
      report('Novinite', '2024-04-01T10:00:00Z', 'A huge police operation had left at least 64 people dead.', { value: 64, qualifier: 'at_least' }),
      report('Balita', '2024-04-03T10:00:00Z', "By the office's own count the total number of dead had reached 130.", { value: 130, isUpdate: true }),
      report('Devdiscourse', '2024-04-24T10:00:00Z', 'It left a shocking total of 122 people dead.', { value: 122, victims: 'people' }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(122);
  });

  it('keeps the estimate when a count weeks later names one group of the dead ("killed 9 state troops and 6 civilians")', () => {
    const reports = [
      report('SunStar', '2024-04-02T10:00:00Z', 'Jolo death toll rises to 15.', { value: 15, isUpdate: true }),
      report('ABS-CBN', '2024-04-18T10:00:00Z', 'The blasts killed 9 state troops and 6 civilians.', { value: 9, victims: 'soldiers' }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(15);
  });

  it('keeps the estimate when a count a few days later is lower and nobody official gives it', () => {
    const reports = [
      report('AFP', '2024-04-01T10:00:00Z', 'The raid killed 130 people, the defender said.', { value: 130 }),
      report('Blog', '2024-04-04T10:00:00Z', 'The raid killed 122 people.', { value: 122, victims: 'people' }),
    ];
    expect(chooseCurrentEstimate(reports).value).toBe(130);
  });
});
