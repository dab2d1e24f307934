import type { ReportedTally } from '@cw/contracts';
import { drawChart } from './charts';
import { formatNumber, qualified } from './format';

/**
 * The computed total beside the tallies sources reported ("more than 370,000 since 2011"). A tally is never
 * part of the total, and can be thousands of times larger: the value axis is logarithmic so both read.
 */
export const drawTallyChart = (host: HTMLElement, metric: string, computed: number, tallies: ReportedTally[]): void => {
  const bars = [
    { label: `computed total (incidents): ${formatNumber(computed)}`, value: computed, color: '#1f4e79' },
    ...tallies.map((tally) => ({
      label: `${tally.source ?? tally.outlet}: ${qualified(tally.value, tally.qualifier)} ${tally.victims}${tally.since ? ` since ${tally.since}` : ''}`,
      value: tally.value,
      color: '#d08c2d',
    })),
  ];
  drawChart(host, {
    type: 'bar',
    data: {
      labels: bars.map((bar) => bar.label),
      datasets: [{ label: metric, data: bars.map((bar) => bar.value), backgroundColor: bars.map((bar) => bar.color) }],
    },
    options: {
      indexAxis: 'y',
      maintainAspectRatio: false,
      scales: {
        x: {
          type: 'logarithmic',
          min: 1,
          title: { display: true, text: `${metric} (log scale)` },
          // Powers of ten only: the in-between ticks of a log axis crowd each other.
          ticks: { callback: (value) => (Number.isInteger(Math.log10(Number(value))) ? formatNumber(Number(value)) : '') },
        },
      },
      plugins: { legend: { display: false } },
    },
  });
};
