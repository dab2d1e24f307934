import { namedOrganisations, readSource } from './source-attribution';

const REPORT = 'Clashes killed 70 combatants, a war monitor said. Fighting killed 32, the Syrian Observatory for Human Rights said.';
const orgs = namedOrganisations(REPORT);

describe('readSource', () => {
  it('reads "..., the Syrian Observatory for Human Rights said"', () => {
    expect(readSource('Fighting killed 32, the Syrian Observatory for Human Rights said.', orgs)).toBe('Syrian Observatory for Human Rights');
  });
  it('reads "the country\'s Health Ministry said" as the Health Ministry: which country is the figure\'s own', () => {
    // eval/real6 607: the labels name it "Kyrgyz Health Ministry".
    expect(readSource("The toll rose to 13, the country's Health Ministry said.", orgs)).toBe('Health Ministry');
  });
  it('reads who gave a toll "in a statement" set off before the verb', () => {
    // eval/real12 1204.
    expect(readSource('The Somali National Army Headquarters, in a statement, gave a death toll of four soldiers.', orgs)).toBe(
      'The Somali National Army Headquarters',
    );
  });
  it('reads "according to the United Nations"', () => {
    expect(readSource('The violence has pushed 400,000 people from their homes, according to the United Nations.', orgs)).toBe('United Nations');
  });
  it('resolves "a war monitor", "the monitor" and "the Observatory" to the monitor the report names', () => {
    expect(readSource('Clashes killed 70 combatants, a war monitor said.', orgs)).toBe('Syrian Observatory for Human Rights');
    expect(readSource('Nearly 80 people have lost their lives, the monitor said.', orgs)).toBe('Syrian Observatory for Human Rights');
    expect(readSource('that has killed, according to the Observatory, more than 800 civilians.', orgs)).toBe('Syrian Observatory for Human Rights');
  });
  it('reads the speaker past who they are: a person\'s description, a long "who" aside, an acronym set off after the name', () => {
    // eval/real14 1421, 1422, 1405.
    expect(readSource("Hussein al-Bukhaiti, a Yemeni journalist based in Sanaa, put the death toll from Thursday's raids at 31.", [])).toBe(
      'Hussein al-Bukhaiti',
    );
    expect(
      readSource(
        'An Iraqi police officer, who gave the casualty figures on condition of anonymity because he was not permitted to release them, said 15 people were killed.',
        [],
      ),
    ).toBe('An Iraqi police officer');
    expect(readSource("The UN's migration agency, IOM, said 9,450 people had been uprooted.", [])).toBe("The UN's migration agency");
  });
  it('reads a subject at the start: "Police said gunmen killed 12"', () => {
    expect(readSource('Police said gunmen killed 12 people.', orgs)).toBe('Police');
  });
  it('reads no source from an unattributed background line', () => {
    expect(readSource("Syria's conflict has killed more than 370,000 people since 2011.", orgs)).toBeNull();
  });

  it('reads who gave a toll, not who relayed it or what they relied on (scenarios/real/G-ng-tudun-biri-drone-strike, G-ml-sobane-da-massacre)', () => {
    expect(readSource("Amnesty International's Nigeria office, for its part, said 120 people were killed, citing reports from its staff.", [])).toBe(
      "Amnesty International's Nigeria office",
    );
    expect(readSource('"So far 85 bodies have been buried," the agency said in a statement, as quoted by Al Jazeera on Tuesday.', [])).toBe('agency');
    expect(readSource('The provisional toll announced by the Malian government gives 95 dead and 19 missing.', [])).toBe('Malian government');
    expect(readSource('The National Emergency Management Agency had at first reported 85 dead and 66 injured.', [])).toBe(
      'The National Emergency Management Agency',
    );
    expect(readSource('According to a statement from the communication minister, the real toll is 35 dead.', [])).toBe('communication minister');
    expect(readSource('Bamako - Government officials said on Wednesday that the toll was 35.', [])).toBe('Government officials');
  });

  it("reads no speaker in a clause of time or a gerund's object, and whose estimates a count is", () => {
    // eval/real10, eval/real9: "a military officer said, only days after government forces had said ..."
    expect(
      readSource(
        'Militants stormed a base on Monday, killing at least 10 soldiers, a military officer said, only days after government forces had said they were back in control.',
        [],
      ),
    ).toBe('a military officer');
    expect(readSource('The discovery raises the toll to four, counting the two marines reported earlier.', [])).toBeNull();
    expect(readSource('As many as 300,000 people have been killed and 2.7 million displaced, according to U.N. estimates.', [])).toBe(
      'United Nations',
    );
  });

  it.each([
    ['The authorities put the number of dead at 34, but residents say the true figure is far higher.', 'The authorities'],
    ['On Monday the government spokesman gave a toll of 270.', 'government spokesman'],
    ['In his opening statement, the minister had spoken of some 272 civilians killed.', 'minister'],
    ['The deputy provincial police chief, Ramazan Ali Mohsini, gave the death toll as 13.', 'Ramazan Ali Mohsini'],
  ])('gives a count to who put, gave or spoke of it: %s', (sentence, source) => {
    // scenarios/real/H-ng-mafa-tarmuwa-massacre 06, H-cd-kishishe-bambo-massacre 03 and 04, eval/real1 018.
    expect(readSource(sentence, [])).toBe(source);
  });

  it.each([
    'The group claimed an attack that killed at least 80 people, although the casualties have not been officially confirmed.',
    'Officials were still working to establish the number of casualties, but had so far confirmed that more than 30 people were killed.',
    'Other reports suggested the final toll could reach as high as 100.',
  ])("reads no speaker in a verb's own words or a bare determiner: %s", (sentence) => {
    // scenarios/real/H-af-kunduz-sayed-abad-mosque-bombing 04 and 05, H-so-beledweyne-twin-suicide-bombings 04.
    expect(readSource(sentence, [])).toBeNull();
  });

  it('reads the speaker without a negation ("The army did not give a toll")', () => {
    expect(readSource('The army did not say how many soldiers were wounded.', [])).toBe('The army');
  });
});

describe('namedOrganisations: a name runs on one line (eval/real29 Albu Kamal)', () => {
  it('keeps a masthead apart from the headline under it', () => {
    expect(namedOrganisations('The Syrian Observatory For Human Rights\n\nSyria: civilian toll reaches 50')).toEqual([
      'Syrian Observatory For Human Rights',
    ]);
  });
});
