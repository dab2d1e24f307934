// Who a figure is attributed to: "..., the Syrian Observatory for Human Rights said", "according to the United
// Nations", "the health ministry said", "Police said ...". Anaphora ("the monitor", "the Observatory",
// "a war monitor") resolve to an organisation the report names.
import { AGENCY_ACRONYMS, MONTH_WORD, ORGANISATION_HEADS, SAY_VERBS, WEEKDAYS, WIRE_AGENCIES } from './lexicon';

// The verbs of a statement, and those a count is given with ("the monitor estimated", "the UN recorded").
// "Azerbaijan's prosecutor general's office put the Barda toll at 21 dead", "the White Helmets puts the number of dead at
// 35", "Joshua Konyi reckons that more than 3,000": who puts a count at a number gives it.
const PUTS_COUNT_AT = String.raw`put(?:s|ting)?(?=\s+(?:the|its|their)\s+(?:[\w'’-]+\s+){0,3}?(?:toll|number|figure|count|tally)\b)`;
const SAY = String.raw`${SAY_VERBS}|say|reports|estimated|estimates|counted|recorded|reckons?|reckoned|${PUTS_COUNT_AT}`;
const ACCORDING = /\baccording to\s+([^,.;]{2,80}?)(?=[,.;]|\s+(?:that|which|on|in|as|who|was|were|is|are|had|has|have)\b|$)/i;
// "said 120 were killed, citing reports from its staff", "NEMA said in a statement, as quoted by Al Jazeera": who
// passed the count on, or what the speaker relied on; the source only when no one is said to speak.
const RELAYED = /\b(?:citing|cited by|quoted by)\s+([^,.;]{2,80}?)(?=[,.;]|\s+(?:that|which|on|in|as|who|was|were|is|are|had|has|have)\b|$)/i;
// "The provisional toll announced by the Malian government gives 95 dead": the one who gave the count.
const GIVEN_BY =
  /\b(?:toll|figures?|count|tally|estimate|list|statement|report|bilan)\s+(?:[\w-]+\s+){0,2}?(?:announced|given|released|issued|published|provided|compiled|drawn up|put out)\s+by\s+((?:the\s+)?[^,.;]{2,60}?)(?=[,.;]|\s+(?:gives|gave|says|said|puts|put|shows|showed|is|was|on|in|lists|listed|stands|stood|rose|has|had)\b|$)/i;
