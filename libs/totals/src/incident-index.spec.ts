import { findIncident } from './incident-match';
import { IncidentIndex } from './incident-index';
import { placeFigure } from './place-figure';
import { locateFigure, type PlacedFigure, type RegionOf } from './reported-figure';
import { article, incidentFigure } from './report-builder.testing';
import type { Incident } from './incident';

// Nangarhar on one day: Jalalabad and Khogyani are towns of the province, Kunar is the next province.
const regionOf: RegionOf = (_country, place) =>
  ({ Nangarhar: 'Nangarhar', Jalalabad: 'Nangarhar', Khogyani: 'Nangarhar', Kunar: 'Kunar', Asadabad: 'Kunar' })[place] ?? null;

const placed = (places: string[], value: number, date = '2024-03-11', victims = 'people'): PlacedFigure => {
  const located = locateFigure(
    article('Pajhwok', `${date}T12:00:00Z`, `${places.join('-')}-${value}-${date}`),
    incidentFigure(`${value} ${victims} were killed in ${places.join(', ') || 'the east'}.`, { value, victims, country: 'AF', places, date }),
    regionOf,
  );
  if (!located.placed) throw new Error('no country');
  return located.figure;
};

describe('IncidentIndex', () => {
  const day: Incident[] = [
    placeFigure([], placed(['Jalalabad', 'Nangarhar'], 6)).incident,
    placeFigure([], placed(['Khogyani'], 4)).incident,
    placeFigure([], placed(['Nangarhar'], 9)).incident, // the province only
    placeFigure([], placed([], 3)).incident, // no place named
    placeFigure([], placed(['Asadabad', 'Kunar'], 5, '2024-03-12')).incident,
    placeFigure([], placed(['Jalalabad'], 2, '2024-03-14')).incident, // three days later
    placeFigure([], placed(['Jalalabad'], 8, '2024-03-21')).incident, // ten days later: past the story window
  ];
  const index = new IncidentIndex();
  for (const incident of day) index.put(incident);
  const ids = (incidents: Incident[]) => incidents.map((incident) => incident.value).sort((a, b) => a - b);

  // Within the story window (a week either side) a follow-up may join an incident of its town told days before.
  it('offers a Jalalabad figure the Jalalabad incidents of the week and those naming no town, not Khogyani or a later week', () => {
    expect(ids(index.candidates(placed(['Jalalabad'], 7)))).toEqual([2, 3, 6, 9]);
  });

  it('offers a figure naming only a province every incident of the week', () => {
    expect(ids(index.candidates(placed(['Nangarhar'], 7)))).toEqual([2, 3, 4, 5, 6, 9]);
  });

  it('finds the same incident as comparing the figure with every incident within the story window', () => {
    const figures = [
      placed(['Jalalabad'], 6),
      placed(['Khogyani', 'Nangarhar'], 4),
      placed(['Nangarhar'], 9),
      placed([], 3),
      placed(['Kunar'], 5, '2024-03-12'),
      placed(['Asadabad'], 8, '2024-03-11'),
      placed(['Jalalabad'], 2, '2024-03-13'),
    ];
    for (const figure of figures) {
      const withinDay = day.filter((incident) => Math.abs(Date.parse(incident.date) - Date.parse(figure.date)) <= 7 * 86_400_000);
      expect(findIncident(index.candidates(figure), figure)).toBe(findIncident(withinDay, figure));
    }
  });

  it('files an incident again under the towns a later report adds', () => {
    const grown = new IncidentIndex();
    const khogyani = placeFigure([], placed(['Khogyani'], 4)).incident;
    grown.put(khogyani);
    grown.put({ ...khogyani, places: ['Khogyani', 'Jalalabad'], regions: ['Nangarhar'] });
    expect(ids(grown.candidates(placed(['Jalalabad'], 4)))).toEqual([4]);
    expect(grown.candidates(placed(['Khogyani'], 4))).toHaveLength(1);
  });
});
