import type { Metric } from './casualty-figure';
import {
  DISPLACED_CUES,
  HARM_VERBS_BEFORE_COUNT,
  INJURED_CUES,
  KIDNAPPED_CUES,
  KILLED_CUES,
  MISSING_CUES,
  TO_INJURE,
  TO_KIDNAP,
  TO_KILL,
  TOLL_UPDATE_VERBS,
} from './lexicon';

// Words that say what happened to the people counted (one list per metric, lexicon.ts). Each pattern is anchored
// where the number sits: LEFT cues end just before the number ("killed 70", "claimed the lives of 32", "pushed 400,000
// people"), RIGHT cues start just after the victim noun ("70 people were killed", "80 people have lost their lives").
/** Any word that says what happened to people, anywhere in a sentence (the figure-confidence pass measures how far). */
export const CASUALTY_WORD = new RegExp(
  String.raw`\b(?:${KILLED_CUES}|${INJURED_CUES}|${DISPLACED_CUES}|${KIDNAPPED_CUES}|${MISSING_CUES}|toll|casualties|bodies|victims|lives)\b`,
  'gi',
);

const METRIC_OF: [Metric, RegExp][] = [
  ['killed', new RegExp(`^(?:${KILLED_CUES})$`, 'i')],
  ['injured', new RegExp(`^(?:${INJURED_CUES})$`, 'i')],
  ['displaced', new RegExp(`^(?:${DISPLACED_CUES})$`, 'i')],
  ['kidnapped', new RegExp(`^(?:${KIDNAPPED_CUES})$`, 'i')],
  ['missing', new RegExp(`^(?:${MISSING_CUES})$`, 'i')],
];

const TO_KILL_CUE = new RegExp(`^to (${TO_KILL})$`);
const TO_INJURE_CUE = new RegExp(`^to (${TO_INJURE})$`);
const TO_KIDNAP_CUE = new RegExp(`^to (${TO_KIDNAP})$`);

/** The metric a cue word names: "wounded" is injured, "fled" is displaced. */
export function metricOfCue(cue: string): Metric | null {
  // "the deaths of 8", "the killing of 12": the noun names the metric, "of" only joins it to the count.
  const word = cue
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(TO_KILL_CUE, 'killed')
    .replace(TO_INJURE_CUE, 'injured')
    .replace(TO_KIDNAP_CUE, 'kidnapped')
    .replace(/^(deaths?|killings?|massacres?|slaughter) of$/, 'deaths');
  for (const [metric, pattern] of METRIC_OF) if (pattern.test(word)) return metric;
  if (/from their homes|to flee|their homes| evacuations? of$/.test(word)) return 'displaced';
  // "the number of those taken", "took 18 women with them": people taken away by attackers are kidnapped.
  if (/^(?:taken|took|carried off|led away)$/.test(word)) return 'kidnapped';
  if (/lives|toll/.test(word)) return 'killed';
  // "Azerbaijan has said it lost 79 soldiers": a side's own dead.
  if (word === 'lost') return 'killed';
  // "Today we buried 32 of them": the dead, counted at their burial.
  if (word === 'buried' || word === 'burying') return 'killed';
  // "hacked to death the ten people who were in it" (eval/real25 Mocimboa da Praia).
  if (/ to death$/.test(word)) return 'killed';
  // "Soldiers in Nepal gunned down 14 Maoist guerrillas", "troops shoot dead 14 Maoist rebels" (eval/real31 Dhanusha).
  if (/ down$|^shoot(?:s|ing)? dead$/.test(word)) return 'killed';
  return null;
}

// "used knives and firearms to massacre 46 people": the deed told as its purpose, unless only threatened or planned.
const TO_DO = String.raw`(?<!\b(?:threat\w*|vow\w*|plan\w*|plot\w*|tr(?:y|ied|ies|ying)|attempt\w*|want\w*|sought|seek\w*|intend\w*|order\w*|promis\w*|aim\w*|call\w* on \w+|urg\w* \w+|enough|able|fail\w*)\s+)to\s+(?:${TO_KILL}|${TO_INJURE}|${TO_KIDNAP})`;
export const LEFT_CUE = new RegExp(
  String.raw`\b(${HARM_VERBS_BEFORE_COUNT}|${TO_DO})\s+(?:(?:a total of|an estimated|another|a further|the|some|at least|more than|all)\s+)?$`,
  'i',
);

// "the death toll rose to 45", "raising the toll to 12", "a death toll of 30", "the toll stood at 9".
// "the number of dead had reached 8,525", "the number killed in Thursday's attack had climbed to at least 89". The toll may be far from its number: "The death toll from an al Shabaab
// siege of a hotel in Somalia's capital that began on Friday rose to 21". "which took the number of victims to 36, with 183
// others injured" (eval/real31 Batken): the victims of a toll are its dead.
export const TOLL_CUE =
  /\b(?:(death|casualty|civilian|injury)?\s*toll|(?:number|count|tally)\s+(?:of (?:[\w-]+\s+){0,4}?)?(dead|deaths|killed|massacred|slain|fatalities|casualties|victims|bodies|wounded|injured|displaced|uprooted|missing|taken|abducted|kidnapped|seized))\b(?:\s+of|[^.;]{0,200}?\b(?:to|at|reached|hit|passed|surpassed|exceeded|topped|gone past|went past|is|was|(?<=\b(?:give|gave|given|giving|gives|put|puts|putting|listed|lists)\s+(?:[\w-]+\s+){1,6}?)as))\s+(?:(?:a total of|an estimated|some|anywhere|(?:anywhere\s+)?between)\s+|(?:(?:far|well|just)\s+)?(?:above|beyond)\s+|(?:far|well|just)\s+)?$/i;
export const TOLL_ABOVE = /\b(?:passed|surpassed|exceeded|topped|above|beyond|gone past|went past)\s+$/i;
// "rose to", "has climbed to", "bringing the death toll ... to 12", "revised down the death toll ... to 26".
export const TOLL_UPDATE = new RegExp(String.raw`\b(?:${TOLL_UPDATE_VERBS})\b`, 'i');

// Directly after the number or its victim noun: "12 dead", "70 people were killed", "80 people have lost their
// lives", "400,000 people from their homes", "5,000 to flee", "32 lives", "two others were reported missing".
export const RIGHT_CUE = new RegExp(
  String.raw`^\s*(?:(?:who|that|were|was|have|has|had|are|is|been|being|also|more|reportedly|all|later|allegedly|since|now|so far|in total|in all|reported|confirmed|feared|believed|thought|known|estimated|made|to be|to have|went|gone|go|remain|remained|still|were|left|(?:tortured|abducted|kidnapped|shot|stabbed|beaten|raped|hacked|executed|burned|burnt)\s+and|(?!initially|previously|originally|wrongly|falsely|mistakenly)[a-z]{3,}ly)\s+){0,4}(${KILLED_CUES}|${INJURED_CUES}|${DISPLACED_CUES}|${KIDNAPPED_CUES}|${MISSING_CUES}|(?:from|out of) their homes|to flee|to (?:leave|abandon) their homes)\b`,
  'i',
);