// "The authorities put the number of dead at 34", "the government spokesman gave a toll of 270", "the minister had
// spoken of some 272 civilians killed": who gave the count, told as its subject.
const PUT_TOLL =
  /(?:^|[,;:]\s*|\b(?:On|on)\s+\w+day\s+)((?:the\s+|a\s+)?(?:[A-Z][\w'’.-]*\s+){0,3}?(?:[\w'’.-]+\s+){0,3}?(?:authorities|officials?|government|spokes(?:man|woman|person)|minister|ministry|police|army|military|governor|commissioner|mayor|council|agency|office|[A-Z][\w'’.-]+)),?\s+(?:in\s+(?:a|its|their)\s+(?:statement|communiqu[eé]|report)\s*,\s+)?(?:has\s+|have\s+|had\s+)?(?:put|puts|gave|gives|given|placed|places|set|sets|spoken of|spoke of|speaks of)\s+(?:(?:the|a|an|its|their|his|her)\s+(?:new\s+|official\s+|preliminary\s+|provisional\s+)?(?:death\s+)?(?:toll|number of (?:the\s+)?(?:dead|deaths|victims|people killed)|figure|count)\b|(?:some|about|around|more than|over|at least)?\s*\d)/;
// "By the ministry's estimate, at least 49 rebels died": the one whose count it is.
const BY_ESTIMATE = /\bby\s+((?:the\s+)?[^,.;]{2,60}?)['’]s?\s+(?:own\s+)?(?:estimates?|count|tally|reckoning|figures?|calculations?)\b/i;
const SUBJECT_SAID = new RegExp(String.raw`(?:^|[,;:—–]|\band\b|\bbut\b)\s*([^,;:—–]{2,80}?)\s+(?:${SAY})\b`, 'gi');
// "Jean Richard Lenga, the chief of Bahema Badjere district, said ...": a name, its title set off by commas, the verb.
// "On Monday, Ihor Terekhov, the mayor of Kharkiv, said ...": after an opening phrase set off by a comma, too.
// "Al Shabaab, the al Qaeda-linked group, claimed the attack and said ...": a verb phrase joined to the statement.
const NAME_TITLE_SAID = new RegExp(
  String.raw`(?:^(?:[^,;:"“]{2,120},\s+)?|[.;:"“]\s*|,\s+)(?![A-Z][a-z]+ly,)((?:the\s+)?[A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4}(?:\s+\(\p{Lu}+\))?),\s+(?:the\s+|an?\s+)?(?:[^,;:\d\s]+\s+){0,11}[^,;:\d\s]+,\s+(?:[a-z][\w-]*(?:\s+[\w'’-]+){0,5}\s+and\s+)?(?:${SAY})\b`,
  'u',
);
// "The chairman of Madagali Local Government, Yusuf Muhammed, said", "Belgorod's governor, Vyacheslav Gladkov, said": a
// title, then the name set off by commas, then the verb.
const TITLE_NAME_SAID = new RegExp(
  String.raw`(?:^|[.;:"“]\s*|,\s+)(?:the\s+|an?\s+)?[^,;:\d]{2,90},\s+((?:[A-Z][\p{L}.'’-]*\s+){1,4}[A-Z][\p{L}'’-]*),\s+(?:${SAY})\b`,
  'u',
);
// "Local media quoted the interior ministry as saying eight people had been killed": the one quoted gave the count.
const QUOTED_AS_SAYING = /\bquoted\s+((?:the\s+)?[^,.;]{2,80}?)\s+as\s+(?:saying|telling|stating)\b/i;
// "..., Xinhua news agency reports": an outlet passing on what the speaker named before it said.
const RELAYING_OUTLET = new RegExp(String.raw`^(?:[A-Z][\w.]*\s+)?(?:news agency|news service|media|television|TV|radio|${WIRE_AGENCIES})$`, 'i');
const SAID_SUBJECT = new RegExp(String.raw`\b(?:${SAY})\s+((?:the\s+)?[A-Z][^,.;]{1,80}?)(?=[,.;]|$)`, 'g');
const ORG_HEAD = new RegExp(String.raw`\b(?:${ORGANISATION_HEADS})\b`);
const AGENCY_ACRONYM = new RegExp(`^(?:${AGENCY_ACRONYMS})$`);
const ANAPHOR =
  /^(?:the|a|an)\s+(?:[\w-]+\s+){0,2}(monitor|observatory|watchdog|group|ministry|agency|body|organi[sz]ation|war monitor|rights group|charity|mission)$/i;
// "..., and added that": a conjunction before the verb is no speaker.
const NOT_SOURCE =
  /^(?:it|he|she|they|we|this|that|which|who|and|but|then|also|and also|and then|has|have|had|is|was|were|are|officials? (?:have|had)|the report|the statement|statement|him|them|her|us|one of them|(?:most|more) recent|preliminary)$/i;
// "At least five civilians were reported killed": the subject of a passive, no speaker.
const NOT_SPEAKER_END = /\s(?:were|was|is|are|been|being)$/i;

// "saying some of the bodies had been counted twice": a passive verb or a gerund's clause is what was said, no speaker.
const PASSIVE_OR_GERUND = /\b(?:been|being)$|^(?:saying|adding|noting|explaining|stressing)\b|^(?:citing|quoting)$/i;
// "COLOMBO -- Police said": a dateline in capitals is where the wire was filed, not part of who spoke.
const CAPITALS_DATELINE = /^[A-Z][A-Z'’.]{2,}(?:\s+[A-Z][A-Z'’.]{2,})*\s*(?:--|[-—–:])\s*/;

/** The named organisations of a report, in order, for resolving "the monitor" and "the Observatory". */
export function namedOrganisations(text: string): string[] {
  const orgs: string[] = [];
  // A name runs on one line: "The Syrian Observatory For Human Rights" as a page's masthead is no part of the headline
  // under it (eval/real29 Albu Kamal).
  const pattern = /\b(?:[A-Z][\p{L}.'’-]*[^\S\n]+(?:(?:for|of|on|and|the|de|des|du|sans)[^\S\n]+)*){0,7}(?:[A-Z][\p{L}.'’-]*)/gu;
  for (const m of text.matchAll(pattern)) {
    const name = m[0].replace(/^(?:The|But|And|In|On|According|As|It)\s+/, '').trim();
    if (ORG_HEAD.test(name) && name.split(/\s+/).length >= 2 && !orgs.includes(name)) orgs.push(name);
    else if (AGENCY_ACRONYM.test(name) && !orgs.includes(name)) orgs.push(name);
  }
  return orgs;
}

/** The source a sentence attributes its figures to, or null when it names none. */
export function readSource(sentence: string, organisations: readonly string[]): string | null {
  const raw = rawSource(sentence);
  if (!raw) return null;
  return resolveAnaphor(clean(raw), organisations);
}

// "Officials in the enclave, who are backed by Armenia, said", "The Armenian Defence Ministry, for its part, said": what
// is set off between the speaker and the verb says who they are, not who spoke.
const ASIDE_BEFORE_SAID = new RegExp(
  String.raw`(?:,\s+(?:(?:who|which)\s+[^,;:"“]{2,130}|[a-z]+ing\s+[^,;:"“]{2,60}|for (?:its|their|his|her) part|in turn|meanwhile|however|too))+,(?=\s+(?:also\s+)?(?:${SAY})\b)|\s+[-–—]\s+where\s+[^-–—]{2,80}\s+[-–—](?=\s+(?:${SAY})\b)`,
  'gi',
);

// "The UN's migration agency, IOM, said": an acronym set off after the speaker names it again.
const ACRONYM_ASIDE = /,\s+[A-Z]{2,6},(?=\s+(?:also\s+)?(?:said|says|reported|told|stated|announced)\b)/g;
// "Hussein al-Bukhaiti, a Yemeni journalist based in Sanaa, put the death toll at 31": after a person's name, who they are.
const WHO_A_NAMED_PERSON_IS = new RegExp(
  String.raw`(\b(?!(?:The|A|An|But|And|In|On)\s)[A-Z][\w'’.-]*(?:\s+(?:al-|el-|bin\s+|de\s+)?[A-Z][\w'’.-]*){1,3}),\s+(?:a|an)\s+[^,;:"“]{2,80},(?=\s+(?:also\s+)?(?:${SAY})\b)`,
  'g',
);

function rawSource(fullSentence: string): string | null {
  // "according to U.N. estimates": an acronym's full stops end no name.
  const sentence = fullSentence
    .replace(ACRONYM_ASIDE, '')
    .replace(WHO_A_NAMED_PERSON_IS, '$1')
    .replace(ASIDE_BEFORE_SAID, '')
    .replace(/\b([A-Z])\.([A-Z])\.(?:([A-Z])\.)?/g, '$1$2$3');
  const according = sentence.match(ACCORDING);
  if (according) return according[1];
  const givenBy = sentence.match(GIVEN_BY);
  if (givenBy) return givenBy[1];
  const quoted = sentence.match(QUOTED_AS_SAYING);
  if (quoted) return quoted[1];
  const byEstimate = sentence.match(BY_ESTIMATE);
  if (byEstimate) return byEstimate[1];
  const putToll = sentence.match(PUT_TOLL);
  if (putToll) return putToll[1];
  const titled = sentence.match(NAME_TITLE_SAID);
  if (titled) return titled[1];
  const named = sentence.match(TITLE_NAME_SAID);
  if (named && !ORG_HEAD.test(named[1])) return named[1];
  let found: string | null = null;
  for (const m of sentence.matchAll(SUBJECT_SAID)) {
    // "an increase on an earlier reported toll of 10": a verb of saying used of a count is no one speaking.
    if (/(?:reported|confirmed|recorded|estimated|counted)$/i.test(m[0]) && REPORTED_COUNT.test(sentence.slice((m.index ?? 0) + m[0].length)))
      continue;
    // "In its most recent report the U.N. humanitarian office said": where it was said comes before who said it.
    // "Noori also said", "and one of them said": the speaker without the words around it.
    const subject = m[1]
      .trim()
      .replace(/^["“”'‘’]+\s*/, '')
      .replace(WHERE_SAID, '')
      .replace(/^(?:though|although|while|as|because|when|if|after|and|but)\s+/i, '')
      .replace(/\s+also$/i, '')
      // "A pro-Kurdish party has said", "Padrino Lopez had said earlier": the speaker without the auxiliary.
      .replace(/(?:^|\s+)(?:has|have|had)(?:\s+(?:earlier|previously|already|also|at first|initially|first|originally))?$/i, '')
      // "The army did not give a toll": the speaker without the negation.
      .replace(/\s+(?:did|does|do|would|could)\s+not(?:\s+[a-z]+ly)?$/i, '')
      // "a local police source who asked not to be named told Xinhua": the speaker without what describes them.
      .replace(/\s+who\s+.*$/, '')
      // "a war that the U.N. refugee agency said had driven ...": the speaker inside the relative clause.
      .replace(/^.*\b(?:that|which)\s+(?=(?:the|a|an|its|their)\s+\S)/i, '')
      // "YOLA, Nigeria, June 5 Authorities said": a dateline's day before the speaker.
      .replace(DAY_BEFORE_SPEAKER, '')
      // "on its Telegram channel on Friday it said": the pronoun is the speaker, found by the sentences before.
      .replace(/^.*\s(it|they|he|she|we)$/i, '$1');
    // "only days after government forces had said", "counting the two marines reported earlier": a clause of time or a
    // gerund's object is no speaker.
    if (/\b(?:after|before|since|until|while|because|although)\b/i.test(subject) || /^(?!according\b)[a-z]+ing\b/.test(subject)) continue;
    if (found && RELAYING_OUTLET.test(subject)) continue;
    if (
      subject !== '' &&
      contentWords(subject) <= 9 &&
      !NOT_SOURCE.test(subject) &&
      !NOT_SPEAKER_END.test(subject) &&
      !PASSIVE_OR_GERUND.test(subject) &&
      !/\s(?:and|but)$/.test(subject) &&
      !/\d/.test(subject) &&
      // "although the casualties have not been officially confirmed", "but had so far confirmed", "other reports
      // suggested": a verb's own words, or a bare determiner, are no speaker.
      !/\b(?:has|have|had|been|not)\b/i.test(subject) &&
      !/^(?:others?|some|many|several|both|all|each|most|few|this|that|these|those)$/i.test(subject)
    )
      found = subject;
  }
  if (found) return found;
  const relayed = sentence.match(RELAYED);
  if (relayed) return relayed[1];
  for (const m of sentence.matchAll(SAID_SUBJECT)) {
    // "said the ministry" names the speaker after the verb; "It said Ituri is home to..." begins what was said.
    // "said Ntoroko LC5 chairperson William Kasoro": a digit inside a name is no count.
    if (/\b(?:is|are|was|were|has|have|had|will|would)\b|\b\d/.test(m[1])) continue;
    if (!/^(?:on|in|at|that|the attack|late|early|last)\b/i.test(m[1])) return m[1];
  }
  return null;
}

// "the UN Office for the Coordination of Humanitarian Affairs (OCHA)": an organisation's name is long in words, not in
// what it says of the speaker.
// The small words inside an organisation's name: "Office for the Coordination of Humanitarian Affairs".
const NAME_PARTICLES = 'of|for|the|and|on|de|du|des';
const NAME_WORD = new RegExp(String.raw`^(?:\p{Lu}|\(\p{Lu}+\)$|(?:${NAME_PARTICLES})$)`, 'u');
// Left out of an acronym's letters, with "in" ("Islamic State in Iraq").
const NOT_INITIAL = new RegExp(String.raw`^(?:${NAME_PARTICLES}|in)$`, 'i');

const contentWords = (subject: string): number => {
  const words = subject.split(/\s+/);
  const named = words.every((w) => NAME_WORD.test(w));
  return named ? words.filter((w) => /^\p{Lu}/u.test(w)).length : words.length;
};

const DAY_BEFORE_SPEAKER = new RegExp(String.raw`^(?:${MONTH_WORD}\.?\s+\d{1,2}|\d{1,2}\s+${MONTH_WORD})(?:,?\s+\d{4})?\s+(?=[A-Z])`);

const REPORTED_COUNT = /^\s+(?:death\s+)?(?:toll|figures?|counts?|numbers?|casualt\w*|deaths|dead)\b/i;

const WHERE_SAID =
  /^(?:in|on)\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|update|briefing|interview|bulletin|post|release)\s+/i;
const PRONOUN_SAID = new RegExp(
  String.raw`(?:^|[,;:"“]\s*)(?:it|he|she|they)\s+(?:also\s+)?(?:${SAY}|insisted|stressed|noted|explained|claimed|wrote|tweeted|posted)\b|\baccording to (?:him|her|them|it)\b`,
  'i',
);
// "Another six people were wounded, the statement said": the statement, report or release the report named last.
const DOCUMENT_SAID = new RegExp(
  String.raw`(?:^|[,;:"“]\s*)the\s+(?:statement|report|communiqu[eé]|release|bulletin)\s+(?:also\s+)?(?:${SAY}|noted)\b|\baccording to the (?:statement|report|communiqu[eé]|release|bulletin)\b`,
  'i',
);

/** "It said ...", "He added ...", "the statement said": the speaker is the one the report named last. */
export function speaksByPronoun(sentence: string): boolean {
  return PRONOUN_SAID.test(sentence) || DOCUMENT_SAID.test(sentence);
}

// "on Sunday the ministry", "late on March 3 police": the day of the statement, not part of who made it.
const ON_DAY_FIRST = new RegExp(String.raw`^(?:on|late on|early on)\s+(?:${WEEKDAYS}|[A-Z][a-z]+ \d{1,2})\s+`, 'i');

function clean(raw: string): string {
  return (
    raw
      .replace(CAPITALS_DATELINE, '')
      .replace(ON_DAY_FIRST, '')
      .replace(/\s+(?:on|late on|early on)\s+(?:\w+day|\w+ \d+)$/i, '')
      .replace(/\s+(?:in a statement|on its website|in its latest report|in a report)$/i, '')
      // "According to a statement from the communication minister": who made the statement.
      .replace(/^(?:an?|the)\s+(?:[\w-]+\s+)?(?:statement|report|communiqu[eé]|release|post|bulletin|update)\s+(?:from|by|of)\s+/i, '')
      // "Bamako - Government officials said": a dateline of the wire, in any case.
      .replace(/^[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?\s+[-–—]\s+/u, '')
      .replace(/^(?:the|a|an)\s+(?=[A-Z])/, '')
      .replace(/^(?:the)\s+(?=[a-z])/, '')
      // "Other officials, speaking on condition of anonymity, said": which officials is not who they are.
      .replace(/^(?:other|some|several|many)\s+(?=[a-z])/i, '')
      // "according to UN estimates", "health ministry figures": whose figures they are.
      .replace(/(?<=\S)\s+(?:estimates?|figures|data|statistics|tallies|tally|count)$/i, '')
      .replace(/^U\.?N\.?$/, 'United Nations')
      // "the country's Health Ministry": which country is the figure's own; the body is who spoke.
      .replace(/^(?:the\s+)?(?:country|nation|state|region|province)['’]s\s+(?=\S)/i, '')
      // "the UK-based war monitor SOHR", "the rescue group White Helmets": what the speaker is, then its name.
      .replace(DESCRIBED_NAME, '')
      .trim()
  );
}

const DESCRIBED_NAME = new RegExp(
  String.raw`^(?:[Tt]he\s+)?(?:[A-Z][\w]*-based\s+)?(?:[a-z][\w-]*\s+){0,2}(?:monitor|group|agency|organi[sz]ation|charity|watchdog|network|service|outlet|broadcaster)\s+(?=[A-Z][\p{L}]*(?:\s+[A-Z][\p{L}]*){0,3}$)`,
  'u',
);

function resolveAnaphor(source: string, organisations: readonly string[]): string {
  const anaphor = `the ${source}`.match(ANAPHOR) ?? source.match(ANAPHOR);
  const head = anaphor ? anaphor[1].toLowerCase() : /^(?:monitor|observatory|ministry|agency)$/i.test(source) ? source.toLowerCase() : null;
  if (!head) return expandAcronym(source, organisations);
  const wanted: RegExp = head.includes('observatory')
    ? /Observatory/
    : head.includes('ministry')
      ? /Ministry|ministry/
      : head.includes('agency')
        ? /Agency|UNHCR|UNRWA|OCHA|IOM|UNICEF/
        : /monitor|watchdog|group/.test(head)
          ? /Observatory|Monitor|Watch|ACLED|Airwars|Project/
          : /./;
  return organisations.find((o) => wanted.test(o)) ?? source;
}

// "SOHR" for the Syrian Observatory for Human Rights the report names: an acronym stands for the name it abbreviates.
function expandAcronym(source: string, organisations: readonly string[]): string {
  if (!/^\p{Lu}{3,6}$/u.test(source)) return source;
  const initials = (name: string) =>
    name
      .split(/\s+/)
      .filter((w) => !NOT_INITIAL.test(w))
      .map((w) => w[0])
      .join('')
      .toUpperCase();
  return organisations.find((o) => initials(o.replace(/\s*\(.*$/, '')) === source) ?? source;
}
