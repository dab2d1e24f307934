import { expectReading } from './read-cases.testing';

// Sentences in the project's own words: a number is a count of people hit only when a victim noun and a cue of harm
// tie it to them. Published Thursday 2024-03-14.
describe('sentence counts', () => {
  it('reads a count from the verb before it ("killing 23 fighters")', () => {
    expectReading('Army helicopters pounded rebel positions in the hills, killing 23 fighters, a military spokesman said.', [
      { kind: 'incident', metric: 'killed', value: 23, qualifier: 'exact', victims: 'militants' },
    ]);
  });

  it('reads a count from the words after its noun ("have lost their lives")', () => {
    expectReading('More than 60 villagers have lost their lives in the raids, the local council chairman told Reuters.', [
      { metric: 'killed', value: 60, qualifier: 'more_than', victims: 'civilians' },
    ]);
  });

  it('reads people a verb forces "to flee" as displaced', () => {
    expectReading('The renewed fighting forced some 7,500 people to flee their homes in Ituri province, the UN refugee agency said.', [
      { metric: 'displaced', value: 7500, qualifier: 'some' },
    ]);
  });

  it('reads people abducted as kidnapped and people who went missing as missing', () => {
    expectReading('Armed men abducted 17 students from a boarding school in Kaduna state, police said.', [{ metric: 'kidnapped', value: 17 }]);
    expectReading('Two aid workers went missing after their convoy was ambushed in South Darfur, their employer said.', [
      { metric: 'missing', value: 2 },
    ]);
  });

  it('reads one person with no number written, and "a third" as one more of the group just named', () => {
    expectReading('A Ukrainian soldier was killed and two others were wounded by a Russian drone near Bakhmut, the brigade said.', [
      { metric: 'killed', value: 1, victims: 'soldiers' },
      { metric: 'injured', value: 2 },
    ]);
    expectReading('Two policemen were shot dead at a checkpoint in Quetta and a third was wounded, officials said.', [
      { metric: 'killed', value: 2, victims: 'police' },
      { metric: 'injured', value: 1, victims: 'police' },
    ]);
  });

  it('reads a vague count and a range at their lower bound', () => {
    expectReading('Dozens of civilians were killed when militants attacked a convoy near Djibo, security sources said.', [
      { metric: 'killed', value: 12, qualifier: 'at_least' },
    ]);
    expectReading('Between 15 and 20 civilians were killed when a drone struck a wedding party in Sagaing region, a resident said.', [
      { metric: 'killed', value: 15, qualifier: 'at_least' },
    ]);
  });

  it('reads the bodies of people recovered as people killed', () => {
    expectReading(
      'Rescue workers recovered the bodies of 23 people from the rubble of the shelled apartment block in Dnipro, the regional governor said.',
      [{ metric: 'killed', value: 23 }],
    );
  });

  it('reads a displacement told in families and again in people once, in people', () => {
    expectReading(
      'The clashes displaced an estimated 3,800 families, or roughly 26,000 people, in Cabo Delgado, the International Organization for Migration said.',
      [{ metric: 'displaced', value: 26000, qualifier: 'about' }],
    );
  });

  it('dates a count to the publication day when nothing in the report gives its day', () => {
    expectReading('Armed men abducted 17 students from a boarding school in Kaduna state, police said.', [{ kind: 'incident', date: '2024-03-14' }]);
  });

  it.each([
    ['houses and vehicles', 'The militants torched 40 houses and stole 12 vehicles during the raid on the village, residents said.'],
    ['a share of a population', 'After nine years of war, 80 percent of Yemenis depend on aid, the World Food Programme said.'],
    ['a duration and buildings', 'The shelling lasted 12 hours and damaged three hospitals in Khartoum, doctors said.'],
    ['an age', 'The blast killed 16-year-old Amina Yusuf and her father in Maiduguri, relatives said.'],
    [
      'dead and wounded told as one count',
      'Gunmen killed or wounded 40 police officers in a series of attacks in Guerrero, the state prosecutor said.',
    ],
    ['people reached with aid', 'More than 10,000 displaced families have been given food parcels and blankets in the camps, the agency said.'],
  ])('reads no count of people hit in %s', (_what, text) => {
    expectReading(text, []);
  });

  it('reads the people a camp shelters as no count, and those its bombing killed as one', () => {
    expectReading(
      'The camp in Goma, home to some 60,000 people who fled earlier fighting, was hit by two bombs on Friday, killing nine people, the UN said.',
      [{ metric: 'killed', value: 9, date: '2024-03-08' }],
    );
  });

  it.each([
    ['Bandits abducted 40 students, a police officer said on Monday.', 'kidnapped', 40],
    ['Gunmen killed 12 villagers, a resident told AFP.', 'killed', 12],
    ['Troops killed 18 militants, an army commander said.', 'killed', 18],
  ])('reads no count in the one person a count is attributed to: %s', (text, metric, value) => {
    expectReading(text, [{ metric: metric as 'killed', value }]);
  });

  it('reads the victims of "18 al-Shabaab militants" as militants', () => {
    expectReading("Troops killed 18 al-Shabaab militants in Somalia's Galmudug state on Tuesday, the army said.", [
      { value: 18, victims: 'militants' },
    ]);
  });

  it('reads "Eight more were killed" as a count of its own', () => {
    expectReading(
      "Gunmen killed 11 people at a market in Nigeria's Katsina state on Tuesday. Eight more were killed in a nearby village, officials said.",
      [
        { metric: 'killed', value: 11 },
        { metric: 'killed', value: 8 },
      ],
    );
  });
  it('counts the share, not the group it was taken from ("Four of the five attackers were killed")', () => {
    expectReading('Four of the five attackers were killed when troops fired back.', [{ metric: 'killed', value: 4, victims: 'militants' }]);
  });
  it('reads people "admitted to hospital with injuries" as injured, and those still in hospital as a part of them', () => {
    expectReading(
      'The health ministry said 485 people had been admitted to hospital with injuries in the bombings, but only 149 were still in hospital.',
      [{ metric: 'injured', value: 485 }],
    );
  });
  it('reads "killed 11 people, a woman among them" as 11, not 12', () => {
    expectReading('Gunmen stormed a billiard hall and killed 11 people, a woman among them, and wounded many more.', [
      { metric: 'killed', value: 11 },
    ]);
  });

  it('reads counts with a chain of harm ("were tortured and killed") and of inmates', () => {
    expectReading('Five teenagers were tortured and killed in a field, and at least 46 women inmates were killed in a prison riot.', [
      { metric: 'killed', value: 5 },
      { metric: 'killed', value: 46 },
    ]);
  });
  it('reads "31 soldiers and three army auxiliaries were killed" as both counts', () => {
    expectReading('At least 31 soldiers and three army auxiliaries were killed on Monday in an attack by suspected jihadists.', [
      { metric: 'killed', value: 31 },
      { metric: 'killed', value: 3 },
    ]);
  });

  it('reads the names forces and fighters go by in other places as people ("jawans", "constables", "guerrillas")', () => {
    expectReading('Six jawans of the reserve guard were killed when Maoists blew up their vehicle in Bijapur district, police said.', [
      { metric: 'killed', value: 6 },
    ]);
    expectReading('Gunmen on motorcycles shot dead two constables guarding a polio team in Bannu, officials said.', [{ metric: 'killed', value: 2 }]);
    expectReading('The army said 14 guerrillas were killed in the clash in the mountains of Cauca.', [{ metric: 'killed', value: 14 }]);
  });
  it('reads by how much two counts differ as no count ("587, which is 75 bodies more than at the previous update")', () => {
    expectReading(
      'According to the report, the final number of dead in the bombing is 587, which is 75 bodies more than at the previous update in December.',
      [{ metric: 'killed', value: 587 }],
      '2018-03-05T10:00:00Z',
    );
  });

  it('reads one person of more kinds ("killed a paramilitary ranger"), not a group a person word qualifies ("the rebel group")', () => {
    // eval/real6/515, eval/real3/218
    expectReading('A bomb in southern Thailand killed a paramilitary ranger on Monday and left six more rangers badly hurt, police said.', [
      { metric: 'killed', value: 1 },
      { metric: 'injured', value: 6 },
    ]);
    expectReading(
      'Clashes with the outlawed Bangsamoro Islamic Freedom Fighters have left 36 members of the rebel group and one soldier dead in all, the military said on Wednesday.',
      [{ value: 36 }, { value: 1 }],
    );
  });

  it('reads the wounded who die as a count of the dead ("One more soldier wounded in the attack dies of his injuries")', () => {
    // scenarios/real/G-in-uri-army-base-attack/06; "226 of them had died" keeps the 1,300 wounded (eval/blind6).
    expectReading('One more soldier wounded in the Uri attack in India dies of his injuries at the army hospital.', [{ metric: 'killed', value: 1 }]);
    expectReading('The hospital had received more than 1,300 wounded since May 10, and 226 of them had died.', [{ metric: 'injured', value: 1300 }]);
  });

  it('reads no count of the dead in families ("two families were shot dead"), and the members of one family as people', () => {
    // eval/real11/1126
    expectReading(
      'Three days before that, eight adult members of one family were slain in Oaxaca. And in Tamaulipas, two families were shot dead in two separate attacks.',
      [{ metric: 'killed', value: 8 }],
    );
  });

  it('reads "caused the death of 9 pilgrims" as a count of the dead, not a part of the wounded after it', () => {
    // eval/real11/1124
    expectReading('The bus went down into a gorge, which caused the death of 9 pilgrims, and 33 are injured, police said.', [
      { metric: 'killed', value: 9 },
      { metric: 'injured', value: 33 },
    ]);
  });

  it('reads a toll given "as" a number ("gave the death toll as 13", "have given the number of dead as 81")', () => {
    // eval/real1 018 and 023.
    expectReading('The deputy provincial police chief gave the death toll as 13.', [{ metric: 'killed', value: 13 }]);
    expectReading("Survivors of Tuesday's attack have given the number of dead as 81.", [{ metric: 'killed', value: 81 }]);
  });

  it('reads people told with where they lived between count and verb ("people living in Kirawa, a town on the border, have crossed")', () => {
    // eval/real12 1201.
    expectReading(
      "Over 5,000 people living in Kirawa, a town on Borno State's border, have crossed into Cameroon since Boko Haram fighters attacked the town on Thursday.",
      [{ kind: 'incident', metric: 'displaced', value: 5000, date: '2024-03-14' }],
      '2024-03-16T12:00:00Z',
    );
  });

  it('reads counts told as estimates ("are estimated to have been killed", "made homeless")', () => {
    // eval/real12 1218.
    expectReading('Up to 2,000 people are estimated to have been killed and about 430,000 made homeless in the conflict in the province.', [
      { kind: 'cumulative', metric: 'killed', value: 2000 },
      { kind: 'cumulative', metric: 'displaced', value: 430000 },
    ]);
  });

  it('reads "has gone up to 14" as a toll that rose, not as "up to 14"', () => {
    // eval/real12 1206.
    expectReading('The number of people killed by US airstrikes on the port city has gone up to 14, the health authorities said.', [
      { metric: 'killed', value: 14, qualifier: 'exact', source: 'health authorities' },
    ]);
    expectReading('Up to 14 people were killed in the strikes.', [{ metric: 'killed', value: 14, qualifier: 'up_to' }]);
  });

  it('reads one of the wounded who died after a long aside as a death, not as one wounded', () => {
    // scenarios/real/G-ug-mpondwe-lhubiriha-school-attack 04.
    expectReading(
      "One of the eight people wounded in Friday night's attack on Lhubiriha Secondary School, which sits just over a mile from the border, died during the night, said the town's mayor.",
      [{ metric: 'killed', value: 1 }],
    );
  });

  it('reads no count in bodies identified or flown in, only in the dead they belong to', () => {
    // scenarios/real/I-ke-garissa-university-college-attack 04.
    expectReading(
      'Only 21 bodies had been identified by Saturday evening. More than 100 bodies have already been flown in and brought to the mortuary, where families waited to learn whether their loved ones were among the ill-fated 148 killed in the attack.',
      [{ metric: 'killed', value: 148 }],
    );
  });

  it('reads a count whose noun is followed by a listed aside ("13 people, among them women, children and a police officer, were killed")', () => {
    // eval/real13 1328.
    expectReading(
      'Police said Saturday that at least 13 people, among them women, children and a police officer, were killed in western Guatemala.',
      [{ metric: 'killed', value: 13, source: 'Police' }],
    );
  });

  it('reads people who escaped the violence, or ran from a gun battle, as displaced ("escaped ethnic violence")', () => {
    // eval/real14/1418 and 1414; people who escaped an attack unhurt are survivors, not displaced.
    expectReading('Around 23,000 people have escaped ethnic violence in the north-east, the army said on Sunday.', [
      { metric: 'displaced', value: 23_000 },
    ]);
    expectReading('A school took in around 1,200 residents who had run from a moving gun battle between troops and gunmen.', [
      { metric: 'displaced', value: 1200 },
    ]);
    expectReading('Twenty people escaped the attack unhurt.', []);
  });

  it('reads a count with "in all" between its noun and its verb ("383 people in all had been injured")', () => {
    // scenarios/real/J-pk-sehwan-shrine-bombing 06.
    expectReading('Giving a breakdown of the casualties, he said 383 people in all had been injured in the bombing.', [
      { metric: 'injured', value: 383 },
    ]);
  });

  it('reads people driven across the border as displaced ("drove about 2,500 people across the border")', () => {
    // eval/real15/1524.
    expectReading('The strikes over the weekend drove about 2,500 people across the border, according to the group.', [
      { metric: 'displaced', value: 2500 },
    ]);
  });

  it('reads no one killed in lives put in danger or saved ("putting thousands of civilian lives in danger")', () => {
    // eval/real15/1506.
    expectReading('Fresh violence is putting thousands of civilian lives in danger, the UN refugee agency warns.', []);
    expectReading('Medics saved 40 lives after the blast.', []);
  });

  it('reads a side\'s own dead ("it lost 79 soldiers"), never things lost ("lost 3 matches", "lost 112 cattle")', () => {
    // eval/real15/1523, eval/real10/1028; eval/real6/505.
    expectReading('Azerbaijan has said it lost 79 soldiers.', [{ metric: 'killed', value: 79 }]);
    expectReading('The team lost 3 matches and the herder lost 112 cattle in October.', []);
  });

  it('reads people running from a purge or a pogrom as displaced ("100,000 members of the minority running from a purge")', () => {
    // eval/real23/2324
    expectReading(
      'About 50,000 members of the Tajik minority running from a purge by armed mobs gathered at the border on Monday, a community leader said.',
      [{ metric: 'displaced', value: 50000, qualifier: 'about' }],
      '2010-06-14T12:00:00Z',
    );
  });

  it('reads each count of a sentence by the toll told nearest before it ("the number killed had climbed to 80, and the number of wounded to 350")', () => {
    // scenarios/real/S-af-kabul-zanbaq-truck-bombing/01, P-ph-jolo-serantes-street-blasts/02
    expectReading(
      'The ministry said on Wednesday that the number of people killed in the explosion had climbed to 60, and that the number of wounded had climbed to 300.',
      [
        { metric: 'killed', value: 60 },
        { metric: 'injured', value: 300 },
      ],
    );
  });

  it('reads a toll that "had gone past" a number as more than it', () => {
    // eval/real24/2409, scenarios/real/F-bf-seytenga-massacre/02, P-ng-yelwata-benue-massacre/01
    expectReading('A security source said the death toll had gone past 80.', [{ metric: 'killed', value: 80, qualifier: 'more_than' }]);
  });

  it('reads no figure in a speaker\'s own dead ("a resident whose wife and three children died in the attack")', () => {
    // eval/real24/2403
    expectReading(
      'Bandits killed about 50 people in villages in Zamfara on Tuesday, officials said. A resident whose wife and three children died in the attack said about 120 people had been buried.',
      [{ value: 50 }],
      '2022-01-11T12:00:00Z',
    );
  });

  it('reads people taken to hospital as wounded, but not people who rushed to a hospital for shelter', () => {
    // eval/real25/2528; eval/real6/508
    expectReading('He added that 11 people have been taken to hospital, several of them badly hurt.', [{ metric: 'injured', value: 11 }]);
    expectReading('Some 5,000 people rushed to a hospital in the town when armed groups set fire to homes.', []);
  });

  it('reads people "hacked to death" or "beaten to death" as killed', () => {
    // eval/real25/2510, eval/blind3 Cabo Delgado fishermen
    expectReading('Militants have hacked to death six fishermen in the province, local sources said.', [{ metric: 'killed', value: 6 }]);
    expectReading('Insurgents stopped a car and hacked to death the four people who were in it.', [{ metric: 'killed', value: 4 }]);
  });

  it('reads the people buried as the dead ("Today we buried 32 of them"), but not a bare count buried', () => {
    // eval/real23/2308, eval/blind5 Ituri; eval/real21/2102.
    expectReading('Gunmen raided a village in Ethiopia on Sunday. "Today we buried 40 of them," the administrator said.', [
      { metric: 'killed', value: 40 },
    ]);
    expectReading('"We have buried 30 people, among them 9 children," the official said on Monday.', [{ metric: 'killed', value: 30 }]);
    expectReading('"So far we have buried 20, and we are still searching the bush," a resident said.', []);
  });

  it('reads one who was wounded and has since died as one killed, not a tally ("A civilian who was wounded ... has died")', () => {
    // eval/real15/1523.
    expectReading(
      "A civilian who was wounded during the neighbour's offensive on September 13-14 and had been receiving hospital treatment has died, the ministry said.",
      [{ kind: 'incident', metric: 'killed', value: 1 }],
      '2022-09-22T10:00:00Z',
    );
  });

  it('reads a count "now known to have died"', () => {
    // eval/real15/1521.
    expectReading('Local authorities say 29 people are now known to have died in the strike on the block.', [{ metric: 'killed', value: 29 }]);
  });

  it('reads no flight in displaced people told by where they lived ("Dozens of displaced people were living in this house")', () => {
    // eval/real15/1512; "About 300 displaced families arrived in Kaya on Monday" is a flight.
    expectReading('Dozens of displaced people were living in this house.', []);
    expectReading('About 300 displaced families arrived in Kaya on Monday.', [{ metric: 'displaced', value: 300 }]);
  });

  it('reads no metric in dead and wounded told as one count ("killed and wounded dozens", "over 100 dead and wounded")', () => {
    // eval/real15/1517, scenarios/real/H-af-kunduz-sayed-abad-mosque-bombing 01; "12 killed and 30 wounded" are two counts.
    expectReading('A suicide bomber killed and wounded dozens of members of the Guards on Sunday.', []);
    expectReading('Over 100 dead and wounded as blast hits mosque.', []);
    expectReading('The blast left 12 killed and 30 wounded.', [
      { metric: 'killed', value: 12 },
      { metric: 'injured', value: 30 },
    ]);
  });

  it('reads a number given "as anywhere between 28 and 50" by a verb of giving as its low bound', () => {
    // eval/real16 1625: "Reports give the number of wounded as anywhere between 28 and more than 50 people."
    expectReading('Reports give the number of wounded as anywhere between 28 and 50.', [{ metric: 'injured', value: 28, qualifier: 'at_least' }]);
  });

  it('reads no toll in "its lower toll was based on a register of 63 people who had taken shelter": "of" names the toll only right after it', () => {
    // scenarios/real/L-lb-qana-airstrike 04: the register of those sheltering became the strike's toll.
    expectReading(
      'Human Rights Watch said its lower toll was based on a register of 63 people who had taken shelter in the basement of the building.',
      [],
    );
    expectReading('Officials gave a toll of 54 dead on Sunday.', [{ metric: 'killed', value: 54 }]);
  });

  it('reads foreigners, nationals and citizens as people counted ("14 Taliban fighters and six foreigners lost their lives")', () => {
    // eval/real18/1819
    expectReading(
      'According to the governor, 14 Taliban fighters and six foreigners "lost their lives in airstrikes carried out by the special forces" in Helmand.',
      [
        { metric: 'killed', value: 14, victims: 'militants' },
        { metric: 'killed', value: 6 },
      ],
      '2019-09-23T12:00:00Z',
    );
  });

  it('reads the lynched and the beheaded as killed', () => {
    // eval/real18/1826, eval/real18/1810
    expectReading(
      'Vigilante groups lynched more than 35 people in Port-au-Prince on Monday.',
      [{ metric: 'killed', value: 35 }],
      '2023-08-18T12:00:00Z',
    );
    expectReading(
      'Insurgents beheaded three villagers near Palma on Saturday, a local source said.',
      [{ metric: 'killed', value: 3 }],
      '2021-06-18T12:00:00Z',
    );
  });

  it('reads counts of other years set against a count ("against more than 25,000 in 2006 and 22,000 in 2007") as tallies of their years', () => {
    // eval/real18/1814: Iraq Body Count's yearly tallies.
    expectReading(
      "Between 8,300 and 9,000 people were killed in Iraq this year, against more than 25,000 in 2006 and 22,000 in 2007, according to the group's figures.",
      [
        { kind: 'cumulative', metric: 'killed', value: 8300 },
        { kind: 'cumulative', metric: 'killed', value: 25_000, since: '2006' },
        { kind: 'cumulative', metric: 'killed', value: 22_000, since: '2007' },
      ],
      '2008-12-28T12:00:00Z',
    );
  });

  it('reads charred or mutilated bodies found as killed, and people "from the village" who "are missing" as missing', () => {
    // eval/real18/1822
    expectReading(
      'Local media reported that at least 20 charred bodies with their hands tied had been found in the village in Sagaing region.',
      [{ metric: 'killed', value: 20 }],
      '2022-07-22T12:00:00Z',
    );
    expectReading(
      'Residents said that at least 30 people from the village in Sagaing region are missing.',
      [{ metric: 'missing', value: 30 }],
      '2022-07-22T12:00:00Z',
    );
  });
  it('reads people "forced to move to safer places" or "forced to leave" as displaced', () => {
    // eval/real26/2628
    expectReading(
      "Councils said 4,210 people, the old and the young among them, had been forced to move to safer places after Tuesday's clashes near the town.",
      [{ metric: 'displaced', value: 4210, date: '2024-03-12' }],
    );
    expectReading('Some 900 families were forced to leave after the shelling, the mayor said.', [{ metric: 'displaced', value: 900 }]);
  });
  it('reads Maoists, Naxalites, guerrillas and separatists as militants', () => {
    // eval/real21/2112: "118 Maoists" read as people took in the 300 rebels feared dead beside them.
    expectReading('Security forces killed at least 40 Maoists in a gun battle in the district on Thursday.', [{ value: 40, victims: 'militants' }]);
    expectReading('Troops killed 12 guerrillas near the river.', [{ value: 12, victims: 'militants' }]);
  });
  it('reads people "sheltering in" a country or "taking refuge in" camps as displaced, not people killed where they sheltered', () => {
    // eval/real27/2727
    expectReading('More than 300 villagers are sheltering in Thailand, the aid group said.', [{ metric: 'displaced', value: 300 }]);
    expectReading('Five people sheltering in a basement were killed when the shell hit.', [{ metric: 'killed', value: 5 }]);
  });
  it('reads "the massacre of 43 civilians" as 43 killed, and no year after "the massacre of"', () => {
    // stories W (Komanda): the follow-up's own toll was read nowhere.
    expectReading('The bishop spoke after the massacre of 43 civilians at a church service in the town on Sunday.', [
      { metric: 'killed', value: 43 },
    ]);
    expectReading('Survivors of the massacre of 1994 gathered in the square.', []);
  });
  it('reads a count with its nouns "among them" set off after it: "38 people, women and children among them, were confirmed dead"', () => {
    // stories W (Komanda); stories I (Ngarbuh)
    expectReading('At least 38 people, women and children among them, were confirmed dead at the church.', [{ metric: 'killed', value: 38 }]);
  });
  it('reads "a fourth person had died" as a toll of four, and "a fourth was arrested" after three dead as no toll', () => {
    // stories W (Strasbourg)
    expectReading("The prosecutor's office said on Friday that a fourth person had died of wounds suffered in Tuesday's shooting.", [
      { metric: 'killed', value: 4, date: '2024-03-12' },
    ]);
    expectReading('Three of the attackers died at the scene, and a fourth was arrested.', [{ metric: 'killed', value: 3 }]);
  });
  it('reads "Two men\'s bodies ... turned up" as two killed', () => {
    // eval/real19/1926
    expectReading("Two men's bodies, one of them headless, turned up on Tuesday in the border city.", [
      { metric: 'killed', value: 2, date: '2024-03-12' },
    ]);
  });
  it('reads "the number of bodies found ... has fallen from 86 to 68" as a toll of 68', () => {
    // stories V (Oslo)
    expectReading('The number of bodies found on the island has fallen from 86 to 68, police said.', [{ metric: 'killed', value: 68 }]);
  });
  it('reads "240 citizens were lost that night" as 240 killed, and no homes or contact lost', () => {
    // stories V (Gaziantep)
    expectReading('He recalled the coup attempt of July 15, in which 240 citizens were lost that night.', [
      { metric: 'killed', value: 240, date: '2023-07-15' },
    ]);
    expectReading('About 300 homes were lost in the fire, and contact with 12 soldiers was lost to the north.', []);
  });
  it('reads no count the report says was first confirmed before its update: "investigators had at first confirmed that nine or 10 people"', () => {
    // stories V (Oslo)
    expectReading('Investigators had at first confirmed that nine or 10 people had been killed on the island.', []);
  });
});

