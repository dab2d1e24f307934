import type { Metric, Qualifier } from './casualty-figure';
import { HOSTING_STEMS, ONE_PERSON_MORE_NOUNS, ONE_PERSON_NOUNS, ORDINALS, VICTIM_NOUNS } from './lexicon';
import { LEFT_CUE, RIGHT_CUE, TOLL_ABOVE, TOLL_CUE, TOLL_UPDATE, metricOfCue } from './metric-cues';
import { isNotAFigure } from './not-figures';
import { readNumbers, type NumberMention } from './numbers';
import { keepCountInPeople } from './restated-units';
import { ONE_PERSON_PHRASE, PERSON_NOUN, VICTIM_PHRASE, readVictimGroup } from './victim-group';

/** One count of people read in a sentence, before the report-level reading (kind, date, place, source). */
export interface SentenceFigure {
  metric: Metric;
  value: number;
  qualifier: Qualifier;
  vague: boolean;
  victims: string;
  /** The noun phrase after the number as written ("jihadists and allied rebels"), for breakdown groups. */
  group: string;
  isUpdate: boolean;
  /** "22 soldiers and 25 civilians were killed": one of counts that share one verb. */
  coordinated: boolean;
  /** "a senior commander", "a third": one person, with no number written. */
  onePerson: boolean;
  /** "including 12 children", "Sixteen of the dead were": a part of an earlier figure, never a figure itself. */
  subgroupOf: Metric | 'any' | null;
  /** "the death toll stood at 40 on Saturday": told as a toll, whose day may be the count's, not the event's. */
  toll: boolean;
  start: number;
  end: number;
}

