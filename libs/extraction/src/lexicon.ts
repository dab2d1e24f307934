// The reader's vocabulary: the word lists its patterns are built from, named for what they name in a conflict
// report (harm per metric, events, time, speech and sources, people, places). Each export is a RegExp fragment:
// alternatives joined by "|", with no flags, anchors or \b, and no group around the list unless it stands for one
// word (WEEKDAYS, MONTH_WORD). Patterns are built from them as in
// new RegExp(String.raw`\b(?:${ATTACK_NOUNS}|shelling)\b`, 'i').
//
// What belongs here: a list of words that two or more patterns share, or that a reader looks for by what it
// means (the words for killed, the verbs of speech). What does not: the grammar of a rule (which words stand
// before the number, what may come between noun and verb), which stays beside the rule; and a list tuned for one
// pattern only, which stays there. A pattern that needs a few more words adds them beside the list it uses
// ("(?:${ATTACK_NOUNS}|incident|shelling)"), so that widening one rule widens no other. Changing a list here
// changes every pattern built from it: score the evals before and after (`npm run eval`, see README.md).

// ---- Harm: what happened to the people counted, one list per metric (metric-cues.ts builds the cues) ----

// "martyred", "embraced shahadat", "sent to hell" (Pakistani and Middle Eastern wires and army press releases) and
// "neutralised" (army communiqués) all mean killed.
// "11 civilians were savagely put to death with knives" (eval/real29 Beni) is a killing; "the 16 people put to death last
// month" after "the regime hanged" an execution.
/** Killed: "killed", "dead", "lost their lives", "slain", "martyred". */
export const KILLED_CUES = String.raw`kill(?:ed|ing|s)|(?<=\b(?:were|was|been)\s)lost(?!\s+(?:to|in|at|from|for|on)\b)|dead|died|die|deaths?|fatalities|lost their lives|lives|slain|slaughtered|massacred|executed|shot dead|put to death(?=\s+(?:with|using)\b)|murdered|lynched|beheaded|decapitated|perished|succumbed to (?:their|his|her|the) (?:\w+ )?(?:injuries|wounds)|martyred|embraced shahadat|sent to hell|neutrali[sz]ed|blew (?:himself|herself|themselves) up`;
// "six others sustained injuries", "suffered serious wounds": the injury told as a noun after its verb.
/** Injured: "wounded", "hurt", "sustained injuries", "13 people have been taken to hospital" (eval/real25 Bellavista). */
export const INJURED_CUES = String.raw`injur(?:ed|ing|ies|y|es)|wound(?:ed|ing|s)|hurt|maimed|(?:recorded|listed|counted) as (?:minor|light|slight) casualties|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)|admitted to (?:the\s+)?hospitals?\s+with\s+(?:\w+\s+)?(?:injuries|wounds)|treated for\s+(?:[\w-]+\s+){0,3}?(?:injuries|wounds|gunshot wounds|burns)|(?:were|was|been|being)\s+(?:taken|rushed|brought|admitted|evacuated)\s+to\s+(?:a\s+|the\s+)?(?:local\s+|nearby\s+|several\s+)?hospitals?|hospitali[sz]ed`;
// "a further 2 million have crossed into neighbouring countries": refugees are displaced too; "6,300 people have
// left their homes" after an attack have fled it; "evacuated from communities" is a long-term evacuation, counted
// as displacement by the blind coders, unless only planned ("8,000 civilians to be evacuated from the besieged towns").
// "100,000 members of the minority running from a purge" are displaced (eval/real23).
/** Displaced: "fled", "displaced", "crossed into", "forced from their homes", "uprooted", "escaped ethnic violence", "had run from a gun battle". */
export const DISPLACED_CUES = String.raw`displac(?:ed|ing|es)|fled|flee(?:ing)?|crossed (?:into|the border|the front ?lines?)|(?<!\b(?:to|would|will|could|should|are to|were to) be )evacuated from (?:their\s+|the\s+)?(?:[\w-]+\s+)?(?:homes|communities|towns|villages|areas|districts|zones?)|forced (?:from|out of) their homes|forced to (?:flee|leave|relocate|move (?:to|out))\b|to (?:leave|abandon) their homes|(?:left|abandoned|deserted) their (?:homes|villages|houses)|(?:left|abandoned|deserted|fled) the (?:camp|town|village|city|district|area)s?|uprooted|driven from their homes|homeless|(?:sheltering|taking refuge|took refuge|sought refuge|seeking refuge|have taken refuge)\s+(?:in|at|inside)\b|(?:escaped|ran from|run from|running from)\s+(?:the\s+|a\s+)?(?:[\w-]+\s+){0,2}?(?:violence|fighting|clashes|unrest|conflict|bombardment|shelling|battle|war|purge|pogrom|persecution|killings|massacres?)`;
/** Kidnapped: "abducted", "seized", "taken hostage". */
export const KIDNAPPED_CUES = String.raw`kidnapp?(?:ed|ing)|abduct(?:ed|ing)|seized|taken hostage|held hostage|hostages`;
/** Missing: "missing", "unaccounted for". */
export const MISSING_CUES = String.raw`missing|unaccounted for`;

