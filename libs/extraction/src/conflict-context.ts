// Deaths from road crashes, floods or disease are not conflict casualties and yield no conflict figure.
const CONFLICT = /\b(?:attack(?:s|ed|ers?)?|clash(?:es|ed)?|fighting|fighters?|shell(?:ing|ed|s)|air ?strikes?|drone strikes?|strikes? on|bomb(?:s|ing|ings|ed|ardment)?|gunmen|gunfire|shot|shooting|militants?|insurgen(?:ts?|cy)|rebels?|jihadists?|troops|soldiers|army|military|war|conflict|offensive|battle|ambush(?:ed)?|raids?|missiles?|rockets?|drones?|artillery|mortars?|snipers?|massacre|militia(?:s|men)?|terroris[tm]s?|suicide|explosive|IED|hostilities|paramilitary|RSF|Boko Haram|al-Shabaab|Shabaab|Taliban|Islamic State|ISIS|ISWAP|Houthis?|Hamas|Hezbollah|gangs?|armed|combatants|violence|occupation|incursion|insurgents|jihadist|regime|ceasefire|truce|abduct(?:ed|ion)|kidnapp?(?:ed|ers|ing))\b/i;
const NON_CONFLICT = /\b(?:crash(?:ed|es)?|collision|collided|accident|floods?|flooding|flash flood|landslides?|mudslides?|earthquake|quake|tremor|cholera|outbreak|epidemic|disease|measles|malaria|dengue|ebola|mpox|covid|virus|storm|cyclone|hurricane|typhoon|tornado|drought|heatwave|heat wave|lightning|capsized|drown(?:ed|ing)|stampede|collapse[ds]?|avalanche|volcan\w*|blaze|fire broke out|gas explosion|tanker explosion|food poisoning|overturned|bus|truck|minibus)\b/i;

/** True when a report speaks of armed conflict at all. */
export function speaksOfConflict(text: string): boolean {
  return CONFLICT.test(text);
}

/** True when a sentence's deaths have a non-conflict cause and no conflict word ("a bus crash killed 12"). */
export function hasNonConflictCause(sentence: string): boolean {
  return NON_CONFLICT.test(sentence) && !CONFLICT.test(sentence);
}
