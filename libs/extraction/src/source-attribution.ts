// Who a figure is attributed to: "..., the Syrian Observatory for Human Rights said", "according to the United
// Nations", "the health ministry said", "Police said ...". Anaphora ("the monitor", "the Observatory",
// "a war monitor") resolve to an organisation the report names.
import { AGENCY_ACRONYMS, ORGANISATION_HEADS, SAY_VERBS, WEEKDAYS, WIRE_AGENCIES } from './lexicon';

// The verbs of a statement, and those a count is given with ("the monitor estimated", "the UN recorded").
const SAY = String.raw`${SAY_VERBS}|say|reports|estimated|estimates|counted|recorded`;
const ACCORDING =
  /\b(?:according to|citing|cited by|quoted by)\s+([^,.;]{2,80}?)(?=[,.;]|\s+(?:that|which|on|in|as|who|was|were|is|are|had|has|have)\b|$)/i;
const SUBJECT_SAID = new RegExp(String.raw`(?:^|[,;:—–]|\band\b|\bbut\b)\s*([^,;:—–]{2,80}?)\s+(?:${SAY})\b`, 'gi');
// "Jean Richard Lenga, the chief of Bahema Badjere district, said ...": a name, its title set off by commas, the verb.
// "On Monday, Ihor Terekhov, the mayor of Kharkiv, said ...": after an opening phrase set off by a comma, too.
const NAME_TITLE_SAID = new RegExp(
  String.raw`(?:^(?:[^,;:"“]{2,80},\s+)?|[.;:"“]\s*)([A-Z][\p{L}.'’-]*(?:\s+[A-Z][\p{L}.'’-]*){0,4}),\s+(?:the\s+|an?\s+)?[^,;:]{2,90},\s+(?:${SAY})\b`,
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
const PASSIVE_OR_GERUND = /\b(?:been|being)$|^(?:saying|adding|noting|explaining|stressing)\b/i;
// "COLOMBO -- Police said": a dateline in capitals is where the wire was filed, not part of who spoke.
const CAPITALS_DATELINE = /^[A-Z][A-Z'’.]{2,}(?:\s+[A-Z][A-Z'’.]{2,})*\s*(?:--|[-—–:])\s*/;

/** The named organisations of a report, in order, for resolving "the monitor" and "the Observatory". */
export function namedOrganisations(text: string): string[] {
  const orgs: string[] = [];
  const pattern = /\b(?:[A-Z][\p{L}.'’-]*\s+(?:(?:for|of|on|and|the|de|des|du|sans)\s+)*){0,7}(?:[A-Z][\p{L}.'’-]*)/gu;
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

function rawSource(sentence: string): string | null {
  const according = sentence.match(ACCORDING);
  if (according) return according[1];
  const quoted = sentence.match(QUOTED_AS_SAYING);
  if (quoted) return quoted[1];
  const titled = sentence.match(NAME_TITLE_SAID);
  if (titled) return titled[1];
  let found: string | null = null;
  for (const m of sentence.matchAll(SUBJECT_SAID)) {
    // "In its most recent report the U.N. humanitarian office said": where it was said comes before who said it.
    // "Noori also said", "and one of them said": the speaker without the words around it.
    const subject = m[1]
      .trim()
      .replace(/^["“”'‘’]+\s*/, '')
      .replace(WHERE_SAID, '')
      .replace(/^(?:though|although|while|as|because|when|if|after|and|but)\s+/i, '')
      .replace(/\s+also$/i, '')
      // "A pro-Kurdish party has said", "Padrino Lopez had said earlier": the speaker without the auxiliary.
      .replace(/\s+(?:has|have|had)(?:\s+(?:earlier|previously|already|also))?$/i, '');
    if (found && RELAYING_OUTLET.test(subject)) continue;
    if (
      subject.split(/\s+/).length <= 9 &&
      !NOT_SOURCE.test(subject) &&
      !NOT_SPEAKER_END.test(subject) &&
      !PASSIVE_OR_GERUND.test(subject) &&
      !/\d/.test(subject)
    )
      found = subject;
  }
  if (found) return found;
  for (const m of sentence.matchAll(SAID_SUBJECT)) {
    // "said the ministry" names the speaker after the verb; "It said Ituri is home to..." begins what was said.
    if (/\b(?:is|are|was|were|has|have|had|will|would)\b|\d/.test(m[1])) continue;
    if (!/^(?:on|in|at|that|the attack|late|early|last)\b/i.test(m[1])) return m[1];
  }
  return null;
}

const WHERE_SAID =
  /^(?:in|on)\s+(?:its|their|his|her|a|an|the)\s+(?:[\w-]+\s+){0,3}?(?:report|statement|update|briefing|interview|bulletin|post|release)\s+/i;
const PRONOUN_SAID = new RegExp(String.raw`(?:^|[,;:"“]\s*)(?:it|he|she|they)\s+(?:also\s+)?(?:${SAY})\b`, 'i');

/** "It said ...", "He added ...": the speaker is the one the report named last. */
export function speaksByPronoun(sentence: string): boolean {
  return PRONOUN_SAID.test(sentence);
}

// "on Sunday the ministry", "late on March 3 police": the day of the statement, not part of who made it.
const ON_DAY_FIRST = new RegExp(String.raw`^(?:on|late on|early on)\s+(?:${WEEKDAYS}|[A-Z][a-z]+ \d{1,2})\s+`, 'i');

function clean(raw: string): string {
  return raw
    .replace(CAPITALS_DATELINE, '')
    .replace(ON_DAY_FIRST, '')
    .replace(/\s+(?:on|late on|early on)\s+(?:\w+day|\w+ \d+)$/i, '')
    .replace(/\s+(?:in a statement|on its website|in its latest report|in a report)$/i, '')
    .replace(/^(?:the|a|an)\s+(?=[A-Z])/, '')
    .replace(/^(?:the)\s+(?=[a-z])/, '')
    .replace(/^U\.?N\.?$/, 'United Nations')
    .trim();
}

function resolveAnaphor(source: string, organisations: readonly string[]): string {
  const anaphor = `the ${source}`.match(ANAPHOR) ?? source.match(ANAPHOR);
  const head = anaphor ? anaphor[1].toLowerCase() : /^(?:monitor|observatory|ministry|agency)$/i.test(source) ? source.toLowerCase() : null;
  if (!head) return source;
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
