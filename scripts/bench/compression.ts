/**
 * The precompressed copies per file type: every compressible file of a build compressed at the
 * build's levels (scripts/lib/serving/precompress.ts LEVELS) and at the levels used before them
 * (brotli 11, gzip 9), with the size change and the CPU time of each. The levels are chosen from
 * this table: the size may grow a few per cent at most.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotli, gzip, levelOf } from '../lib/serving/precompress.ts';
import { COMPRESSIBLE, extensionOf } from '../lib/serving/rules.ts';
import { filesUnder } from '../serving-rules.ts';

export interface TypeRow {
  type: string;
  files: number;
  raw: number;
  level: string;
  /** sizes and CPU ms at the build's levels and at brotli 11 / gzip 9 */
  br: { now: number; before: number; msNow: number; msBefore: number };
  gz: { now: number; before: number; msNow: number; msBefore: number };
}

function timed(f: () => number): [number, number] {
  const t = performance.now();
  const size = f();
  return [size, performance.now() - t];
}

export function compressionByType(dist: string): TypeRow[] {
  const rows = new Map<string, TypeRow>();
  for (const f of filesUnder(dist).filter((x) => COMPRESSIBLE.includes(extensionOf(x)))) {
    const data = readFileSync(join(dist, f));
    const type = extensionOf(f);
    const level = levelOf(f, data.length);
    const row = rows.get(type) ?? {
      type,
      files: 0,
      raw: 0,
      level: `brotli ${level.brotli}, gzip ${level.gzip}`,
      br: { now: 0, before: 0, msNow: 0, msBefore: 0 },
      gz: { now: 0, before: 0, msNow: 0, msBefore: 0 },
    };
    // A copy larger than the file is not written: the file is sent as it is.
    const sent = (n: number) => Math.min(n, data.length);
    const [brNow, brNowMs] = timed(() => sent(brotli(data, level.brotli).length));
    const [brBefore, brBeforeMs] = timed(() => sent(brotli(data, 11).length));
    const [gzNow, gzNowMs] = timed(() => sent(gzip(data, level.gzip).length));
    const [gzBefore, gzBeforeMs] = timed(() => sent(gzip(data, 9).length));
    row.files++;
    row.raw += data.length;
    row.br.now += brNow;
    row.br.before += brBefore;
    row.br.msNow += brNowMs;
    row.br.msBefore += brBeforeMs;
    row.gz.now += gzNow;
    row.gz.before += gzBefore;
    row.gz.msNow += gzNowMs;
    row.gz.msBefore += gzBeforeMs;
    rows.set(type, row);
  }
  return [...rows.values()].sort((a, b) => b.raw - a.raw);
}
