import { comparePlaces } from './place-evidence';

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
  it('meets "Marawi City" and "Marawi": a city named with its kind word is the same town', () => {
    expect(comparePlaces({ places: ['Marawi City'], regions: [] }, { places: ['Marawi'], regions: [] })).toBe('same-place');
  });
  it('meets one place spelt two ways by two outlets ("Pa Zi Gyi" and "Pazigyi", "Setenga" and "Seytenga"), not two short names', () => {
    // scenarios/real/E-mm-pazigyi-airstrike, F-bf-seytenga-massacre
    const town = (name: string) => ({ places: [name], regions: [] });
    expect(comparePlaces(town('Pa Zi Gyi'), town('Pazigyi'))).toBe('same-place');
    expect(comparePlaces(town('Setenga'), town('Seytenga'))).toBe('same-place');
    expect(comparePlaces(town('Sitenga'), town('Seytenga'))).toBe('different-place');
    expect(comparePlaces(town('Bama'), town('Bima'))).toBe('different-place');
  });

  it('meets "Sobane" and "Sobane Da": a long name that is the first word of the other', () => {
    // scenarios/real/G-ml-sobane-da-massacre: France 24 against 30minutes.net
    const town = (name: string) => ({ places: [name], regions: [] });
    expect(comparePlaces(town('Sobane'), town('Sobane Da'))).toBe('same-place');
    expect(comparePlaces(town('Kafr'), town('Kafr Zita'))).toBe('different-place');
  });
});
