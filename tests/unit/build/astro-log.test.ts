import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AstroLog } from '../../../scripts/lib/astro-log.ts';

// Astro's own lines, as it writes them to a pipe (timestamps, paths cut by the next line's time).
const LOG = [
  '13:11:26 [build] Rearranging server assets...\n',
  '13:11:27   ├─ /.well-known/security.txt13:11:27   ├─ /404.html13:11:27   ├─ /data/schema/statuses.json (+90ms) \n',
  '13:11:40   ├─ /atgarder/a-x1/index.html (+10ms) \n13:11:40   ├─ /planer/2021/1.1/index.html (+6ms) \n',
  '13:11:40   \u001b[34m├─\u001b[39m \u001b[2m/ar/atgarder/a/index.html\u001b[22m (+6ms) \n',
];

test("Astro's log names each file once the files rendered after it can no longer be its own", () => {
  const written: string[] = [];
  const log = new AstroLog(2, (path) => written.push(path));
  for (const piece of LOG) log.read(piece);
  // six paths named, the last two may still be rendering
  assert.deepEqual(written, [
    '/.well-known/security.txt',
    '/404.html',
    '/data/schema/statuses.json',
    '/atgarder/a-x1/index.html',
  ]);
});

test('a path cut between two pieces of output is read whole', () => {
  const written: string[] = [];
  const log = new AstroLog(0, (path) => written.push(path));
  const text = LOG.join('');
  for (let i = 0; i < text.length; i += 7) log.read(text.slice(i, i + 7));
  assert.equal(written.length, 6);
  assert.ok(written.includes('/planer/2021/1.1/index.html'));
  assert.ok(written.includes('/ar/atgarder/a/index.html'));
});
