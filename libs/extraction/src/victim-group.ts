import { ONE_PERSON_MORE_NOUNS, PERSON_NOUNS } from './lexicon';

/** A noun naming people (lexicon.ts PERSON_NOUNS), for pointing back from "two of them" to "the assailants". */
export const PERSON_NOUN = new RegExp(String.raw`\b(?:${PERSON_NOUNS})\b`, 'gu');

// Up to three modifiers between number and noun: "32 pro-government forces", "12 more Palestinian civilians", "5,500
// other camp residents" and "36 quarry workers" (the place or trade people belong to),
// "dozens of people", "five other UN peacekeepers", "eight anti-Balaka fighters" (a prefix before a name).
const MODIFIER = String.raw`(?:[\w-]+-old|of|more|other|additional|further|young|adult|unarmed|innocent|local|foreign|armed|allied|suspected|alleged|fellow|gang|cartel|criminal|militia|government|regime|rebel|security|state(?=\s+(?:troops|forces|security|soldiers))|army|military|paramilitary|naval|police|aid|health|humanitarian|displaced|wounded|injured|elderly|civilian|tribal|ethnic|rival|clan|social|community|religious|traditional|camp|village|town|city|market|school|church|mosque|border|farm|hospital|prison|university|refugee|IDP|neighbou?rhood|quarry|construction|mine|factory|road|bus|truck|taxi|rail(?:way)?|dock|hotel|wedding|polio|election|[A-Z][\p{L}'’.-]*|(?:al|el|ad|as|ash|ar|an|at|az)-[A-Z][\p{L}'’.-]*|[a-z]+-[\p{L}'’]+)`;
// "38 jihadists and allied rebels" is one group of 38.
export const VICTIM_PHRASE = new RegExp(
  String.raw`^\s+((?:${MODIFIER}\s+){0,3}?)(${PERSON_NOUNS})\b(?:\s+and\s+(?:allied|other|fellow|foreign)\s+(?:${PERSON_NOUNS})\b)?`,
  'u',
);

// "A villager was shot dead", "a rescuer was killed": after "a"/"an" the singular nouns that never head a count
// (lexicon.ts ONE_PERSON_MORE_NOUNS) name the one person hit.
export const ONE_PERSON_PHRASE = new RegExp(String.raw`^\s+((?:${MODIFIER}\s+){0,2}?)(${ONE_PERSON_MORE_NOUNS})\b`, 'u');

const GROUPS: [RegExp, string][] = [
  // "more than 300 security personnel": police and soldiers together, the side of the state.
  [
    /pro-government|pro-regime|government (?:forces|troops)|regime (?:forces|troops|fighters|loyalists)|loyalist|security (?:personnel|forces)/i,
    'pro-government forces',
  ],
  [/\b(?:children|child|kids|boys?|girls?|minors|babies|infants|teenagers)\b/i, 'children'],
  [/\b(?:women|woman)\b/i, 'women'],
  // Villagers, residents, worshippers and farmers are civilians by what they were doing when hit (blind coders' rule).
  [/\b(?:civilians?|villagers?|residents?|worshippers|farmers?|shepherds?|herders|traders?|shoppers|pilgrims|mourners)\b/i, 'civilians'],
  [/\bcombatants\b/i, 'combatants'],
  [/\b(?:soldiers?|peacekeepers?|troops|servicem\w+|army|conscripts|recruits|personnel|captain|commander)\b/i, 'soldiers'],
  [/\b(?:police\w*|officers|gendarmes?)\b/i, 'police'],
  [
    /\b(?:militants?|khawarij|khwarij|jihadists|insurgents|rebels|gunmen|attackers|extremists|terrorists|islamists|militiamen|fighters|assailants|raiders|bandits|gangsters|guerrillas|separatists|partisans|Maoists|Naxal(?:ite)?s|(?:gang|cartel|militia) members)\b/i,
    'militants',
  ],
];

/** The victim group a noun phrase names ("pro-government forces", "civilians"); "people" when only people. */
export function readVictimGroup(phrase: string | null): string {
  if (!phrase) return 'unspecified';
  for (const [pattern, group] of GROUPS) if (pattern.test(phrase)) return group;
  return 'people';
}
