import { CAPITALISED_MONTHS } from './lexicon';
import { PERSON_NOUN } from './victim-group';
import type { NumberMention } from './numbers';

// Numbers that are never counts of people hit, whatever verb is near them.
// Each pattern reads the words right after (AFTER) or right before (BEFORE) the number.
const AFTER: RegExp[] = [
  // durations: "after eight years of civil war", "which lasted only three days"
  /^\s*(?:-|\s)?(?:years?|months?|weeks?|days?|hours?|minutes?|seconds?|decades?|centuries)\b/i,
  // ages: "a 12-year-old", "aged 15", "12 years old"
  /^-year-old|^-(?:month|week|day)-old/i,
  // percentages and money: "30 percent", "$5 million", "5 million dollars"
  /^\s*(?:%|percent|per cent|dollars|euros|pounds|usd|eur|francs|shillings|naira|rupees|hryvnias)\b/i,
  // things, not people: "12 trucks", "30 homes", "five tanks"
  /^\s+(?:(?:[a-z]+-)?[a-z]+\s+)?(?:vehicles?|trucks?|cars?|tanks?|homes|houses|buildings|villages|towns|schools|hospitals|drones?|missiles?|rockets?|shells?|bombs?|aircraft|planes|helicopters|boats|kilomet(?:re|er)s?|km|miles|metres|meters|tonnes|tons|kg|points|votes|seats|times|rounds|strikes|attacks|incidents|cases|sorties|countries|provinces|districts|camps|tents|calories)\b/i,
  // times of day: "10 pm", "10:30"
  /^\s*(?:am|pm|a\.m\.|p\.m\.|GMT|GMT|o'clock)\b|^:\d/i,
];
const BEFORE: RegExp[] = [
  /(?:aged|age of|ages of|No\.|number|resolution|page|route|highway|article|\$|€|£|US\$)\s*$/i,
  // "one of the largest towns": a rank, not a count (checked with AFTER below)
];

// "October 7", "7 October": a day of a month. Capitalised only: "may" is a verb.
const MONTH_BEFORE = new RegExp(String.raw`(?:${CAPITALISED_MONTHS})\s+$`);
const MONTH_AFTER = new RegExp(String.raw`^\s+(?:${CAPITALISED_MONTHS})\b`);

const OF_PEOPLE = new RegExp(String.raw`^\s+of\s+(?:the|its|their|his|her)\s+(?:own\s+)?(?:[\w-]+\s+)?${PERSON_NOUN.source}`, 'iu');

// "That was close to double the 26 deaths the monitor had counted on Saturday" (eval/real29 Albu Kamal): the count a new
// one is measured against is an earlier one.
const COMPARED_WITH =
  /\b(?:(?:lower|fewer|less)\s+than\s+the|down\s+on\s+the|(?:double|twice|triple|three times|half)\s+the)\s+(?:(?:roughly|about|around|some|nearly|approximately)\s+)?$/i;

// "the number of dead was 20 higher than the figure given on Saturday", "587, which is 75 bodies more than at the
// previous update": by how much two counts differ, not a count of people hit.
const DIFFERENCE_AFTER = /^\s+(?:(?:people|persons|bodies|deaths|dead|victims)\s+)?(?:higher|lower|more|fewer|less|up|down)\s+than\b/i;

const LIVES_NOT_LOST = /^\s+(?:of\s+)?(?:[\w-]+\s+)?lives\s+(?:in danger|at risk|at stake|under threat|in peril|were saved|saved)\b/i;
const LIVES_SAVED_BEFORE = /\b(?:sav(?:ed|ing|es)|spar(?:ed|ing))\s+(?:(?:at least|more than|over|some|about)\s+)?$/i;

// "The bodies of two men were identified on Wednesday and taken away to be buried", "Only 21 bodies had been identified":
// what is done with some of the dead already counted, not a count of its own.
const BODIES_OF = /\b(?:bodies|remains) of\s+(?:the\s+)?$/i;
const BODIES_HANDLED =
  /^\s+(?:[\w-]+\s+){0,3}?(?:were|was|have been|had been|are being|are|been)\s+(?:(?:also|now|later|already)\s+)?(?:identified|buried|handed over|claimed|collected|repatriated|released|returned|flown|taken away|laid to rest)\b/i;

// "roughly 6,000 people who had fled violence in 2015 went back to the Baroua area": people coming home, whose flight
// the relative clause recalls, are returnees, not people uprooted (unless the sentence goes on to harm them).
const RETURNED_AFTER_FLIGHT =
  /^\s+(?:[\w-]+\s+){0,2}?(?:who|that)\s+(?:had\s+|have\s+)?(?:fled|been displaced|been uprooted|escaped)\b[^,.;]{0,60}?\b(?:went back|came back|went home|returned|have returned|had returned|have gone back|had gone back)\b(?![^.;]{0,60}\b(?:killed|dead|died|wounded|injured)\b)/i;

// "a resident whose wife and three children died in the attack": a speaker's own dead, part of the toll already told.
const KIN_OF_A_SPEAKER =
  /\bwhose\s+(?:(?:wife|husband|son|daughter|mother|father|brother|sister|parents|uncle|aunt|cousin|grandmother|grandfather)\s+and\s+)?$/i;

// "added that the death toll might rise to nearer 30", "could climb to 50": where a toll may go is a guess, no count
// (stories Y, Bangkok).
const TOLL_GUESSED_AHEAD =
  /\b(?:might|could|may|would|is likely to|is expected to|was expected to|were expected to|is feared to)\s+(?:\w+\s+)?(?:rise|climb|reach|go up|increase|top|exceed|pass|surpass)\s+(?:to\s+)?(?:(?:nearer|near|closer to|close to|about|around|as many as|as high as|well over|over|above|more than)\s+)?$/i;

/** True when a number is an age, year, duration, rank, sum of money, percentage, time or count of things. */
export function isNotAFigure(text: string, n: NumberMention): boolean {
  const after = text.slice(n.end, n.end + 40);
  const before = text.slice(Math.max(0, n.numberStart - 12), n.numberStart);
  if (AFTER.some((p) => p.test(after))) return true;
  // "The figure is lower than the roughly 30 dead that security sources had given": an earlier count the new one is
  // below, not told as a count (but "killed far more than the 140 confirmed dead" tells the 140).
  const wider = text.slice(Math.max(0, n.numberStart - 40), n.numberStart);
  if (COMPARED_WITH.test(wider) || KIN_OF_A_SPEAKER.test(wider)) return true;
  if (TOLL_GUESSED_AHEAD.test(text.slice(Math.max(0, n.numberStart - 80), n.numberStart))) return true;
  if (DIFFERENCE_AFTER.test(after)) return true;
  // "putting thousands of civilian lives in danger", "saved 40 lives": lives at risk or saved are no one killed.
  if (LIVES_NOT_LOST.test(text.slice(n.end, n.end + 60)) || LIVES_SAVED_BEFORE.test(text.slice(Math.max(0, n.numberStart - 20), n.numberStart)))
    return true;
  if (RETURNED_AFTER_FLIGHT.test(text.slice(n.end, n.end + 160))) return true;
  if (BODIES_OF.test(before) && BODIES_HANDLED.test(text.slice(n.end, n.end + 80))) return true;
  // "Only 21 bodies had been identified by Saturday evening", "More than 100 bodies have already been flown in".
  const bodies = text.slice(n.end, n.end + 80).match(/^\s+(?:[a-z-]+\s+)?bodies\b/i);
  if (bodies && BODIES_HANDLED.test(text.slice(n.end + bodies[0].length, n.end + 120))) return true;
  if (BEFORE.some((p) => p.test(before))) return true;
  if (/^-/.test(after) && !/^-\s/.test(after)) return true;
  if (/[-/]$/.test(before) || /^\/\d/.test(after)) return true;
  // "one of the largest towns", "one of two"
  // ... but "one of its own servicemen", "one of the attackers" count a person.
  if (/^\s+of\s+(?:the|its|their|his|her|two|three|several|many)\b/i.test(after) && n.value === 1 && !OF_PEOPLE.test(after)) return true;
  // years: "in 2011", "September 2019"; a comma-less four-digit number in that range is a year, not a count
  if (/^\d{4}$/.test(n.text) && n.value >= 1900 && n.value <= 2100) return true;
  // dates: "October 7", "7 October"
  if (MONTH_BEFORE.test(before) && n.value <= 31) return true;
  if (MONTH_AFTER.test(after)) return true;
  return false;
}
