import type { CasualtyFigure } from './casualty-figure';
import { readReport } from './read-report';

// Sentences written for these specs, in other words and other countries than the replay scenarios they guard.
const read = (text: string, publishedAt: string): CasualtyFigure[] => readReport(text, { publishedAt }).figures;

describe('readReport: toll updates', () => {
  it('reads "has jumped to 28" after "the number of people killed in Thursday\'s car bombing" as an update dated Thursday', () => {
    const [f] = read(
      "KIRKUK, Iraq (AP) — The number of people killed in Thursday's car bombing outside a Kirkuk police station has jumped to 28, hospital officials said, making it the bloodiest attack in the city this year.",
      '2024-02-16T09:00:00Z',
    );
    expect(f).toMatchObject({
      kind: 'incident',
      metric: 'killed',
      value: 28,
      isUpdate: true,
      date: '2024-02-15',
      country: 'IQ',
    });
  });
  it('reads "has risen to nearly 60" as an update with its qualifier', () => {
    const [f] = read(
      "ADEN: The death toll from a drone attack on a crowded market in Yemen's Taiz has risen to nearly 60, medics said.",
      '2024-05-02T12:00:00Z',
    );
    expect(f).toMatchObject({
      value: 60,
      qualifier: 'nearly',
      isUpdate: true,
      country: 'YE',
    });
  });
  it('reads "the number of people displaced ... has reached 8,000" as a displacement update', () => {
    const [f] = read(
      'JUBA (Reuters) - The number of people displaced by clashes between rival militias in Jonglei state has reached 8,000, the United Nations said on Friday.',
      '2024-03-08T10:00:00Z',
    );
    expect(f).toMatchObject({
      kind: 'incident',
      metric: 'displaced',
      value: 8000,
      isUpdate: true,
      country: 'SS',
    });
  });
  it('dates "officials on Tuesday lowered the death toll from Monday\'s suicide bombing ... to 19" to Monday', () => {
    const [f] = read(
      "KABUL: Afghan officials on Tuesday lowered the death toll from Monday's suicide bombing at a Kabul mosque to 19, saying some victims had been counted in two hospitals.",
      '2023-09-05T08:00:00Z',
    );
    expect(f).toMatchObject({
      value: 19,
      isUpdate: true,
      date: '2023-09-04',
      country: 'AF',
    });
  });
  it('dates "rose to 40 on Wednesday" to the day of the blast the report names ("Tuesday\'s blast"), not the day of the count', () => {
    const [f] = read(
      "PESHAWAR, Pakistan: The death toll from a bomb at a Peshawar market rose to 40 on Wednesday, police said. Police had initially put the toll at 31 after Tuesday's blast.",
      '2023-07-26T15:00:00Z',
    );
    expect(f).toMatchObject({ value: 40, isUpdate: true, date: '2023-07-25' });
  });
});

describe('readReport: the country is where people were hit', () => {
  it('places "Russian drones hit ... Sumy ... Kherson" in Ukraine, not in the attacker\'s country', () => {
    const figures = read(
      'KYIV (Reuters) - Russian drones struck an apartment block in Sumy on Friday, killing four people, and a Russian shell killed a woman in Kherson, regional officials said.',
      '2024-04-12T16:00:00Z',
    );
    expect(figures.map((f) => [f.value, f.country])).toEqual([
      [4, 'UA'],
      [1, 'UA'],
    ]);
  });
  it('does not read "Turkey blamed" or "Uganda\'s president said" as the place hit', () => {
    const [f] = read(
      'BAGHDAD: A car bomb killed 11 people in the Iraqi city of Sinjar on Monday. Turkey blamed Kurdish militants for the attack, which also wounded 20 people.',
      '2024-01-15T12:00:00Z',
    );
    expect(f.country).toBe('IQ');
    expect(
      read(
        "NAIROBI: Militants killed 30 Ugandan soldiers at a base in central Somalia on Sunday, Uganda's president said.",
        '2024-01-15T12:00:00Z',
      )[0].country,
    ).toBe('SO');
  });
  it('reads people who "fled to neighbouring Uganda" as displaced from the country of the fighting', () => {
    const [f] = read(
      'GOMA: About 3,000 people fled to neighbouring Uganda on Sunday after militia attacks in North Kivu, the UN refugee agency said.',
      '2024-06-10T12:00:00Z',
    );
    expect(f).toMatchObject({ metric: 'displaced', country: 'CD' });
  });
  it('reads an ambiguous "Congo" as the DR Congo that the report\'s provinces name', () => {
    const [f] = read(
      "KINSHASA (Reuters) - Militiamen killed 18 villagers in Congo's South Kivu province on Thursday, local officials said.",
      '2024-06-07T12:00:00Z',
    );
    expect(f.country).toBe('CD');
  });
  it('leaves out a landmark: "in the village of X, 30 km north of Makurdi" does not add Makurdi', () => {
    const [f] = read(
      'ABUJA, Nigeria (AP) — Gunmen killed 12 farmers on Saturday in a village 30 kilometres north of Makurdi in Benue state, police said.',
      '2024-03-02T18:00:00Z',
    );
    expect(f.places).not.toContain('Makurdi');
    expect(f.country).toBe('NG');
  });
});

