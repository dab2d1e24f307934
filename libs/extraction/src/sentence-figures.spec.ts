import { readSentenceFigures } from './sentence-figures';

const read = (s: string) => readSentenceFigures(s).map((f) => [f.metric, f.value, f.subgroupOf ? 'part' : 'figure']);

describe('readSentenceFigures', () => {
  it('reads a cue before the number: "killed 70 combatants on Saturday"', () => {
    expect(read('Clashes in northwest Syria killed 70 combatants on Saturday, a war monitor said.')).toEqual([['killed', 70, 'figure']]);
  });
  it('reads a cue after the victim noun: "Nearly 80 people have lost their lives"', () => {
    expect(read('Nearly 80 people have lost their lives in retaliatory fire.')).toEqual([['killed', 80, 'figure']]);
  });
  it('reads coordinated counts under one cue: "claimed the lives of 32 pro-government forces as well as 38 jihadists"', () => {
    expect(read('Fighting claimed the lives of 32 pro-government forces as well as 38 jihadists and allied rebels.')).toEqual([
      ['killed', 32, 'figure'],
      ['killed', 38, 'figure'],
    ]);
  });
  it('reads "killing at least 19 people and wounding 27" as two metrics', () => {
    expect(read('A suicide bomber blew himself up, killing at least 19 people and wounding 27, police said.')).toEqual([
      ['killed', 19, 'figure'],
      ['injured', 27, 'figure'],
    ]);
  });
  it('reads "including four children" as a part of the 13, not a figure', () => {
    expect(read('Air strikes killed at least 13 civilians, including four children, on Monday.')).toEqual([
      ['killed', 13, 'figure'],
      ['killed', 4, 'part'],
    ]);
  });
  it('reads "raised their own count of fighters and civilians killed to 213" as an update of the killed', () => {
    expect(
      readSentenceFigures('The separatists have raised their own count of fighters and civilians killed to 213.').map((f) => [
        f.metric,
        f.value,
        f.isUpdate,
      ]),
    ).toEqual([['killed', 213, true]]);
  });
  it('reads "the death toll rose to 45" as an update', () => {
    const [f] = readSentenceFigures('The death toll from the car bomb rose to 45 on Wednesday.');
    expect(f).toMatchObject({ metric: 'killed', value: 45, isUpdate: true });
  });
  it('reads displacement: "pushed 400,000 people from their homes", "forced some 250,000 people to flee"', () => {
    expect(read('The violence has also pushed 400,000 people from their homes.')).toEqual([['displaced', 400000, 'figure']]);
    expect(read('The attack forced some 250,000 people to flee.')).toEqual([['displaced', 250000, 'figure']]);
  });
  it('reads kidnapped and missing: "abducted 20 women", "50 civilians are missing"', () => {
    expect(read('Gunmen killed 12 farmers and abducted 20 women.')).toEqual([
      ['killed', 12, 'figure'],
      ['kidnapped', 20, 'figure'],
    ]);
    expect(read('Eleven soldiers were killed and 50 civilians are missing.')).toEqual([
      ['killed', 11, 'figure'],
      ['missing', 50, 'figure'],
    ]);
  });
  it('reads one person with no number written: "An Israeli soldier was also killed"', () => {
    expect(read('An Israeli soldier was also killed, the military said.')).toEqual([['killed', 1, 'figure']]);
  });
  it.each([
    'one of the last centres of opposition after eight years of civil war',
    'a ceasefire which lasted only three days',
    'the gunmen also burned 30 homes and destroyed five tanks',
    'appealed for $4.3 billion, covering only 30 percent of needs',
    'a 45-year-old commander was sentenced to 20 years in prison',
    'since it started with the brutal repression of protests in 2011',
  ])('reads no figure in "%s" (ages, years, durations, ranks, money, percentages, things)', (s) => {
    expect(read(s)).toEqual([]);
  });
  it('leaves a bare vague magnitude out: "and displaced millions"', () => {
    expect(read("Syria's conflict has killed more than 370,000 people and displaced millions since 2011.")).toEqual([['killed', 370000, 'figure']]);
  });
  it('skips a count the report supersedes: "had earlier reported 40 dead"', () => {
    expect(read('The Observatory had earlier reported 40 dead in the blast.')).toEqual([]);
  });
});

describe('readSentenceFigures: a share of the displaced that fled abroad', () => {
  it('reads "1.1 million of them have crossed into Bangladesh" as displacement of its own, not a part', () => {
    expect(read('Myanmar counts 3 million uprooted people, and 1.1 million of them have crossed into Bangladesh, the UN says.')).toContainEqual([
      'displaced',
      1100000,
      'figure',
    ]);
  });
});

describe('readSentenceFigures: "all" before the count of those killed', () => {
  it('reads "troops had killed all four raiders" as four killed', () => {
    expect(read('Army officers in Chad said troops had killed all four raiders after a chase near Abeche.')).toEqual([['killed', 4, 'figure']]);
  });
});

describe('readSentenceFigures: one person named by a noun that never heads a count', () => {
  it('reads "a villager was shot dead" as one killed', () => {
    expect(read('In Yala province late on Thursday, a villager was shot dead as he headed home from his work on a rubber plantation.')).toEqual([
      ['killed', 1, 'figure'],
    ]);
  });
  it('reads no one in "a rebel group killed five people" beyond the five', () => {
    expect(read('A rebel group killed five people in the village on Monday.')).toEqual([['killed', 5, 'figure']]);
  });
});

