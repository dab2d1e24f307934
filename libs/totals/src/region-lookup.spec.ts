import { comparePlaces } from './place-evidence';
import { regionLookup } from './region-lookup';

// scenarios/real/F-ng-zabarmari-koshobe-massacre: the UN's toll "near Maiduguri" and the governor's in Borno are one
// region's, so the two can be one incident.
describe('regionLookup', () => {
  const places = {
    lookup: (name: string) =>
      ({
        Borno: [{ name: 'Borno', country: 'NG', kind: 'region' }],
        Maiduguri: [{ name: 'Maiduguri', country: 'NG', kind: 'town', region: 'Borno' }],
        Jalalabad: [{ name: 'Jalalabad', country: 'AF', kind: 'town' }],
      })[name] ?? [],
  };
  const regionOf = regionLookup(places);

  it('gives a region its own name and a town the region the gazetteer places it in', () => {
    expect(regionOf('NG', 'Borno')).toBe('Borno');
    expect(regionOf('NG', 'Maiduguri')).toBe('Borno');
  });

  it('gives no region for a town the gazetteer cannot place, or in another country', () => {
    expect(regionOf('AF', 'Jalalabad')).toBeNull();
    expect(regionOf('CM', 'Maiduguri')).toBeNull();
  });

  it("gives a region the name the report writes, which meets the dataset's name of it for its towns", () => {
    // scenarios/real/K-ua-dnipro-apartment-missile-strike: "Dnipropetrovsk regional governor", and Dnipro's region.
    const ukraine = regionLookup({
      lookup: (name: string) =>
        ({
          Dnipropetrovsk: [{ name: 'Dnipropetrovska oblast', country: 'UA', kind: 'region' }],
          Dnipro: [{ name: 'Dnipro', country: 'UA', kind: 'town', region: 'Dnipropetrovska oblast' }],
        })[name] ?? [],
    });
    expect(ukraine('UA', 'Dnipropetrovsk')).toBe('Dnipropetrovsk');
    expect(
      comparePlaces({ places: ['Dnipro'], regions: [ukraine('UA', 'Dnipro') ?? ''] }, { places: ['Dnipropetrovsk'], regions: ['Dnipropetrovsk'] }),
    ).toBe('same-region');
  });
});
