export type PlaceKind = 'country' | 'region' | 'town' | 'demonym';

/** A named place (or a demonym: "Syrian", "Congolese") and the ISO-3166 alpha-2 country it belongs to. */
export interface Place {
  name: string;
  country: string;
  kind: PlaceKind;
  /**
   * For a town: the first-level region it lies in ("Maiduguri" is in Borno), when the name is one town of its country.
   * For a supplementary region: the dataset's own name of it, whose towns take this name ("Nord-Kivu" is North Kivu).
   */
  region?: string;
}

/** A place named in a text: the span read and every place the name may be (ambiguous names have several). */
export interface PlaceMention {
  text: string;
  start: number;
  end: number;
  candidates: Place[];
}
