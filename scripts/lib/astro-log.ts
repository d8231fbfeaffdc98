/**
 * Which files `astro build` has finished writing, read from its log as it runs, so the build
 * can compress them while Astro renders the rest (scripts/build.ts).
 *
 * Astro logs each file's path ("├─ /atgarder/x/index.html") when it starts rendering it, and
 * renders `build.concurrency` files at a time, started in order: once the path of file n is in
 * the log, every file up to n − concurrency is written. The log is Astro's, not an API: if it
 * changes, nothing is reported and the build compresses every file after Astro, as before. A
 * file read too early is harmless too: the compressed copies are kept under the hash of the
 * bytes that were read, and the build's last pass compresses again what has changed.
 *
 * Before this, the build looked through the output folder every second: at 10,000 pages each
 * look read 50,000 entries, about 0.6 s of CPU, beside Astro.
 */

/** Astro's build.concurrency (astro.config.mjs reads it from here): files rendered at a time. */
export const RENDER_CONCURRENCY = 4;

// Colours, should Astro print them (FORCE_COLOR).
const ANSI = /\u001b\[[0-9;]*m/g;
// A path runs to white space or to the next line's time ("13:11:27"), which Astro writes right
// after it when the path's line is not finished yet.
const PATH = /├─ (\/\S*?)(?=\d\d:\d\d:\d\d |\s|$)/g;

export class AstroLog {
  private started: string[] = [];
  private reported = 0;
  private rest = '';

  private readonly lag: number;
  private readonly written: (path: string) => void;

  /**
   * @param lag how many files Astro renders at a time (its build.concurrency), or more
   * @param written called once per file, with its path under the output folder
   */
  constructor(lag: number, written: (path: string) => void) {
    this.lag = lag;
    this.written = written;
  }

  /** Reads the next piece of Astro's standard output (decoded text). */
  read(text: string): void {
    const all = this.rest + text;
    // Up to the last line break: a path may be cut between pieces.
    const end = all.lastIndexOf('\n') + 1;
    this.rest = all.slice(end);
    for (const [, path] of all.slice(0, end).replace(ANSI, '').matchAll(PATH)) this.started.push(path);
    while (this.started.length - this.reported > this.lag) this.written(this.started[this.reported++]);
  }
}
