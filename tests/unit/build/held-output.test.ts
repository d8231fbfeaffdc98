import { test } from 'node:test';
import assert from 'node:assert/strict';
import { PassThrough } from 'node:stream';
import { HeldOutput } from '../../../scripts/lib/held-output.ts';

const sink = () => {
  const out: string[] = [];
  const stream = new PassThrough();
  stream.on('data', (d: Buffer) => out.push(String(d)));
  return { out, stream };
};
const tick = () => new Promise((r) => setImmediate(r));

test('held output is written in order once released, and passes through after', async () => {
  const from = new PassThrough();
  const to = sink();
  const read: string[] = [];
  const held = new HeldOutput();
  held.add(from, to.stream, (t) => read.push(t));
  from.write('a');
  from.write('b');
  await tick();
  assert.deepEqual(to.out, []);
  assert.deepEqual(read, ['a', 'b'], 'the reader sees each piece at once');
  held.release();
  from.write('c');
  await tick();
  assert.equal(to.out.join(''), 'abc');
});

test('dropped output is never written (bad content: only the check speaks)', async () => {
  const from = new PassThrough();
  const to = sink();
  const held = new HeldOutput();
  held.add(from, to.stream);
  from.write('Astro: content error');
  await tick();
  held.drop();
  held.release();
  from.write('more');
  await tick();
  assert.deepEqual(to.out, []);
});
