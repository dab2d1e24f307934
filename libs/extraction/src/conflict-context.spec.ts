import { readReport } from './read-report';

const at = { publishedAt: '2023-05-08T10:00:00Z' };

describe('non-conflict deaths', () => {
  it.each([
    ['a road crash', 'LAGOS (Reuters) - At least 20 people were killed when a bus collided with a truck on Sunday, officials said.'],
    ['a flood', 'Flash floods in southern Somalia have killed at least 31 people and displaced more than 500,000, the government said.'],
    [
      'a disease outbreak in a war',
      'A cholera outbreak has killed 1,300 people in Yemen since April, blaming the collapse of health services during two years of war.',
    ],
    [
      'a burst dam after torrential rain, in a country known for its wars',
      'KATHMANDU (AP) - At least 14 people died when an embankment gave way after torrential rains in western Nepal, a Maoist-era district official said.',
    ],
    [
      'a road crash of soldiers on their way to fight insurgents (what they were doing is no cause)',
      'As many as four soldiers died on Thursday after a convoy of military personnel fighting Boko Haram crashed in Jakana town, Borno state.',
    ],
    [
      'an ammonium nitrate blast in a port warehouse',
      "Lebanon's health minister said the number of dead from yesterday's huge explosion at a pier in Beirut has climbed to 135; it went off in a warehouse where 2,700 tons of ammonium nitrate were kept.",
    ],
    [
      'a fuel tank blast where soldiers were among the dead (eval/real19 1918)',
      'Fury as fuel tank blast in Lebanon kills at least 28\nA fuel tank exploded in Akkar, northern Lebanon, on Sunday, killing at least 28 people, among them soldiers, the army said.',
    ],
    [
      'a blast the officials call a gas leak, "not a bomb" (eval/real19 1924)',
      'Pakistani officials said on Friday that a blast which killed 10 people at a shopping centre in Lahore was most likely an accident set off by a gas leak, and not a bomb as first described.',
    ],
    [
      'an earthquake toll update',
      'The death toll from the earthquake that struck southern Turkey and northern Syria rose to more than 41,000 on Tuesday.',
    ],
  ])('yields no conflict figure for %s', (_, text) => {
    expect(readReport(text, at).figures).toEqual([]);
  });
});
