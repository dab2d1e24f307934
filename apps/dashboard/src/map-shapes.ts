import type { Feature, FeatureCollection, Geometry } from 'geojson';
import { numericToAlpha2 } from 'i18n-iso-countries';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { feature } from 'topojson-client';

/** A country's outline, keyed by ISO-3166 alpha-2 as the API keys its totals. */
export type CountryShape = Feature<Geometry, { name: string; code: string | null }>;

// world-atlas (Natural Earth admin 0) keys countries by ISO-3166 numeric; a few disputed areas have no
// code, and Kosovo has the user-assigned XK that the gazetteer uses too.
const UNCODED: Record<string, string> = { Kosovo: 'XK' };

/** The countries of a world-atlas TopoJSON (countries-50m.json) as GeoJSON features with their alpha-2 code. */
export const countryShapes = (atlas: Topology<{ countries: GeometryCollection<{ name: string }> }>): CountryShape[] => {
  const collection = feature(atlas, atlas.objects.countries) as FeatureCollection<Geometry, { name: string }>;
  return collection.features.map((shape) => ({
    ...shape,
    properties: {
      name: shape.properties.name,
      code: (shape.id !== undefined ? numericToAlpha2(String(shape.id)) : undefined) ?? UNCODED[shape.properties.name] ?? null,
    },
  }));
};

/**
 * A fill from pale to dark red by a value's share of the largest, on a square-root scale so a country with a
 * tenth of the largest total still shows; nothing counted is grey.
 */
export const fillFor = (value: number, largest: number): string => {
  if (value <= 0 || largest <= 0) return '#e9edf2';
  const t = Math.sqrt(Math.min(1, value / largest));
  const mix = (from: number, to: number) => Math.round(from + (to - from) * t);
  return `rgb(${mix(253, 139)}, ${mix(224, 0)}, ${mix(214, 0)})`;
};

/** A region's circle: its area grows with its total, so two regions compare by area as readers do. */
export const radiusFor = (value: number, largest: number, smallest = 4, biggest = 22): number =>
  largest <= 0 ? smallest : smallest + (biggest - smallest) * Math.sqrt(Math.max(0, value) / largest);
