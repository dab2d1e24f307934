import type { CasualtyFigure } from './casualty-figure';
import { PERSON_NOUN, readVictimGroup } from './victim-group';

const BARE_SUBJECT = /^\s+(?:(?:were|was|had|have|has|also|later)\s+)*(?:blew|shot|killed|died|detonated)\b/i;
const TOLD_COUNT =
  /\b(?:say|says|said|told|reported|estimated?|put|puts)\s+(?:that\s+)?(?:about|some|around|roughly|at least|more than|over|nearly|almost)?\s*$/i;
const ATTACKERS_AT_MOST = 30;
const VOICE = /\b(?:according to|told|said|says)\s+(?:the\s+|local\s+)?$/i;

/**
 * "Five fighters took part in the assault. One blew himself up at the gate, three were shot dead": bare counts with no
 * noun of their own, all of the dead in one sentence, point back to the attackers named just before; together they
 * are one figure of militants killed (4), not unnamed people. Returns that figure, or null when the counts are not so.
 */
export function countAttackersOneByOne(
  fresh: readonly CasualtyFigure[],
  before: string,
  sentenceStart: number,
  groupOf: (f: CasualtyFigure) => string,
): CasualtyFigure | null {
  if (!fresh.length || fresh.some((f) => f.metric !== 'killed' || f.victims !== 'unspecified' || groupOf(f) !== 'unspecified')) return null;
  // "three were shot dead": the count is the subject, with no noun after it ("killed 25 officials" names its own).
  if (fresh.some((f) => !BARE_SUBJECT.test(f.sentence.slice(f.span.end - sentenceStart)))) return null;
  // "two witnesses say about 80 were killed": a count someone gives is the toll of the attack, not its attackers, and
  // attackers told one by one are a handful.
  if (fresh.some((f) => TOLD_COUNT.test(f.sentence.slice(Math.max(0, f.span.start - sentenceStart - 30), f.span.start - sentenceStart)))) return null;
  if (fresh.reduce((s, f) => s + f.value, 0) > ATTACKERS_AT_MOST) return null;
  // The voice of the report ("according to police", "officials said") is no antecedent.
  const nouns = [...before.matchAll(PERSON_NOUN)].filter((m) => !VOICE.test(before.slice(Math.max(0, (m.index ?? 0) - 20), m.index)));
  const antecedent = nouns[nouns.length - 1];
  if (!antecedent || readVictimGroup(antecedent[0]) !== 'militants') return null;
  const [first] = fresh;
  return {
    ...first,
    value: fresh.reduce((s, f) => s + f.value, 0),
    victims: 'militants',
    breakdown: fresh.length > 1 ? fresh.map((f) => ({ group: 'militants', value: f.value })) : [],
    span: { start: first.span.start, end: fresh[fresh.length - 1].span.end },
  };
}
