/**
 * Splits a transcribed source document into numbered blocks ("st-1", "st-2", …)
 * so that every citation can point at a paragraph. Page breaks are marked in
 * the transcription as `<!-- sida N -->` lines; they are not numbered.
 */

export type Block =
  | { kind: 'heading'; id: string; page: number; text: string }
  | { kind: 'paragraph'; id: string; page: number; text: string }
  | { kind: 'list'; id: string; page: number; items: string[] }
  | { kind: 'table'; id: string; page: number; rows: string[][] }
  | { kind: 'page'; page: number };

const PAGE = /^<!--\s*sida\s+(\d+)\s*-->$/;
const BULLET = /^\s*(?:[-•*]\s+(?:\d+\.\s+)?|\d+\.\s+)/;

/** Removes markdown emphasis that the PDF-to-text step left behind. */
function clean(text: string): string {
  return text.replace(/\*\*/g, '').replace(/\s+/g, ' ').trim();
}

export function parseDocumentText(text: string): Block[] {
  const chunks = text
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((c) => c.replace(/^\n+|\n+$/g, ''))
    .filter((c) => c.trim() !== '' && !/^\s*-{3,}\s*$/.test(c));

  const blocks: Block[] = [];
  let page = 1;
  let n = 0;
  for (const chunk of chunks) {
    const pageMatch = PAGE.exec(chunk.trim());
    if (pageMatch) {
      page = Number(pageMatch[1]);
      blocks.push({ kind: 'page', page });
      continue;
    }
    const id = `st-${++n}`;
    const lines = chunk.split('\n').filter((l) => l.trim() !== '');
    if (lines[0].trimStart().startsWith('#')) {
      blocks.push({ kind: 'heading', id, page, text: clean(lines.join(' ').replace(/^\s*#+\s*/, '')) });
    } else if (lines.every((l) => BULLET.test(l))) {
      blocks.push({ kind: 'list', id, page, items: lines.map((l) => clean(l.replace(BULLET, ''))) });
    } else if (lines.some((l) => l.includes('\t'))) {
      const rows = lines.map((l) => l.split('\t').map(clean));
      const width = Math.max(...rows.map((r) => r.length));
      blocks.push({
        kind: 'table',
        id,
        page,
        rows: rows.map((r) => [...r, ...Array(width - r.length).fill('')]),
      });
    } else {
      blocks.push({ kind: 'paragraph', id, page, text: clean(lines.join(' ')) });
    }
  }
  return blocks;
}

/** The anchors a document offers to citations. */
export function anchorsOf(text: string): Map<string, number> {
  const anchors = new Map<string, number>();
  for (const block of parseDocumentText(text)) {
    if (block.kind !== 'page') anchors.set(block.id, block.page);
  }
  return anchors;
}