// "killed 70", "killing at least", "claimed the lives of 32", "wounding dozens", "the deaths of 12",
// "displaced 2 million", "forced 5,000 people", "pushed 400,000 people", "abducted 30".
// "The fighting has forced the evacuation of more than 138,000 people": an evacuation the fighting forced is a flight.
/** Verbs (and nouns with "of") that stand right before the count they harm; the metric is read from the word. */
export const HARM_VERBS_BEFORE_COUNT = String.raw`(?:hacked|beaten|burned|burnt|stabbed|stoned|shot|clubbed) to death|(?:gunned|gunning|guns|gun|mowed|mowing) down|shoots? dead|shooting dead|kill(?:ed|ing|s)|lost|neutrali[sz](?:ed|ing)|slaughtered|massacred|executed|shot dead|murdered|lynched|beheaded|claim(?:ed|ing|s)? the lives of|claimed|cost the lives of|took the lives of|deaths? of|killings? of|massacres? of|slaughter of|injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt|maimed|displac(?:ed|ing|es)|uprooted|forc(?:ed|ing)|push(?:ed|ing)|driv(?:en|ing)|drove|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|seiz(?:ed|ing)|took|carried off|led away|left|buried|burying|(?:forc|prompt|trigger|caus)(?:ed|ing) the (?:mass |emergency )?evacuations? of`;

// "used knives and firearms to massacre 46 people": the deed told as its purpose, one list per metric.
/** "to kill", "to massacre": killing told as an infinitive. */
export const TO_KILL = String.raw`kill|massacre|slaughter|execute|murder`;
/** "to wound", "to injure". */
export const TO_INJURE = String.raw`wound|injure`;
/** "to abduct", "to kidnap". */
export const TO_KIDNAP = String.raw`abduct|kidnap`;

/**
 * What a war, a campaign or an armed group "has" done to people: the present perfect of a running tally ("The
 * insurgency has killed more than 5,000", "the fighting has displaced", "has claimed", "has left", "has cost").
 * Each rule adds the verbs it alone reads ("died", "driven", "pushed").
 */
export const TALLY_PERFECT_VERBS = String.raw`killed|displaced|claimed|left|forced|uprooted|wounded|injured|cost`;

/** Verbs of a toll that changes: "rose to", "has climbed to", "bringing the death toll to", "revised down". */
export const TOLL_UPDATE_VERBS = String.raw`rose|risen|rises|rise|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|mounted|raised|raises|raising|bringing|brought|reached|reaches|up|grew|grows|grown|soared|soars|swelled|revised|revises|revising|lowered|lowers|lower|cut|cuts|corrected|corrects|updated|updates|adjusted|adjusts`;
/** "climbed to eight", "went up to 86": a toll rising to the figure after it. */
export const ROSE_TO_VERBS = String.raw`rose|climbed|risen|climbing|rising|jumped|increased|went up|gone up|reached`;
/** "the elections due in June", "talks scheduled for Monday": what is due on a day is ahead of the report. */
export const AHEAD_WORDS = String.raw`due|scheduled|set|planned|expected|slated|postponed|delayed|called`;
/** Verbs that bring a toll to a number with more deaths: "bringing the toll to 333", "which pushed the overall toll to 16". */
export const TOLL_BRINGING_VERBS = String.raw`bringing|brings|brought|raising|raises|raised|taking|takes|took|pushing|pushes|pushed`;

/** People named by what happened to them: "among the dead were", "12 of the victims", "the wounded included". */
export const VICTIM_NOUNS = String.raw`dead|victims|wounded|injured`;

// ---- Events: what hit the people counted ----

