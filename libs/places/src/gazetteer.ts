import { City, State } from 'country-state-city';
import * as isoCountries from 'i18n-iso-countries';
import worldCountries from 'world-countries';
import { COMMON_WORDS, isEverydayEnglishWord } from './common-words';
import { normalisePlaceName, regionAliases } from './normalise-place-name';
import type { Place, PlaceKind, PlaceMention } from './place';
import { SUPPLEMENTARY_PLACES } from './supplementary-places';

// A run of capitalised words, with the particles place names keep inside ("Deir al-Balah",
// "Democratic Republic of the Congo"). Possessives are cut so "Syria's" reads as Syria.
const CAPITALISED_RUN = /\b[A-Z][\p{L}'’.-]*(?:\s+(?:(?:al|el|ad|as|ash|ar|de|del|do|da|dos|du|des|la|of|the)[-\s]+)?[A-Z][\p{L}'’.-]*)*/gu;
const MAX_WORDS = 5;
// What comes before a sentence's first word: a line break, or a full stop, question or exclamation mark and a space
// (either with a quotation mark); read on the few characters before the word.
const SENTENCE_BREAK = /(?:\n|[.!?]["”’)]?\s)\s*["“]?$/;

function startsSentence(text: string, at: number): boolean {
  const lead = text.slice(Math.max(0, at - 4), at);
  return (at === lead.length && /^\s*["“]?$/.test(lead)) || SENTENCE_BREAK.test(lead);
}

// Built once per process, on first use: ~200 ms and ~70 MB for 148k towns, 5k regions, 250 countries.
let shared: Gazetteer | undefined;

export class Gazetteer {
  private readonly index = new Map<string, Place[]>();

  static shared(): Gazetteer {
    shared ??= Gazetteer.build();
    return shared;
  }

  static build(): Gazetteer {
    const g = new Gazetteer();
    const en = require('i18n-iso-countries/langs/en.json');
    isoCountries.registerLocale(en);
    // The project's own country names first: where a name is two countries, the one conflict reports mean comes first
    // ("Congo" is DR Congo in the news; the Republic of Congo is named in full).
    for (const p of SUPPLEMENTARY_PLACES) if (p.kind === 'country') g.add(p.name, p.country, p.kind);
    const englishNames = isoCountries.getNames('en', {
      select: 'all',
    }) as Record<string, string[]>;
    for (const [code, names] of Object.entries(englishNames)) for (const n of names) g.add(n, code, 'country');
    for (const c of worldCountries) {
      const code = c.cca2;
      g.add(c.name.common, code, 'country');
      g.add(c.name.official, code, 'country');
      // "Ísland" is Iceland's own name, and "Island" an English word ("Yeonpyeong Island"): no spelling that is a
      // common word names a country.
      for (const alt of c.altSpellings)
        if (alt.length > 3 && /^[\p{Script=Latin}\s,'’.-]+$/u.test(alt) && !COMMON_WORDS.has(normalisePlaceName(alt))) g.add(alt, code, 'country');
      const dem = c.demonyms?.['eng'];
      if (dem) for (const d of new Set([dem.m, dem.f])) g.add(d, code, 'demonym');
    }
    for (const p of SUPPLEMENTARY_PLACES) g.add(p.name, p.country, p.kind, p.kind === 'town' ? p.region : undefined);
    // A region the project names otherwise ("North Kivu" for the dataset's "Nord-Kivu") gives its towns that name.
    const renamed = new Map(SUPPLEMENTARY_PLACES.filter((p) => p.kind === 'region' && p.region).map((p) => [`${p.country}|${p.region}`, p.name]));
    const regionOfState = new Map<string, string>();
    for (const s of State.getAllStates()) {
      for (const alias of regionAliases(s.name)) {
        g.addKey(alias, s.name, s.countryCode, 'region');
        // "Anbar" is the dataset's "Al Anbar Governorate".
        const bare = ARAB_WORLD.has(s.countryCode) ? withoutArticle(alias) : null;
        if (bare) g.addKey(bare, s.name, s.countryCode, 'region');
      }
      regionOfState.set(`${s.countryCode}|${s.isoCode}`, renamed.get(`${s.countryCode}|${s.name}`) ?? s.name);
    }
    for (const t of City.getAllCities()) g.add(t.name, t.countryCode, 'town', regionOfState.get(`${t.countryCode}|${t.stateCode}`));
    for (const [adjective, country] of PEOPLES_ADJECTIVES) g.add(adjective, country, 'demonym');
    return g;
  }

  /** Every place a name may be: countries first, then regions, towns. */
  lookup(name: string): Place[] {
    return this.index.get(normalisePlaceName(name)) ?? [];
  }

  /** Capitalised names in text that the gazetteer knows, longest match first. */
  findMentions(text: string): PlaceMention[] {
    const mentions: PlaceMention[] = [];
    for (const run of text.matchAll(CAPITALISED_RUN)) {
      const words = [...run[0].matchAll(/\S+/g)].map((w) => ({
        text: w[0],
        start: run.index + w.index,
      }));
      let i = 0;
      // "Pa Zi Gyi", "Governor Babagana Zulum": a name found after unknown capitalised words of its run is the end of a
      // longer name (a village, a person), not the town or region it spells; a country still counts.
      let unknownBefore = false;
      while (i < words.length) {
        let matched = false;
        for (let n = Math.min(MAX_WORDS, words.length - i); n >= 1 && !matched; n--) {
          const first = words[i];
          const last = words[i + n - 1];
          const raw = text.slice(first.start, last.start + last.text.length).replace(/[.,]$/, '');
          // "Niger state", "Mexico State": a name that is both a country and a region of another is the region
          // when the words after it say it is one (read on the few characters after it, not the rest of the report).
          const end = last.start + last.text.length;
          const regionWord = text.slice(end, end + REGION_AFTER_CHARS).match(REGION_AFTER)?.[1] ?? null;
          let candidates = this.candidatesFor(raw, n, regionWord);
          // "Most of the dead were students": a sentence's first word that is an everyday word is that word.
          if (n === 1 && startsSentence(text, first.start) && isEverydayEnglishWord(raw.replace(/['’]s$/, '')))
            candidates = candidates.filter((c) => c.kind === 'country' || c.kind === 'demonym');
          // "Lac Vert" (a camp in Goma) is not Chad's Lac region: a town or region name that runs on into an
          // unknown capitalised word is the start of a longer name, unless that word says what kind of place it is.
          const next = words[i + n];
          const runsOn =
            next !== undefined &&
            !/[.,;:]$/.test(raw) &&
            !/[.,;:]$/.test(last.text) &&
            !ADMIN_WORD.test(next.text) &&
            !FACILITY_WORD.test(next.text) &&
            !this.candidatesFor(next.text.replace(/[.,;:]$/, ''), 1).length;
          if (runsOn || unknownBefore) candidates = candidates.filter((c) => c.kind === 'country' || c.kind === 'demonym');
          if (candidates.length) {
            mentions.push({
              text: raw,
              start: first.start,
              end: first.start + raw.length,
              candidates,
            });
            i += n;
            matched = true;
          }
        }
        if (!matched) {
          // "the Tamuwa Local Government Area of Yobe State": after "of" a new name begins.
          if (words[i].text === 'of') unknownBefore = false;
          else if (!COMMON_WORDS.has(normalisePlaceName(words[i].text.replace(/[.,;:]$/, '')))) unknownBefore = true;
          i++;
        }
      }
    }
    return mentions;
  }

  private candidatesFor(raw: string, wordCount: number, regionWord: string | null = null): Place[] {
    const regionNamed = regionWord !== null;
    const bare = raw.replace(/['’]s$/, '');
    let found = this.lookup(bare);
    if (regionNamed && found.some((p) => p.kind === 'region') && found.some((p) => p.kind === 'country'))
      return found.filter((p) => p.kind === 'region');
    // "Plateau State" is Nigeria's Plateau, not Benin's "Plateau Department": a region the dataset names with another
    // kind of division than the text gives is not the one meant, when another reading is left.
    if (regionWord) {
      const word = regionWord.toLowerCase();
      const otherDivision = (p: Place) => p.kind === 'region' && OTHER_DIVISION.test(p.name) && !p.name.toLowerCase().endsWith(` ${word}`);
      if (found.some((p) => p.kind === 'region' && !otherDivision(p))) found = found.filter((p) => !otherDivision(p));
    }
    // "the OLA", "the RSF": a word of three capitals is an acronym, a country's ("DRC", "UAE") or none ("BAKU" is a dateline).
    if (/^\p{Lu}{2,3}$/u.test(bare)) found = found.filter((p) => p.kind === 'country' || p.kind === 'demonym');
    // "Colombia" is also a town in Brazil and Cuba, "Cuba" one in New York: a country's name means the country.
    if (found.some((p) => p.kind === 'country')) found = found.filter((p) => p.kind !== 'town');
    // "Palestinians", "Somalis": plural demonyms name the country too.
    if (!found.length && /s$/.test(bare)) found = this.lookup(bare.slice(0, -1)).filter((p) => p.kind === 'demonym');
    // "Plateau State", "Delta State": the word after a common word says it is the region of that name.
    if (wordCount === 1 && COMMON_WORDS.has(normalisePlaceName(bare))) {
      found = found.filter((p) => p.kind === 'country' || p.kind === 'demonym' || (regionNamed && p.kind === 'region'));
    }
    return found;
  }

  private add(name: string, country: string, kind: PlaceKind, region?: string): void {
    const key = normalisePlaceName(name);
    if (kind === 'country' && PEOPLES_ADJECTIVE_KEYS.has(key)) return;
    this.addKey(key, name, country, kind, region);
    // "St. Petersburg" is the dataset's "Saint Petersburg" (stories X): the news shortens the saint.
    if (kind === 'town' && key.startsWith('saint '))
      for (const short of ['st. ', 'st ']) this.addKey(short + key.slice('saint '.length), name, country, kind, region);
    // "Fallujah" is the dataset's "Al Fallujah", "Geneina" its "El Geneina" (eval/real22 Anbar): the news often drops the
    // Arabic article. "El Alto" and "El Paso" keep theirs: only towns of the Arab world lose it.
    const bare = kind === 'town' && ARAB_WORLD.has(country) ? withoutArticle(key) : null;
    if (bare) this.addKey(bare, name, country, kind, region);
  }

  private addKey(key: string, name: string, country: string, kind: PlaceKind, region?: string): void {
    if (key.length < 3) return;
    const list = this.index.get(key) ?? [];
    const same = list.find((p) => p.country === country && p.kind === kind);
    if (same) {
      // Two towns of one name in two regions of a country: the name alone tells no region.
      if (same.region !== region) delete same.region;
      return;
    }
    list.push(region ? { name, country, kind, region } : { name, country, kind });
    list.sort((a, b) => KIND_ORDER[a.kind] - KIND_ORDER[b.kind]);
    this.index.set(key, list);
  }
}

// Words that name the kind of place a name is: "Kharkiv Oblast", "Borno State", "Gaza City", "Basilan Island".
const ADMIN_WORD =
  /^(?:Oblast|Province|Region|State|District|Governorate|County|Township|Territory|City|Town|Village|Prefecture|Department|Division|Zone|Krai|Raion|Island|Islands|Isle|Peninsula|Valley|Mountains|Hills|Coast|Delta)\b/;

const REGION_AFTER = /^\s+(state|province|region|governorate|prefecture|oblast)\b/i;
const OTHER_DIVISION = /\b(?:State|Province|Region|Governorate|Prefecture|Oblast|Department|District|County|Division|Territory)$/i;
const REGION_AFTER_CHARS = 16;

// "Quetta Railway Station", "Kabul Airport", "Peshawar Press Club": a town named before one of its facilities is that
// town, not the start of an unknown longer name.
const FACILITY_WORD =
  /^(?:Railway|Station|Airport|University|Hospital|Market|Bazaar|Road|Bridge|Mosque|Church|Cathedral|Stadium|Hotel|Police|Press|Cantonment|Jail|Prison|Port|Harbour|Harbor|Bus|Central|International)\b/;

// "a Saudi bombing", "Saudi forces": an adjective the datasets list among a country's names is its people's, and names
// the attacker as often as the place. "a southern Philippine town": the adjective the dataset lacks (it has "Filipino").
const PEOPLES_ADJECTIVES: readonly [string, string][] = [
  ['Saudi', 'SA'],
  ['Philippine', 'PH'],
];
const ARAB_WORLD = new Set([
  'DZ',
  'BH',
  'DJ',
  'EG',
  'IQ',
  'JO',
  'KW',
  'LB',
  'LY',
  'MR',
  'MA',
  'OM',
  'PS',
  'QA',
  'SA',
  'SO',
  'SD',
  'SY',
  'TN',
  'AE',
  'YE',
]);
/** A name's key without its Arabic article ("al fallujah" is "fallujah"), unless what is left is a word of English. */
function withoutArticle(key: string): string | null {
  const article = key.match(/^(?:al|el|ad|ar|as|ash|az) (?=[a-z]{4})/);
  const bare = article ? key.slice(article[0].length) : null;
  return bare && !COMMON_WORDS.has(bare) && !isEverydayEnglishWord(bare) ? bare : null;
}

const PEOPLES_ADJECTIVE_KEYS = new Set(PEOPLES_ADJECTIVES.map(([adjective]) => normalisePlaceName(adjective)));

const KIND_ORDER: Record<PlaceKind, number> = {
  country: 0,
  region: 1,
  demonym: 2,
  town: 3,
};
