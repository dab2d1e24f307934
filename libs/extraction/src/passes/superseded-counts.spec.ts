import { expectReading } from './read-cases.testing';

// Reports in the project's own words: a count the report itself has moved past, and one named victim of a strike it
// has already counted, are no figures of their own. Published Thursday 2024-03-14.
describe('superseded counts', () => {
  it.each([
    [
      'a quoted count of the night before',
      'The death toll from the attack on a bus station in Kabul rose to 41 on Tuesday, the health ministry said. "On Monday night we had counted 29 dead," a ministry spokesman said.',
      41,
    ],
    [
      "rescuers' count of the first night",
      'The number of people killed in the bombing of a wedding hall in Sagaing region climbed to 53, local media reported. Rescuers had recorded 35 dead on the first night, a volunteer said.',
      53,
    ],
  ])('drops %s once the report has raised the toll past it', (_what, text, value) => {
    expectReading(text, [{ kind: 'incident', metric: 'killed', value, isUpdate: true }]);
  });

  it('keeps a count told as counted earlier when no update has replaced it', () => {
    expectReading('Medics at the hospital had counted 17 wounded by midday, a nurse said.', [{ metric: 'injured', value: 17 }]);
  });

  it('keeps an earlier count of another metric than the update', () => {
    expectReading(
      'The number of people killed in the bombing of a wedding hall in Sagaing region climbed to 53, local media reported. Rescuers had recorded 60 injured on the first night, a volunteer said.',
      [
        { metric: 'killed', value: 53 },
        { metric: 'injured', value: 60 },
      ],
    );
  });

  it.each([
    [
      'a commander the army names',
      'KHAN YOUNIS (Reuters) - An Israeli air strike on a house in Khan Younis killed nine people on Wednesday, medics said. The army said the strike killed a senior Hamas commander.',
      9,
    ],
    [
      'a commander named by the attacking side after local officials gave the toll',
      'A drone strike on a car near Tyre killed three people on Monday, Lebanese officials said. The Israeli army said the attack killed a Hezbollah commander.',
      3,
    ],
  ])('drops one victim of the strike already counted: %s', (_who, text, value) => {
    expectReading(text, [{ kind: 'incident', metric: 'killed', value }]);
  });

  it('keeps the one victim of another strike the report sets apart', () => {
    expectReading(
      'An Israeli air strike on a house in Khan Younis killed nine people on Wednesday, medics said. Hours later, another strike killed a man in Rafah, residents said.',
      [
        { metric: 'killed', value: 9, places: ['Khan Younis'] },
        { metric: 'killed', value: 1, places: ['Rafah'] },
      ],
    );
  });

  it('reads deaths that bring a toll up ("Three children died overnight, bringing the toll to 333") as already in it, unless the toll is a sum or a tally', () => {
    // scenarios/real/L-ru-beslan-school-siege 04, eval/real10 1022; eval/real16 1618 and 1623, eval/blind5 keep theirs.
    expectReading(
      'Three children died of their injuries overnight, bringing the toll of the school siege in Beslan to 333.',
      [{ value: 333 }],
      '2004-09-05T10:00:00Z',
    );
    expectReading(
      'Clashes between rival forces killed nine people on Saturday, bringing the death toll from a week of fighting to 90.',
      [{ kind: 'incident', value: 9 }, { value: 90 }],
      '2023-09-03T10:00:00Z',
    );
  });

  it('reads deaths told after the toll they raised ("the toll had reached 54, as about a dozen more died") as already in it', () => {
    // scenarios/real/E-pk-bajaur-rally-bombing 04
    expectReading(
      'By Monday the toll of the rally bombing in Bajaur had reached 54, as about a dozen more victims died of their wounds in hospitals.',
      [{ value: 54 }],
      '2023-07-31T10:00:00Z',
    );
    expectReading('The death toll rose to 80 after 17 more people died in hospital, officials said.', [{ value: 80 }]);
    // scenarios/real/O-in-pulwama-crpf-convoy-bombing 03
    expectReading('Pulwama terror attack: two more CRPF men die as toll climbs to 45', [{ value: 45 }], '2019-02-15T10:00:00Z');
    // scenarios/real/N-eg-palm-sunday-church-bombings 05
    expectReading(
      "The toll from Sunday's bombing of the church in Tanta rose to 29 after two people wounded in the bombing died on Monday, an official said.",
      [{ value: 29, date: '2017-04-09' }],
      '2017-04-11T12:00:00Z',
    );
  });
  it('drops counts told before what "now seems" true, in a report whose update gives another toll', () => {
    // stories V (Oslo): 80 and 86 stood beside the revised 76.
    expectReading(
      'Police have cut the death toll from 93 to 76. That, he said, was why the toll was put at 80 early on Saturday morning and later went up to 86; it now seems that some bodies were counted twice.',
      [{ metric: 'killed', value: 76 }],
      '2011-07-26T19:00:00Z',
    );
  });
});