/**
 * Nouns that name one attack: "the attack", "a raid", "an air strike", "Friday's blast". The core every rule that
 * asks "one event?" shares; each adds its own ("incident", "shelling", "siege", "battle").
 */
export const ATTACK_NOUNS = String.raw`attack|raid|strike|air ?strike|bombing|ambush|massacre|explosion|blast|assault`;

/** "the latest round of tribal fighting has killed almost 600", "a new wave of violence": one bout, not a war. */
export const LATEST_ROUND = /\b(?:latest|new|fresh|renewed|recent|last)\s+(?:round|wave|bout|spate|outbreak|flare-up|burst|spasm|episode)\s+of\b/i;

// "Clashes between rival militias have killed 12 people": one bout of fighting (the sixth blind writer), not a war.
/** One bout of fighting between armed sides, told in the plural. */
export const SKIRMISH_NOUNS = String.raw`clashes|skirmishes|gunfights|shootouts`;

// ---- Time: the words that date a count ----

const WEEKDAY_STEMS = ['mon', 'tues', 'wednes', 'thurs', 'fri', 'satur', 'sun'];
const capitalise = (word: string): string => word[0].toUpperCase() + word.slice(1);

/** Any day of the week, as one word: "(?:mon|tues|...)day" ("Monday", "saturday"). */
export const WEEKDAYS = `(?:${WEEKDAY_STEMS.join('|')})day`;
/** The same, capitalised, for case-sensitive patterns where the capital marks the name. */
export const CAPITALISED_WEEKDAYS = `(?:${WEEKDAY_STEMS.map(capitalise).join('|')})day`;

/** The months in order (index + 1 is the month's number). */
export const MONTH_NAMES: readonly string[] = [
  'january',
  'february',
  'march',
  'april',
  'may',
  'june',
  'july',
  'august',
  'september',
  'october',
  'november',
  'december',
];
/** The months, whole: "january|february|...". */
export const MONTHS = MONTH_NAMES.join('|');
// Case-sensitive patterns keep the capital: "may" is a verb, "May 12" a date.
/** The months capitalised, for case-sensitive patterns: "January|February|...". */
export const CAPITALISED_MONTHS = MONTH_NAMES.map(capitalise).join('|');
/** Words that rank an event against others ("the deadliest since 2015", "one of the highest daily numbers since ..."). */
export const RANKING_WORDS = String.raw`deadliest|worst|bloodiest|deadlier|heaviest|biggest|largest|highest|most (?:deadly|lethal|violent|serious)`;
/** A month as one word, whole or abbreviated, with its dot: "Jan.", "Sept", "March", "December". */
export const MONTH_WORD = String.raw`(?:jan(?:uary)?|feb(?:ruary)?|march|april|may|june|july|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?`;

/** Phrases that tie a count to one day: "on Saturday", "Monday's bombing", "yesterday", "overnight", "on March 3". */
export const DAY_ANCHORS = String.raw`on ${WEEKDAYS}|${WEEKDAYS}['’]s|yesterday|overnight|last night|this morning|on (?:${MONTHS}) \d`;

// ---- Speech and sources: who tells a count ----

/** Verbs of a statement: "police said", "the ministry reported", "told AFP", "confirmed". */
export const SAY_VERBS = String.raw`said|says|told|reported|announced|added|confirmed|stated`;

/** Wire agencies and broadcasters that pass on a count: a dateline's "(AFP)", ", Xinhua news agency reports". */
export const WIRE_AGENCIES = String.raw`AFP|AP|Reuters|Xinhua|dpa|ANI|IANS|UPI|Anadolu|IRNA|TASS|Interfax|Yonhap`;
/** Acronyms of the agencies and monitors that give counts. */
export const AGENCY_ACRONYMS = String.raw`OCHA|UNHCR|UNICEF|UNRWA|WHO|IOM|ACLED|MSF|Airwars`;
/** Words that end an organisation's name ("Syrian Observatory", "Health Ministry", "UN Refugee Agency"). */
export const ORGANISATION_HEADS = String.raw`Observatory|Nations|UN|U\.N\.|Ministry|ministry|Committee|Agency|agency|Office|Council|Network|Cross|Crescent|Organi[sz]ation|Fund|Programme|Commission|Project|Watch|International|Frontieres|Frontières|Borders|${AGENCY_ACRONYMS}|Army|Police|Forces|Service|Authority|Department|Mission|Monitor`;

// ---- People: who was hit, and who speaks ----

