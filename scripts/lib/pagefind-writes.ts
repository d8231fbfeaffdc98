/**
 * Waits until Pagefind's service has finished writing its index to disk.
 *
 * Its writeFiles answers once every file is created and its bytes are handed to a background
 * thread (Tokio's File::write_all, never flushed), so some files may still be empty when the
 * answer comes, and pagefind.close() ends the process at once: on a busy machine the entry file
 * once came out empty. Taking the files through getFiles instead cost the 10,000-page build
 * 15 s after Astro (Pagefind sends them base64-encoded in one JSON message, which Node then
 * decodes and writes), against 1–2 s for the service writing them itself.
 *
 * A file being written is open in the service. On Linux the service's open files are in
 * /proc/<pid>/fd: the writes are done when none of them is under the output folder. Elsewhere,
 * they are taken as done when two looks 200 ms apart find the same files, none empty.
 */
import { readdirSync, readFileSync, readlinkSync, statSync } from 'node:fs';
import { join, resolve, sep } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

/** The pids of this process's children called pagefind… (Linux), or undefined without /proc. */
function pagefindChildren(): number[] | undefined {
  let children: string;
  try {
    children = readdirSync(`/proc/${process.pid}/task`)
      .map((t) => readFileSync(`/proc/${process.pid}/task/${t}/children`, 'utf8'))
      .join(' ');
  } catch {
    return undefined;
  }
  return children
    .split(/\s+/)
    .filter(Boolean)
    .map(Number)
    .filter((pid) => {
      try {
        return readFileSync(`/proc/${pid}/comm`, 'utf8').startsWith('pagefind');
      } catch {
        return false;
      }
    });
}

/** Files the process has open under `dir`. */
function openUnder(pid: number, dir: string): string[] {
  let fds: string[];
  try {
    fds = readdirSync(`/proc/${pid}/fd`);
  } catch {
    return []; // it has exited
  }
  return fds
    .map((fd) => {
      try {
        return readlinkSync(`/proc/${pid}/fd/${fd}`);
      } catch {
        return '';
      }
    })
    .filter((target) => target.startsWith(dir + sep));
}

/** Every file under `dir` with its size. */
function sizes(dir: string): Map<string, number> {
  const out = new Map<string, number>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) out.set(join(e.parentPath, e.name), statSync(join(e.parentPath, e.name)).size);
  return out;
}

/** Resolves once the service has written every file under `outputPath`; throws after `timeoutMs`. */
export async function pagefindWritesDone(outputPath: string, timeoutMs = 60_000): Promise<void> {
  const dir = resolve(outputPath);
  const until = Date.now() + timeoutMs;
  const pids = pagefindChildren();
  if (pids !== undefined && pids.length > 0) {
    while (pids.some((pid) => openUnder(pid, dir).length > 0)) {
      if (Date.now() > until) throw new Error(`Pagefind is still writing ${dir} after ${timeoutMs} ms`);
      await sleep(20);
    }
    return;
  }
  let before = sizes(dir);
  for (;;) {
    await sleep(200);
    const now = sizes(dir);
    const same = now.size === before.size && [...now].every(([f, n]) => before.get(f) === n);
    if (same && [...now.values()].every((n) => n > 0)) return;
    if (Date.now() > until) throw new Error(`Pagefind is still writing ${dir} after ${timeoutMs} ms`);
    before = now;
  }
}
