/**
 * <insyn-chart data-spec="…"> draws a chart over the table that follows it.
 * Chart.js loads with import() only here, so pages without a chart ship none of it.
 */
import type { ChartSpec } from './spec.ts';

class InsynChart extends HTMLElement {
  async connectedCallback() {
    const canvas = this.querySelector('canvas');
    if (!canvas || this.dataset.state) return;
    this.dataset.state = 'loading';
    const spec = JSON.parse(this.dataset.spec ?? '{}') as ChartSpec;
    // Height follows the number of bars (reserved in CSS from data-rows up to 12; more set here through CSSOM).
    if (spec.labels.length > 12) this.style.setProperty('--chart-rows', String(spec.labels.length));
    try {
      const { renderChart } = await import('./render-chart.ts');
      renderChart(canvas, spec, this);
      this.dataset.state = 'ready';
    } catch (error) {
      // The table below still holds every number; hide the empty canvas.
      this.dataset.state = 'failed';
      throw error;
    }
  }
}

if (!customElements.get('insyn-chart')) customElements.define('insyn-chart', InsynChart);