describe('readReport: singular victims', () => {
  it('reads "a 70-year-old woman was killed" and "one person died" as one person each', () => {
    const figures = read(
      'ODESA, Ukraine (AP) — A 70-year-old woman was killed when a Russian missile hit her house in Odesa on Monday. In Bakhmut, one person died in shelling on Monday, officials said.',
      '2023-05-08T18:00:00Z',
    );
    expect(figures.map((f) => [f.metric, f.value, f.country])).toEqual([
      ['killed', 1, 'UA'],
      ['killed', 1, 'UA'],
    ]);
  });
});

describe('readReport: short spans are incidents, long ones tallies', () => {
  const text =
    "TRIPOLI: Clashes between rival militias in Libya's capital Tripoli have killed 27 people since Monday, the health ministry said on Tuesday. The fighting has also driven 4,500 people from their homes, the Red Crescent said.";
  it('reads "have killed 27 people since Monday" a day later as the incident itself', () => {
    const [killed] = read(text, '2023-08-15T12:00:00Z');
    expect(killed).toMatchObject({
      kind: 'incident',
      value: 27,
      country: 'LY',
    });
  });
  it('reads "has also driven 4,500 people from their homes" after it as the same incident, in the same places', () => {
    const [killed, displaced] = read(text, '2023-08-15T12:00:00Z');
    expect(displaced).toMatchObject({
      kind: 'incident',
      metric: 'displaced',
      value: 4500,
      date: killed.date,
      places: killed.places,
    });
  });
  it('reads "since Monday" in a report of the following Saturday as a tally', () => {
    const [killed] = read(text, '2023-08-19T12:00:00Z');
    expect(killed).toMatchObject({ kind: 'cumulative', since: '2023-08-14' });
  });
  it('reads "over several days in mid-March" as a tally, not one incident', () => {
    const [f] = read(
      'BAMAKO: Soldiers and foreign fighters killed more than 300 people in the central Mali town of Moura over several days in late March, the UN said on Friday.',
      '2022-04-08T12:00:00Z',
    );
    expect(f.kind).toBe('cumulative');
  });
  it('reads "In March alone, 90 civilians were killed" as a month\'s tally', () => {
    const [f] = read(
      'KYIV: In March alone, 90 civilians were killed and 300 injured in Ukraine, the UN monitoring mission said.',
      '2024-04-10T12:00:00Z',
    );
    expect(f).toMatchObject({ kind: 'cumulative', since: '2024-03-01' });
  });
});

describe('readReport: populations and stocks are not new displacement', () => {
  it('reads "a school ... that shelters about 2,000 people who fled earlier fighting" as a place\'s population', () => {
    const figures = read(
      'BENI, Congo: Gunmen attacked a school in Beni in North Kivu that shelters about 2,000 people who fled earlier fighting, killing nine of them on Wednesday, officials said.',
      '2024-06-12T18:00:00Z',
    );
    expect(figures.filter((f) => f.metric === 'displaced')).toEqual([]);
  });
  it('reads "More than 700,000 Sudanese have fled their homes" as a national stock, not an incident', () => {
    const figures = read(
      'KHARTOUM: Shelling killed 15 people in Omdurman on Friday, medics said. More than 700,000 Sudanese have fled their homes, the UN says.',
      '2023-05-20T12:00:00Z',
    );
    expect(figures.find((f) => f.metric === 'displaced')?.kind).toBe('cumulative');
  });
});

