import type { Metric } from './casualty-figure';

// Words that say what happened to the people counted. Each pattern is anchored where the number sits:
// LEFT cues end just before the number ("killed 70", "claimed the lives of 32", "pushed 400,000 people"),
// RIGHT cues start just after the victim noun ("70 people were killed", "80 people have lost their lives").
// "martyred", "embraced shahadat", "sent to hell" (Pakistani and Middle Eastern wires and army press releases) and
// "neutralised" (army communiqués) all mean killed.
const KILLED = String.raw`kill(?:ed|ing|s)|dead|died|die|deaths?|fatalities|lost their lives|lives|slain|slaughtered|massacred|executed|shot dead|murdered|perished|martyred|embraced shahadat|sent to hell|neutrali[sz]ed|blew (?:himself|herself|themselves) up`;
// "six others sustained injuries", "suffered serious wounds": the injury told as a noun after its verb.
const INJURED = String.raw`injur(?:ed|ing|ies|y|es)|wound(?:ed|ing|s)|hurt|maimed|(?:sustained|suffered|received)\s+(?:\w+\s+)?(?:injuries|wounds)`;
// "a further 2 million have crossed into neighbouring countries": refugees are displaced too; "6,300 people have
// left their homes" after an attack have fled it; "evacuated from
// communities" is a long-term evacuation, counted as displacement by the blind coders.
const DISPLACED = String.raw`displac(?:ed|ing|es)|fled|flee(?:ing)?|crossed (?:into|the border)|evacuated from (?:their\s+|the\s+)?(?:[\w-]+\s+)?(?:homes|communities|towns|villages|areas|districts)|forced (?:from|out of) their homes|forced to flee|to (?:leave|abandon) their homes|(?:left|abandoned|deserted) their (?:homes|villages|houses)|uprooted|driven from their homes|homeless`;
const KIDNAPPED = String.raw`kidnapp?(?:ed|ing)|abduct(?:ed|ing)|seized|taken hostage|held hostage|hostages`;
const MISSING = String.raw`missing|unaccounted for`;

/** Any word that says what happened to people, anywhere in a sentence (the figure-confidence pass measures how far). */
export const CASUALTY_WORD = new RegExp(
  String.raw`\b(?:${KILLED}|${INJURED}|${DISPLACED}|${KIDNAPPED}|${MISSING}|toll|casualties|bodies|victims|lives)\b`,
  'gi',
);

const METRIC_OF: [Metric, RegExp][] = [
  ['killed', new RegExp(`^(?:${KILLED})$`, 'i')],
  ['injured', new RegExp(`^(?:${INJURED})$`, 'i')],
  ['displaced', new RegExp(`^(?:${DISPLACED})$`, 'i')],
  ['kidnapped', new RegExp(`^(?:${KIDNAPPED})$`, 'i')],
  ['missing', new RegExp(`^(?:${MISSING})$`, 'i')],
];

/** The metric a cue word names: "wounded" is injured, "fled" is displaced. */
export function metricOfCue(cue: string): Metric | null {
  // "the deaths of 8", "the killing of 12": the noun names the metric, "of" only joins it to the count.
  const word = cue
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .replace(/^to (kill|massacre|slaughter|execute|murder)$/, 'killed')
    .replace(/^to (wound|injure)$/, 'injured')
    .replace(/^to (abduct|kidnap)$/, 'kidnapped')
    .replace(/^(deaths?|killings?) of$/, 'deaths');
  for (const [metric, pattern] of METRIC_OF) if (pattern.test(word)) return metric;
  if (/from their homes|to flee|their homes/.test(word)) return 'displaced';
  // "the number of those taken", "took 18 women with them": people taken away by attackers are kidnapped.
  if (/^(?:taken|took|carried off|led away)$/.test(word)) return 'kidnapped';
  if (/lives|toll/.test(word)) return 'killed';
  return null;
}

