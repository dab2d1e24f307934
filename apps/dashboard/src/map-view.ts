import { geoNaturalEarth1, geoPath } from 'd3-geo';
import type { GeometryCollection, Topology } from 'topojson-specification';
import atlasUrl from 'world-atlas/countries-50m.json?url';
import { type DashboardApi, KeyRefused } from './api-client';
import type { CountryTotals, Incident, RegionTotal } from '@cw/contracts';
import { el } from './dom';
import { countryName, formatNumber } from './format';
import { type CountryShape, countryShapes, fillFor, radiusFor } from './map-shapes';
import type { Selection } from './selection';

const SVG = 'http://www.w3.org/2000/svg';
const WIDTH = 960;
const HEIGHT = 460;

const svg = <K extends keyof SVGElementTagNameMap>(
  tag: K,
  attributes: Record<string, string | number> = {},
  title?: string,
): SVGElementTagNameMap[K] => {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attributes)) element.setAttribute(name, String(value));
  if (title) element.append(Object.assign(document.createElementNS(SVG, 'title'), { textContent: title }));
  return element;
};

// The boundaries ship with the page (world-atlas, Natural Earth 1:50m): no tile server, works offline.
let shapes: Promise<CountryShape[]> | undefined;
const loadShapes = () =>
  (shapes ??= fetch(atlasUrl)
    .then((response) => response.json() as Promise<Topology<{ countries: GeometryCollection<{ name: string }> }>>)
    .then(countryShapes));

export interface MapHandlers {
  /** A country was clicked: show it. */
  onCountry: (code: string) => void;
  /** A region was clicked (null: the whole country again): filter the incidents. */
  onRegion: (region: string | null) => void;
}

/**
 * The map of the selection: every country shaded by its total of the metric over the period, the selected
 * country's first-level regions as circles at their centres (no admin-1 boundaries ship in a package of
 * reasonable size, see the README), and the incidents listed below as dots where a place is known.
 */
export class MapView {
  private readonly frame = svg('svg', { viewBox: `0 0 ${WIDTH} ${HEIGHT}`, id: 'map', role: 'img', 'aria-label': 'map' });
  private readonly incidentsLayer = svg('g', { class: 'incident-points' });
  private incidents: Incident[] = [];
  private readonly caption = el('p', { class: 'muted map-caption' });
  private project: ((point: [number, number]) => [number, number] | null) | null = null;
  private selectedRegion: string | null = null;
  private world = false;
  private last: Selection | null = null;

  constructor(
    private readonly host: HTMLElement,
    private readonly api: DashboardApi,
    private readonly handlers: MapHandlers,
    private readonly onRefused: () => void,
  ) {
    const whole = el('button', { type: 'button', id: 'map-world' }, 'Whole world');
    whole.addEventListener('click', () => {
      this.world = !this.world;
      whole.textContent = this.world ? 'Zoom to the country' : 'Whole world';
      if (this.last) void this.show(this.last);
    });
    host.replaceChildren(el('div', { class: 'map-tools' }, whole), el('div', { class: 'map' }, this.frame), this.caption);
  }

