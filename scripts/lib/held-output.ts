/**
 * A child process's output, held back until it is wanted (scripts/build.ts): Astro and the
 * search index start beside the content check, and bad content must stop the build with the
 * check's own lines only, not also Astro's longer story of the same problem.
 */
import type { Readable, Writable } from 'node:stream';

export class HeldOutput {
  private held: [Writable, string][] = [];
  private state: 'holding' | 'passing' | 'dropping' = 'holding';

  /** Holds what `from` writes, for `to`; also hands each piece to `read` at once, if given. */
  add(from: Readable, to: Writable, read?: (text: string) => void): void {
    from.setEncoding('utf8');
    from.on('data', (text: string) => {
      read?.(text);
      if (this.state === 'passing') to.write(text);
      else if (this.state === 'holding') this.held.push([to, text]);
    });
  }

  /** Writes what was held, in order, and passes the rest through. */
  release(): void {
    if (this.state !== 'holding') return;
    for (const [to, text] of this.held) to.write(text);
    this.held = [];
    this.state = 'passing';
  }

  /** Forgets what was held and what comes. */
  drop(): void {
    this.held = [];
    this.state = 'dropping';
  }
}
