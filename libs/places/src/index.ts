export type { Place, PlaceKind, PlaceMention } from './place';
export { Gazetteer } from './gazetteer';
export { normalisePlaceName, regionAliases } from './normalise-place-name';
export { attestedCountries, countryVotes, leadingCountry, pickCandidate } from './country-votes';
