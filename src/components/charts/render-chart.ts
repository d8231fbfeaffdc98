/** Draws a ChartSpec with Chart.js: only the pieces used are registered, no animation, colours from tokens.css. */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  type ChartDataset,
  type Plugin,
} from 'chart.js';
import { emptyBars, type ChartSpec } from './spec.ts';
import type { Pattern } from '../../lib/measure/status-style.ts';

Chart.register(BarController, BarElement, CategoryScale, LinearScale, Legend);

/** A small tile: the colour with light lines or dots over it, repeated. */
function fill(colour: string, pattern: Pattern): string | CanvasPattern {
  if (pattern === 'solid') return colour;
  const tile = document.createElement('canvas');
  tile.width = tile.height = 8;
  const g = tile.getContext('2d');
  if (!g) return colour;
  g.fillStyle = colour;
  g.fillRect(0, 0, 8, 8);
  g.strokeStyle = g.fillStyle = 'rgba(255, 255, 255, 0.5)';
  g.lineWidth = 1.5;
  const line = (x1: number, y1: number, x2: number, y2: number) => {
    g.beginPath();
    g.moveTo(x1, y1);
    g.lineTo(x2, y2);
    g.stroke();
  };
  if (pattern === 'diagonal' || pattern === 'cross') {
    line(0, 8, 8, 0);
    line(-2, 2, 2, -2);
    line(6, 10, 10, 6);
  }
  if (pattern === 'cross') {
    line(0, 0, 8, 8);
    line(-2, 6, 2, 10);
    line(6, -2, 10, 2);
  }
  if (pattern === 'dots') {
    g.beginPath();
    g.arc(4, 4, 1.6, 0, Math.PI * 2);
    g.fill();
  }
  return g.createPattern(tile, 'repeat') ?? colour;
}

const format = (v: number | [number, number], locale: string, unit = '') => {
  const n = new Intl.NumberFormat(locale);
  return Array.isArray(v) ? `${n.format(v[0])}–${n.format(v[1])}${unit}` : `${n.format(v)}${unit}`;
};

/** Writes each value on its bar (inside a stacked segment when it fits, else after the bar): labels, not colour. */
function directLabels(spec: ChartSpec, text: string): Plugin<'bar'> {
  return {
    id: 'insynDirectLabels',
    afterDatasetsDraw(chart) {
      const { ctx } = chart;
      ctx.save();
      ctx.textBaseline = 'middle';
      chart.data.datasets.forEach((_, i) => {
        const meta = chart.getDatasetMeta(i);
        if (meta.hidden) return;
        meta.data.forEach((bar, j) => {
          const value = spec.series[i].data[j];
          if (value === null || value === 0) return;
          const { x, y, base } = bar.getProps(['x', 'y', 'base'], true) as {
            x: number;
            y: number;
            base: number;
          };
          const label = format(value, spec.locale ?? 'sv-SE', spec.unit);
          const width = ctx.measureText(label).width;
          if (spec.kind === 'stacked') {
            if (Math.abs(x - base) < width + 6) return;
            ctx.fillStyle = '#ffffff';
            ctx.textAlign = 'center';
            ctx.fillText(label, (x + base) / 2, y);
          } else {
            ctx.fillStyle = text;
            ctx.textAlign = 'left';
            ctx.fillText(label, Math.max(x, base) + 4, y);
          }
        });
      });
      // A bar no source gives a value for says so in words, where the bar would be.
      if (spec.emptyLabel) {
        const scale = chart.scales.y;
        ctx.fillStyle = text;
        ctx.textAlign = 'left';
        ctx.font = `italic ${ctx.font}`;
        for (const j of emptyBars(spec))
          ctx.fillText(spec.emptyLabel, chart.chartArea.left + 6, scale.getPixelForValue(j));
      }
      ctx.restore();
    },
  };
}

export function renderChart(canvas: HTMLCanvasElement, spec: ChartSpec, host: Element): Chart<'bar'> {
  const css = getComputedStyle(host);
  const text = css.getPropertyValue('--color-text').trim() || '#000';
  const grid = css.getPropertyValue('--color-border').trim() || '#888';
  Chart.defaults.font.family = css.fontFamily;
  Chart.defaults.font.size = 13;
  Chart.defaults.color = text;
  const datasets: ChartDataset<'bar', (number | [number, number] | null)[]>[] = spec.series.map((s) => {
    const colourOf = (name: string) => css.getPropertyValue(name).trim() || '#595959';
    const colour = colourOf(s.colour);
    const background = s.barColours
      ? s.barColours.map((c, i) => fill(colourOf(c), s.barPatterns?.[i] ?? s.pattern))
      : fill(colour, s.pattern);
    const border = s.barColours ? s.barColours.map(colourOf) : colour;
    return {
      label: s.label,
      data: s.data,
      backgroundColor: background,
      borderColor: border,
      borderWidth: 1,
      barPercentage: 0.8,
    };
  });
  const stacked = spec.kind === 'stacked';
  return new Chart<'bar', (number | [number, number] | null)[], string>(canvas, {
    type: 'bar',
    data: { labels: spec.labels, datasets },
    options: {
      indexAxis: 'y',
      animation: false,
      responsive: true,
      maintainAspectRatio: false,
      // Room on the right for labels written after the bars.
      layout: { padding: { right: stacked ? 8 : 48 } },
      events: [],
      scales: {
        x: {
          stacked,
          beginAtZero: true,
          ...(spec.max !== undefined ? { max: spec.max } : {}),
          grid: { color: grid },
          ticks: {
            precision: 0,
            callback: (v) => format(Number(v), spec.locale ?? 'sv-SE', spec.unit),
          },
        },
        y: { stacked, grid: { display: false } },
      },
      plugins: {
        legend: {
          display: spec.series.length > 1,
          position: 'bottom',
          labels: { boxWidth: 18, boxHeight: 14 },
          rtl: spec.rtl ?? false,
          textDirection: spec.rtl ? 'rtl' : 'ltr',
        },
      },
    },
    plugins: [directLabels(spec, text)],
  });
}