/** One person named by role or sort ("a teacher", "a policeman", "killed a militant"), in the singular. */
export const ONE_PERSON_NOUNS = String.raw`teacher|man|boy|girl|policeman|journalist|worker|resident|farmer|student|militant|officer|peacekeeper|captain|commander|guard|driver|paramedic|medic|abbot|trader|shepherd`;
/**
 * More people one at a time ("killed a paramilitary ranger", "a rescuer affiliated with Hezbollah"): read only after
 * "a"/"an", never as the head of a count, since most of them also qualify a noun ("rebel group", "refugee camp",
 * "fighter jets", "passenger bus").
 */
export const ONE_PERSON_MORE_NOUNS = String.raw`ranger|rescuer|sergeant|corporal|lieutenant|colonel|grocer|priest|cleric|imam|pastor|monk|nun|pilgrim|villager|jawan|constable|trooper|commando|marine|guerrilla|rebel|gunman|attacker|jihadist|insurgent|fighter|migrant|refugee|passenger|pupil|teenager|youth|bystander|shopper|mourner|volunteer|recruit|conscript|hostage|firefighter|activist|herder|herdsman|fisherman|miner|labou?rer|contractor|settler|policewoman|gendarme|serviceman|militiaman|bodyguard|reservist|cadet|sailor|inmate|tourist|spectator`;

/**
 * The nouns that make a number a count of people: "70 combatants", "400,000 people", "38 jihadists", a nationality
 * ("12 Malians"). Needs the 'u' flag (\p{L}).
 */
export const PERSON_NOUNS = String.raw`people|auxiliaries|reservists|bodyguards|paramilitaries|vigilantes|cadets|sailors|inmates|guests|tourists|spectators|persons?|individuals|civilians?|children|child|kids|boys|girls|minors|babies|infants|women|woman|men|combatants|fighters|soldiers?|troops|servicemen|servicemembers|personnel|officers|policemen|police|gendarmes?|militants?|khawarij|khwarij|jihadists|insurgents|rebels|gunmen|attackers|extremists|terrorists|islamists|militiamen|members|forces|loyalists|residents|villagers|worshippers|farmers|herders|students|pupils|passengers|migrants|refugees|others|journalists|workers|medics|doctors|nurses|patients|relatives|hostages|peacekeepers|protesters|demonstrators|miners|traders|fishermen|families|households|inhabitants|victims|prisoners|detainees|guards|staff|recruits|volunteers|conscripts|mourners|shoppers|bystanders|teenagers|youths|pilgrims|assailants|raiders|bandits|gangsters|patients|paramedics|rescuers|firefighters|teachers|leaders|activists|homicides|murders|clerics|monks|priests|shepherds|jawans|constables|cops|troopers|rangers|commandos|marines|paratroopers|sappers|deminers|guerrillas|partisans|separatists|Maoists|Naxal(?:ite)?s|cadres|herdsmen|nomads|labou?rers|drivers|contractors|settlers|policewomen|foreigners|nationals|expatriates|expats|citizens|diplomats|visitors|employees|engineers|supporters|worshipers|churchgoers|parishioners|congregants|devotees|customers|commuters|travell?ers|onlookers|passers-by|pedestrians|${ONE_PERSON_NOUNS}|[A-Z][\p{L}]+(?:ians|ans|is|ese|abe|abè|ais|ois)|Rohingyas?|Uyghurs|Tajiks|Uzbeks|Kazakhs|Turks|Kurds|Arabs|Serbs|Croats|Thais|Hazaras|Pashtuns|Tutsis|Hutus|Yazidis`;

/** Roles of a person who speaks or leads ("Jane Doe, head of ...", "said governor X"): a name beside one is no place. */
export const ROLE_NOUNS = String.raw`head|chief|director|leader|president|minister|governor|mayor|commander|official|secretary|coordinator|representative`;

// ---- Places: kinds of place ----

/** A place people live in, named as such: "the village of Solhan", "Kishi, a town". */
export const SETTLEMENT_NOUNS = String.raw`village|town|hamlet|settlement`;
// "Marib governorate already shelters some 1.1 million people displaced by the conflict", "Chad already hosts":
// a place's standing stock of uprooted people.
/** Stems of the verbs a place holds displaced people with: "shelters", "hosts", "houses", "accommodates". */
export const HOSTING_STEMS = String.raw`shelter|host|hous|accommodat`;

/** Ordinals from "second": the n-th is ORDINALS.indexOf + 2. */
export const ORDINALS = ['second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth'];
