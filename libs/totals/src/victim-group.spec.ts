import { areVictimsCompatible, isSubgroupOf, isWithinGroup } from './victim-group';

describe('victim groups', () => {
  it('lets "five children" be part of "12 civilians" and of "12 people"', () => {
    expect(isSubgroupOf('children', 'civilians')).toBe(true);
    expect(isSubgroupOf('children', 'unspecified')).toBe(true);
    expect(areVictimsCompatible('children', 'people')).toBe(true);
  });

  it('never lets "nine civilians" and "14 soldiers" be the same dead', () => {
    expect(areVictimsCompatible('civilians', 'soldiers')).toBe(false);
    expect(areVictimsCompatible('soldiers', 'jihadists')).toBe(false);
  });

  it('lets "32 soldiers" be part of "70 combatants"', () => {
    expect(isSubgroupOf('soldiers', 'combatants')).toBe(true);
    expect(isSubgroupOf('combatants', 'soldiers')).toBe(false);
  });
  it('counts a group as within itself and within every group above it: jihadists and militants are militants, people are not', () => {
    expect(isWithinGroup('jihadists', 'militants')).toBe(true);
    expect(isWithinGroup('Militants', 'militants')).toBe(true);
    expect(isWithinGroup('unspecified', 'militants')).toBe(false);
    expect(isWithinGroup('soldiers', 'militants')).toBe(false);
  });
});
