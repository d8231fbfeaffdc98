/** Import problems, reported all at once as one table: row, column, value, what is wrong, suggestion. */

export interface ImportProblem {
  /** spreadsheet row (header = 1); null for problems with the file or the command */
  row: number | null;
  column: string;
  value: string;
  message: string;
  /** the closest valid value, when one is near */
  suggestion?: string;
}

function clip(text: string, width: number): string {
  return text.length > width ? `${text.slice(0, width - 1)}…` : text;
}

export function problemTable(problems: ImportProblem[]): string {
  const head = ['row', 'column', 'value', 'problem', 'did you mean'];
  const rows = [...problems]
    .sort((a, b) => (a.row ?? 0) - (b.row ?? 0))
    .map((p) => [p.row === null ? '-' : String(p.row), p.column, clip(p.value, 30), p.message, p.suggestion ?? '']);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i])).join(' | ').trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}
