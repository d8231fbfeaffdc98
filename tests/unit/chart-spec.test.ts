import { test } from 'node:test';
import assert from 'node:assert/strict';
import { emptyBars, type ChartSpec } from '../../src/components/charts/spec.ts';

test('a bar is empty only when no series gives it a value (zero is a value)', () => {
  const spec: ChartSpec = {
    kind: 'stacked',
    labels: ['2022', '2023', '2024'],
    series: [
      { label: 'Genomförd', colour: '--a', pattern: 'solid', data: [15, 0, null] },
      { label: 'Okänd', colour: '--b', pattern: 'dots', data: [null, null, null] },
    ],
    emptyLabel: 'ingen uppgift',
  };
  assert.deepEqual(emptyBars(spec), [2]);
});
