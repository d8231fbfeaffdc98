/**
 * Draws a TimeChartSpec with Chart.js: one line per area over a linear time axis, the
 * municipality's values dashed, each figure written beside its point (labels, not colour),
 * ranges as bars from min to max, breaks where no source gives a figure (spanGaps off),
 * and the first plan's start as a dashed vertical line with its label. No animation.
 */
import {
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import type { TimeChartSpec } from './time-spec.ts';

Chart.register(LineController, LineElement, PointElement, LinearScale, Legend);

type Point = { x: number; y: number | null };

/** Years to step by on the axis, so labels never crowd: every year over a short span, decades over sixty years. */
function yearStep(span: number): number {
  return span <= 9 ? 1 : span <= 20 ? 2 : span <= 40 ? 5 : 10;
}

/** The plan marker, the ranges and every figure's text, drawn over the lines. */
function overlay(spec: TimeChartSpec, colours: string[], text: string, muted: string): Plugin<'line'> {
  return {
    id: 'insynTimeOverlay',
    afterDatasetsDraw(chart) {
      const { ctx, chartArea } = chart;
      const x = chart.scales.x;
      const y = chart.scales.y;
      ctx.save();
      // The labels are words of the page's language: Arabic ones read right to left ("أقل بقليل من 68%").
      ctx.direction = spec.rtl ? 'rtl' : 'ltr';
      // The first plan's start: a dashed line across the plot with its label at the top.
      const mx = x.getPixelForValue(spec.marker.x);
      ctx.strokeStyle = muted;
      ctx.setLineDash([6, 4]);
      ctx.lineWidth = 1.5;
      ctx.beginPath();
      ctx.moveTo(mx, chartArea.top);
      ctx.lineTo(mx, chartArea.bottom);
      ctx.stroke();
      ctx.setLineDash([]);
      ctx.fillStyle = text;
      ctx.textBaseline = 'top';
      const label = spec.marker.label;
      const width = ctx.measureText(label).width;
      // Right of the line where it fits, else left of it.
      const right = mx + 6 + width <= chartArea.right;
      ctx.textAlign = right ? 'left' : 'right';
      ctx.fillText(label, right ? mx + 6 : mx - 6, chartArea.top + 2);

      ctx.textBaseline = 'bottom';
      ctx.textAlign = 'center';
      spec.lines.forEach((line, i) => {
        if (chart.getDatasetMeta(i).hidden) return;
        ctx.fillStyle = colours[i];
        ctx.strokeStyle = colours[i];
        for (const r of line.ranges) {
          const px = x.getPixelForValue(r.x);
          ctx.lineWidth = 7;
          ctx.beginPath();
          ctx.moveTo(px, y.getPixelForValue(r.min));
          ctx.lineTo(px, y.getPixelForValue(r.max));
          ctx.stroke();
          ctx.fillStyle = text;
          ctx.fillText(r.text, px, y.getPixelForValue(r.max) - 6);
        }
        ctx.fillStyle = text;
        for (const p of line.data) {
          if (p.y === null || !p.text) continue;
          const px = x.getPixelForValue(p.x);
          const py = y.getPixelForValue(p.y);
          // Above the point, or below it when the top of the plot is too near.
          const above = py - 22 > chartArea.top;
          ctx.textBaseline = above ? 'bottom' : 'top';
          ctx.fillText(p.text, px, above ? py - 8 : py + 8);
        }
      });
      ctx.restore();
    },
  };
}

export function renderTimeChart(canvas: HTMLCanvasElement, spec: TimeChartSpec, host: Element) {
  const css = getComputedStyle(host);
  const text = css.getPropertyValue('--color-text').trim() || '#000';
  const grid = css.getPropertyValue('--color-border').trim() || '#888';
  const muted = css.getPropertyValue('--color-muted').trim() || '#595959';
  const background = css.getPropertyValue('--color-bg').trim() || '#fff';
  Chart.defaults.font.family = css.fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = text;
  const colours = spec.lines.map((l) => css.getPropertyValue(l.colour).trim() || muted);
  const datasets: ChartDataset<'line', Point[]>[] = spec.lines.map((l, i) => ({
    label: l.label,
    data: l.data.map(({ x, y }) => ({ x, y })),
    borderColor: colours[i],
    backgroundColor: l.dashed ? background : colours[i],
    borderWidth: 2,
    borderDash: l.dashed ? [5, 4] : [],
    pointStyle: l.shape,
    pointRadius: 5,
    pointBorderWidth: 2,
    // A missing measurement stays a gap: no line across it.
    spanGaps: false,
  }));
  const span = spec.x.max - spec.x.min;
  const step = yearStep(span);
  const n = new Intl.NumberFormat(spec.locale ?? 'sv-SE');
  return new Chart<'line', Point[]>(canvas, {
    type: 'line',
    data: { datasets },
    options: {
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      events: [],
      layout: { padding: { top: 8, right: 12 } },
      scales: {
        x: {
          type: 'linear',
          min: spec.x.min,
          max: spec.x.max,
          // No vertical grid: the only vertical line is the first plan's start.
          grid: { display: false },
          // One label under the middle of each year (every step years), the year alone.
          afterBuildTicks: (axis) => {
            const ticks = [];
            for (let year = Math.ceil(spec.x.min); year < spec.x.max; year++)
              if (year % step === 0 || span <= 9) ticks.push({ value: year + 0.5 });
            axis.ticks = ticks;
          },
          ticks: { callback: (v) => String(Math.floor(Number(v))), maxRotation: 0, autoSkip: false },
        },
        y: {
          beginAtZero: true,
          suggestedMax: spec.yMax * 1.15,
          grid: { color: grid },
          ticks: { precision: 0, callback: (v) => `${n.format(Number(v))}${spec.unit ?? ''}` },
        },
      },
      plugins: {
        legend: {
          position: 'bottom',
          labels: { usePointStyle: true, boxWidth: 14, boxHeight: 14 },
          // Items run right to left on an Arabic page; the text direction is left alone: Chart.js
          // sets it on the canvas' style and Chromium then drew the axis' "25 %" as "% 25".
          rtl: spec.rtl ?? false,
        },
      },
    },
    plugins: [overlay(spec, colours, text, muted)],
  });
}
