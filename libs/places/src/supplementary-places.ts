import type { Place } from './place';

// Places conflict reports name that the GeoNames-derived dataset lacks or files under another country:
// it has no Gaza, Khan Younis or Tigray town, and its only "Jenin" is in Poland.
export const SUPPLEMENTARY_PLACES: readonly Place[] = [
  { name: 'Gaza', country: 'PS', kind: 'region' },
  { name: 'Gaza Strip', country: 'PS', kind: 'region' },
  { name: 'Gaza City', country: 'PS', kind: 'town' },
  { name: 'West Bank', country: 'PS', kind: 'region' },
  { name: 'Palestinian territories', country: 'PS', kind: 'country' },
  { name: 'Khan Younis', country: 'PS', kind: 'town' },
  { name: 'Khan Yunis', country: 'PS', kind: 'town' },
  { name: 'Rafah', country: 'PS', kind: 'town' },
  { name: 'Jabalia', country: 'PS', kind: 'town' },
  { name: 'Deir al-Balah', country: 'PS', kind: 'town' },
  { name: 'Nuseirat', country: 'PS', kind: 'town' },
  { name: 'Jenin', country: 'PS', kind: 'town' },
  { name: 'Nablus', country: 'PS', kind: 'town' },
  { name: 'Tulkarem', country: 'PS', kind: 'town' },
  { name: 'Hebron', country: 'PS', kind: 'town' },
  { name: 'Darfur', country: 'SD', kind: 'region' },
  { name: 'Kordofan', country: 'SD', kind: 'region' },
  { name: 'Tigray', country: 'ET', kind: 'region' },
  { name: 'Amhara', country: 'ET', kind: 'region' },
  { name: 'Mekelle', country: 'ET', kind: 'town' },
  { name: 'Donbas', country: 'UA', kind: 'region' },
  { name: 'Donbass', country: 'UA', kind: 'region' },
  { name: 'Kandahar', country: 'AF', kind: 'town' },
  // Afghan provinces as the wires spell them (the dataset has Jowzjan, Sar-e Pol, Urozgan, Nimruz, Maidan Wardak, Daykundi).
  { name: 'Jawzjan', country: 'AF', kind: 'region' },
  { name: 'Sari Pul', country: 'AF', kind: 'region' },
  { name: 'Sar-i-Pul', country: 'AF', kind: 'region' },
  { name: 'Sar-e Pul', country: 'AF', kind: 'region' },
  { name: 'Oruzgan', country: 'AF', kind: 'region' },
  { name: 'Uruzgan', country: 'AF', kind: 'region' },
  { name: 'Nimroz', country: 'AF', kind: 'region' },
  { name: 'Wardak', country: 'AF', kind: 'region' },
  { name: 'Daikundi', country: 'AF', kind: 'region' },
  { name: 'Hodeidah', country: 'YE', kind: 'town' },
  { name: 'Tal Afar', country: 'IQ', kind: 'town' },
  { name: 'Tel Afar', country: 'IQ', kind: 'town' },
  { name: 'Taiz', country: 'YE', kind: 'town' },
  { name: 'Marib', country: 'YE', kind: 'town' },
  { name: 'Idlib', country: 'SY', kind: 'region' },
  { name: 'Khan Sheikhoun', country: 'SY', kind: 'town' },
  { name: 'Sahel', country: 'BF', kind: 'region' },
  // The dataset names these provinces in French: its towns are given the English name the news uses.
  { name: 'North Kivu', country: 'CD', kind: 'region', region: 'Nord-Kivu' },
  { name: 'South Kivu', country: 'CD', kind: 'region', region: 'Sud-Kivu' },
  { name: 'Congo', country: 'CD', kind: 'country' },
  { name: 'Democratic Republic of Congo', country: 'CD', kind: 'country' },
  // "a village in eastern DRC": the acronym the news uses ("CAR" is left out: "Car bomb kills five").
  { name: 'DRC', country: 'CD', kind: 'country' },
  { name: 'Republic of Congo', country: 'CG', kind: 'country' },
  { name: 'Burma', country: 'MM', kind: 'country' },
  { name: 'Burkina', country: 'BF', kind: 'country' },
  { name: 'Turkey', country: 'TR', kind: 'country' },
  // Cameroon's two English-speaking regions, as the news spells them (the dataset has "Northwest" and "Southwest"; its
  // "North West" is Botswana's district and South Africa's province).
  { name: 'North West', country: 'CM', kind: 'region' },
  { name: 'South West', country: 'CM', kind: 'region' },
  { name: 'Ambazonia', country: 'CM', kind: 'region' },
  // Towns the dataset files only as a first-level district of their own name ("Bogotá D.C.", "Ciudad de México") or not
  // at all: its only "Bogota" is in New Jersey. Capitals named mostly as the seat of a government ("the government in
  // Niamey", "fled to Juba") are left out: added, they took the place of the villages hit in real reports.
  { name: 'Bogota', country: 'CO', kind: 'town', region: 'Bogotá D.C.' },
  { name: 'Mexico City', country: 'MX', kind: 'town', region: 'Ciudad de México' },
  { name: 'Ciudad Juarez', country: 'MX', kind: 'town', region: 'Chihuahua' },
  // "the deadliest police operation Rio has ever seen": the news's short name of Rio de Janeiro (stories Y).
  { name: 'Rio', country: 'BR', kind: 'town', region: 'Rio de Janeiro' },
  { name: 'Malakal', country: 'SS', kind: 'town', region: 'Upper Nile' },
  { name: 'Bentiu', country: 'SS', kind: 'town', region: 'Unity' },
  // Pakistan's north-west as the news names it: the dataset has the province (Khyber Pakhtunkhwa) but neither its old
  // names nor the former tribal agencies and districts where most of its fighting is reported. A district is filed as a
  // town of the province, so that a report placing the attack in the province and one placing it in the district agree.
  { name: 'NWFP', country: 'PK', kind: 'region' },
  { name: 'North-West Frontier Province', country: 'PK', kind: 'region' },
  { name: 'FATA', country: 'PK', kind: 'region' },
  { name: 'Federally Administered Tribal Areas', country: 'PK', kind: 'region' },
  { name: 'Waziristan', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'North Waziristan', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'South Waziristan', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'Bajaur', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'Kurram', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'Orakzai', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'Mohmand', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'Swat', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
  { name: 'Darra Adamkhel', country: 'PK', kind: 'town', region: 'Khyber Pakhtunkhwa' },
];
