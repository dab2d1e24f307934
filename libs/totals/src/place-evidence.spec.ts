import { carryPlaceEvidence, comparePlaces } from './place-evidence';

describe('comparePlaces', () => {
  it('tells "Jalalabad, Nangarhar" from "Khogyani, Nangarhar": two towns in one province', () => {
    expect(
      comparePlaces({ places: ['Jalalabad', 'Nangarhar'], regions: ['Nangarhar'] }, { places: ['Khogyani', 'Nangarhar'], regions: ['Nangarhar'] }),
    ).toBe('different-place');
  });

  it('lets "in eastern Nangarhar province" join an attack in Jalalabad, Nangarhar', () => {
    expect(comparePlaces({ places: ['Jalalabad', 'Nangarhar'], regions: ['Nangarhar'] }, { places: ['Nangarhar'], regions: ['Nangarhar'] })).toBe(
      'same-region',
    );
  });

  it('meets "Idlib Governorate" and "Idlib", "al-Hudaydah" and "Al Hudaydah"', () => {
    expect(
      comparePlaces({ places: ['Idlib Governorate'], regions: ['Idlib Governorate'] }, { places: ['Idlib'], regions: ['Idlib Governorate'] }),
    ).toBe('same-region');
    expect(comparePlaces({ places: ['al-Hudaydah'], regions: [] }, { places: ['Al Hudaydah'], regions: [] })).toBe('same-place');
  });

  it('cannot tell a province from a town the gazetteer does not place', () => {
    expect(comparePlaces({ places: ['Nangarhar'], regions: ['Nangarhar'] }, { places: ['Jalalabad'], regions: [] })).toBe('unknown');
    expect(comparePlaces({ places: [], regions: [] }, { places: ['Jalalabad'], regions: [] })).toBe('unknown');
  });

  it('keeps two provinces apart', () => {
    expect(comparePlaces({ places: ['Kunar'], regions: ['Kunar'] }, { places: ['Nangarhar'], regions: ['Nangarhar'] })).toBe('different-place');
  });
});

describe('carryPlaceEvidence', () => {
  // The province named first, a town in it reported later: "in eastern Nangarhar" then "in Jalalabad".
  const sides = [
    { places: ['Nangarhar'], regions: ['Nangarhar'] },
    { places: ['Jalalabad', 'Nangarhar'], regions: ['Nangarhar'] },
    { places: ['Khogyani'], regions: [] },
    // Another report's gazetteer reading takes the same name for a district, hence a region.
    { places: ['Khogyani District'], regions: ['Khogyani'] },
    { places: ['Kunar'], regions: ['Kunar'] },
    { places: [], regions: [] },
  ];

  it('gives a merged incident the same evidence as working its names out afresh', () => {
    for (const base of sides) {
      for (const added of sides) {
        const names = (a: string[], b: string[]) => [...new Set([...a, ...b])];
        const merged = { places: names(base.places, added.places), regions: names(base.regions, added.regions) };
        const fresh = { places: [...merged.places], regions: [...merged.regions] };
        comparePlaces(base, base); // base's names worked out, as for a candidate
        carryPlaceEvidence(base, added, merged);
        for (const other of sides) expect(comparePlaces(merged, other)).toBe(comparePlaces(fresh, other));
      }
    }
  });
});
