// Short wire-style reports for pipeline benches: each one a distinct incident (its own town and day),
// so every article moves a total and shows up on the totals topic.
import type { RawArticleV1 } from '@cw/contracts';
import { createHash } from 'node:crypto';

const PLACES = [
  ['Maiduguri', 'Borno state', 'Nigeria'],
  ['Kharkiv', 'Kharkiv region', 'Ukraine'],
  ['Idlib', 'Idlib province', 'Syria'],
  ['Mogadishu', 'Banadir region', 'Somalia'],
  ['El Fasher', 'North Darfur', 'Sudan'],
  ['Goma', 'North Kivu', 'Democratic Republic of Congo'],
  ['Quetta', 'Balochistan', 'Pakistan'],
  ['Kandahar', 'Kandahar province', 'Afghanistan'],
  ['Gao', 'Gao region', 'Mali'],
  ['Djibo', 'Soum province', 'Burkina Faso'],
] as const;

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

export const syntheticReport = (index: number): RawArticleV1 => {
  const [town, region, country] = PLACES[index % PLACES.length];
  // Three days between two reports of one town: never the same incident.
  const published = new Date(Date.UTC(2020, 0, 1, 15) + Math.floor(index / PLACES.length) * 3 * 86_400_000);
  const killed = 3 + (index % 37);
  const articleId = createHash('sha256').update(`bench-${index}`).digest('hex').slice(0, 32);
  const text = [
    `${town.toUpperCase()}, ${country} (AFP) - Gunmen killed ${killed} people in an attack on a market in ${town}, ${region}, on ${WEEKDAYS[published.getUTCDay()]}, police said.`,
    `Witnesses said the attackers arrived on motorbikes and opened fire on traders before setting stalls alight.`,
    `No group has claimed responsibility for the attack, the latest in a string of assaults in the area.`,
  ].join('\n');
  return {
    schema: 'raw-article@1',
    articleId,
    url: `https://wire.example/bench/${articleId}`,
    title: `Gunmen kill ${killed} in ${town} market attack`,
    text,
    publishedAt: published.toISOString(),
    outlet: 'Bench wire',
    language: 'en',
    feedUrl: null,
    fetchedAt: published.toISOString(),
  };
};
