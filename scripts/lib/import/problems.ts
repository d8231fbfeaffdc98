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
    .map((p) => [
      p.row === null ? '-' : String(p.row),
      p.column,
      clip(p.value, 30),
      p.message,
      p.suggestion ?? '',
    ]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i].length)));
  const line = (cells: string[]) =>
    cells
      .map((c, i) => c.padEnd(widths[i]))
      .join(' | ')
      .trimEnd();
  return [line(head), widths.map((w) => '-'.repeat(w)).join('-|-'), ...rows.map(line)].join('\n');
}

/**
 * The problems of one import run, collected in order. A row problem shows the
 * cell as the spreadsheet has it (the row's cells are registered when it is read).
 */
export class ProblemList {
  readonly items: ImportProblem[] = [];
  private readonly cells = new Map<number, Record<string, string>>();

  get any(): boolean {
    return this.items.length > 0;
  }

  /** Remember a row's cells, so that its problems quote what the editor typed. */
  registerRow(line: number, cells: Record<string, string>): void {
    this.cells.set(line, cells);
  }

  cellOf(line: number, column: string): string {
    return this.cells.get(line)?.[column] ?? '';
  }

  /** A problem with the file, the command or the content: no row. */
  general(column: string, value: string, message: string, suggestion?: string): void {
    this.items.push({ row: null, column, value, message, suggestion });
  }

  /** A problem with one row; `value` defaults to the row's cell in that column. */
  row(line: number, column: string, message: string, suggestion?: string, value?: string): void {
    this.items.push({ row: line, column, value: value ?? this.cellOf(line, column), message, suggestion });
  }

  add(problems: ImportProblem[]): void {
    this.items.push(...problems);
  }
}
