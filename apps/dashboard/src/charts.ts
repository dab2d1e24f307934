import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  type ChartConfiguration,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  LogarithmicScale,
  PointElement,
  Tooltip,
} from 'chart.js';

// Only what the two charts use, so the bundle stays small (Chart.js docs, "Integration: bundlers").
Chart.register(BarController, BarElement, LineController, LineElement, PointElement, CategoryScale, LinearScale, LogarithmicScale, Tooltip, Legend);
Chart.defaults.font.family = 'system-ui, sans-serif';
// No animation: what the page shows is final at once, for readers and for the browser test.
Chart.defaults.animation = false;

/**
 * Draws a chart on a fresh canvas in `host` and records the data the chart holds in `data-chart`, since a
 * canvas cannot be read back: the browser test asserts on it.
 */
export const drawChart = (host: HTMLElement, config: ChartConfiguration): Chart => {
  Chart.getChart(host.querySelector('canvas') ?? '')?.destroy();
  const canvas = document.createElement('canvas');
  host.replaceChildren(canvas);
  const chart = new Chart(canvas, config);
  host.dataset.chart = JSON.stringify({
    labels: chart.data.labels,
    datasets: chart.data.datasets.map((dataset) => ({ label: dataset.label, data: dataset.data })),
  });
  return chart;
};
