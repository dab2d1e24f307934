// One key for every spelling of a place: "Idlib Governorate", "Ta'izz", "Kandahār" and "al-Hudaydah" must meet
// the words a wire report uses ("Idlib", "Taizz", "Kandahar", "Al Hudaydah").
const PLAIN_WORDS = /^[A-Za-z]+(?: [A-Za-z]+)*$/;

export function normalisePlaceName(name: string): string {
  // Most names in a wire report are plain ASCII words: they only need lower case (the reader asks for thousands).
  if (PLAIN_WORDS.test(name)) return name.toLowerCase();
  return name
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[’'ʻʼ`]/g, '')
    .replace(/[-‐–]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .toLowerCase();
}

// First-level region names carry an administrative suffix the news leaves out ("Idlib Governorate" is "Idlib").
const REGION_SUFFIX =
  /\s+(governorate|province|region|state|oblast|district|department|prefecture|division|zone|territory|municipality|county|parish)$/;

export function regionAliases(name: string): string[] {
  const key = normalisePlaceName(name);
  const bare = key.replace(REGION_SUFFIX, '');
  const aliases = new Set([key, bare]);
  // Ukrainian oblasts are adjectives: "Donetska oblast" is the Donetsk region, "Kharkivska oblast" the Kharkiv one
  // (stories Z, Hroza), "Khersonska" Kherson's.
  if (/ska$|zka$/.test(bare) && bare !== key) {
    aliases.add(bare.slice(0, -1));
    if (/ska$/.test(bare) && bare.length > 6) aliases.add(bare.slice(0, -3));
  }
  return [...aliases].filter((a) => a.length > 2);
}
