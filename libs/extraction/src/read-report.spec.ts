import { readReport } from './read-report';

describe('readReport', () => {
  it('reads "32 pro-government forces as well as 38 jihadists" as a breakdown of the 70, not 70 more', () => {
    const text =
      'BEIRUT: Clashes in northwest Syria killed 70 combatants on Saturday. Fighting in Idlib on Saturday claimed the lives of 32 pro-government forces as well as 38 jihadists and allied rebels, the Syrian Observatory for Human Rights said.';
    const { figures } = readReport(text, {
      publishedAt: '2019-08-10T15:00:00Z',
    });
    expect(figures).toHaveLength(1);
    expect(figures[0].breakdown.map((b) => b.value)).toEqual([32, 38]);
  });
  it('reads "— 214 insurgents, 137 soldiers and 61 civilians —" as the breakdown of the 412 in the same sentence', () => {
    const text =
      'BEIRUT (AP) — Fighting in and around Aleppo has killed 412 people since Wednesday — 214 insurgents, 137 soldiers and 61 civilians — the Syrian Observatory for Human Rights said Sunday.';
    const [f] = readReport(text, {
      publishedAt: '2024-12-01T12:00:00Z',
    }).figures;
    expect(f.breakdown.map((b) => b.value)).toEqual([214, 137, 61]);
  });
  it('places figures where people died, not at the dateline: "BANGKOK (AP) — An air strike by Myanmar\'s military..."', () => {
    const text =
      "BANGKOK (AP) — An air strike by Myanmar's military on a village in the central Sagaing region killed about 100 people on Tuesday, witnesses said.";
    expect(readReport(text, { publishedAt: '2023-04-12T07:00:00Z' }).figures[0].country).toBe('MM');
  });
  it('maps demonyms and possessives to the country: "Syria\'s war has killed more than 500,000 people"', () => {
    const text = "Syria's war has killed more than 500,000 people since 2011.";
    expect(readReport(text, { publishedAt: '2023-03-14T10:00:00Z' }).figures[0].country).toBe('SY');
  });
  it('reads "Sixteen of the dead were government soldiers and 19 were Houthi fighters" as a breakdown of the 35', () => {
    const text =
      'ADEN (Reuters) - Fighting around the Yemeni city of Marib killed 35 combatants on Sunday, military sources said. Sixteen of the dead were government soldiers and 19 were Houthi fighters, the sources said.';
    const { figures } = readReport(text, {
      publishedAt: '2021-02-15T10:00:00Z',
    });
    expect(figures).toHaveLength(1);
    expect(figures[0].breakdown.map((b) => b.value)).toEqual([16, 19]);
  });
});