// "killed 70", "killing at least", "claimed the lives of 32", "wounding dozens", "the deaths of 12",
// "displaced 2 million", "forced 5,000 people", "pushed 400,000 people", "abducted 30".
const LEFT_VERB = String.raw`kill(?:ed|ing|s)|neutrali[sz](?:ed|ing)|slaughtered|massacred|executed|shot dead|murdered|claim(?:ed|ing|s)? the lives of|claimed|cost the lives of|took the lives of|deaths of|killings? of|injur(?:ed|ing|es)|wound(?:ed|ing|s)|hurt|maimed|displac(?:ed|ing|es)|uprooted|forc(?:ed|ing)|push(?:ed|ing)|driv(?:en|ing)|drove|kidnapp?(?:ed|ing)|abduct(?:ed|ing)|seiz(?:ed|ing)|took|carried off|led away|left`;
// "used knives and firearms to massacre 46 people": the deed told as its purpose, unless only threatened or planned.
const TO_DO = String.raw`(?<!\b(?:threat\w*|vow\w*|plan\w*|plot\w*|tr(?:y|ied|ies|ying)|attempt\w*|want\w*|sought|seek\w*|intend\w*|order\w*|promis\w*|aim\w*|call\w* on \w+|urg\w* \w+|enough|able|fail\w*)\s+)to\s+(?:kill|massacre|slaughter|execute|murder|wound|injure|abduct|kidnap)`;
export const LEFT_CUE = new RegExp(
  String.raw`\b(${LEFT_VERB}|${TO_DO})\s+(?:(?:a total of|an estimated|another|a further|the|some|at least|more than|all)\s+)?$`,
  'i',
);

// "the death toll rose to 45", "raising the toll to 12", "a death toll of 30", "the toll stood at 9".
// "the number of dead had reached 8,525". The toll may be far from its number: "The death toll from an al Shabaab
// siege of a hotel in Somalia's capital that began on Friday rose to 21".
export const TOLL_CUE =
  /\b(?:(death|casualty|civilian|injury)?\s*toll|number of (?:[\w-]+\s+){0,2}?(dead|deaths|killed|massacred|slain|fatalities|casualties|wounded|injured|displaced|uprooted|missing|taken|abducted|kidnapped|seized))\b[^.;]{0,200}?\b(?:to|at|of|reached|hit|passed|surpassed|exceeded|topped|is|was)\s+(?:(?:a total of|an estimated|some)\s+|(?:(?:far|well|just)\s+)?(?:above|beyond)\s+|(?:far|well|just)\s+)?$/i;
export const TOLL_ABOVE = /\b(?:passed|surpassed|exceeded|topped|above|beyond)\s+$/i;
// "rose to", "has climbed to", "bringing the death toll ... to 12", "revised down the death toll ... to 26".
export const TOLL_UPDATE =
  /\b(?:rose|risen|rises|rise|rising|climbed|climbs|climbing|increased|increases|jumped|jumps|mounted|raised|raises|raising|bringing|brought|reached|reaches|up|grew|grows|grown|soared|soars|swelled|revised|revises|revising|lowered|lowers|lower|cut|cuts|corrected|corrects|updated|updates|adjusted|adjusts)\b/i;

// Directly after the number or its victim noun: "12 dead", "70 people were killed", "80 people have lost their
// lives", "400,000 people from their homes", "5,000 to flee", "32 lives", "two others were reported missing".
export const RIGHT_CUE = new RegExp(
  String.raw`^\s*(?:(?:who|that|were|was|have|has|had|are|is|been|being|also|more|reportedly|all|later|allegedly|since|now|so far|in total|reported|confirmed|feared|believed|thought|to be|to have|went|gone|go|remain|remained|still|were|left|(?!initially|previously|originally|wrongly|falsely|mistakenly)[a-z]{3,}ly)\s+){0,4}(${KILLED}|${INJURED}|${DISPLACED}|${KIDNAPPED}|${MISSING}|(?:from|out of) their homes|to flee|to (?:leave|abandon) their homes)\b`,
  'i',
);
