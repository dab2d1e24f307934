import { TOTALS_UPDATES_V1, type TotalsUpdateV1 } from '@cw/contracts';
import { requireKafka, TEST_BROKERS, uniqueName } from '@cw/testing';
import type { Kafka } from 'kafkajs';
import { watchTotals } from './totals-consumer';

const hex = (c: string) => c.repeat(32);

const update = (id: string, before: number, after: number): TotalsUpdateV1 => ({
  schema: 'totals-update@1',
  updateId: hex(id),
  country: 'SY',
  region: null,
  metric: 'killed',
  day: '2019-08-10',
  before,
  after,
  delta: after - before,
  cause: {
    eventId: hex('e'),
    figureId: hex('f'),
    incidentId: 'SY-2019-08-10-hama',
    articleId: hex('a'),
    url: 'https://wire.example/syria',
    sentence: 'Clashes in northwest Syria killed 70 combatants on Saturday.',
  },
  producedAt: '2019-08-10T15:00:05Z',
});

describe('the totals consumer example on the real broker', () => {
  let kafka: Kafka;

  beforeAll(async () => {
    kafka = await requireKafka();
  });

  it('prints each update once, warns on a gap and on an invalid message, and stops when told', async () => {
    const prefix = `${uniqueName('example')}.`;
    const topic = `${prefix}${TOTALS_UPDATES_V1}`;
    const admin = kafka.admin();
    await admin.connect();
    await admin.createTopics({ waitForLeaders: true, topics: [{ topic, numPartitions: 1 }] });
    await admin.disconnect();
    const producer = kafka.producer();
    await producer.connect();
    await producer.send({
      topic,
      messages: [
        update('1', 0, 70),
        update('1', 0, 70), // redelivered
        update('2', 70, 75),
        update('3', 80, 81), // 75 -> 80 never arrived
      ]
        .map((u) => ({ key: u.country, value: JSON.stringify(u) }))
        .concat([{ key: 'SY', value: '{"schema":"totals-update@1"}' }]),
    });
    await producer.disconnect();

    const printed: string[] = [];
    const warnings: string[] = [];
    const watch = await watchTotals({
      brokers: TEST_BROKERS,
      topicPrefix: prefix,
      groupId: uniqueName('example-group'),
      print: (line) => printed.push(line),
      warn: (line) => warnings.push(line),
      stopWhen: (state) => state.printed + state.duplicates + state.invalid >= 5,
    });
    const state = await watch.done;

    expect(printed).toEqual([
      'SY killed 2019-08-10: 0 -> 70 (+70) https://wire.example/syria',
      'SY killed 2019-08-10: 70 -> 75 (+5) https://wire.example/syria',
      'SY killed 2019-08-10: 80 -> 81 (+1) https://wire.example/syria',
    ]);
    expect(state).toMatchObject({ printed: 3, duplicates: 1, invalid: 1, gaps: 1 });
    expect(warnings).toEqual([expect.stringContaining('SY killed: expected before=75, got 80'), expect.stringContaining('invalid update')]);
  });
});
