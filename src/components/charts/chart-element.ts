/**
 * <insyn-chart data-spec="…"> draws a chart over the table that follows it.
 * Chart.js loads with import() only here, so pages without a chart ship none of it,
 * and each chart is drawn only when it comes near the viewport: /statistik/ has
 * several, and drawing them all at load blocked a slow phone's main thread.
 */
import type { ChartSpec } from './spec.ts';
import type { TimeChartSpec } from './time-spec.ts';

// Charts are drawn one per task, so no single task holds the main thread for all of them.
let queue = Promise.resolve();
const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

const nearViewport = new IntersectionObserver(
  (entries) => {
    for (const entry of entries) {
      if (!entry.isIntersecting) continue;
      nearViewport.unobserve(entry.target);
      const chart = entry.target as InsynChart;
      queue = queue
        .then(nextTask)
        .then(() => chart.draw())
        .catch(() => undefined);
    }
  },
  { rootMargin: '0px 0px 50% 0px' },
);

class InsynChart extends HTMLElement {
  connectedCallback() {
    if (!this.querySelector('canvas') || this.dataset.state) return;
    this.dataset.state = 'waiting';
    // Height follows the number of bars (reserved in CSS from data-rows up to 12; more set here, before drawing, so nothing shifts later).
    const spec = this.spec();
    const bars = spec.kind === 'time' ? 0 : spec.labels.length;
    if (bars > 12) this.style.setProperty('--chart-rows', String(bars));
    nearViewport.observe(this);
  }

  private spec(): ChartSpec | TimeChartSpec {
    return JSON.parse(this.dataset.spec ?? '{}') as ChartSpec | TimeChartSpec;
  }

  async draw() {
    const canvas = this.querySelector('canvas');
    if (!canvas || this.dataset.state !== 'waiting') return;
    this.dataset.state = 'loading';
    try {
      const spec = this.spec();
      // A chart over time has its own renderer (lines, not bars), loaded only where one is shown.
      if (spec.kind === 'time') {
        const { renderTimeChart } = await import('./render-time-chart.ts');
        await nextTask(); // evaluating Chart.js is one task, drawing another
        renderTimeChart(canvas, spec, this);
      } else {
        const { renderChart } = await import('./render-chart.ts');
        await nextTask();
        renderChart(canvas, spec, this);
      }
      this.dataset.state = 'ready';
    } catch (error) {
      // The table below still holds every number; hide the empty canvas.
      this.dataset.state = 'failed';
      reportError(error);
    }
  }
}

if (!customElements.get('insyn-chart')) customElements.define('insyn-chart', InsynChart);
