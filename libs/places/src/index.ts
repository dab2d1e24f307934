export type { Place, PlaceKind, PlaceMention } from './place';
export { Gazetteer } from './gazetteer';
export { normalisePlaceName } from './normalise-place-name';
export { countryVotes, leadingCountry, pickCandidate } from './country-votes';