// "including 12 children", "among them 5 women", "Among the wounded were two children", "the dead included 12".
const SUBGROUP_LEFT = new RegExp(
  String.raw`\b(?:including|includes|included|among them|among whom|among the (${VICTIM_NOUNS})(?: were| are)?|among those (killed|wounded|injured)(?: were| are)?|of whom|of them|of those|mostly|mainly|most of them|the (${VICTIM_NOUNS}) included)\s+(?:(?:at least|some|about|nearly|more than)\s+)?$`,
  'i',
);
// "three journalists and two rescuers among them", "a child among the dead": parts named before "among them".
const AMONG_AFTER = /^(?:\s+and\s+(?:\w+\s+){0,2}\w+)?\s+among (?:them|the dead|the victims|those killed|the wounded|the injured)\b/i;
// "12 of them children", "Sixteen of the dead were government soldiers", "Four of the dead were under 18".
const SUBGROUP_RIGHT = new RegExp(
  String.raw`^\s+of (?:them|whom|the (${VICTIM_NOUNS})|those (killed|wounded|injured))\b(?:\s+(?:were|was|are))?`,
  'i',
);
// "53 injured citizens are under treatment", "195 are still in hospital": the wounded still treated are a part of
// the wounded, not a count of their own.
// "about 123 people hurt in Sunday's attack near the Afghan border are still being treated": the subject may run long.
const STILL_TREATED =
  /^\s+(?:(?:(?!\d|killed\b|dead\b|died\b)[\w'’-]+\s+){0,10}?)(?:are|were|remain|remained|were still|are still)\s+(?:still\s+)?(?:under treatment|being treated|in hospital|hospitali[sz]ed|receiving treatment|in (?:critical|serious|stable) condition)\b/i;
const FLED_SHARE = /^\s+(?:(?:have|has|had)\s+)?(?:\w+\s+)?(?:fled|crossed|sought refuge|been (?:displaced|uprooted))\b/i;
const CONNECTOR = /^\s*(?:,|and|as well as|plus|along with|,\s*and)?\s*(?:another|other|a further)?\s*$/i;
// "has killed 412 people since Wednesday — 214 insurgents, 137 soldiers and 61 civilians —": a list of parts.
const LIST_OPENER = /^[^,.;]{0,30}[—–(:]\s*$/;
// "and 19 were Houthi fighters" continues a breakdown begun by "Sixteen of the dead were government soldiers".
const PART_AFTER_WERE = /^\s+(?:were|was|are)\s+((?:[\w-]+\s+){0,2}[\w-]+)/i;
// "killed a 67-year-old man", "An Israeli soldier was also killed": one person, with no number written ("a teacher",
// lexicon.ts ONE_PERSON_NOUNS; "a woman", "a police officer", "a doctor").
const ONE_PERSON = new RegExp(
  String.raw`\b(?:a|an)\s+(?=(?:[\w-]+\s+){0,2}?(?:${ONE_PERSON_NOUNS}|woman|child|baby|soldier|civilian|police officer|nurse|doctor|person|(?:${ONE_PERSON_MORE_NOUNS})(?!\s+(?:camps?|groups?|bus|boats?|jets?|planes?|units?|forces?|corps|wing|crisis|sites?|areas?|zones?|bases?|posts?|convoys?|vehicles?|trucks?|settlements?|movements?|leaders?|commanders?|positions?|held|controlled|-held|-controlled|attacks?|violence)\b))\b)`,
  'gi',
);
// "Two soldiers were killed and a third was wounded": an ordinal counts one more of the group just named.
const ONE_MORE_ORDINAL = ORDINALS.slice(1, 6).join('|');
const ONE_MORE = new RegExp(String.raw`\ba (?:${ONE_MORE_ORDINAL})(?=\s+(?:was|is|had|has|died|later)\b)`, 'gi');
const ONE_MORE_TEXT = new RegExp(String.raw`^a (?:${ONE_MORE_ORDINAL})$`, 'i');
const ONE_PERSON_TEXT = new RegExp(String.raw`^(?:an?|a (?:${ONE_MORE_ORDINAL}))$`, 'i');
// A vague magnitude with no victim noun is rhetoric, not a count: "displaced millions" in the seed's last
// sentence is left out of its hand reading, while "dozens of people" is read as 12.
const BARE_VAGUE_LIMIT = 100;
// "investigators had at first confirmed that nine or 10 people had been killed" (stories V, Oslo),
// "had earlier reported 40 dead", "revising up a preliminary toll of 11", "initially killing one man and
// wounding 14 people", "cut the toll to 253, down from the earlier figure of 359": a count the report supersedes.
// "the health department had said the toll had reached 101", "the toll had been put at around 100", "the lawmaker ...
// had estimated the toll at 70": a count told as what someone had said before, which the report has moved past.
const HAD_SAID =
  /\bhad\s+(?:earlier\s+|previously\s+|initially\s+|first\s+)?(?:said|put|given|reported|announced|stated|estimated|been put|been given|been estimated|been reported|been set)\b[^.;]{0,90}$/i;
const SUPERSEDED =
  /\b(?:at first|initially|earlier|previously)\s+(?:confirmed|reported|said|announced|counted|stated)\s+(?:that\s+)?(?:(?:about|around|some|nearly|at least|more than)\s+)?(?:[\w-]+\s+or\s+)?$|\b(?:earlier|initially|previously|first) (?:reported|said|put|gave|reporting|saying|putting|giving)\s+(?:(?:it|the toll|the death toll|the number(?: of \w+)?) at\s+)?$|\b(?:preliminary|provisional|earlier|initial|previous|first)\s+(?:death\s+)?(?:toll|count|tally|estimate|figure)\s+(?:of|at)\s+(?:(?:about|around|some|at least|nearly|more than|over)\s+)?$|\binitially\s+(?:kill|wound|injur)\w*\s+(?:[\w-]+\s+){0,5}$|\b(?:down|up)\s+from\s+(?:(?:about|around|some|nearly)\s+)?$/i;

// "Earlier, the hospital's chief had reported 34 deaths and more than 130 injuries": a sentence that opens on "Earlier"
// tells what was said before, toll word or not.
const EARLIER_OPENING = /^\s*(?:Earlier|Previously|Initially)\b/;
// "Earlier reports had given the casualties as 228 dead": casualties told as a count are one too.
const TOLL_WORD = /\b(?:toll|number|count|figure|tally|casualties)\b/i;

// "a camp ... which shelters several thousand people who fled earlier violence", "a town home to 20,000 refugees":
// "90 percent of Gaza's 2.1 million people": the population of a place, not people hit in this attack.
const POPULATION =
  /\b(?:shelter(?:s|ing|ed)?|hous(?:es|ing|ed)|host(?:s|ing|ed)|accommodat(?:es|ing|ed)|home to|population of)\s+(?:(?:some|about|around|roughly|an estimated|more than|over|at least|nearly|almost|several|tens of|hundreds of)\s+)?$|\bof\s+(?:the\s+)?[A-Z][\w-]*['’]s\s+(?:estimated\s+|entire\s+|total\s+)?(?:population of\s+)?(?:some\s+|about\s+|around\s+)?$/i;

// Two passes read a report's sentences (look-alike causes, then the counts): each sentence is read once per report.
const readSentences = new Map<string, SentenceFigure[]>();

/** Forgets the sentences read: readReport calls it when it starts a report. */
export function forgetReadSentences(): void {
  readSentences.clear();
}

/** Read every count of people in one sentence: a number tied to a victim noun and a casualty cue. */
export function readSentenceFigures(sentence: string): SentenceFigure[] {
  let read = readSentences.get(sentence);
  if (!read) {
    read = readSentence(sentence);
    readSentences.set(sentence, read);
  }
  return read.map((f) => ({ ...f }));
}

function readSentence(sentence: string): SentenceFigure[] {
  // 'shot dead "around a dozen" gang members': quotation marks around a count hide neither its verb nor its noun.
  const text = keepCountInPeople(sentence).replace(/["“”]/g, ' ');
  const numbers = [...readNumbers(text), ...onePersonMentions(text)]
    .sort((a, b) => a.start - b.start)
    .filter(
      (n) =>
        !isNotAFigure(text, n) &&
        !SUPERSEDED.test(text.slice(Math.max(0, n.start - 60), n.start)) &&
        !(
          HAD_SAID.test(text.slice(Math.max(0, n.start - 100), n.start)) &&
          (TOLL_WORD.test(text.slice(Math.max(0, n.start - 100), n.start)) || EARLIER_OPENING.test(text.slice(0, n.start)))
        ) &&
        (!POPULATION.test(text.slice(Math.max(0, n.start - 40), n.start)) || isHostedStock(text, n)),
    );
  const figures: (SentenceFigure | null)[] = numbers.map((n) => readOne(text, n));
  // Coordinated counts share the cue: "claimed the lives of 32 pro-government forces as well as 38 jihadists",
  // "two soldiers and three civilians were killed", "At least 49 civilians and 15 soldiers were killed".
  for (const direction of [-1, 1]) {
    for (let i = 0; i < numbers.length; i++) {
      const j = i + direction;
      const other = figures[j];
      if (figures[i] || !other) continue;
      const n = numbers[i];
      const np = victimPhrase(text, n);
      const part = other.subgroupOf && direction < 0 ? text.slice(n.end).match(PART_AFTER_WERE) : null;
      if (!np && !part) continue;
      const npLength = np?.length ?? part?.[0].length ?? 0;
      const between = j < i ? text.slice(other.end, n.start) : text.slice(n.end + npLength, numbers[j].start);
      if (!CONNECTOR.test(between) && !(direction < 0 && LIST_OPENER.test(between))) continue;
      const f = build(n, other.metric, np ?? ` ${part?.[1] ?? ''}`, false, other.subgroupOf, n.end + npLength);
      f.coordinated = other.coordinated = true;
      if (f.qualifier === 'exact' && other.qualifier !== 'exact' && direction < 0 && /^\s*and\s*$/.test(between)) f.qualifier = other.qualifier;
      figures[i] = f;
    }
  }
  // "Between 8,300 and 9,000 people were killed in Iraq this year, against more than 25,000 in 2006 and 22,000 in 2007":
  // counts of other years set against a count share its verb.
  for (let i = 1; i < numbers.length; i++) {
    const earlier = figures.slice(0, i).findLast((g) => g !== null);
    if (figures[i] || !earlier || !YEAR_AFTER.test(text.slice(numbers[i].end, numbers[i].end + 12))) continue;
    const before = text.slice(Math.max(0, numbers[i].start - 40), numbers[i].start);
    // "... 25,000 in 2006 and 22,000 in 2007": the next of a list of years.
    const listed = figures[i - 1] !== null && COMPARED_LIST.test(text.slice(numbers[i - 1].end, numbers[i].start));
    if (COMPARED_WITH.test(before) || listed) figures[i] = build(numbers[i], earlier.metric, null, false, null, numbers[i].end);
  }
  // "Four of the five attackers were killed", "Two of the 12 wounded soldiers later died": the count is the share, the
  // larger number only the group it was taken from.
  for (let i = 0; i + 1 < numbers.length; i++) {
    const whole = figures[i + 1];
    if (figures[i] || !whole || numbers[i].value >= numbers[i + 1].value) continue;
    if (!/^\s+of\s+(?:the|its|their|these|those)\s+$/i.test(text.slice(numbers[i].end, numbers[i + 1].start))) continue;
    figures[i + 1] = { ...whole, value: numbers[i].value, qualifier: 'exact', vague: false, start: numbers[i].start };
  }
  for (let i = 1; i < numbers.length; i++) {
    const f = figures[i];
    const before = figures
      .slice(0, i)
      .reverse()
      .find((g) => g !== null);
    if (f && before && ONE_MORE_TEXT.test(numbers[i].text)) f.victims = before.victims;
    // "the toll rose to 85 dead, 147 injured", "rises to 20 killed and 41 wounded": the rise carries the counts
    // listed with it.
    if (f && before?.isUpdate && before.toll && f.metric !== before.metric && UPDATE_LIST_LINK.test(text.slice(before.end, numbers[i].start)))
      f.isUpdate = true;
  }
  // "the bodies of two suspected members of the armed group that killed 11 soldiers": members of an armed group are
  // its fighters (eval/real22 Alto Punino).
  for (const f of figures)
    if (f?.victims === 'people' && /\bmembers\s*$/i.test(f.group) && MEMBERS_OF_ARMED_GROUP.test(text.slice(f.end))) f.victims = 'militants';
  return figures.filter((f): f is SentenceFigure => f !== null);
}

const MEMBERS_OF_ARMED_GROUP =
  /^\s+of\s+(?:the\s+|an?\s+|this\s+|that\s+)?(?:[\w-]+\s+)?(?:armed|militant|rebel|criminal|terrorist|jihadist|insurgent|extremist|dissident|irregular|separatist|guerrilla)\s+(?:group|faction|organi[sz]ation|movement|gang|cell)s?\b/i;

// "the number of people killed had climbed to 80, and that the number of wounded had climbed to 350": each count takes the
// toll told nearest before it, not the first of the sentence (stories S, Kabul).
const TOLL_START = /\b(?:(?:death|casualty|civilian|injury)\s+)?toll\b|\b(?:number|count|tally)\s+(?:of\s+)?/gi;

function nearestToll(left: string): RegExpMatchArray | null {
  const starts = [...left.matchAll(TOLL_START)].map((m) => m.index ?? 0);
  // A few characters before each start stay in, and the whole text is the last resort: the cue's "gave the toll as" reads
  // its verb behind the toll word.
  for (let i = starts.length - 1; i >= 0; i--) {
    const from = Math.max(0, starts[i] - 12);
    const m = left.slice(from).match(TOLL_CUE);
    if (m) return m;
  }
  return left.match(TOLL_CUE);
}

const UPDATE_LIST_LINK = /^\s*(?:(?:people\s+)?(?:dead|killed|deaths|wounded|injured))?\s*(?:,|,?\s+and|,?\s+with)\s*$/i;

// "The bodies of 23 people were recovered", "30 bodies had been brought in": bodies found are people killed.
const BODIES_OF = /\bbodies of\s+(?:(?:at least|some|about|nearly|more than|another|a further)\s+)?$/i;
// "at least 20 charred bodies with their hands tied", "12 bullet-riddled bodies", "Two men's bodies, one of them headless".
const BODIES =
  /^\s+(?:more\s+|other\s+)?(?:(?:men|women|people|children|soldiers|civilians)['’]s?\s+)?(?:(?:charred|burnt|burned|mutilated|decomposed|decomposing|headless|decapitated|bullet-riddled|unidentified|dismembered|lifeless|bound)\s+){0,2}bodies\b/i;

// "Marib governorate already shelters some 1.1 million people displaced by the conflict", "Chad already hosts
// more than 600,000 Sudanese refugees": a region's standing stock of uprooted people is displacement (blind2).
// "Ituri is home to around 1.7 million internally displaced people": the same stock, told as whom a place holds.
const HOSTED_ALREADY = new RegExp(
  String.raw`\b(?:already\s+(?:${HOSTING_STEMS})\w*|(?:is|are|was|remains?)\s+(?:now\s+)?home to)\s+(?:(?:several|tens of|hundreds of|some|about|around|roughly|an estimated|more than|over|nearly|almost)\s+)?$`,
  'i',
);
const UPROOTED_NOUN =
  /^\s+(?:[\w-]+\s+){0,2}?(?:refugees|evacuees|displaced)\b|^\s+(?:[\w-]+\s+){0,2}?(?:people|persons|civilians|families)\s+(?:who\s+(?:have\s+|had\s+)?)?(?:displaced|fled|uprooted)\b/i;

function isHostedStock(text: string, n: NumberMention): boolean {
  return HOSTED_ALREADY.test(text.slice(Math.max(0, n.start - 40), n.start)) && UPROOTED_NOUN.test(text.slice(n.end, n.end + 60));
}

// "10,000 displaced households ... have been given food": people reached with aid, not people hit.
const HELPED =
  /^\s*(?:[^.;]{0,60}?)\b(?:have|has|had)?\s*(?:been|were|was)\s+(?:given|provided|supplied|reached|assisted|helped|fed|registered|vaccinated|treated for|resettled|relocated)\b/i;
// "killed or wounded 40 police officers", "killed and wounded dozens of members of the Guards": dead and wounded told as
// one count is neither.
const KILLED_OR_WOUNDED = /\b(?:killed|dead)\s+(?:or|and\/or)\s+(?:wounded|injured)\s+$|\b(?:killed|dead)\s+(?:or|and\/or)\s+(?:wounded|injured)\b/i;
const KILLED_AND_WOUNDED_BEFORE = /\bkilled\s+and\s+(?:wounded|injured)\s+(?:(?:at least|more than|some|about|nearly|over)\s+)?$/i;
const KILLED_AND_WOUNDED_AFTER = /^\s+(?:[\w-]+\s+)?(?:killed|dead)\s+and\s+(?:wounded|injured)\b/i;

function readOne(text: string, n: NumberMention): SentenceFigure | null {
  const np = victimPhrase(text, n);
  if (HELPED.test(text.slice(n.end, n.end + 100)) && !/\b(?:killed|died|dead|wounded|injured|fled)\b/i.test(text.slice(n.end, n.end + 30)))
    return null;
  const near = text.slice(Math.max(0, n.start - 25), n.end + 40);
  if (KILLED_OR_WOUNDED.test(near)) return null;
  if (KILLED_AND_WOUNDED_BEFORE.test(text.slice(Math.max(0, n.start - 40), n.start)) || KILLED_AND_WOUNDED_AFTER.test(text.slice(n.end, n.end + 40)))
    return null;
  // Bodies are the dead even when the people still being treated follow in the same clause: "21 bodies had been
  // brought to the hospital and seven people were being treated" (eval/real23 Vila Cruzeiro).
  if (np && BODIES_OF.test(text.slice(Math.max(0, n.start - 40), n.start))) return build(n, 'killed', np, false, null, n.end + np.length);
  if (BODIES.test(text.slice(n.end, n.end + 20)))
    return build(n, 'killed', ' people', false, null, n.end + (text.slice(n.end).match(BODIES)?.[0].length ?? 0));
  if (STILL_TREATED.test(text.slice(n.end, n.end + 80))) return build(n, 'injured', np, false, 'injured', n.end + (np?.length ?? 0));
  if (np && isHostedStock(text, n)) return build(n, 'displaced', np, false, null, n.end + np.length);
  const afterNp = n.end + (np?.length ?? 0);
  const leftText = text.slice(Math.max(0, n.start - 160), n.start);
  const left = stripAside(leftText);

  const subLeft = leftText.match(SUBGROUP_LEFT);
  const subRight = text.slice(n.end).match(SUBGROUP_RIGHT);
  // "soldiers pursuing the assailants had killed two of them": "of them" after a verb of harm names the
  // victims by the noun it points back to, not a part of an earlier figure.
  const harmed = subRight && /^\s+of (?:them|whom)\b/i.test(subRight[0]) ? leftText.match(LEFT_CUE) : null;
  if (harmed && metricOfCue(harmed[1])) {
    const antecedent = [...leftText.slice(0, leftText.length - harmed[0].length).matchAll(PERSON_NOUN)].pop();
    return build(n, metricOfCue(harmed[1]) ?? 'killed', antecedent ? ` ${antecedent[0]}` : null, false, null, n.end + (subRight?.[0].length ?? 0));
  }
  // "3.2 million of them have fled across the border": a share that fled is displacement of its own, not a part.
  if (subRight && /^\s+of (?:them|whom)\b/i.test(subRight[0]) && FLED_SHARE.test(text.slice(n.end + subRight[0].length)))
    return build(n, 'displaced', ' people', false, null, n.end + subRight[0].length);
  // "at least 25 civilians, three journalists and two rescuers among them": parts told after their noun.
  if (np && !subLeft && !subRight && AMONG_AFTER.test(text.slice(afterNp, afterNp + 80))) return build(n, 'killed', np, false, 'any', afterNp);
  if (subLeft || subRight) {
    const cue = subLeft?.slice(1).find(Boolean) ?? subRight?.slice(1).find(Boolean);
    const metric = cue ? (metricOfCue(cue) ?? 'killed') : 'killed';
    // "two of the wounded did not survive", "11 of the injured died in hospital overnight": how a toll grew, a
    // part of the dead rather than of the wounded, and never a count of its own.
    if (metric === 'injured' && subRight && DIED_AFTER.test(text.slice(n.end + subRight[0].length, n.end + subRight[0].length + 60))) return null;
    const part = subRight ? text.slice(n.end + subRight[0].length).match(/^\s+((?:[\w-]+\s+){0,2}[\w-]+)/) : null;
    const group = np ?? (part ? ` ${part[1]}` : null);
    if (!group && !subRight) return null;
    const end = subRight ? n.end + subRight[0].length + (part?.[0].length ?? 0) : afterNp;
    return build(n, metric, group, false, cue ? metric : 'any', end);
  }

  const toll = nearestToll(left);
  if (toll && !np?.trim().startsWith('of')) {
    const metric = toll[1] && /injury/i.test(toll[1]) ? 'injured' : ((toll[2] ? metricOfCue(toll[2]) : null) ?? 'killed');
    // The update verb may stand before the toll: "bringing the death toll from Saturday's attack to 12".
    const tollStart = left.length - toll[0].length;
    // "has gone up to 14": readNumbers leaves "up to" here only when a verb of motion makes it the rise, not a bound.
    const update = TOLL_UPDATE.test(left.slice(Math.max(0, tollStart - 30)));
    const f = build(n, metric, np, update, null, afterNp);
    if (TOLL_ABOVE.test(left) && f.qualifier === 'exact') f.qualifier = 'more_than';
    f.toll = true;
    return f;
  }
  // "Hundreds of residents of nearby villages fled": where the people came from sits between noun and verb.
  const right = stripLeadingAside(
    stripBelonging(text.slice(afterNp).replace(ORIGIN, ' ').replace(PLACE_BETWEEN, ' ').replace(MORE_NOUNS, ' ')),
  ).match(RIGHT_CUE);
  const rightMetric = right ? metricOfCue(right[1]) : null;
  const leftHit = left.match(LEFT_CUE);
  // "has seized nine of the state's 17 townships", "seized power": only people seized are kidnapped; "lost 3 matches",
  // "lost 112 cattle": only people lost are dead.
  // "we have buried 46 people" counts the dead; "buried 26, and we are still combing the bush" may count bodies.
  if (leftHit && /^(?:seiz|lost$|buri)/i.test(leftHit[1]) && !np) return null;
  // "They took 18 young women with them": people taken away, not "took 12 motorbikes" or "took part".
  // "took 147 lives" is a count of the dead.
  const livesTaken = leftHit !== null && /^took$/i.test(leftHit[1]) && /^\s*lives\b/i.test(text.slice(afterNp));
  if (leftHit && !livesTaken && /^(?:took|carried off|led away)$/i.test(leftHit[1]) && !(np && TAKEN_AWAY.test(text.slice(afterNp)))) return null;
  let leftMetric = livesTaken ? 'killed' : leftHit ? metricOfCue(leftHit[1]) : null;
  if (leftHit && !leftMetric) leftMetric = leftVerbMetric(leftHit[1], text.slice(afterNp));
  // "96 wounded patients", "1,000 displaced families": the modifier is the cue.
  const modifierMetric = np ? modifierCue(np) : null;
  // "Dozens of displaced people were living in this house": people displaced before, where they lived, not a flight.
  if (!leftMetric && !rightMetric && modifierMetric === 'displaced' && DISPLACED_WHO_LIVED.test(text.slice(afterNp, afterNp + 60))) return null;
  const told = leftMetric ?? rightMetric ?? modifierMetric;
  // "One more soldier wounded in the Uri attack dies of his injuries": the wounded who die are a count of the dead.
  const metric = told === 'injured' && !leftMetric && WOUNDED_WHO_DIED.test(text.slice(n.end, n.end + 200)) ? 'killed' : told;
  if (!metric) return null;
  // "two families were shot dead", "members of one family were slain": families are no count of the dead or hurt
  // (families uprooted are how displacement is often counted).
  if ((metric === 'killed' || metric === 'injured') && /^\s*(?:[\w-]+\s+)?(?:famil(?:y|ies)|households?)\b/i.test(text.slice(n.end, n.end + 30)))
    return null;
  if (!np && n.vague && n.value > BARE_VAGUE_LIMIT) return null;
  // A bare number needs its verb right after it: "and about 110,000 have been uprooted", "two went missing".
  if (!np && !leftHit && !RIGHT_CUE.test(text.slice(n.end))) return null;
  return build(n, metric, np, false, null, afterNp);
}

const YEAR_AFTER = /^\s+in\s+(?:19|20)\d\d\b/;
const COMPARED_WITH =
  /\b(?:against|compared (?:with|to)|versus|vs\.?|up from|down from)\s+(?:(?:more than|over|about|some|nearly|almost|around|roughly)\s+)?$/i;
const COMPARED_LIST = /^\s+in\s+(?:19|20)\d\d\s*(?:,\s*|,?\s+and\s+)(?:(?:more than|over|about|some|nearly|almost|around|roughly)\s+)?$/i;

const DISPLACED_WHO_LIVED =
  /^\s+(?:were|was|are|is|had been|have been)\s+(?:\w+\s+)?(?:living|sheltering|staying|housed|lodged|camping)\b|^\s+(?:who\s+)?(?:lived|live|sheltered)\b/i;

// ... but not "received 1,300 wounded, and 226 of them had died".
// "A civilian who was wounded during the offensive and had been receiving treatment has died": the relative clause tells
// who died.
const DIED_AFTER =
  /^\s+(?:(?:later|since|also|subsequently|then|have|has|had)\s+){0,2}(?:died|did not survive|didn't survive|succumbed|passed away)\b/i;
const WOUNDED_WHO_DIED =
  /^(?:\s+(?!(?:were|was|been|are|is|have|has|had)\b)[\w-]+){0,3}?\s+(?:wounded|injured)\b(?:(?!\b(?:of|among) (?:them|whom)\b)[^.;]){0,120}?\b(?:died|dies|has died|succumbed|passed away)\b|^\s+(?:[\w-]+\s+){0,2}?who\s+(?:was|were|had been)\s+(?:\w+\s+)?(?:wounded|injured)\b[^.;]{0,120}?\b(?:has|have|had)\s+(?:since\s+|now\s+)?(?:died|succumbed)\b/i;
const TAKEN_AWAY = /^\s+(?:with them|away|captive|hostage|into (?:the )?(?:forest|bush|captivity))\b/i;

// "..., a police officer said", "a resident told AFP": the one person is who speaks, not who was hit.
const SPEAKS_AFTER = /^(?:[\w-]+\s+){0,3}?(?:said|says|told|added|reported|confirmed|explained|recalled|warned)\b/i;

function onePersonMentions(text: string): NumberMention[] {
  const speaker = (m: RegExpMatchArray) => SPEAKS_AFTER.test(text.slice((m.index ?? 0) + m[0].length));
  // "killed 11 people, a woman among them": one of the count just told, not one more.
  const amongThem = (m: RegExpMatchArray) =>
    /^(?:[\w-]+[\s,]+){1,3}among (?:them|the dead|the victims|those killed)\b/i.test(text.slice((m.index ?? 0) + m[0].length));
  const asMention = (m: RegExpExecArray, value: number): NumberMention => ({
    value,
    qualifier: 'exact',
    vague: false,
    start: m.index,
    end: m.index + m[0].trimEnd().length,
    numberStart: m.index,
    text: m[0].trim(),
  });
  return [
    ...[...text.matchAll(ONE_PERSON)].filter((m) => !speaker(m) && !amongThem(m)).map((m) => asMention(m, 1)),
    ...[...text.matchAll(ONE_MORE)].map((m) => asMention(m, 1)),
    // With no count before it in the sentence, the ordinal of the latest death is the toll it brings.
    ...[...text.matchAll(ORDINAL_TOLL)]
      .filter((m) => !readNumbers(text.slice(0, m.index)).length)
      .map((m) => asMention(m, ORDINALS.indexOf(m[1].toLowerCase()) + 2)),
  ];
}

// "a fourth person had died of wounds suffered in Tuesday's shooting", "Strasbourg attack: a fourth victim dies" (stories W,
// Strasbourg).
const ORDINAL_TOLL = new RegExp(
  String.raw`\ba\s+(${ORDINALS.join('|')})\s+(?:person|victim|man|woman|child|soldier|policeman|police officer|civilian|pilgrim|worshipper)(?=\s+(?:has\s+|had\s+|later\s+|also\s+)*(?:died|dies|succumbed)\b)`,
  'gi',
);

function modifierCue(np: string): Metric | null {
  // "more than 570 homicides": a count of killings is a count of people killed.
  if (/\b(?:homicides|murders)$/i.test(np)) return 'killed';
  const m = np.match(/\b(wounded|injured|dead|displaced|abducted|kidnapped|missing)\b/i);
  return m ? metricOfCue(m[1]) : null;
}

const LEFT_WHOSE = /^\s+(?:from|of|on|in)\s+(?:[\w'’-]+\s+){1,4}?(?=(?:dead|wounded|injured|homeless|displaced|missing)\b)/i;

// "forced 5,000 people to flee", "pushed 400,000 people from their homes", "left 12 dead": these verbs name
// a metric only through the words after their object.
function leftVerbMetric(verb: string, after: string): Metric | null {
  // "have left at least 110 people from both communities dead": whose the people are sits between them and the state.
  const right = (/^left$/i.test(verb) ? after.replace(LEFT_WHOSE, ' ') : after).match(RIGHT_CUE);
  if (right) return metricOfCue(right[1]);
  if (/^claim/i.test(verb)) return /^\s*lives\b/i.test(after) ? 'killed' : null;
  // "The strikes drove about 2,500 people across the border into Mae Hong Son province".
  // "pushing some 2,000 people out of rural villages and into bigger towns" (eval/real30 Kachin).
  if (
    /^(?:forc|push|driv|drove)/i.test(verb) &&
    /^\s+(?:across|over)\s+the\s+(?:border|frontier)\b|^\s+into\s+(?:exile|neighbouring)\b|^\s+(?:out\s+of|from)\s+(?:[\w-]+\s+){0,2}?(?:homes|villages|towns|settlements|camps|areas)\b/i.test(
      after,
    )
  )
    return 'displaced';
  return null;
}

// "Three of the attackers", "one of its own servicemen": a share of a named group is a count of that group.
// "Six fighters from irregular Colombian armed groups died": who the people are, between noun and verb. "Over 5,000
// people living in Kirawa, a town on Borno State's border, have crossed into Cameroon": where they lived, too.
const ORIGIN =
  /^\s+(?:of|from)\s+(?:the\s+)?(?:nearby|neighbouring|neighboring|surrounding|local|border|outlying)\s+(?:villages|towns|areas|districts|communities|settlements)\b|^\s+from\s+(?:[\w'’-]+\s+){1,5}?(?=(?:died|were|was|have|had|are|is|remain)\b)|^\s+(?:living|residing|sheltering|staying)\s+in\s+[^,.;]{1,60}(?:,\s+(?:a|an|the)\s+[^,.;]{1,60},)?\s+(?=(?:have|has|had|were|was|are)\b)/i;
// "253 people in Gaza had been wounded", "10,000 people in the area have fled": a place named between noun and verb says
// where they are.
const PLACE_BETWEEN =
  /^\s+in\s+(?:(?:the\s+)?[A-Z][\p{L}'’-]+(?:\s+[A-Z][\p{L}'’-]+){0,2}|the\s+(?:area|region|district|village|town|city|camp|province|state))\s+(?=(?:have|has|had|were|was)\s+(?:also\s+)?(?:been\s+)?(?:killed|wounded|injured|hurt|displaced|kidnapped|abducted|fled)\b)/u;
// "More than 3,000 residents of the site fled", "Some 3,000 residents of Tha Yet Taw and neighbouring villages have
// fled": a short "of"-phrase saying where or whose the people are sits between noun and verb. "Four militants loyal
// to the Islamic State in Iraq and Syria (ISIS) were killed": so does the side they fight for, acronym and all.
const BELONGING = /^\s+(?:of|loyal to|linked to|allied (?:to|with)|affiliated (?:to|with)|belonging to|aligned with|with ties to)\s+/i;
function stripBelonging(right: string): string {
  if (RIGHT_CUE.test(right)) return right;
  const m = right.match(BELONGING);
  if (!m) return right;
  const words = right.slice(m[0].length).split(/(?<=\s)(?=\S)/);
  const longest = /^\s+of\s+$/i.test(m[0]) ? 6 : 9;
  for (let k = 1; k <= Math.min(longest, words.length - 1); k++) {
    const skipped = words
      .slice(0, k)
      .join('')
      .replace(/\([A-Z]{2,6}\)/g, '');
    if (/[,.;:—–()]/.test(skipped)) return right;
    const rest = ' ' + words.slice(k).join('');
    if (RIGHT_CUE.test(rest)) return rest;
  }
  return right;
}
// "138 men, women and children were executed", "12 soldiers and policemen were killed": one count of several nouns.
// Another count after "and" ("7 soldiers and 5 civilians") is a coordinated count of its own, read apart. "38 people,
// women and children among them, were confirmed dead": nouns "among them" are an aside on the count, not more nouns.
const MORE_NOUNS = new RegExp(
  String.raw`^(?:\s*,\s*(?:${PERSON_NOUN.source}))*\s*,?\s+(?:and|or)\s+(?:(?!(?:an?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|scores?|several|some|many|more|other|another)\b)[a-z-]+\s+)?(?:${PERSON_NOUN.source})(?!\s+among\b)`,
  'iu',
);
// "53 members of the security forces": the group the members belong to names the victims.
// "eight adult members of one family", "members of the Dogon community".
const MEMBERS_OF = new RegExp(
  String.raw`^\s+of\s+(?:the\s+|an?\s+)?(?:[\w'’-]+\s+){0,3}?(?:${PERSON_NOUN.source}|family|household|clan|tribe|community)\b`,
  'u',
);
const PERSON_NOUN_AT = new RegExp(String.raw`^(?:${PERSON_NOUN.source})$`, 'u');
const OF_GROUP = /^\s+of\s+(?:the|its|their|his|her)\s+(?:own\s+)?(?=\S)/i;

function victimPhrase(text: string, n: NumberMention): string | null {
  const after = text.slice(n.end, n.end + 80);
  const m = after.match(VICTIM_PHRASE);
  // "two police officers": a noun that also modifies ("police", "army") takes the noun after it.
  const longer = m ? after.slice(m[0].length).match(/^\s+[a-z]+/) : null;
  if (m && longer && PERSON_NOUN_AT.test(longer[0].trim())) return m[0] + longer[0];
  const belonging = m && /\bmembers$/i.test(m[0]) ? after.slice(m[0].length).match(MEMBERS_OF) : null;
  if (m && belonging) return m[0] + belonging[0];
  if (m) return m[0];
  const one = /^an?$/i.test(n.text) ? after.match(ONE_PERSON_PHRASE) : null;
  if (one) return one[0];
  const share = after.match(OF_GROUP);
  const group = share ? after.slice(share[0].length - 1).match(VICTIM_PHRASE) : null;
  return share && group ? share[0].slice(0, -1) + group[0] : null;
}

// Skip one aside between cue and number: "has killed, according to the Observatory, more than 800 civilians".
function stripAside(left: string): string {
  return left.replace(/,\s*(?:according to|said|citing|officials|police|the)[^,]{0,60},\s*$/i, ' ');
}
// ... or between victim noun and cue: "12 civilians, including three children, were killed", "some 1.9 million
// people, about 90 percent of the population, have been displaced". An aside with a verb of its own ("2,000
// people, who fled the fighting,") is not skipped.
// "at least 13 people, among them women, children and a police officer, were killed": a list set off after the noun.
const LISTED_ASIDE =
  /^\s*,\s*(?:among them|among whom|including|most of them|many of them|mostly|mainly)\b[^.;()]{1,120}?,(?=\s+(?:were|was|have|has|had|are|died|been)\b)/i;

// "nearly 5,000 people -- Buddhists and Muslims alike -- have been killed": an aside between dashes.
const DASHED_ASIDE = /^\s*(?:--|—|–)[^—–.;]{1,60}?(?:--|—|–)(?=\s+(?:were|was|have|has|had|are|died|been)\b)/;

function stripLeadingAside(right: string): string {
  const listed = right.match(LISTED_ASIDE) ?? right.match(DASHED_ASIDE);
  if (listed) return ' ' + right.slice(listed[0].length);
  const aside = right.match(/^\s*,([^,]{1,60}),/);
  if (!aside || RIGHT_CUE.test(aside[1]) || /\b(?:who|which|that)\b/i.test(aside[1])) return right;
  return ' ' + right.slice(aside[0].length);
}

function build(
  n: NumberMention,
  metric: Metric,
  np: string | null,
  isUpdate: boolean,
  subgroupOf: Metric | 'any' | null,
  end: number,
): SentenceFigure {
  const group = (np ?? '').trim().replace(/^of\s+/, '');
  return {
    metric,
    value: n.value,
    qualifier: n.qualifier,
    vague: n.vague,
    victims: readVictimGroup(np),
    group: group || 'unspecified',
    isUpdate,
    coordinated: false,
    onePerson: ONE_PERSON_TEXT.test(n.text),
    subgroupOf,
    toll: false,
    start: n.numberStart,
    end,
  };
}
