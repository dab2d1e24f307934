import { resolveIncidentDay, resolveSince } from './report-dates';

const SEED = '2019-08-10T15:00:00Z'; // a Saturday

describe('resolveIncidentDay', () => {
  it('reads "on Saturday" in a report published on Saturday as that same day', () => {
    expect(resolveIncidentDay('killed 70 combatants on Saturday', SEED)).toBe('2019-08-10');
  });
  it('reads the date told after a weekday as that weekday\'s: "on Sunday morning, January 27" a week later (Jolo, 2019)', () => {
    expect(resolveIncidentDay('over a hundred were hurt in the twin blasts on Sunday morning, January 27', '2019-02-04T12:00:00Z')).toBe(
      '2019-01-27',
    );
    expect(resolveIncidentDay('two people were killed on Sunday (27 January) in Jolo', '2019-02-04T12:00:00Z')).toBe('2019-01-27');
  });
  it('reads a holiday of a fixed date as that date: "the Christmas Eve attack", "on Christmas Day" (Plateau, 2023)', () => {
    expect(resolveIncidentDay('the people killed in the Christmas Eve attack has climbed to 195', '2023-12-28T12:00:00Z')).toBe('2023-12-24');
    expect(resolveIncidentDay('gunmen killed 20 people on Christmas Day', '2024-01-02T12:00:00Z')).toBe('2023-12-25');
  });
  it('reads lower-case "march" and "may" as the noun and the verb they are, not months ("a peace march ... earlier this month")', () => {
    // scenarios/real/J-tr-ankara-peace-rally-bombing 06: the Ankara peace march of October 2015 is no March.
    expect(
      resolveIncidentDay('bombers who killed 102 people in an attack on a peace march in Ankara earlier this month', '2015-10-19T12:00:00Z'),
    ).toBe('2015-10-01');
    expect(resolveIncidentDay('the toll may rise, after 12 were killed in March', '2015-10-19T12:00:00Z')).toBe('2015-03-01');
  });
  it('reads "late last week" as the Friday of the week before the report\'s and "early last week" as its Monday', () => {
    // scenarios/real/J-so-mogadishu-lido-beach-attack 05: published Monday 5 August 2024, the Friday 2 August bombing.
    expect(resolveIncidentDay('The attack, which took place late last week, was claimed by al-Shabaab', '2024-08-05T12:00:00Z')).toBe('2024-08-02');
    expect(resolveIncidentDay('gunmen killed five people early last week', '2024-08-05T12:00:00Z')).toBe('2024-07-29');
  });
  it('reads no day of the deaths in the occasion a speaker spoke at, nor in a name like a weekday ("At a meeting ... on Wednesday, Monday Kassah ... said")', () => {
    expect(
      resolveIncidentDay(
        "At a meeting with Nigeria's vice president on Wednesday, Monday Kassah, head of the Bokkos local government, said 148 villagers in Bokkos had been killed in the attacks.",
        '2023-12-28T16:00:00Z',
      ),
    ).toBeNull();
  });
  it('skips the day a statement was made right after a dateline ("BAKU: On Wednesday Azerbaijan said ... in last week\'s offensive")', () => {
    expect(
      resolveIncidentDay(
        "BAKU: On Wednesday Azerbaijan said 192 of its soldiers and one civilian lost their lives in last week's lightning offensive.",
        '2023-09-27T13:18:00Z',
      ),
    ).toBe('2023-09-20');
  });
  it('reads no day of the deaths in the day told between a speaker and the verb ("Governor Alia on Sunday confirmed that 59 ...")', () => {
    expect(
      resolveIncidentDay('Benue State Governor Hyacinth Alia on Sunday confirmed that 59 people were killed in Yelewata.', '2025-06-16T06:00:00Z'),
    ).toBeNull();
    expect(resolveIncidentDay('Gunmen shot dead two officers in Kandahar late on Friday, said a spokesman.', '2017-05-27T12:00:00Z')).toBe(
      '2017-05-26',
    );
    expect(
      resolveIncidentDay(
        'Radio Nepal on Friday quoted a security official as saying that another 300 rebels died in Jumla in a gun battle that started at 10.30 PM on Thursday.',
        '2002-11-16T06:00:00Z',
      ),
    ).toBe('2002-11-14');
  });
  it('reads the weekday beside a speaker\'s "yesterday" or "today" as the day: "yesterday (Friday)", "Today (Saturday)"', () => {
    // eval/real20 2005: a Saturday quote in a Sunday report.
    expect(resolveIncidentDay('The assault on the Zamzam camp yesterday (Friday) killed more than 100 civilians.', '2025-04-13T02:00:00Z')).toBe(
      '2025-04-11',
    );
    expect(resolveIncidentDay('Today (Saturday), another attack on the Abu Shouk camp killed 14 more civilians.', '2025-04-13T02:00:00Z')).toBe(
      '2025-04-12',
    );
  });
  it('reads a year a sentence opens on as the year of what it tells ("In 2010 Maoists ambushed a police patrol and killed 76")', () => {
    expect(resolveIncidentDay('In 2010 Maoists ambushed a police patrol and killed 76.', '2017-04-24T12:00:00Z', { years: true })).toBe('2010-01-01');
  });
  it('reads "In November last year" as that month of the year before, and no day in one still ahead ("for four days from Sunday")', () => {
    expect(resolveIncidentDay('In November last year a suicide bombing at Quetta railway station killed 26 people.', '2025-11-09T09:00:00Z')).toBe(
      '2024-11-01',
    );
    expect(
      resolveIncidentDay(
        'Pakistan Railways has stopped running the train for four days from Sunday, months after an attack on it left 26 people dead.',
        '2025-11-09T09:00:00Z',
      ),
    ).toBeNull();
  });
  it('reads "In January, 22 civilians were killed" as January, not January 22', () => {
    expect(resolveIncidentDay('In January, 22 civilians were killed when the village of Motogatta was attacked.', '2024-03-14T12:00:00Z')).toBe(
      '2024-01-01',
    );
  });
  it('reads "On Aug. 7, 14 people were killed" still as August 7', () => {
    expect(resolveIncidentDay('On Aug. 7, 14 people were killed.', '2023-08-13T22:00:00Z')).toBe('2023-08-07');
  });
  it('reads "on January 4 last year" in the year before the report\'s', () => {
    expect(
      resolveIncidentDay('AA fighters attacked four police outposts in Buthidaung township on January 4 last year.', '2020-06-01T06:00:00Z'),
    ).toBe('2019-01-04');
  });
  it('reads "a Saturday in September 2013" as no particular Saturday, while "a Thursday attack" is that Thursday\'s', () => {
    expect(resolveIncidentDay('gunmen stormed the mall on a Saturday in September 2013, killing 67', '2020-10-07T12:00:00Z')).toBe('2013-09-01');
    expect(resolveIncidentDay('the group claimed a Thursday attack that killed two', '2020-10-07T12:00:00Z')).toBe('2020-10-01');
  });
  it('reads no two-digit year in the count after a day\'s comma ("On Aug. 7, 14 people were killed")', () => {
    // scenarios/real/K-af-kabul-dubai-city-wedding-bombing 03: chrono read August 7, 2014.
    expect(resolveIncidentDay('On Aug. 7, 14 people were killed and another 145 wounded', '2019-08-18T12:00:00Z')).toBe('2019-08-07');
  });
  it('skips the day of a burial told after the count ("adding that the dead were buried on Friday")', () => {
    // eval/real15/1508.
    expect(
      resolveIncidentDay('"In all we found 43 bodies," a resident said, adding that the dead were buried on Friday', '2021-07-10T12:00:00Z'),
    ).toBeNull();
  });
  it('skips the day a speaker told a news agency ("told the Reuters news agency on Friday", "told the state-run IRNA news agency")', () => {
    // eval/real22/2228: the day of the interview, not of the killings.
    expect(resolveIncidentDay('"We have found 60 bodies," a volunteer told the Reuters news agency on Friday', '2020-12-25T12:00:00Z')).toBeNull();
    expect(resolveIncidentDay('an official told the state-run IRNA news agency on Sunday', '2020-12-27T12:00:00Z')).toBeNull();
  });
  it('skips the day of a burial told with its place ("were buried in the capital, Niamey, on Saturday")', () => {
    // scenarios/real/S-ne-chinagodrar-army-post-attack/03
    expect(
      resolveIncidentDay('at least 60 soldiers who died in the attack were buried in the capital, Niamey, on Saturday', '2020-01-11T12:00:00Z'),
    ).toBeNull();
  });
  it('skips the day a ceasefire took effect ("a ceasefire ... took effect on October 10, yet both sides kept reporting shelling")', () => {
    // scenarios/real/S-az-ganja-oct17-missile-strike/01, eval/real9/912
    expect(
      resolveIncidentDay(
        'a ceasefire for the conflict zone took effect on October 10, yet both sides have kept reporting shelling',
        '2020-10-17T12:00:00Z',
      ),
    ).toBeNull();
  });
  it('skips the day of a statement posted online and of words told to "the French news agency AFP"', () => {
    // scenarios/real/J-co-bogota-police-academy-bombing/05, J-so-mogadishu-lido-beach-attack/02
    expect(resolveIncidentDay('the rebels said in a statement posted on its website early on Monday', '2019-01-21T12:00:00Z')).toBeNull();
    expect(
      resolveIncidentDay('"I saw seven bodies," an officer had first told the French news agency AFP on Saturday', '2024-08-03T12:00:00Z'),
    ).toBeNull();
  });
  it('skips the day of a visit to the site and the start of an offensive the attack came during', () => {
    // stories T (Bohoma), eval/real2/130, stories R (Tchoma Bangou) 05
    expect(
      resolveIncidentDay('the president said he went to the site of the attack on Tuesday to honour the dead', '2020-03-25T07:00:00Z'),
    ).toBeNull();
    expect(
      resolveIncidentDay(
        'The attack happened as the army was trying to launch an offensive against the armed group that had started over the weekend.',
        '2020-03-25T07:00:00Z',
      ),
    ).toBeNull();
  });
  it('reads no day of the deaths in bodies "recovered overnight", though a plain "overnight" is the publication day', () => {
    // scenarios/real/K-ua-dnipro-apartment-missile-strike/04
    expect(resolveIncidentDay('at least 30 people are dead after more bodies were recovered overnight', '2023-01-17T06:00:00Z')).toBeNull();
    expect(resolveIncidentDay('drones struck the city overnight', '2023-01-17T06:00:00Z')).toBe('2023-01-17');
  });
  it('reads "on Monday" as the latest Monday on or before publication, never the next one', () => {
    expect(resolveIncidentDay('the government on Monday scrapped a ceasefire', SEED)).toBe('2019-08-05');
  });
  it('reads "last week" as seven days before publication and "overnight" as the publication day', () => {
    expect(resolveIncidentDay('killed more than 40 civilians last week', SEED)).toBe('2019-08-03');
    expect(resolveIncidentDay('strikes killed 30 Palestinians overnight', SEED)).toBe('2019-08-10');
  });
  it('skips the day a source spoke: "on Sunday, medics said on Monday"', () => {
    expect(resolveIncidentDay('killed at least 40 people on Sunday, medics said on Monday.', '2024-06-10T09:00:00Z')).toBe('2024-06-09');
  });
  it('reads no day in a ranking that counts back to a war\'s start: "Israel\'s bloodiest since the war began 19 days ago"', () => {
    // scenarios/real/L-lb-qana-airstrike 03: the strike was dated to the war's first day.
    expect(
      resolveIncidentDay(
        "The people who died in the attack on Qana - Israel's bloodiest since the war began 19 days ago - included 37 children.",
        '2006-07-31T06:00:00Z',
      ),
    ).toBeNull();
  });
  it('reads no day of the deaths in when a count was given: "a statement sent to AFP on Friday", "the official toll, given on Sunday"', () => {
    // scenarios/real/L-bf-karma-massacre 03: the rights group's count became an incident of the Friday it was sent.
    expect(
      resolveIncidentDay('In a statement sent to AFP on Friday, the group said its teams had documented 136 people killed.', '2023-04-29T12:00:00Z'),
    ).toBeNull();
    expect(resolveIncidentDay('The official toll, given on Sunday by the public prosecutor, was around sixty.', '2023-04-29T12:00:00Z')).toBeNull();
  });
  it('reads the attack\'s day, not the day reports were gathered: "Reports gathered on Saturday ... after Thursday\'s attacks"', () => {
    // eval/real26 Maguindanao: the displaced of Thursday's attacks became an incident of the Saturday the councils reported.
    expect(
      resolveIncidentDay(
        "Reports gathered on Saturday from several municipal councils said 12,033 people had been forced to move to safer places after Thursday's attacks.",
        '2021-03-20T10:00:00Z',
      ),
    ).toBe('2021-03-18');
  });
});