  async show(selection: Selection): Promise<void> {
    this.last = selection;
    this.selectedRegion = null;
    const period = { from: selection.from, to: selection.to };
    let countries: CountryTotals[];
    let regions: RegionTotal[];
    let outlines: CountryShape[];
    try {
      [outlines, countries, regions] = await Promise.all([
        loadShapes(),
        this.api.countries(period),
        this.api.regions(selection.country, selection.metric, period),
      ]);
    } catch (error) {
      if (error instanceof KeyRefused) return this.onRefused();
      this.caption.textContent = `Could not load the map: ${error instanceof Error ? error.message : String(error)}`;
      return;
    }
    if (this.last !== selection) return; // a newer selection is on its way
    const totals = new Map(countries.map((c) => [c.country, c[selection.metric]]));
    const largest = Math.max(0, ...totals.values());
    const selected = outlines.find((shape) => shape.properties.code === selection.country);
    const projection = geoNaturalEarth1();
    if (selected && !this.world)
      projection.fitExtent(
        [
          [WIDTH * 0.2, HEIGHT * 0.12],
          [WIDTH * 0.8, HEIGHT * 0.88],
        ],
        selected,
      );
    else
      projection.fitExtent(
        [
          [8, 8],
          [WIDTH - 8, HEIGHT - 8],
        ],
        { type: 'Sphere' },
      );
    const path = geoPath(projection);
    this.project = (point) => projection(point);

    const countriesLayer = svg('g', { class: 'countries' });
    for (const shape of outlines) {
      const code = shape.properties.code;
      const value = code ? (totals.get(code) ?? 0) : 0;
      const d = path(shape);
      if (!d) continue;
      const outline = svg(
        'path',
        {
          d,
          class: code === selection.country ? 'country selected' : 'country',
          fill: fillFor(value, largest),
          'data-country': code ?? '',
          'data-value': value,
        },
        `${code ? countryName(code) : shape.properties.name}: ${formatNumber(value)} ${selection.metric}`,
      );
      if (code) outline.addEventListener('click', () => this.handlers.onCountry(code));
      countriesLayer.append(outline);
    }

    const largestRegion = Math.max(0, ...regions.map((r) => r.value));
    const regionsLayer = svg('g', { class: 'regions' });
    for (const region of regions) {
      const at = region.centre ? this.project([region.centre.longitude, region.centre.latitude]) : null;
      if (!at) continue;
      const circle = svg(
        'circle',
        {
          cx: at[0].toFixed(1),
          cy: at[1].toFixed(1),
          r: radiusFor(region.value, largestRegion).toFixed(1),
          class: 'region',
          'data-region': region.region,
          'data-value': region.value,
        },
        `${region.region}: ${formatNumber(region.value)} ${selection.metric} (click to list its incidents)`,
      );
      circle.addEventListener('click', (event) => {
        event.stopPropagation();
        this.selectRegion(this.selectedRegion === region.region ? null : region.region);
        this.handlers.onRegion(this.selectedRegion);
      });
      regionsLayer.append(circle);
    }
    this.frame.replaceChildren(countriesLayer, regionsLayer, this.incidentsLayer);
    this.drawIncidents();
    this.frame.setAttribute('data-country', selection.country);
    this.caption.textContent =
      `${selection.metric} by country${selection.from || selection.to ? `, ${selection.from ?? 'start'} to ${selection.to ?? 'today'}` : ''}: darker is more. ` +
      (regions.length > 0
        ? `Circles: ${countryName(selection.country)}'s regions by their total (click one to list its incidents). `
        : `No incident in ${countryName(selection.country)} is placed in a region. `) +
      'Dots: the incidents listed below, where a place is known. Click a country to show it.';
  }

  /** Marks a region as the incidents' filter (null: none). */
  selectRegion(region: string | null): void {
    this.selectedRegion = region;
    for (const circle of this.frame.querySelectorAll<SVGCircleElement>('circle.region'))
      circle.classList.toggle('selected', circle.dataset.region === region);
  }

  /** Draws incidents (a page of the list) as dots at their town or region. */
  addIncidents(incidents: Incident[]): void {
    this.incidents.push(...incidents);
    this.drawIncidents();
  }

  clearIncidents(): void {
    this.incidents = [];
    this.drawIncidents();
  }

  private drawIncidents(): void {
    this.incidentsLayer.replaceChildren();
    if (!this.project) return;
    for (const incident of this.incidents) {
      const at = incident.location ? this.project([incident.location.longitude, incident.location.latitude]) : null;
      if (!at) continue;
      this.incidentsLayer.append(
        svg(
          'circle',
          { cx: at[0].toFixed(1), cy: at[1].toFixed(1), r: 3, class: 'incident-point', 'data-incident': incident.incidentId },
          `${incident.date} ${incident.location?.place}: ${incident.metric} ${formatNumber(incident.value)}`,
        ),
      );
    }
  }
}