describe('readReport: criminal gang members are militants', () => {
  it('reads "five cartel members" killed by police as militants', () => {
    const figures = read(
      'TEGUCIGALPA, Honduras (AP) — Police killed five cartel members in a shootout on a highway near San Pedro Sula on Friday, officials said.',
      '2024-06-08T10:00:00Z',
    );
    expect(figures[0]).toMatchObject({ metric: 'killed', value: 5, victims: 'militants' });
  });
});

describe('readReport: people named by what they belong to', () => {
  it('reads "members of the national police" as police killed, past the "of" phrase', () => {
    const figures = read(
      'At least 41 members of the national police have been killed in Tillaberi region so far this year, a Nigerien rights group said.',
      '2024-08-20T10:00:00Z',
    );
    expect(figures).toEqual([expect.objectContaining({ kind: 'cumulative', metric: 'killed', value: 41, victims: 'police' })]);
  });
  it('reads "inhabitants of the camp and nearby hamlets have fled" as displacement, the "of" phrase skipped', () => {
    const figures = read(
      'Gunmen burned homes in a camp near Kaga Bandoro on Tuesday, killing four people. Roughly 2,500 inhabitants of the camp and nearby hamlets have fled into the bush, aid workers said.',
      '2024-08-22T10:00:00Z',
    );
    expect(figures).toContainEqual(expect.objectContaining({ metric: 'displaced', value: 2500 }));
  });
});

describe('readReport: flight counted from the attack', () => {
  it('reads "have fled since the raid" as part of that raid\'s incident, dated to it', () => {
    const figures = read(
      'Militants raided the town of Ancuabe in Cabo Delgado on Tuesday, killing six villagers, local officials said. About 1,800 people have fled the district since the raid, the aid agency said on Thursday.',
      '2024-08-23T10:00:00Z',
    );
    expect(figures).toContainEqual(expect.objectContaining({ kind: 'incident', metric: 'displaced', value: 1800, date: '2024-08-20' }));
  });
});

describe('readReport: page furniture', () => {
  it('reads no count from a photo caption or a link to another story', () => {
    // scenarios/real/D-lk-easter-sunday-bombings/02 and F-sy-homs-military-academy-drone-attack/05
    const figures = read(
      "Death toll from Sri Lanka's blasts rises to 290\n\n[Photo caption] Police check a Colombo street, April 21, 2019. The government said the blasts had killed at least 207 by Sunday evening. (Xinhua)\n\nCOLOMBO -- Police said on Monday that the number of people killed in the explosions that hit Sri Lanka on Sunday has climbed to 290.\n\nRead More: Drone strike killed seven soldiers at a graduation ceremony",
      '2019-04-22T12:00:00Z',
    );
    expect(figures.map((f) => f.value)).toEqual([290]);
  });

  it("places no count in the country of an outlet's credit line", () => {
    // scenarios/real/F-bf-seytenga-massacre/02: "(France 24 with AFP, Reuters)" closes the report.
    const figures = read(
      'Suspected militants killed at least 50 civilians when they attacked a village in northern Burkina Faso, a government spokesman said on Monday.\n\n(France 24 with AFP, Reuters)',
      '2022-06-13T12:00:00Z',
    );
    expect(figures.map((f) => [f.value, f.country])).toEqual([[50, 'BF']]);
  });

  it('places no count at a dateline in ordinary case after the headline ("Bangkok - Villagers ...")', () => {
    // scenarios/real/E-mm-pazigyi-airstrike/04
    const figures = read(
      "Death toll from Myanmar air strike climbs to at least 130\n\nBangkok - Villagers on Thursday cremated the last of the estimated 130 people killed in an airstrike in Myanmar's Sagaing region on Tuesday.",
      '2023-04-13T12:00:00Z',
    );
    expect(figures.map((f) => [f.value, f.places])).toEqual([[130, ['Sagaing']]]);
  });

  it('places no count at a dateline with a colon that opens the body under a headline ("Islamabad: Security forces ...")', () => {
    // scenarios/real/Q-pk-jaffar-express-hijacking/03
    const figures = read(
      'Pakistan train hijack: army says every hostage is free\nIslamabad: Security forces on Wednesday freed more than 340 passengers, an army official said, confirming that militants had shot dead 27 soldiers on the train in Balochistan.',
      '2025-03-12T17:00:00Z',
    );
    expect(figures.map((f) => [f.value, f.places])).toEqual([[27, ['Balochistan']]]);
  });
});
