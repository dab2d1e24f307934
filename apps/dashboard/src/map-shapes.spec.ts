import atlas from 'world-atlas/countries-50m.json';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { countryShapes, fillFor, radiusFor } from './map-shapes';

describe('countryShapes', () => {
  const shapes = countryShapes(atlas as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>);

  it("keys Natural Earth's countries by the alpha-2 codes the totals use", () => {
    const byCode = new Map(shapes.map((shape) => [shape.properties.code, shape.properties.name]));
    expect(byCode.get('SY')).toBe('Syria');
    expect(byCode.get('UA')).toBe('Ukraine');
    expect(byCode.get('PS')).toBe('Palestine');
    expect(byCode.get('XK')).toBe('Kosovo'); // no numeric code in ISO 3166
    expect(shapes.filter((shape) => shape.properties.code === null).length).toBeLessThan(6);
  });
});

describe('fillFor and radiusFor', () => {
  it('shades nothing counted grey and darkens with the share of the largest total', () => {
    expect(fillFor(0, 100)).toBe('#e9edf2');
    expect(fillFor(100, 100)).toBe('rgb(139, 0, 0)');
    expect(fillFor(1, 100)).not.toBe(fillFor(50, 100));
  });

  it('grows a region circle by area: a quarter of the largest total draws half its extra radius', () => {
    expect(radiusFor(0, 100)).toBe(4);
    expect(radiusFor(100, 100)).toBe(22);
    expect(radiusFor(25, 100)).toBe(13);
  });
});