describe('resolveSince', () => {
  it('reads "the end of April" as 2019-04-30 in a report of 2019-08-10', () => {
    expect(resolveSince('the end of April that has killed', SEED)).toBe('2019-04-30');
  });
  it('reads a bare year as the year: "it started ... in 2011"', () => {
    expect(resolveSince('it started with the brutal repression of anti-government protests in 2011.', SEED)).toBe('2011');
  });
  it('reads "mid-April" as the 15th', () => {
    expect(resolveSince('the war erupted in mid-April', '2023-09-11T10:00:00Z')).toBe('2023-04-15');
  });
});

describe('resolveIncidentDay: a night told from one day into the next (eval/real29 Beni)', () => {
  it('reads "overnight from Tuesday into Wednesday" as the Tuesday, as "overnight Tuesday to Wednesday" is', () => {
    expect(
      resolveIncidentDay('ADF fighters struck again overnight from Tuesday into Wednesday, this time in the village of Vido', '2022-10-06T10:00:00Z'),
    ).toBe('2022-10-04');
    expect(resolveIncidentDay('ADF fighters struck overnight Tuesday to Wednesday', '2022-10-06T10:00:00Z')).toBe('2022-10-04');
  });
});

describe('resolveIncidentDay: when a government came to power (stories Y, Bangkok)', () => {
  it('reads no day in "the attack, which injured more than 123 people and is a test for the administration that removed the elected government in May 2014"', () => {
    expect(
      resolveIncidentDay(
        'Nobody claimed the attack, which injured more than 123 people and is a serious test for the military administration that removed the elected government in May 2014.',
        '2015-08-17T19:00:00Z',
      ),
    ).toBeNull();
  });
});