describe('sentence counts: the number of victims (eval/real31 Batken)', () => {
  it('reads "took the number of victims to 36, with 183 others injured" as 36 dead and 183 injured', () => {
    expectReading('The fighting took the number of victims to 36, with 183 others injured, officials said.', [
      { metric: 'killed', value: 36 },
      { metric: 'injured', value: 183 },
    ]);
  });
});

describe('sentence counts: killing told as gunning down or shooting dead (eval/real31 Dhanusha)', () => {
  it('reads "Soldiers in Nepal gunned down 14 Maoist guerrillas" and "shooting dead a security guard" as killings', () => {
    expectReading('Soldiers in Nepal gunned down 14 Maoist guerrillas in a firefight on Sunday, an army officer said.', [
      { metric: 'killed', value: 14 },
    ]);
    expectReading('The gunmen stormed the school on Monday, shooting dead a security guard before marching the children into the bush.', [
      { metric: 'killed', value: 1 },
    ]);
  });
});

describe('sentence counts: minor casualties and crossing the front lines (eval/real31 Mannar)', () => {
  it('reads "another 45 were recorded as minor casualties" as wounded and "300 civilians crossed the front lines" as flight', () => {
    expectReading('The military put its own losses at 10 killed and 46 seriously wounded, while another 45 were recorded as minor casualties.', [
      { metric: 'killed', value: 10 },
      { metric: 'injured', value: 46 },
      { metric: 'injured', value: 45 },
    ]);
    expectReading('Around 300 civilians crossed the front lines on Saturday into areas under government control, officials said.', [
      { metric: 'displaced', value: 300 },
    ]);
  });
});
