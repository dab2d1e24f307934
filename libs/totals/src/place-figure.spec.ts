import { incidentCandidateKey, type Incident } from './incident';
import { placeFigure } from './place-figure';
import { locateFigure, type PlacedFigure, type RegionOf } from './reported-figure';
import { article, incidentFigure } from './report-builder.testing';
import type { CasualtyFigure } from '@cw/extraction';

function placed(outlet: string, publishedAt: string, figure: CasualtyFigure, regionOf?: RegionOf): PlacedFigure {
  const located = locateFigure(article(outlet, publishedAt), figure, regionOf);
  if (!located.placed) throw new Error('figure has no country');
  return located.figure;
}

// What the aggregator does: load, place, write back, in one transaction; here the "database" is JSON text.
function roundTrip(incidents: Incident[]): Incident[] {
  return JSON.parse(JSON.stringify(incidents));
}

describe('placeFigure', () => {
  const kharkiv = { country: 'UA', places: ['Kharkiv'], date: '2024-05-25' };

  it('opens a new incident whose change adds its whole figure', () => {
    const figure = placed(
      'AFP',
      '2024-05-25T15:00:00Z',
      incidentFigure('A guided bomb killed 12 people at a hardware store in Kharkiv.', { value: 12, ...kharkiv }),
    );
    const result = placeFigure([], figure);
    expect(result.isNew).toBe(true);
    expect(result.change).toEqual(expect.objectContaining({ country: 'UA', metric: 'killed', day: '2024-05-25', before: 0, after: 12, delta: 12 }));
    expect(result.change?.incidentId).toBe(result.incident.incidentId);
    expect(result.change?.sentence).toContain('hardware store');
  });

  it('works on state that went through JSON, as it will through Postgres', () => {
    const first = placeFigure(
      [],
      placed('AFP', '2024-05-25T15:00:00Z', incidentFigure('A guided bomb killed 12 people in Kharkiv.', { value: 12, ...kharkiv })),
    );
    const second = placeFigure(
      roundTrip([first.incident]),
      placed(
        'Reuters',
        '2024-05-25T21:00:00Z',
        incidentFigure('The death toll from the strike on Kharkiv rose to 16, the governor said.', { value: 16, isUpdate: true, ...kharkiv }),
      ),
    );
    expect(second.isNew).toBe(false);
    expect(second.change).toEqual(expect.objectContaining({ before: 12, after: 16, delta: 4 }));
    expect(roundTrip([second.incident])[0]).toEqual(second.incident);
  });

  it('does not modify the candidates it is given', () => {
    const first = placeFigure(
      [],
      placed('AFP', '2024-05-25T15:00:00Z', incidentFigure('A guided bomb killed 12 people in Kharkiv.', { value: 12, ...kharkiv })),
    );
    const snapshot = roundTrip([first.incident]);
    placeFigure(
      [first.incident],
      placed('AP', '2024-05-25T16:00:00Z', incidentFigure('Sixteen people died in the Kharkiv strike.', { value: 16, ...kharkiv })),
    );
    expect([first.incident]).toEqual(snapshot);
  });

  it('recognises a redelivered figure by its id and changes nothing', () => {
    const figure = placed('AFP', '2024-05-25T15:00:00Z', incidentFigure('A guided bomb killed 12 people in Kharkiv.', { value: 12, ...kharkiv }));
    const first = placeFigure([], figure);
    const again = placeFigure([first.incident], figure);
    expect(again).toEqual({ incident: first.incident, isNew: false, isDuplicate: true, change: null });
  });

  it('returns no change when another outlet confirms the same toll', () => {
    const first = placeFigure(
      [],
      placed('AFP', '2024-05-25T15:00:00Z', incidentFigure('A guided bomb killed 12 people in Kharkiv.', { value: 12, ...kharkiv })),
    );
    const confirm = placeFigure(
      [first.incident],
      placed('BBC', '2024-05-25T17:00:00Z', incidentFigure('Twelve people were killed in the strike on Kharkiv.', { value: 12, ...kharkiv })),
    );
    expect(confirm.change).toBeNull();
    expect(confirm.incident.reports).toHaveLength(2);
    expect(confirm.incident.currentFigureId).toBe(first.incident.currentFigureId);
  });

  it('joins "in Aleppo province" to the attack in Azaz when the gazetteer places Azaz in Aleppo', () => {
    const regionOf: RegionOf = (_country, place) => ({ Azaz: 'Aleppo', Aleppo: 'Aleppo' })[place] ?? null;
    const azaz = { country: 'SY', date: '2024-01-07' };
    const first = placeFigure(
      [],
      placed(
        'AFP',
        '2024-01-07T12:00:00Z',
        incidentFigure('A car bomb killed eight people in the town of Azaz.', { value: 8, places: ['Azaz'], ...azaz }),
        regionOf,
      ),
    );
    const second = placeFigure(
      [first.incident],
      placed(
        'Reuters',
        '2024-01-07T13:00:00Z',
        incidentFigure('A car bomb killed eight people in Aleppo province.', { value: 8, places: ['Aleppo'], ...azaz }),
        regionOf,
      ),
    );
    expect(first.incident.region).toBe('Aleppo');
    expect(second.isNew).toBe(false);
  });

  it('keeps two days of fighting in one province as two incidents', () => {
    // Daily Syrian Observatory tolls: Saturday's and Sunday's fighting are counted separately.
    const hama = { country: 'SY', places: ['Hama'], victims: 'combatants' };
    const saturday = placeFigure(
      [],
      placed(
        'AFP',
        '2019-08-10T15:00:00Z',
        incidentFigure('Fighting in northern Hama on Saturday killed 70 combatants.', { value: 70, date: '2019-08-10', ...hama }),
      ),
    );
    const sunday = placeFigure(
      [saturday.incident],
      placed(
        'AFP',
        '2019-08-11T15:00:00Z',
        incidentFigure('Fighting in northern Hama on Sunday killed 40 combatants.', { value: 40, date: '2019-08-11', ...hama }),
      ),
    );
    expect(sunday.isNew).toBe(true);
  });

  it('counts "funerals for nine policemen killed by a roadside bomb the day before" as Sunday\'s nine, once', () => {
    const kirkuk = { country: 'IQ', places: ['Kirkuk'], value: 9 };
    const sunday = placeFigure(
      [],
      placed(
        'AFP',
        '2022-12-18T15:30:00Z',
        incidentFigure('A roadside bomb killed nine Iraqi federal policemen in the northern province of Kirkuk on Sunday.', {
          date: '2022-12-18',
          ...kirkuk,
        }),
      ),
    );
    const monday = placeFigure(
      [sunday.incident],
      placed(
        'Reuters',
        '2022-12-19T12:45:00Z',
        incidentFigure(
          'Hundreds of mourners gathered on Monday for the funerals of nine policemen killed by a roadside bomb in Kirkuk province the day before.',
          { date: '2022-12-19', victims: 'police', ...kirkuk },
        ),
      ),
    );
    expect(monday.isNew).toBe(false);
    expect(monday.change).toBeNull();
  });

  it('tells the aggregator to load incidents of the same country and metric within the story window, a week either side', () => {
    expect(incidentCandidateKey({ country: 'SY', metric: 'killed', date: '2019-08-01' })).toEqual({
      country: 'SY',
      metric: 'killed',
      fromDay: '2019-07-25',
      toDay: '2019-08-08',
    });
  });
});
