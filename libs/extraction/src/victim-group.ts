// The nouns that make a number a count of people: "70 combatants", "400,000 people", "38 jihadists".
const NOUNS = String.raw`people|persons?|individuals|civilians?|children|child|kids|boys|girls|minors|babies|infants|women|woman|men|combatants|fighters|soldiers?|troops|servicemen|servicemembers|personnel|officers|policemen|police|gendarmes?|militants?|khawarij|khwarij|jihadists|insurgents|rebels|gunmen|attackers|extremists|terrorists|islamists|militiamen|members|forces|loyalists|residents|villagers|worshippers|farmers|herders|students|pupils|passengers|migrants|refugees|others|journalists|workers|medics|doctors|nurses|patients|relatives|hostages|peacekeepers|protesters|demonstrators|miners|traders|fishermen|families|households|inhabitants|victims|prisoners|detainees|guards|staff|recruits|volunteers|conscripts|mourners|shoppers|bystanders|teenagers|youths|pilgrims|assailants|raiders|bandits|gangsters|patients|paramedics|rescuers|firefighters|teachers|leaders|activists|homicides|murders|clerics|monks|priests|shepherds|teacher|man|boy|girl|policeman|journalist|worker|resident|farmer|student|militant|officer|peacekeeper|captain|commander|guard|driver|paramedic|medic|abbot|trader|shepherd|[A-Z][\p{L}]+(?:ians|ans|is|ese|abe|abè|ais|ois)|Rohingyas?|Uyghurs`;

/** A noun naming people, for pointing back from "two of them" to "the assailants". */
export const PERSON_NOUN = new RegExp(String.raw`\b(?:${NOUNS})\b`, 'gu');

// Up to three modifiers between number and noun: "32 pro-government forces", "12 more Palestinian civilians",
// "dozens of people", "five other UN peacekeepers".
const MODIFIER = String.raw`(?:[\w-]+-old|of|more|other|additional|further|young|unarmed|innocent|local|foreign|armed|allied|suspected|alleged|fellow|gang|cartel|criminal|militia|government|regime|rebel|security|army|police|aid|health|humanitarian|displaced|wounded|injured|elderly|civilian|tribal|ethnic|rival|clan|social|community|religious|traditional|[A-Z][\p{L}'’.-]*|(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z][\p{L}'’.-]*|[a-z]+-[a-z]+)`;
// "38 jihadists and allied rebels" is one group of 38.
export const VICTIM_PHRASE = new RegExp(
  String.raw`^\s+((?:${MODIFIER}\s+){0,3}?)(${NOUNS})\b(?:\s+and\s+(?:allied|other|fellow|foreign)\s+(?:${NOUNS})\b)?`,
  'u',
);

const GROUPS: [RegExp, string][] = [
  // "more than 300 security personnel": police and soldiers together, the side of the state.
  [
    /pro-government|pro-regime|government (?:forces|troops)|regime (?:forces|troops|fighters|loyalists)|loyalist|security (?:personnel|forces)/i,
    'pro-government forces',
  ],
  [/\b(?:children|child|kids|boys?|girls?|minors|babies|infants|teenagers)\b/i, 'children'],
  [/\b(?:women|woman)\b/i, 'women'],
  // Villagers, residents, worshippers and farmers are civilians by what they were doing when hit (blind coders' rule).
  [/\b(?:civilians?|villagers|residents?|worshippers|farmers?|shepherds?|herders|traders?|shoppers|pilgrims|mourners)\b/i, 'civilians'],
  [/\bcombatants\b/i, 'combatants'],
  [/\b(?:soldiers?|peacekeepers?|troops|servicem\w+|army|conscripts|recruits|personnel|captain|commander)\b/i, 'soldiers'],
  [/\b(?:police\w*|officers|gendarmes?)\b/i, 'police'],
  [
    /\b(?:militants?|khawarij|khwarij|jihadists|insurgents|rebels|gunmen|attackers|extremists|terrorists|islamists|militiamen|fighters|assailants|raiders|bandits|gangsters|(?:gang|cartel|militia) members)\b/i,
    'militants',
  ],
];

/** The victim group a noun phrase names ("pro-government forces", "civilians"); "people" when only people. */
export function readVictimGroup(phrase: string | null): string {
  if (!phrase) return 'unspecified';
  for (const [pattern, group] of GROUPS) if (pattern.test(phrase)) return group;
  return 'people';
}
