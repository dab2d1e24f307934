import type { SeriesPoint } from '@cw/contracts';
import { drawChart } from './charts';

/** Each day's change to the total as bars, the running total as a line. */
export const drawSeriesChart = (host: HTMLElement, metric: string, series: SeriesPoint[]): void => {
  drawChart(host, {
    type: 'bar',
    data: {
      labels: series.map((point) => point.day),
      datasets: [
        {
          type: 'bar',
          label: `${metric} that day`,
          data: series.map((point) => point.value),
          backgroundColor: '#c0504d',
          maxBarThickness: 48,
          order: 2,
        },
        {
          type: 'line',
          label: 'running total',
          data: series.map((point) => point.runningTotal),
          borderColor: '#1f4e79',
          backgroundColor: '#1f4e79',
          pointRadius: series.length > 60 ? 0 : 3,
          order: 1,
        },
      ],
    },
    options: {
      maintainAspectRatio: false,
      scales: { y: { beginAtZero: true, grace: '10%', title: { display: true, text: metric } }, x: { ticks: { maxTicksLimit: 12 } } },
      plugins: { legend: { position: 'bottom' } },
    },
  });
};
