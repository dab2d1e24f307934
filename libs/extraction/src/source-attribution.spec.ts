import { namedOrganisations, readSource } from './source-attribution';

const REPORT = 'Clashes killed 70 combatants, a war monitor said. Fighting killed 32, the Syrian Observatory for Human Rights said.';
const orgs = namedOrganisations(REPORT);

describe('readSource', () => {
  it('reads "..., the Syrian Observatory for Human Rights said"', () => {
    expect(readSource('Fighting killed 32, the Syrian Observatory for Human Rights said.', orgs)).toBe('Syrian Observatory for Human Rights');
  });
  it('reads "according to the United Nations"', () => {
    expect(readSource('The violence has pushed 400,000 people from their homes, according to the United Nations.', orgs)).toBe('United Nations');
  });
  it('resolves "a war monitor", "the monitor" and "the Observatory" to the monitor the report names', () => {
    expect(readSource('Clashes killed 70 combatants, a war monitor said.', orgs)).toBe('Syrian Observatory for Human Rights');
    expect(readSource('Nearly 80 people have lost their lives, the monitor said.', orgs)).toBe('Syrian Observatory for Human Rights');
    expect(readSource('that has killed, according to the Observatory, more than 800 civilians.', orgs)).toBe('Syrian Observatory for Human Rights');
  });
  it('reads a subject at the start: "Police said gunmen killed 12"', () => {
    expect(readSource('Police said gunmen killed 12 people.', orgs)).toBe('Police');
  });
  it('reads no source from an unattributed background line', () => {
    expect(readSource("Syria's conflict has killed more than 370,000 people since 2011.", orgs)).toBeNull();
  });
});
