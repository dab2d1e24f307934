// Deaths from road crashes, floods or disease are not conflict casualties and yield no conflict figure.
// Violent acts and their perpetrators: what kills people in a conflict.
const CONFLICT_CAUSE =
  /\b(?:attack(?:s|ed|ers?)?|assault|clash(?:es|ed)?|fighting|fighters?|shell(?:ing|ed|s)|air ?strikes?|drone strikes?|strikes?|bomb(?:s|ing|ings|ed|ardment|er)?|gunmen|gunfire|shot|shooting|militants?|insurgen(?:ts?|cy)|rebels?|jihadists?|troops|soldiers|offensive|battle|ambush(?:ed)?|raids?|missiles?|rockets?|drones?|artillery|mortars?|snipers?(?!\s+(?:company|companies|unit|platoon|battalion|team|school|course))|massacre|militia(?:s|men)?|terroris[tm]s?|suicide|explosive|IED|hostilities|paramilitary|gangs?|armed|combatants|invad(?:ed|ing|ers?)|invasion|abduct(?:ed|ion)|kidnapp?(?:ed|ers|ing)|stormed|overran)\b/i;
// Words that set a scene of war without being a cause of these deaths: "Houthi officials", "two years of war".
const CONFLICT_SCENE =
  /\b(?:war|conflict|military|army|regime|ceasefire|truce|occupation|RSF|Boko Haram|al-Shabaab|Shabaab|Taliban|Islamic State|ISIS|Houthis?|Hamas|Hezbollah|violence)\b/i;
