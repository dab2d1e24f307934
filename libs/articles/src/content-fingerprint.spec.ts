import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { EMPTY_FINGERPRINT, contentFingerprint, fingerprintDistance, sameStory } from './content-fingerprint';

// A copy of shared/seeds/000_5d8a1befe3af6c37.txt: the AFP report of 10 August 2019 from Idlib.
const seed = readFileSync(join(__dirname, 'fixtures/seed-000-afp-idlib.txt'), 'utf8');
const paragraphs = seed.split('\n');

// Outlet A: the wire text as AFP sends it.
const outletA = seed.replace(/^BEIRUT: /, 'BEIRUT (AFP) - ');
// Outlet B: own headline, "Beirut, Aug 10 (AFP) —" dateline, curly quotes, an ad slot, a copyright line,
// and the last two paragraphs cut.
const outletB = [
  `Beirut, Aug 10 (AFP) — ${paragraphs[0].replace(/^BEIRUT: /, '')}`,
  'Advertisement',
  ...paragraphs.slice(1, -2).map((p) => p.replace(/'/g, '’')),
  '© Agence France-Presse',
].join('\n');

// A different story from the same region and monitor, sharing its background sentences.
const otherIdlibStory = `BEIRUT: Regime air strikes on a market in northwest Syria killed 13 civilians on Monday, as government forces pressed their offensive against the jihadist-run Idlib region, a war monitor said.
The raids hit the town of Maaret al-Numan in the south of Idlib province, the Syrian Observatory for Human Rights said.
Hayat Tahrir al-Sham (HTS), a jihadist group led by Syria's former Al-Qaeda affiliate, controls most of Idlib province as well as parts of neighbouring Hama, Aleppo and Latakia provinces.
The region has come under increasing bombardment by Damascus and its backer Moscow since the end of April, the Observatory said.
Rami Abdel Rahman, the head of the Britain-based monitor, said the toll was likely to rise as several people were in critical condition.
Syria's conflict has killed more than 370,000 people and displaced millions since it started in 2011.`;

describe('contentFingerprint', () => {
  it('gives the same story carried by two outlets fingerprints that sameStory matches', () => {
    const a = contentFingerprint('Syria: clashes kill 70 in northwest', outletA);
    const b = contentFingerprint('70 killed as Syrian regime nibbles at Idlib', outletB);
    expect(sameStory(a, b)).toBe(true);
  });

  it('still matches a copy that rewords two phrases and stops after eight paragraphs', () => {
    const edited = paragraphs
      .slice(0, 8)
      .join('\n')
      .replace('70 combatants', 'seventy combatants')
      .replace('a war monitor said', 'a monitoring group said');
    expect(sameStory(contentFingerprint('', outletA), contentFingerprint('', edited))).toBe(true);
  });

  it('does not match a different Idlib story from the same monitor', () => {
    const a = contentFingerprint('Syria: clashes kill 70', outletA);
    const other = contentFingerprint('Strikes on Idlib market kill 13', otherIdlibStory);
    expect(sameStory(a, other)).toBe(false);
    expect(fingerprintDistance(a, other)).toBeGreaterThan(40);
  });

  it('ignores case, punctuation and whitespace', () => {
    expect(contentFingerprint('', 'Clashes  killed 70, a MONITOR said.')).toBe(contentFingerprint('', 'clashes killed 70 a monitor said'));
  });

  it('falls back on the title when the body is too short to say anything', () => {
    expect(contentFingerprint('Strikes on Idlib market kill 13', '')).not.toBe(EMPTY_FINGERPRINT);
    expect(contentFingerprint('Strikes on Idlib market kill 13', 'Photo')).not.toBe(contentFingerprint('Clashes in Hama kill 70', 'Photo'));
  });

  it('never calls two empty texts the same story', () => {
    expect(contentFingerprint('', '  ')).toBe(EMPTY_FINGERPRINT);
    expect(sameStory(EMPTY_FINGERPRINT, EMPTY_FINGERPRINT)).toBe(false);
    expect(sameStory('not a fingerprint', contentFingerprint('', outletA))).toBe(false);
  });
});
