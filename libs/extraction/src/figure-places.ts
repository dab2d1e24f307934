import { attestedCountries, Gazetteer, countryVotes, leadingCountry, pickCandidate, type Place, type PlaceMention } from '@cw/places';
import { CAPITALISED_WEEKDAYS, ROLE_NOUNS, SETTLEMENT_NOUNS } from './lexicon';
import { innerDatelines, inSpans, type TextSpan } from './split-sentences';

// "north-east of Kharkiv", "120 kilometres southwest of Mogadishu", "40 km north of the strategic town of Kaya": a
// landmark that locates the place hit.
// "40 km north of Dori" locates by a landmark; "in the north of Burkina Faso" is a part of the country.
const RELATIVE_TO =
  /\b(?<!\bthe\s(?:far\s)?)(?:(?:north|south|east|west)(?:-?(?:east|west))?|outside|kilomet(?:re|er)s|km|miles)\s+(?:of|from)\s+(?:the\s+)?(?:(?:[a-z-]+\s+)?(?:town|city|village|capital)\s+of\s+)?$|\b(?:highway|road|just)\s+outside\s+$|\b(?:hours?|minutes?)['’]?s?\s+(?:drive|walk|ride|journey)\s+(?:from|of)\s+$/i;
const REGION_OF_PLACE_BEFORE = /[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*){0,2},\s*$/u;
const NEAR_LANDMARK = /\b(?:lies|lying|located|situated|sits)\s+(?:close to|near|not far from|next to)\s+(?:the\s+)?$/i;
// A list of names, each followed by a comma or "and": "the districts of Nangade, Mueda, Montepuez and Pemba".
const PLACE_LIST = String.raw`(?:[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?(?:,\s+|\s+and\s+))`;
// "fled to neighbouring Chad", "crossed into Uganda": where people went, not where they were hit.
// Gunmen who "came back to Solhan" hit it: only where people went, or were taken, is a destination. Every town of a
// list is ("have reached the districts of Nangade, Mueda, Montepuez and Pemba").
const DESTINATION = new RegExp(
  String.raw`\b(?:(?:fled|flee|fleeing|flown|escaped|moved|went|gone|evacuated|relocated|refuge|arrived|taken|transferred|sent|brought|headed|heading|returned|cross|crosses|crossing|migrated|displaced|pour|pours|poured|pouring|streamed|streaming)\s+(?:[\w-]+\s+){0,4}?(?:to|into|towards?)|(?:arrived|arriving|sheltering|taking shelter)\s+(?:in|at)|(?:leave|leaving|left|bound|departing|depart|set off|setting off)\s+(?:[\w-]+\s+){0,4}?for|reach(?:ed|ing)?|crossed(?:\s+into)?|(?:across|over)\s+the\s+(?:border|frontier)\s+(?:in)?to)\s+(?:(?:neighbouring|neighboring|nearby|the)\s+)?(?:(?:districts?|towns?|cities|city|provinces?|camps?|villages?)\s+of\s+)?${PLACE_LIST}*$`,
  'i',
);
// "Kaya, a town nearby to which many survivors have since fled": a place told as where people went.
// "Tehran had received the bodies of 10 victims" (story AC, Nasiriyah): where the dead were sent home to.
const DESTINATION_AFTER =
  /^,\s+(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:to|into|in)\s+which\s+(?:[\w-]+\s+){0,5}?(?:fled|escaped|gone|moved|been taken|been evacuated|sought refuge|taken refuge|arrived)\b|^\s+(?:had\s+|has\s+|have\s+)?(?:received|took delivery of|repatriated)\s+(?:the\s+)?(?:bodies|remains|coffins)\b/i;
const CARE_PLACE = String.raw`(?:hospitals?|clinics?|health (?:cent(?:re|er)|facilit(?:y|ies))s?|morgues?|mortuar(?:y|ies))`;
const TREATED_IN = new RegExp(String.raw`\b${CARE_PLACE}\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$`, 'i');
// "treated in hospitals in Sehwan, Jamshoro, Nawabshah, Hyderabad and Karachi": every town of the list.
const PLACES_LISTED_BEFORE = new RegExp(String.raw`${PLACE_LIST}+$`);
// "an attack on mourners who had gathered at a hospital in Quetta": the people hit were at the hospital (stories T).
const HOSPITAL_HIT = new RegExp(
  String.raw`\b(?:strikes?|struck|attack(?:ed|s|ing)?|bomb\w*|shell\w*|raid(?:ed|s)?|hit|target(?:ed|ing)|blast|explosion|stormed|fire on|killed|died|dead|gathered|assembled|sheltering|crowded)\s+(?:on\s+|at\s+|near\s+|inside\s+|outside\s+)?(?:the\s+|a\s+)?(?:[\w-]+\s+){0,3}?${CARE_PLACE}\s+(?:in|at|of)\s+(?:the\s+)?(?:(?:town|city)\s+of\s+)?$`,
  'i',
);
// "Turkey blamed Kurdish militants", "Uganda's president said": a country acting or speaking, not a place hit.
const ACTOR_AFTER =
  /^(?:\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:blamed|accused|said|says|denied|condemned|claimed|warned|announced|vowed|urged|called|sent|deployed|launched|fired|struck|retaliated|boasts|boasted|admits|admitted|agreed|agrees|refused|refuses|rejected|rejects|insisted|insists|promised|promises|pledged|pledges|ordered|orders|halted|halts|paused|pauses|to pause|to halt|blames|accuses|denies|condemns|claims|warns|announces|vows|urges|calls|sends|deploys|launches|cancels|cancelled|canceled|suspends|suspended|recalls|recalled|expels|expelled|shelled|bombed|invaded|attacked)\b|['’]s\s+(?:(?:\w+\s+)?(?:president|prime minister|government|army|military|armed forces|troops|officials?|ministry|minister|foreign|defen[cs]e|leaders?|authorities|embassy|spokes\w+|air force|navy|offensive|invasion|aggression|assault|(?:air\s*)?strikes?|airstrikes?|attacks?|bombing|bombardment|shelling|missiles?|rockets?|drones?|raids?|forces|jets|warplanes)\b))/i;
// "with the United States, Saudi Arabia and Iran all strongly condemning the bombing": countries listed as they react.
const REACTING_AFTER =
  /^(?:,?\s+(?:and\s+)?(?:the\s+)?[A-Z][\p{L}]+(?:\s+[A-Z][\p{L}]+)?){0,5}\s+(?:all\s+|both\s+|also\s+|have\s+|has\s+)*(?:[a-z]+ly\s+)?(?:condemn|denounc|deplor|decr(?:y|ied|ying))\w*/u;
// Where a sentence begins: the text's start, a full stop or a closing quote and space, or a new line.
const SENTENCE_OPENS = String.raw`(?:^|[.!?"”]\s+|\n)`;
const OPENS_A_SENTENCE = new RegExp(String.raw`${SENTENCE_OPENS}$`);
const OPENS_IN_NEIGHBOURING = new RegExp(String.raw`${SENTENCE_OPENS}In\s+neighbou?ring\s+$`);
const OPENS_IN = new RegExp(String.raw`${SENTENCE_OPENS}In\s+$`);

/** The rest of the sentence from `from`: up to the first full stop (or `ends`) that a space or the text's end follows. */
function restOfSentence(text: string, from: number, ends = /[.!?](?:\s|$)/): string {
  const rest = text.slice(from);
  const end = rest.search(ends);
  return end < 0 ? rest : rest.slice(0, end);
}

// "the Lake Chad region", "an island on Lake Chad": a country's name that names a lake, which lies in several countries.
const namesALake = (text: string, m: PlaceMention): boolean =>
  m.candidates.some((c) => c.kind === 'country') && /\bLake\s+$/.test(text.slice(Math.max(0, m.start - 6), m.start));

const COUNTING_OFFICE_AFTER = /^\s+(?:[A-Z][\p{L}]+\s+)?(?:Ministry|ministry|army|Army|military|armed forces|health authorities)\b/u;
// "Kyrgyzstan announced on Monday that a four-year-old boy had died in the fighting, which took the number of victims to
// 36" (eval/real31 Batken): a country opening its sentence as the one who tells a count is its government counting its own
// dead, unless it tells what its own forces did.
const COUNTRY_TELLS =
  /^\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|announced|announces|reported|reports|confirmed|confirms|acknowledged|admitted)\b/;
const ITS_OWN_FORCES =
  /\b(?:its|their|our)\s+(?:[\w-]+\s+)?(?:forces|troops|army|military|soldiers|strikes?|drones?|missiles?|artillery|units?|jets)\b/i;
// "Phnom Penh called for an immediate ceasefire" (eval/real29) demands as its government.
const CITY_SPEAKS =
  /^\s+(?:has\s+|have\s+|had\s+|also\s+)?(?:said|says|announced|accused|blamed|denied|claimed|confirmed|insisted|warned|vowed|called (?:for|on)|urged|demanded|rejected|condemned)\b/;
// "Russian missile strike", "Israeli jets": a demonym naming the attacker's weapon or force.
const ATTACKER_AFTER =
  /^\s+(?:[\w-]+\s+){0,2}?(?:missiles?|strikes?|air ?strikes?|drones?|artillery|shelling|shells?|bombs?|rockets?|attacks?|jets?|warplanes?|aircraft|fire|offensive|invasion|bombardment|raids?|assault|troops|forces|army|military|gunmen|militants?|militant group|jihadists?|insurgents|Islamists?|bombers?|attackers?)\b/i;
// "the Somali capital", "the northern Syrian town of Afrin": a demonym naming the place itself.
// "the Palestinian refugee camp of Nahr al-Bared in Lebanon": refugees' nationality, not the camp's country.
// "an IS attack on the Malian army in the same area killed 33 soldiers": the side attacked is where its soldiers died.
const TARGET_BEFORE = /\b(?:attacks?|assaults?|ambush(?:es)?|raids?|strikes?)\s+(?:on|against)\s+(?:the\s+|a\s+)?$/i;
const FORCES_AFTER = /^\s+(?:army|military|troops|soldiers|forces|base|camp|outpost|convoy|patrol|positions?|police)\b/i;
const DEMONYM_PLACE =
  /^\s+(?!refugee\b)(?:[a-z-]+\s+)?(?:town|city|village|province|region|state|capital|district|countryside|border town|port|camp|(?:shopping\s+)?(?:mall|centre|center)|apartment block)\b/;

// "Wad al-Noura", "Tell el-Hawa": an Arabic article in lower case joins the words of one name.
const NAME_WORD = String.raw`[A-Z][\p{L}'’-]+`;
const NEXT_NAME_WORD = String.raw`(?:${NAME_WORD}|(?:al|el|ad|as|ash|ar|an|at|az|ad-dar)-[\p{L}'’-]+)`;
const LOCALITY = new RegExp(
  String.raw`\b(?:${SETTLEMENT_NOUNS}|locality|commune|camp|neighbou?rhood)\s+of\s+(${NAME_WORD}(?:\s+${NEXT_NAME_WORD}){0,2})|\b((?:[A-Z][\p{L}'’-]+\s+){0,2}[A-Z][\p{L}'’-]+)\s+(?:village|camp|town)\b(?!\s+(?:of|hall|council|centre|center|square)\b)|\b(?:in|near|around)\s+the\s+([A-Z][\p{L}'’]+(?:\s+[A-Z][\p{L}'’]+)?)\s+area\b|\b(${NAME_WORD}(?:\s+(?:al|el|ad|as|ash|ar|an|at|az)-[\p{L}'’-]+)?),\s+(?:the|a)\s+(?:[a-z-]+\s+)?(?:${SETTLEMENT_NOUNS}|city)\b`,
  'gu',
);

// "On Friday Pazi Gyi village": the words of the sentence before a village's name.
const LEADING_NOT_NAME = new RegExp(
  String.raw`^(?:(?:The|A|An|In|On|At|From|Near|To|For|By|And|But|Then|When|After|Before|Since|Last|This|Early|Late|${CAPITALISED_WEEKDAYS})\s+)+`,
);

/**
 * Localities the report names as such ("the village of Solhan", "Pazi Gyi village", "the Barsalogho area") that the gazetteer does not know;
 * in "the Dogon village of Sobane" the name is the one after "of". None in page furniture.
 */
function namedLocalities(
  text: string,
  known: readonly PlaceMention[],
  from: number,
  furniture: readonly TextSpan[],
): { name: string; start: number; end: number }[] {
  const found: { name: string; start: number; end: number }[] = [];
  for (const m of text.matchAll(LOCALITY)) {
    if (inSpans(furniture, m.index)) continue;
    // "Pazi Gyi village", "On Friday Pazi Gyi village": the name, without the words of the sentence before it.
    const name = (m[1] ?? m[2] ?? m[3] ?? m[4]).replace(LEADING_NOT_NAME, '');
    const start = m.index + m[0].indexOf(name);
    if (start < from || known.some((k) => k.start <= start && k.end >= start + name.length)) continue;
    if (SPEAKER_FROM.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "Mafa lies close to Shekau village": a landmark that locates the place hit.
    if (RELATIVE_TO.test(text.slice(Math.max(0, start - 60), start)) || NEAR_LANDMARK.test(text.slice(Math.max(0, start - 40), start))) continue;
    // "an ethnic Dogon village": a people, not the village's name.
    if (/\bethnic\s+$/i.test(text.slice(Math.max(0, start - 8), start))) continue;
    if (/^(?:The|A|An|This|That|Their|His|Her|Its|Our|Refugee|Displacement|IDP|Army|Military|Police)$/.test(name)) continue;
    found.push({ name, start, end: start + name.length });
  }
  return found;
}

// "neighbouring Sudan", "close to the border with Darfur in Sudan": the country next door, not the one hit.
// "along the border with volatile eastern Congo", "a border post with Burkina", "the frontier with Burkina Faso", "facing
// Burkina Faso", "its frontiers with Niger and Burkina Faso": the countries over the border; a word or two may describe
// them.
// "taken refuge in neighbouring countries (Mauritania, Burkina Faso and Niger)": every country of the list.
// "raided a village that borders a region of Mozambique" (eval/real31 Tandahimba): what the scene borders; "the mountain
// nation squeezed between the Asian giants China and India" (eval/real31 Dhanusha): what a country lies between.
const NEIGHBOUR_BEFORE = new RegExp(
  String.raw`\b(?:squeezed|sandwiched|wedged|nestled)\s+between\s+(?:the\s+)?(?:[a-z-]+\s+)?(?:[A-Z][a-z]+\s+)?(?:giants|powers|neighbou?rs|rivals\s+)?\s*${PLACE_LIST}*$|\b(?:[Bb]orders|[Ff]rontiers)\s+with\s+${PLACE_LIST}*$|\b(?:that|which)\s+borders?\s+(?:[a-z-]+\s+){0,3}$|\b(?:[Nn]eighbou?ring|(?:[Tt]he )?(?:[Bb]order|[Ff]rontier)(?:\s+(?:post|crossing|area|region|zone))?\s+with|[Bb]ordering|[Ff]acing)\s+(?:(?:[a-z-]+\s+){0,2}|[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+in\s+|countries\s*(?:\(|,?\s+(?:such as|including|like)\s+)${PLACE_LIST}*)$`,
);

// "the Afghan border" is the country over it; "a Ugandan border town" is a town on this side of it.
const DIVISION_AFTER = /^\s+(?:district|province|county|governorate|municipality|prefecture|division)\b/i;
// "along Nigeria's borders with Chad and Niger" (story AA, Nguetchewe): the country whose borders a place is along.
const BORDER_AFTER = /^\s+(?:borders?|frontiers?)\b(?!\s+(?:town|city|village|district|region|province|area|community|settlement)s?\b)/i;

/** Where the report's first sentence after the dateline ends: its lead. */
function leadSentenceEnd(text: string, dateline: { start: number; end: number } | null): number {
  const from = dateline?.end ?? 0;
  const end = text.slice(from).search(/[.!?](?:["”’]?)(?:\s|$)/);
  return end < 0 ? text.length : from + end + 1;
}

/** Where a report's figures happened: the places it names, with the dateline, landmarks, destinations and actors left out. */
export class ReportPlaces {
  private readonly mentions: PlaceMention[];
  private readonly known: Set<string>;
  private readonly attested: Set<string>;
  readonly reportCountry: string | null;

  private readonly localities: { name: string; start: number; end: number }[];
  // "According to Cambodia's Defence Ministry": a country whose own office tells a count, in case nothing else places it.
  private readonly countingOffices: PlaceMention[];

  constructor(
    private readonly text: string,
    dateline: TextSpan | null,
    // Photo captions and links to other stories (split-sentences.ts): no place of the report's.
    furniture: readonly TextSpan[],
  ) {
    const all = Gazetteer.shared()
      .findMentions(text)
      .filter((m) => !inSpans(furniture, m.start));

    // "BEIRUT:" is where the reporter sits, not where people died (shared/seeds/000_5d8a1befe3af6c37.txt);
    // "QUETTA, Pakistan (Reuters) -" still tells which country a bare "Quetta" below is in.
    const inner = innerDatelines(text, dateline);
    const inDateline = (m: { start: number }) => (dateline !== null && m.start < dateline.end) || inSpans(inner, m.start);
    // The dateline and where the hurt were treated tell the country, not the place hit.
    const toldElsewhere = new Set(all.filter((m) => inDateline(m) || isCarePlace(text, m)));
    const datelineMentions = all.filter((m) => toldElsewhere.has(m));
    this.countingOffices = all.filter(
      (m) =>
        m.candidates.some((c) => c.kind === 'country') &&
        ((/['’]s$/.test(m.text) && COUNTING_OFFICE_AFTER.test(text.slice(m.end, m.end + 40))) ||
          (OPENS_A_SENTENCE.test(text.slice(Math.max(0, m.start - 3), m.start)) &&
            COUNTRY_TELLS.test(text.slice(m.end, m.end + 40)) &&
            !ITS_OWN_FORCES.test(restOfSentence(text, m.end)))),
    );
    this.mentions = all
      .filter((m) => !toldElsewhere.has(m))
      .map((m) => asPlaceHit(text, m))
      .filter((m): m is PlaceMention => m !== null);
    // An attacker's nationality decides the country only when nothing else in the report does.
    // "a Somali militant group": a name that is also a region ("Somali", a region of Ethiopia) is the demonym before a noun.
    const attacker = (m: PlaceMention) =>
      m.candidates.some((c) => c.kind === 'demonym') &&
      m.candidates.every((c) => c.kind === 'demonym' || c.kind === 'region') &&
      ATTACKER_AFTER.test(text.slice(m.end, m.end + 60));
    // The lead tells where it happened; the background names the war next door and where refugees came from. A
    // country named as a neighbour ("militias from neighbouring Sudan") is where the place hit is not.
    const leadEnd = leadSentenceEnd(text, dateline);
    // "the Lake Chad region along Nigeria's borders" in a report on Cameroon (story AA, Nguetchewe): a lake named after a
    // country votes for it only when the report names that country as a place of its own too.
    const candidates = this.mentions.filter((m) => !attacker(m) && !this.namesNeighbour(m));
    const namedApart = (lake: PlaceMention) =>
      candidates.some(
        (v) => !namesALake(text, v) && v.candidates.some((c) => c.kind === 'country' && lake.candidates.some((l) => l.country === c.country)),
      );
    const voters = candidates.filter((m) => !namesALake(text, m) || namedApart(m));
    const votes = countryVotes([...voters, ...voters.filter((m) => m.start < leadEnd), ...voters.filter((m) => m.start < leadEnd)], datelineMentions);
    // "Burkina Faso's military government ended its silence ... Karma, a village": a country named only as an actor is
    // still the report's country, before a neighbour the attackers came from.
    if (!votes.size) {
      const hits = new Set(this.mentions.map((m) => m.start));
      const actors = all.filter(
        (m) =>
          m.candidates.some((c) => c.kind === 'country') &&
          !toldElsewhere.has(m) &&
          !hits.has(m.start) &&
          !this.namesNeighbour(m) &&
          // An ally fighting beside the side ("its partners, chiefly France") or a sea named after a country is not the
          // report's country either.
          !isAllyOrSea(text.slice(Math.max(0, m.start - 60), m.start)),
      );
      for (const [c, n] of countryVotes(actors, datelineMentions)) votes.set(c, n);
    }
    // "the Bagan area of Kurram district": a name the report itself calls a district is a place, though the datasets know
    // it only as one town (a lone town name alone is too often a word elsewhere); its country is the report's when
    // nothing else names one (eval/real26 Kurram).
    if (!votes.size)
      for (const m of this.mentions) {
        const countries = new Set(m.candidates.map((c) => c.country));
        if (countries.size === 1 && DIVISION_AFTER.test(text.slice(m.end, m.end + 14))) {
          const [country] = countries;
          votes.set(country, (votes.get(country) ?? 0) + 1);
        }
      }
    if (!votes.size) for (const [c, n] of countryVotes(this.mentions, datelineMentions)) votes.set(c, n);
    this.known = new Set(votes.keys());
    this.attested = attestedCountries(all);
    for (const m of datelineMentions) for (const c of m.candidates) if (c.kind !== 'town') this.known.add(c.country);
    this.reportCountry = leadingCountry(votes);
    // A locality the gazetteer knows only abroad ("Solhan" is also a town in Turkey) is still this report's locality.
    const reportCountry = this.reportCountry;
    this.localities = namedLocalities(
      text,
      all.filter((m) => !reportCountry || m.candidates.some((c) => c.country === reportCountry)),
      dateline?.end ?? 0,
      furniture,
    );
  }

  private namesNeighbour(m: PlaceMention): boolean {
    // "In neighbouring Peru, the government ordered a curfew in Pataz, where 13 workers were murdered" (eval/real31 Alto
    // Punino): a sentence set in the country next door is about that country.
    if (OPENS_IN_NEIGHBOURING.test(this.text.slice(Math.max(0, m.start - 20), m.start))) return false;
    if (NEIGHBOUR_BEFORE.test(this.text.slice(Math.max(0, m.start - 90), m.start))) return true;
    // "near Ecuador border", "close to the Afghan frontier": the country over the border, when the place hit is not
    // itself named as on that side ("the Syria-Turkey border" names both, and is left to the other places).
    // "Gun battle in Mexican town near Texas border": a region named only as the border the town is near lies across it.
    const acrossTheBorder =
      m.candidates.some((c) => c.kind === 'country' || c.kind === 'demonym') ||
      (m.candidates.every((c) => c.kind === 'region') && /\bnear\s+(?:the\s+)?$/i.test(this.text.slice(Math.max(0, m.start - 12), m.start)));
    return acrossTheBorder && BORDER_AFTER.test(this.text.slice(m.end, m.end + 40));
  }

  /** A locality the report names ("the village of Ehsim") that the gazetteer does not know: it has no region. */
  isLocality(name: string): boolean {
    return this.localities.some((l) => l.name === name);
  }

  /** Whether a span names a town or a village ("in Boni", "in Tchombangou and Zaroumdareye, villages in western Niger"). */
  namesSettlement(start: number, end: number): boolean {
    const span = this.text.slice(start, end);
    if (/\b(?:villages?|hamlets?|towns? of)\b/i.test(span)) return true;
    if (this.localities.some((l) => span.includes(l.name))) return true;
    return this.mentionsIn(start, end).some((m) =>
      m.candidates.some((c) => c.kind === 'town' && (!this.reportCountry || c.country === this.reportCountry)),
    );
  }

  /** The countries a span names by name ("Thailand and Cambodia fought", "on southern Lebanon"), whatever else it names. */
  countriesNamed(start: number, end: number): Set<string> {
    return new Set(this.mentionsIn(start, end).flatMap((m) => m.candidates.filter((c) => c.kind === 'country').map((c) => c.country)));
  }

  /** Whether a span names places and every one is a whole country ("in Syria", "across Nigeria"), no town or region. */
  namesOnlyCountries(start: number, end: number): boolean {
    const inSpan = this.mentionsIn(start, end);
    return inSpan.length > 0 && inSpan.every((m) => m.candidates.some((c) => c.kind === 'country'));
  }

  private mentionsIn(start: number, end: number): PlaceMention[] {
    return this.mentions.filter((m) => m.start >= start && m.end <= end);
  }

  private readonly placed = new Map<string, { country: string | null; places: string[] }>();

  /** Country and region/town names of a span: its own named places first, else the report's country. */
  placesIn(start: number, end: number): { country: string | null; places: string[] } {
    // Every figure of a sentence asks for the same span: placed once.
    const key = `${start}:${end}`;
    let where = this.placed.get(key);
    if (!where) {
      where = this.placeSpan(start, end);
      this.placed.set(key, where);
    }
    return { country: where.country, places: [...where.places] };
  }

  private placeSpan(start: number, end: number): { country: string | null; places: string[] } {
    const inSpan = this.mentionsIn(start, end).filter((m) => !this.namesNeighbour(m));
    // An ambiguous name reads in the country the same sentence names, then in the report's country.
    const named = new Set<string>();
    for (const m of inSpan) {
      const firm = m.candidates.filter((c) => c.kind !== 'town');
      if (firm.length && m.candidates.every((c) => c.country === firm[0].country)) named.add(firm[0].country);
    }
    const votes = new Map<string, number>();
    const lakes: string[] = [];
    // "on an island on Lake Chad, on the border between Cameroon and Chad": the lake's country named apart keeps its vote
    // (the name still stands in the span once every "Lake Chad" is taken out).
    const spanText = this.text.slice(start, end);
    const namedApart = (name: string) => spanText.split(`Lake ${name}`).join('').includes(name);
    const picked: { name: string; place: Place }[] = [];
    for (const m of inSpan) {
      // "the mayor of Sangha" in a report on Mali: a name whose only readings are a region or town of a country the
      // report never names (nor names twice by its places) is a namesake of a local place, not a place abroad.
      // A city that is a region of its own ("Berlin", "Madrid", "Kabul") is no namesake: it is that city.
      if (
        this.reportCountry &&
        m.candidates.every((c) => c.country !== this.reportCountry && !this.attested.has(c.country)) &&
        !(isCityAndRegion(m) && !NAME_RUNS_ON.test(this.text.slice(m.end, m.end + 30)))
      )
        continue;
      const place = m.candidates.find((c) => named.has(c.country) && c.kind !== 'demonym') ?? pickCandidate(m, this.known, this.reportCountry);
      if (!place) continue;
      // Demonyms name attackers as often as victims ("Israeli strikes", "Russian drones"): only places vote here.
      // "an island on Lake Chad in Cameroon's far north" (story AA, Nguetchewe): a lake named after a country lies in
      // several; it gives way to a country the span names otherwise.
      if (place.kind === 'country' && namesALake(this.text, m) && !namedApart(m.text)) lakes.push(place.country);
      else if (place.kind !== 'demonym') votes.set(place.country, (votes.get(place.country) ?? 0) + 1);
      picked.push({ name: m.text.replace(/['’]s$/, ''), place });
    }
    if (!votes.size) for (const country of lakes) votes.set(country, (votes.get(country) ?? 0) + 1);
    // "According to Cambodia's Defence Ministry, the fighting has left 13 people confirmed dead": with no place named, a
    // country's own ministry or army counts that country's dead (eval/real29 Thai-Cambodian border).
    const office = votes.size ? undefined : this.countingOffices.find((m) => m.start >= start && m.end <= end);
    const country = leadingCountry(votes) ?? office?.candidates.find((c) => c.kind === 'country')?.country ?? this.reportCountry;
    // The places of the country the whole span votes for ("Our Lady of Mount Carmel in Jolo, Sulu": a namesake abroad
    // named first does not keep Jolo out).
    const places: string[] = [];
    for (const { name, place } of picked)
      if ((place.kind === 'region' || place.kind === 'town') && place.country === country && !places.includes(name)) places.push(name);
    // "the village of Solhan", "Kishi village": a locality no gazetteer holds is still the place hit, and the name
    // that lets two outlets' reports of it meet. Only in the country the span is about.
    if (country)
      for (const name of this.localities.filter((l) => l.start >= start && l.end <= end).map((l) => l.name))
        if (!places.includes(name)) places.push(name);
    return { country, places };
  }
}

// "Gen. Kenneth F. McKenzie said", "Col. Billy dela Rosa": a surname the gazetteer knows as a town is a person after a
// title.
const PERSON_TITLE_BEFORE =
  /\b(?:Gen|Lt|Col|Maj|Capt|Sgt|Cpl|Brig|Adm|Mr|Mrs|Ms|Dr|Prof|Rev|Sen|Rep|Gov|President|Minister|Governor|General|Colonel|Commander|Chief|Sheikh|Imam|Pope|King|Prince|Senator|Mayor|spokes(?:man|woman|person))\.?\s+(?:[A-Z][\p{L}.'’-]*\s+|(?:de|dela|del|della|da|van|von|bin|ibn|al|el|la|le|di|du|dos|das)\s+){0,4}$/u;

// "Archbishop Fulgence Muteba Mugalu of Lubumbashi", "the Emir of Kano": the seat of an office a person holds, told of a
// pope's telegram or a mourner's visit, not where anyone was hit (stories W, Komanda).
const SEAT_OF_OFFICE =
  /\b(?:Archbishop|Bishop|Cardinal|Metropolitan|Patriarch|Emir|Sultan|Oba|Ooni|Rabbi|Grand Mufti|Mufti)\s+(?:[A-Z][\p{L}.'’-]*\s+){0,4}of\s+(?:the\s+)?$/u;

// "the Dubai City wedding hall": a city's name that runs on into another name or a venue names the venue.
const NAME_OF_A_PLACE_GOES_ON =
  /^\s+[A-Z][\p{L}'’-]+\s+(?:area|village|town|district|tehsil|subdivision|region|neighbou?rhood|camp|valley|locality|sector|settlement)\b/u;
const NAME_RUNS_ON =
  /^\s+(?:[A-Z]|(?:[a-z]+\s+)?(?:hall|hotel|mall|restaurant|club|cafe|café|stadium|theatre|theater|cinema|bank|street|road|market)\b)/;

/** A name that is both a first-level region and a town of one country: a capital or a city-state ("Berlin", "Kabul"). */
const isCityAndRegion = (m: PlaceMention): boolean =>
  m.candidates.some((r) => r.kind === 'region' && m.candidates.some((t) => t.kind === 'town' && t.country === r.country));

const QUOTED_TITLE_BEFORE = /["“][A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*\s+(?:of|in|from)\s+(?:the\s+)?$/u;

// "according to the Paris prosecutor", "a Baghdad court": an office named by the town it sits in.
const OFFICE_AFTER =
  /^(?:['’]s)?\s+(?:(?:anti-terror(?:ism)?|public|state|chief|special)\s+)?(?:prosecutors?|prosecutor['’]s office|court|tribunal|embassy|consulate)\b/i;

const ORIGIN_OF_PEOPLE =
  /\b(?:group|members|delegation|team|family|families|tourists|pilgrims|workers|labourers|laborers|students|visitors|passengers|fans|worshippers|nationals|citizens)\s+from\s+(?:the\s+)?$/i;
const WATER_OF = /\b(?:Gulf|Bay|Sea|Strait|Straits|Bight)\s+of\s+$/;
const ALLY_BEFORE = /\b(?:partners?|allies|ally|backers|backed by|supported by|with the (?:help|support|backing) of|alongside)\b[^.;:()]{0,45}$/i;
// "the coastal states along the Gulf of Guinea", "the Bay of Bengal": a sea named after a country is not that country.
// "Niger's army and its foreign partners, chiefly France and the United States, killed at least 77": an ally who fights
// beside a side is an actor, not the place hit (stories S, Chinagodrar).
const isAllyOrSea = (before: string): boolean => WATER_OF.test(before) || ALLY_BEFORE.test(before);
const OBJECT_OF_ACTOR =
  /\b(?:accus(?:ed|es|ing)|blam(?:ed|es|ing)|condemn(?:ed|s|ing)|urg(?:ed|es|ing)|warn(?:ed|s|ing)|called on|calls on|critici[sz](?:ed|es|ing)|threaten(?:ed|s|ing)|sanction(?:ed|s|ing))\s+$/i;
const PARTY_BEFORE =
  /\b(?:(?:fire|fighting|clashes|hostilities|war|conflict|tensions)\s+(?:between|with)|between\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*)?\s+and|war\s+(?:on|against))\s+$/;
const LANDMARK_NOUN = /^(?:University|College|Hospital|School|Church|Mosque|Stadium|Airport|Market|Cathedral|Temple)$/;
const LANDMARK_AFTER = /^\s+(?:hospital|school|mosque|church|hotel|market|stadium|university|college|cathedral|shrine|temple)\b/i;
// "13 US service members", "Pakistani soldiers", "two British nationals", "the US intelligence community": a nationality,
// not the place hit.
const NATIONALITY_OF =
  /^\s+(?:[\w-]+\s+)?(?:troops|soldiers|service ?members|servicemen|servicewomen|marines|citizens|nationals|personnel|diplomats|contractors|tourists|peacekeepers|embassy|forces|army|military|navy|air force|officials?|journalists|aid workers|workers|intelligence|government|administration|president|envoy)\b/i;

// "the Islamic State in Iraq and Syria (ISIS)", "al-Qaeda in the Arabian Peninsula", "Islamic State West Africa
// Province": the place in an armed group's name is where the group began or claims, not where this attack hit.
const ARMED_GROUP_OF =
  /\b(?:Islamic State|ISIS|ISIL|IS|Daesh|al[- ]Qa[e']?ida|Qa[e']?ida)\s+(?:(?:in|of)\s+(?:the\s+)?(?:[A-Z][\w'’-]*\s+and\s+(?:the\s+)?)?)?$/;

// "a far heavier toll than in a comparable raid on an army base in Punjab": a place compared with, not the place hit.
// "the deadliest attack the Islamic State group has claimed since it lost Mosul", "since the fall of Mosul" (story AC,
// Nasiriyah): the event a ranking counts from.
const COMPARED_BEFORE =
  /(?:\b(?<!\b(?:more|fewer|less|rather|other|no|not)\s)than|\bcompared (?:with|to)|\bcomparable to)\b[^.;:!?]{0,70}$|\b(?:deadliest|worst|bloodiest|biggest|largest|most \w+)\b[^.;:!?]{0,80}?\bsince\s+(?:(?:it|they|the group|the militants|the jihadists)\s+(?:lost|took|seized|captured)\s+|the\s+(?:fall|capture|loss|liberation|siege)\s+of\s+)?$/i;
// "unrest inspired by the Arab uprisings in Tunisia, Egypt and elsewhere": where the example was set, every place of it.
const EXAMPLE_FOLLOWED = new RegExp(
  String.raw`\b(?:inspired by|model+ed on|reminiscent of)\s+(?:the\s+)?(?:[\w-]+\s+){0,4}?(?:in|of)\s+${PLACE_LIST}*$`,
);

// "The Washington Post says", "the Jerusalem Post", "Nigeria Television Authority", "the Fars news agency": a paper, a
// broadcaster or an agency named
// after a place is no place.
const NAMED_AFTER =
  /^(?:\s+(?:Post|Times|Herald|Tribune|Journal|Independent|Gazette|Daily|News|Chronicle|Observer|Standard|Telegraph|Express|Star|Mail|Guardian|Sun|Examiner|Monitor|Mirror|Voice|Today|Television|TV|Radio|Broadcasting)\b|\s+(?:news|press)\s+agency\b)/;
// "the Khartoum (Sudan) Peace and Unity Accord", "the Minsk agreements", "the Doha deal": an accord named after where it
// was signed, not a place hit (stories Y, Paoua).
const ACCORD_NAMED_AFTER =
  /^(?:\s+\([^)]{1,30}\))?(?:\s+(?:Peace|Unity|Political|Framework|Comprehensive|Ceasefire|Cessation|Reconciliation|and|of|for|Hostilities|Protocol|Declaration|Road ?map)){0,6}\s+(?:[Aa]ccords?|[Aa]greements?|[Dd]eal|[Tt]reaty|[Pp]rotocol|[Dd]eclaration|[Pp]rocess|[Tt]alks|[Cc]onference)\b/;
// "the Alemao and Penha favela complexes", "the Penha complex", "Alemão and Penha, the sprawling patchwork of favelas": a
// city's favela, not the town of that name the gazetteer holds elsewhere (Penha, Santa Catarina; stories Y, Rio de
// Janeiro). "two Ramadi neighborhoods", "Indanan township" are of the place named.
const NEIGHBOURHOOD_AFTER =
  /^(?:\s+and\s+\p{Lu}[\p{L}'’-]+\s+(?:favelas|(?:favela\s+)?complexes)\b|\s+(?:favela|(?:favela\s+)?complex)\b(?!es)|,\s+(?:the|a)\s+(?:[\w-]+\s+){0,4}?(?:of\s+)?favelas\b)/u;
// "FRANCE 24 has confirmed": a country's name with a number after it is a channel's.
const CHANNEL_NUMBER = /^\s\d{1,2}\b(?![.,]\d)/;
// "In Geneva, a spokesman for the UN refugee agency said ...": where the speaker stood, not where people were hit.
const SPEAKER_AT = new RegExp(String.raw`${SENTENCE_OPENS}In\s+(?:[A-Z][\p{L}'’-]*(?:\s+[A-Z][\p{L}'’-]*)*,\s+)?$`, 'u');
const SAID_AFTER = /^,\s+([^.;]{0,120}?)\b(?:said|says|told|announced|reported|stated)\b/;
// "In Bakhmut, one person died in shelling, officials said": a count between place and verb makes it the place hit.
const HARM_OR_COUNT = /\d|\b(?:killed|died|dead|wounded|injured|fled|displaced|missing|abducted|one|two|three)\b/i;

// "Ron Redmond, a spokesperson for UNHCR", "Jane Doe said": a surname the gazetteer knows as a town, after a first
// name and before the person's role or words.
const FIRST_NAME_BEFORE = /(?:^|[^.!?\s]\s+)([A-Z][a-z]+)\s+$/;
const PERSON_AFTER = new RegExp(
  String.raw`^(?:,\s+(?:a|an|the)\s+[a-z]|,\s+(?:${ROLE_NOUNS}|spokes\w+|member|founder)\b|\s+(?:said|says|told|added|explained|stated)\b)`,
);
// "said ombudsman Iris Marin", "according to governor William Villamizar": a role, then a person's names.
const ROLE_BEFORE = new RegExp(
  String.raw`\b(?:said|says|told|according to|ombuds(?:man|woman|person)|spokes(?:man|woman|person)|${ROLE_NOUNS}|envoy|analyst|researcher)\s+[A-Z][a-z]+\s+$`,
);
const NOT_FIRST_NAMES = new Set([
  'In',
  'On',
  'At',
  'From',
  'The',
  'And',
  'But',
  'Near',
  'North',
  'South',
  'East',
  'West',
  'Central',
  'Upper',
  'Lower',
  'Greater',
  'New',
  'Old',
  'Port',
  'Fort',
  'San',
  'Santa',
  'Saint',
  'Mount',
  'Lake',
  'Cape',
  'Police',
  'Army',
]);
// "told journalists in Geneva", "speaking at a news conference in Kabul": where a statement was made.
// "Human Rights Watch, speaking from Kenya, made its appeal": where a speaker sits, not where people died.
const STATEMENT_IN =
  /\b(?:told\s+(?:journalists|reporters|the press|a (?:news|press) conference|a briefing)|(?:said|speaking|spoke)(?:\s+at\s+a\s+(?:news|press)\s+conference)?|briefing|(?:news|press) conference)\s+(?:here\s+)?in\s+$|\b(?:speaking|spoke|writing|calling)\s+from\s+$/i;
// "Yanah Dolo, an official from Bankass, the closest town, said": where the speaker comes from, not where people died.
const SPEAKER_FROM =
  /\b(?:official|officer|spokes(?:man|woman|person)|resident|leader|chief|mayor|elder|lawmaker|legislator|MP|source|doctor|witness|journalist|reporter|activist|commander|administrator)s?\s+from\s+(?:the\s+)?$/i;
// "a senior police source in Srinagar told the Guardian": where a source sits, when it speaks right after.
const SOURCE_IN = /\b(?:police|security|official|government|military|intelligence|hospital)\s+sources?\s+in\s+$/i;
const SPEAKS_NEXT = /^\s+(?:told|said|says|confirmed)\b/i;
// "told the state news agency MENA", "the broadcaster Caracol": an outlet named after its kind.
const OUTLET_BEFORE = /\b(?:news agency|agency|broadcaster|newspaper|daily|channel|outlet|television|TV)\s+$/i;
// "Lunin, who heads the Poltava region, told Reuters": the region a speaker heads, not the place hit.
const HEADS_BEFORE = /\b(?:who\s+)?(?:heads?|headed|runs|governs|leads)\s+(?:the\s+)?$/i;
const REGION_NOUN_AFTER = /^\s+(?:region|province|oblast|state|district|governorate)\b/i;
// "Salah Abdeslam, the prime suspect in the Paris attacks, was arrested": an event a person is known by, told by its place.
// "Within hours of the Belgorod attack, Russia sent waves of air attacks against Kharkiv, wounding 28": another event
// told by its place to say when, not where the count was (eval/real24 Belgorod).
const TIME_BY_THE_EVENT =
  /\b(?:(?:hours|days|weeks|a day|a week)\s+(?:after|before|of)|within\s+(?:hours|days|a day)\s+of|in the wake of|on the heels of|in retaliation for|in response to)\s+the\s+$/i;
const KNOWN_BY_THE_EVENT = /\b(?:suspects?|mastermind|perpetrators?|planners?|organi[sz]ers?|survivors?|ringleader)\s+(?:in|of|behind)\s+the\s+$/i;
const EVENT_AFTER = /^\s+(?:attacks?|bombings?|massacre|shootings?|siege|blasts?)\b/i;
// "Janjaweed militias from Darfur", "gunmen from neighbouring Niger", "the rebels, who operate in eastern Congo": where
// attackers came from, not where they hit.
const ATTACKERS_FROM =
  /\b(?:militias?|militiamen|militants|fighters|gunmen|rebels|attackers|raiders|assailants|herders|herdsmen|jihadists|bandits)\s*,?\s+(?:(?:who\s+(?:came|crossed)\s+|coming\s+|who\s+had\s+come\s+)?from|who\s+(?:operate|are based|are active|hide|are holed up)\s+(?:in|from))\s+(?:(?:neighbouring|neighboring|the)\s+)?(?:[a-z-]+\s+)?$/i;

const WHERE_A_PLACE_LIES =
  /(?:[A-Z][\w'’-]*\s+){1,3}(?:(?:province|region|district|state|county|camp|town|city)\s+)?in\s+(?:(?:the\s+)?(?:northern|southern|eastern|western|central|north-?eastern|north-?western|south-?eastern|south-?western)\s+)?$/;

// "a Yemeni journalist based in Sanaa", "a rights group based in Geneva": where someone works from, not a place hit.
const BASED_IN = /\bbased (?:in|at)\s+$/i;

/**
 * "The hospital in Kaya cannot cope with the wounded", "taken to hospitals in Kaya": where the hurt were treated, unless
 * the hospital is what was hit ("a strike on a hospital in Gaza City"). It still tells the country.
 */
function isCarePlace(text: string, m: PlaceMention): boolean {
  const before = text.slice(Math.max(0, m.start - 90), m.start).replace(PLACES_LISTED_BEFORE, '');
  return TREATED_IN.test(before) && !HOSPITAL_HIT.test(before);
}

/** A mention as evidence of where people were hit, or null when it names a landmark, a destination or an actor. */
/**
 * A saint's (or founder's) name on a landmark, not the town of that name: "St George's Church in Tanta", "St. Mark's
 * Cathedral", "Tanta's Mar-Girgis (St George) church", "the St. George Cathedral".
 */
function namesALandmark(m: PlaceMention, after: string): boolean {
  if (/^(?:St\.?|Saint)\s/.test(m.text) && LANDMARK_AFTER.test(after.replace(/^\)/, ''))) return true;
  const possessed = /['’]s$/.test(m.text) ? after : (after.match(/^['’]s\b(.*)$/su)?.[1] ?? null);
  return (
    possessed !== null &&
    m.candidates.every((c) => c.kind === 'town' || c.kind === 'region') &&
    (LANDMARK_AFTER.test(possessed) || LANDMARK_AFTER.test(possessed.replace(/^\s+[A-Z][\p{L}'’-]*(?=\s)/u, '')))
  );
}

function asPlaceHit(text: string, m: PlaceMention): PlaceMention | null {
  const before = text.slice(Math.max(0, m.start - 90), m.start);
  const after = text.slice(m.end, m.end + 60);
  if (RELATIVE_TO.test(before) || DESTINATION.test(before) || DESTINATION_AFTER.test(after)) return null;
  // "an hour's drive from Eagle Pass, Texas": the region after a place told as a distance from is that place's.
  if (m.candidates.every((c) => c.kind === 'region') && RELATIVE_TO.test(before.replace(REGION_OF_PLACE_BEFORE, ''))) return null;
  // "drove 2,500 people across the border into Mae Hong Son province in northern Thailand": where the destination lies.
  if (DESTINATION.test(before.replace(WHERE_A_PLACE_LIES, ''))) return null;
  // "buses carrying Syrians evacuated from two government-held towns in Idlib province": where the evacuees came from.
  if (/\bevacu(?:ated|ees)\s+from\s+(?:[\w-]+\s+){0,4}?(?:in\s+)?(?:the\s+)?$/i.test(before)) return null;
  // "a Saudi Arabia-led coalition airstrike", "the Iran-backed Houthis", "the London-based monitor": a country or city that
  // leads, backs or houses a side, not the place hit.
  if (/^(?:\s+[A-Z][a-z]+)?-(?:led|backed|based|allied|supported|sponsored|funded|armed|trained|aligned)\b/i.test(after)) return null;
  // "the Red Sea port city of Hodeidah": a sea, though Egypt and Sudan have provinces of its name.
  if (/\bSea$/.test(m.text) && !/^\s+(?:governorate|state|province|region)\b/i.test(after)) return null;
  // "anti-Balaka fighters", "pro-Russian separatists": a name after a prefix names a side, not a place.
  if (/(?:^|[^\p{L}-])(?:anti|pro|ex|non|neo)-$/iu.test(before)) return null;
  if (ARMED_GROUP_OF.test(before)) return null;
  if (COMPARED_BEFORE.test(before) || EXAMPLE_FOLLOWED.test(before)) return null;
  if (NAMED_AFTER.test(after) || ACCORD_NAMED_AFTER.test(after)) return null;
  // "a checkpost in the Mali Khel area of KP's Bannu" (story AB, Kurram): a country's name as the first word of a place's.
  if (m.candidates.some((c) => c.kind === 'country') && !/['’]s$/.test(m.text) && NAME_OF_A_PLACE_GOES_ON.test(after)) return null;
  if (m.candidates.every((c) => c.kind === 'town') && NEIGHBOURHOOD_AFTER.test(after)) return null;
  if (OUTLET_BEFORE.test(before) && !m.candidates.some((c) => c.kind === 'country')) return null;
  if (CHANNEL_NUMBER.test(after) && m.candidates.some((c) => c.kind === 'country')) return null;
  if (PERSON_TITLE_BEFORE.test(before) || SEAT_OF_OFFICE.test(before)) return null;
  // '"Echo of Moscow" reports': a place that ends a quoted title names the outlet or the work, not where anyone was hit.
  if (QUOTED_TITLE_BEFORE.test(before) && /^['’]?s?["”]/.test(after)) return null;
  // A country's court or prosecutor is still that country's; a town's is an office that sits there.
  if (OFFICE_AFTER.test(after) && m.candidates.every((c) => c.kind === 'town' || c.kind === 'region')) return null;
  if (HEADS_BEFORE.test(before) && REGION_NOUN_AFTER.test(after)) return null;
  if (STATEMENT_IN.test(before) || ATTACKERS_FROM.test(before) || SPEAKER_FROM.test(before) || BASED_IN.test(before)) return null;
  if (SOURCE_IN.test(before) && SPEAKS_NEXT.test(after)) return null;
  if (KNOWN_BY_THE_EVENT.test(before) && EVENT_AFTER.test(after)) return null;
  if (TIME_BY_THE_EVENT.test(before) && EVENT_AFTER.test(after)) return null;
  const firstName = before.match(FIRST_NAME_BEFORE);
  if (
    firstName &&
    !NOT_FIRST_NAMES.has(firstName[1]) &&
    (PERSON_AFTER.test(after) || ROLE_BEFORE.test(before)) &&
    !Gazetteer.shared().lookup(firstName[1]).length
  )
    return null;
  // "Mindanao State University": a landmark's own noun that the gazetteer also knows as a town.
  if (LANDMARK_NOUN.test(m.text) && /[A-Z][\p{L}'’-]*\s+$/u.test(before)) return null;
  // "the Ahli Arab hospital", "Lady Reading Hospital": a word of a landmark's name that the gazetteer also knows as a
  // town or region.
  if (m.candidates.every((c) => c.kind === 'town' || c.kind === 'region') && /[A-Z][\p{L}'’-]*\s+$/u.test(before) && LANDMARK_AFTER.test(after))
    return null;
  if (namesALandmark(m, after)) return null;
  // A country's name used as an adjective ("US troops"); a demonym ("Afghan forces") never votes for a place anyway.
  if (m.candidates.some((c) => c.kind === 'country') && !m.candidates.some((c) => c.kind === 'demonym') && NATIONALITY_OF.test(after)) return null;
  const said = SPEAKER_AT.test(text.slice(Math.max(0, m.start - 40), m.start)) ? text.slice(m.end, m.end + 140).match(SAID_AFTER) : null;
  const isCountry = m.candidates.some((c) => c.kind === 'country');
  // "In Thailand, the army said five soldiers died": a country told before its speaker is the side whose dead it counts,
  // not only where the speaker stood (eval/real29 Thai-Cambodian border).
  const countsAfterSaid =
    said !== null && isCountry && OPENS_IN.test(before) && HARM_OR_COUNT.test(restOfSentence(text, m.end + said[0].length, /[.;!?](?:\s|$)/));
  if (said && !HARM_OR_COUNT.test(said[1]) && !countsAfterSaid) return null;
  // "exchanges of fire between Israel and Hizbollah", "its war with Russia": a side of the fighting, not where it hit.
  if (isCountry && PARTY_BEFORE.test(before)) return null;
  // "Thailand ... accused Cambodia of aiming at civilian buildings": a country blamed or urged acts; it is not the place hit.
  if (isCountry && OBJECT_OF_ACTOR.test(before)) return null;
  // "air strikes carried out by Uganda in the Democratic Republic of the Congo" (eval/real31 Kamwenge): who struck.
  if (isCountry && /\b(?:carried out|conducted|launched|staged|mounted|fired|ordered)\s+by\s+(?:the\s+)?$/i.test(before)) return null;
  // "three Americans, members of a church group from Pennsylvania, were injured": where the people hit came from, not
  // where they were hit (stories K, Kampala).
  if (ORIGIN_OF_PEOPLE.test(before)) return null;
  if (isCountry ? isAllyOrSea(before) : WATER_OF.test(before)) return null;
  if (isCountry && ACTOR_AFTER.test(text.slice(m.end - (/['’]s$/.test(m.text) ? 2 : 0), m.end + 60))) return null;
  // "Jakarta said on Thursday", "Kinshasa accused the rebels": a capital that speaks or acts is its government (not "the
  // administration in Gaza said").
  if (!isCountry && !/['’]s$/.test(m.text) && !/\b(?:in|of|from|at|near|for)\s+$/i.test(before) && CITY_SPEAKS.test(text.slice(m.end, m.end + 40)))
    return null;
  if (isCountry && REACTING_AFTER.test(text.slice(m.end, m.end + 90))) return null;
  if (m.candidates.some((c) => c.kind === 'demonym') && (DEMONYM_PLACE.test(after) || (TARGET_BEFORE.test(before) && FORCES_AFTER.test(after))))
    return {
      ...m,
      candidates: m.candidates.map((c) => (c.kind === 'demonym' ? { ...c, kind: 'country' as const } : c)),
    };
  return m;
}
