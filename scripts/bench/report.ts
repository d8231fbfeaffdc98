/** The bench's table: each figure beside its target, as Markdown (readable in a terminal too). */

export class Report {
  private parts: string[] = [];

  heading(text: string) {
    this.parts.push(`\n## ${text}\n`);
  }

  note(text: string) {
    this.parts.push(`${text}\n`);
  }

  table(head: string[], rows: string[][]) {
    const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (c ?? '').padEnd(widths[i])).join(' | ')} |`;
    this.parts.push(
      [line(head), `| ${widths.map((w) => '-'.repeat(w)).join(' | ')} |`, ...rows.map(line)].join('\n') +
        '\n',
    );
  }

  toString(): string {
    return this.parts.join('\n');
  }
}

export const DASH = '–';

export const kb = (bytes: number | null | undefined) =>
  bytes == null ? DASH : `${(bytes / 1024).toFixed(1)} KB`;
export const ms = (t: number | null | undefined) =>
  t == null ? DASH : t >= 10_000 ? `${(t / 1000).toFixed(1)} s` : `${Math.round(t)} ms`;
export const seconds = (t: number | null | undefined) => (t == null ? DASH : `${(t / 1000).toFixed(1)} s`);
export const verdict = (ok: boolean | null) => (ok === null ? DASH : ok ? 'yes' : 'NO');