describe('readSentenceFigures: an aside between dashes', () => {
  it('reads "nearly 5,000 people -- Buddhists and Muslims alike -- have been killed" as a count of the killed', () => {
    expect(
      read(
        'Deep South Watch says nearly 5,000 people -- Buddhists and Muslims alike -- have been killed and 8,300 wounded since the unrest began in 2004.',
      ),
    ).toEqual([
      ['killed', 5000, 'figure'],
      ['injured', 8300, 'figure'],
    ]);
  });
});

describe('readSentenceFigures: people coming home', () => {
  it('reads no displacement in "6,000 people who had fled violence in 2015 went back to the Baroua area"', () => {
    expect(
      read(
        'The assault came two months after roughly 6,000 people who had fled violence in 2015 went back to the Baroua area in June, under a scheme to persuade 26,000 residents to go home.',
      ),
    ).toEqual([]);
  });
});

describe('readSentenceFigures: a place between the count and its verb', () => {
  it('reads "10,000 people in the area have fled their homes" as 10,000 displaced', () => {
    expect(read('The UN said that 10,000 people in the area have fled their homes.')).toEqual([['displaced', 10000, 'figure']]);
  });
  it('reads "253 people in Gaza had been wounded" as 253 wounded', () => {
    expect(read('The health ministry also said that 253 people in Gaza had been wounded since hostilities broke out on Friday.')).toEqual([
      ['injured', 253, 'figure'],
    ]);
  });
});

describe('readSentenceFigures: the place people belong to before their noun', () => {
  it('reads "5,500 other camp residents fled" as 5,500 displaced', () => {
    expect(read('Five people died in that attack, and 5,500 other camp residents fled.')).toEqual([
      ['killed', 5, 'figure'],
      ['displaced', 5500, 'figure'],
    ]);
  });
});

describe('readSentenceFigures: the trade people work in before their noun', () => {
  it('reads "they killed 36 quarry workers" as 36 workers killed', () => {
    expect(readSentenceFigures('In December 2014 they killed 36 quarry workers.').map((f) => [f.metric, f.value, f.group])).toEqual([
      ['killed', 36, 'quarry workers'],
    ]);
  });
});

describe('readSentenceFigures: deaths told as succumbing', () => {
  it('reads "Two civilians succumbed to their injuries in hospital" as two killed', () => {
    expect(read('Two civilians succumbed to their injuries in hospital.')).toEqual([['killed', 2, 'figure']]);
  });
});

describe('readSentenceFigures: people who left the camp or the town', () => {
  it('reads "500 residents left the camp on Monday as the violence escalated" as 500 displaced', () => {
    expect(
      read('The International Organization for Migration also said that 500 residents left the camp on Monday as the violence escalated.'),
    ).toEqual([['displaced', 500, 'figure']]);
  });
});

describe('readSentenceFigures: words of real reports for who was hit and how (eval/real29)', () => {
  it('reads an evacuation the fighting forced as displacement: "forced the evacuation of more than 138,000 people"', () => {
    expect(read("The fighting has forced the evacuation of more than 138,000 people from Thailand's border regions.")).toEqual([
      ['displaced', 138000, 'figure'],
    ]);
  });
  it('reads no flight in an evacuation only planned: "plans the evacuation of 2,000 residents"', () => {
    expect(read('The governor plans the evacuation of 2,000 residents next week.')).toEqual([]);
  });
  it('reads "savagely put to death with knives" as killed, not "the 16 people put to death last month" after a hanging', () => {
    expect(read('Local civil society says 11 civilians were savagely put to death with knives.')).toEqual([['killed', 11, 'figure']]);
    expect(read('The group said it avenged those the regime hanged, the 16 people put to death last month in Zahedan.')).toEqual([]);
  });
  it('reads "six military personnel" as a count of people', () => {
    expect(readSentenceFigures('Six military personnel were killed in the shelling.').map((f) => [f.value, f.victims])).toEqual([[6, 'soldiers']]);
  });
  it('reads "two suspected members of the armed group" as militants, "two members of the family" as people', () => {
    const victims = (s: string) => readSentenceFigures(s).map((f) => [f.value, f.victims]);
    expect(victims('The army found the bodies of two suspected members of the armed group that ambushed the patrol.')).toEqual([[2, 'militants']]);
    expect(victims('Two members of the family were killed in the raid.')).toEqual([[2, 'people']]);
  });
});

describe('readSentenceFigures: the count a new one is measured against (eval/real29 Albu Kamal)', () => {
  it('reads no figure in "close to double the 26 deaths the monitor had counted on Saturday"', () => {
    expect(read('That was close to double the 26 deaths the Britain-based monitor had counted on Saturday.')).toEqual([]);
  });
});

describe('readSentenceFigures: where a toll may go (stories Y, Bangkok)', () => {
  it('reads no figure in "the death toll might rise to nearer 30" or "would rise to 13"', () => {
    expect(read('The police chief said it had been a pipe bomb, and added that the death toll might rise to nearer 30.')).toEqual([]);
    expect(read('If the bodies are those of foreigners, the number of known foreign dead would rise to 13.')).toEqual([]);
  });
});

describe("readSentenceFigures: the state's troops (stories P, Jolo)", () => {
  it('reads "9 state troops and 6 civilians" as a count of troops and one of civilians', () => {
    expect(read('The August 24 blasts killed 9 state troops and 6 civilians.')).toEqual([
      ['killed', 9, 'figure'],
      ['killed', 6, 'figure'],
    ]);
  });
});

describe('readSentenceFigures: people pushed out of their villages (eval/real30 Kachin)', () => {
  it('reads "pushing some 2,000 people out of rural villages and into bigger towns" as displacement', () => {
    expect(read('The fighting had grown fiercer, pushing some 2,000 people out of rural villages and into bigger towns.')).toEqual([
      ['displaced', 2000, 'figure'],
    ]);
  });
});