describe('resolveIncidentDay: an accord signed and a mourning declared (stories Y, Paoua)', () => {
  it("reads the day the killing is told with, not the day the attackers' group signed an accord", () => {
    expect(
      resolveIncidentDay(
        'Rebels from one of the 14 armed groups that signed the Khartoum (Sudan) Peace and Unity Accord with the government on February 5, 2019 killed 34 civilians and wounded five others on May 22, 2019.',
        '2019-05-24T09:00:00Z',
      ),
    ).toBe('2019-05-22');
  });
  it('keeps the day an attack is told with after a government that seized power ("which seized power in February 2021")', () => {
    expect(resolveIncidentDay('The junta, which seized power in February 2021, killed 12 villagers on Monday.', '2019-05-24T09:00:00Z')).toBe(
      '2019-05-20',
    );
  });
  it('reads no day in "declared three days of mourning, beginning on Thursday, for more than 50 people killed this week"', () => {
    expect(
      resolveIncidentDay(
        'The president declared three days of mourning, beginning on Thursday, for more than 50 people killed this week in a massacre.',
        '2019-05-23T12:00:00Z',
      ),
    ).toBeNull();
  });
});

describe('resolveIncidentDay: a count after a month and its comma (eval/real31 Paniai)', () => {
  it('reads "As of last October, 76,228 refugees" and "In October, 76 people" as last October, no year 1976', () => {
    expect(resolveIncidentDay('As of last October, 76,228 refugees were displaced', '2024-06-19T10:00:00Z')).toBe('2023-10-01');
    expect(resolveIncidentDay('In October, 76 people were killed in the province', '2024-06-19T10:00:00Z')).toBe('2023-10-01');
  });
});

describe('resolveIncidentDay: the day a war began (eval/real16 Ganja)', () => {
  it('reads no day in "since the fighting broke out at the end of September, 41 civilians have been killed"', () => {
    expect(
      resolveIncidentDay(
        'It also counted that since the fighting broke out at the end of September, 41 civilians have been killed in Azerbaijan.',
        '2020-10-11T12:00:00Z',
      ),
    ).toBeNull();
  });
});
