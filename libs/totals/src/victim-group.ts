// Who was hit, as a small tree: a report of "5 children" and one of "12 civilians" can be the same
// incident (children are civilians), "9 civilians" and "14 soldiers" cannot. Extraction names victims
// freely ("jihadists and allied rebels"), so unknown words sit directly under "people".

const PARENT: Record<string, string> = {
  civilians: 'people',
  combatants: 'people',
  children: 'civilians',
  women: 'civilians',
  worshippers: 'civilians',
  students: 'civilians',
  pupils: 'civilians',
  protesters: 'civilians',
  migrants: 'civilians',
  refugees: 'civilians',
  journalists: 'civilians',
  'aid workers': 'civilians',
  patients: 'civilians',
  villagers: 'civilians',
  farmers: 'civilians',
  'pro-government forces': 'combatants',
  soldiers: 'pro-government forces',
  troops: 'pro-government forces',
  police: 'pro-government forces',
  policemen: 'pro-government forces',
  'police officers': 'pro-government forces',
  'security forces': 'pro-government forces',
  militants: 'combatants',
  jihadists: 'militants',
  rebels: 'militants',
  insurgents: 'militants',
  fighters: 'militants',
  gunmen: 'militants',
  attackers: 'militants',
  'jihadists and allied rebels': 'militants',
};

// "unspecified" says nothing about who was hit: it is as broad as "people".
const BROADEST = new Set(['people', 'unspecified', '']);

function normaliseVictims(victims: string): string {
  return victims.trim().toLowerCase();
}

// Victim groups repeat endlessly across reports; their chains are worked out once each (bounded).
const lineages = new Map<string, string[]>();
const MEMO_LIMIT = 10_000;

/** The chain from a victim group up to "people": ["soldiers", "pro-government forces", "combatants", "people"]. */
function lineage(victims: string): string[] {
  let chain = lineages.get(victims);
  if (chain === undefined) {
    chain = lineageOf(victims);
    if (lineages.size >= MEMO_LIMIT) lineages.clear();
    lineages.set(victims, chain);
  }
  return chain;
}

function lineageOf(victims: string): string[] {
  const chain: string[] = [];
  let group = normaliseVictims(victims);
  if (BROADEST.has(group)) return ['people'];
  while (group !== 'people' && !chain.includes(group)) {
    chain.push(group);
    group = PARENT[group] ?? 'people';
  }
  return [...chain, 'people'];
}

/** How general a victim group is: 0 for "people", higher for narrower groups. */
export function victimDepth(victims: string): number {
  return lineage(victims).length - 1;
}

/** True when a victim group is `group` or one of its subgroups ("jihadists" are militants, and so are "militants"). */
export function isWithinGroup(victims: string, group: string): boolean {
  return lineage(victims).includes(lineage(group)[0]);
}

/** True when `narrow` is a strict subgroup of `broad` ("children" of "civilians", anything of "people"). */
export function isSubgroupOf(narrow: string, broad: string): boolean {
  const chain = lineage(narrow);
  const target = lineage(broad)[0];
  return chain[0] !== target && chain.includes(target);
}

/** Two reports may describe the same dead when one group contains the other. */
export function areVictimsCompatible(a: string, b: string): boolean {
  const la = lineage(a);
  const lb = lineage(b);
  return la[0] === lb[0] || la.includes(lb[0]) || lb.includes(la[0]);
}

/** The broader of two compatible groups; the first when they are equally broad. */
export function broaderVictims(a: string, b: string): string {
  return isSubgroupOf(a, b) ? b : a;
}