const NON_CONFLICT =
  /\b(?:crash(?:ed|es)?|collision|collided|accidents?|floods?|flooding|landslides?|mudslides?|earthquake|quake|tremor|cholera|outbreak|epidemic|disease|measles|malaria|dengue|ebola|mpox|covid|virus|storm|cyclone|hurricane|typhoon|tornado|drought|heatwave|heat wave|lightning|capsized|drown(?:ed|ing)|stampede|collapsed?|avalanche|volcan\w*|blaze|fire broke out|gas explosion|tanker explosion|(?:fuel|oil|petrol|gasoline|diesel)(?:\s+(?:tanker|truck|lorry|tanker truck|tanks?|storage tanks?|depot|station))?\s+(?:explosion|exploded|blew up|blast|fire)|gas (?:leak|cylinders?)|cylinder (?:blast|explosion)|tanker(?:\s+truck)?\s+(?:exploded|blew up|blast)|accumulation of gas|ammonium nitrate|fireworks?|(?:explosion|blast|fire|collapse) (?:inside|in|at) (?:an? |the )?(?:[\w'’-]+ ){0,4}(?:mine|pit|quarry|factory|plant|refinery|warehouse|pier|port|silo|(?:ammunition|arms|munitions?) (?:depots?|dumps?|stores?)|armou?ry|arsenal)|armou?ry|arsenal|(?:ammunition|arms|munitions?) (?:depots?|dumps?|stores?)|(?:explosion|blast)s?\s+(?:hit|struck|tore through|ripped through|rocked)\s+(?:an? |the )?(?:[\w'’-]+ ){0,3}?(?:gold[- ])?(?:mining sites?|mines?|quarry)|(?:store|stock|stockpile|cache|depot) of (?:dynamite|explosives)|dynamite (?:store|stock|depot|cache)|mining accidents?|food poisoning|overturned|flips|flipped|rollover|lost control|plunged|skidded|slid off|rolled over|(?:goes|went|gone|veered|veers|ran|runs) off (?:the\s+)?road|left the road|fell into (?:a|the) (?:gorge|ravine|river|valley)|(?:heavy|torrential|monsoon) rains?|(?:dam|levee|embankment) (?:burst|breach|broke|failure|gave way)|(?:helicopter|chopper|aircraft|plane|jet)\s+(?:that\s+|which\s+)?(?:had\s+)?(?:came|comes|come|went|goes|gone|going) down|(?:explosion|blast|fire) (?:on|aboard|in) (?:an? |the )?(?:[\w'’-]+ ){0,4}(?:ship|vessel|boat|ferry)|forest fires?|wildfires?|bush ?fires?|brush fires?|avalanches|port (?:blast|explosion)|(?:explosion|blast|fire)s?\s+(?:\w+\s+){0,3}?(?:tore|ripped|swept) through\s+(?:[\w'’-]+\s+){0,4}?port|industrial (?:accidents?|disasters?|explosions?)|pipeline (?:fire|explosion|blast|leak)s?|stored (?:munitions?|ammunition|explosives)|(?:expired|old|obsolete|surplus|unexploded)\s+(?:[\w-]+\s+)?(?:ammunition|munitions?|ordnance|explosives)\s+(?:was|were)\s+being\s+(?:destroyed|disposed of|detonated|dismantled)|disposal of (?:(?:expired|old|obsolete|surplus|unexploded)\s+)?(?:[\w-]+\s+)?(?:ammunition|munitions?|ordnance|explosives)|(?<!\b(?:opened|open|opening|returned|return|exchanged|under|heavy|sniper|gun|rocket|mortar|artillery|live|cross|friendly|enemy|hostile)\s)[Ff]ire (?:in|at|inside|swept through|gutted|engulfed)\s+(?:an? |the )?(?:[\w'’-]+ ){0,4}?(?:barracks|dormitory|dormitories|hostel|apartment block|factory|warehouse)\b|(?:a|the|deadly)\s+crush|crush (?:broke out|at)|overturn(?:s|ing)|(?:brakes?|steering) (?:failed|gave out|gave way|failure)|brake failure|explosives (?:kept|stored|held) (?:[\w-]+ ){0,3}?by (?:illegal |unlicensed |artisanal )?miners|mining explosives|(?:munitions?|ammunition|explosives) (?:detonating|exploding|kept|stored) (?:on|at|in) (?:the )?(?:site|base|depot|warehouse))\b/i;

// Who was hit is no cause: "Three soldiers were killed ... when lightning struck a military training camp", "a convoy of
// military personnel fighting Boko Haram crashed", "on their way to fight Boko Haram".
// "one of the force's armed vessels exploded": a navy's armed ships are no attack either.
const VICTIMS = /\b(?:soldiers|troops|fighters|combatants|armed forces|armed (?:vessels?|ships?|boats?)|conflict-hit)\b/gi;
const THEIR_MISSION = /\b(?:[Ff]ighting|[Bb]attling|[Tt]o [Ff]ight|[Tt]o [Bb]attle)\s+(?:the\s+)?[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){0,2}/g;
// "Fighting the blazes cost 10 soldiers their lives", "sodium perchlorate rocket fuel": no fight, no rocket fired.
const NOT_WEAPONS = /\b(?:fighting|battling|to fight|to battle)\s+(?:the\s+)?(?:blazes?|fires?|flames|wildfires?)\b|\brocket (?:fuel|propellant)\b/gi;
// "in Papua, the country's easternmost province, where separatist rebels are active": where a side is active describes the
// place, no act of violence (eval/real30 Papua helicopter crash).
const WHERE_ACTIVE =
  /\bwhere\s+(?:[\w-]+\s+){0,3}?(?:rebels|militants|insurgents|jihadists|separatists|guerrillas|armed groups)\s+(?:are|have been|remain|were)\s+(?:also\s+|still\s+)?(?:active|present|operating)\b/gi;
const withoutVictims = (text: string): string =>
  text.replace(VICTIMS, '').replace(THEIR_MISSION, '').replace(NOT_WEAPONS, '').replace(WHERE_ACTIVE, '');

/** False for a report about a crash, a flood or an outbreak with no word of armed violence in it. */
export function speaksOfConflict(text: string): boolean {
  return CONFLICT_CAUSE.test(withoutVictims(text)) || CONFLICT_SCENE.test(text) || !NON_CONFLICT.test(text);
}

// "most likely an accident set off by a gas leak, and not a bomb": a violent cause the report rules out; so is "nothing
// suggested that Islamist militants had a hand in it" (eval/real29 Gomgombiro gold mine).
// "set off by munitions detonating on the site, and not by an air strike", "have firmly excluded the possibility of a drone
// or an air strike", "First accounts had put it down to an 'aerial bombing'" (eval/real24 Kalsu base).
const RULED_OUT_CAUSE =
  /\b(?:nothing|no sign|no evidence|no indication)\s+(?:suggested|suggests|showed|shows|that)\s+(?:that\s+)?(?:[\w-]+\s+){0,3}?(?:militants|jihadists|insurgents|rebels|attackers|terrorists|armed groups?)\s+(?:had a hand|were involved|played a part)\b|\b(?:not|rather than|instead of)\s+(?:by\s+)?(?:a\s+|an\s+)?(?:bomb(?:ing)?|(?:terror(?:ist)?\s+)?attack|explosive device|sabotage|air ?strike|drone(?: strike)?|aerial bombing)\b|\b(?:ruled out|excluded)\s+(?:[\w-]+\s+){0,4}?(?:terrorism|sabotage|an? attack|a bomb|(?:an?\s+)?(?:drone|air ?strike)(?:\s+or\s+(?:an?\s+)?(?:drone|air ?strike))?)\b|\b(?:first|early|initial) (?:accounts|reports)\s+(?:had\s+)?(?:put it down to|blamed it on|spoke of)\s+(?:an?\s+)?["“]?(?:aerial bombing|air ?strike|drone strike|bombing|attack)["”]?/gi;

/**
 * True when a sentence's deaths have a non-conflict cause and no violent act: "a bus collided with a truck",
 * "a cholera outbreak ... during two years of war", "a stampede ..., Houthi officials said", lightning that kills
 * soldiers in their camp, a blast said to be "not a bomb".
 */
export function hasNonConflictCause(sentence: string): boolean {
  return NON_CONFLICT.test(sentence) && !CONFLICT_CAUSE.test(withoutVictims(sentence).replace(RULED_OUT_CAUSE, ' '));
}

/** True when a sentence names a violent act or its perpetrators ("gunmen", "shelling", "an ambush"), not only soldiers. */
export function namesViolence(sentence: string): boolean {
  return CONFLICT_CAUSE.test(withoutVictims(sentence).replace(RULED_OUT_CAUSE, ' '));
}
