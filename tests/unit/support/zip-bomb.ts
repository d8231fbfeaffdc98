/**
 * Hostile .xlsx files for the importer's tests, made on the fly (never committed): a real
 * workbook from ExcelJS whose first sheet is replaced by one that inflates to any size. The
 * sheet's deflate stream is one small compressed block of rows repeated (each block ends with
 * a full flush, so blocks can follow each other), so a 400 MB sheet costs a few hundred KB and
 * no memory to make. `declared` lets the ZIP directory lie about the inflated size.
 */
import { constants, crc32, deflateRawSync } from 'node:zlib';
import ExcelJS from 'exceljs';
import { zipDirectory, zipEntryBytes } from '../../../scripts/lib/import/zip-directory.ts';

interface Part {
  name: string;
  /** raw deflate data */
  data: Buffer;
  size: number;
  crc: number;
}

function zip(parts: Part[]): Buffer {
  const locals: Buffer[] = [];
  const directory: Buffer[] = [];
  let offset = 0;
  for (const p of parts) {
    const name = Buffer.from(p.name, 'utf8');
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt16LE(8, 8);
    local.writeUInt32LE(p.crc, 14);
    local.writeUInt32LE(p.data.length, 18);
    local.writeUInt32LE(p.size, 22);
    local.writeUInt16LE(name.length, 26);
    locals.push(local, name, p.data);
    const entry = Buffer.alloc(46);
    entry.writeUInt32LE(0x02014b50, 0);
    entry.writeUInt16LE(20, 4);
    entry.writeUInt16LE(20, 6);
    entry.writeUInt16LE(8, 10);
    entry.writeUInt32LE(p.crc, 16);
    entry.writeUInt32LE(p.data.length, 20);
    entry.writeUInt32LE(p.size, 24);
    entry.writeUInt16LE(name.length, 28);
    entry.writeUInt32LE(offset, 42);
    directory.push(entry, name);
    offset += 30 + name.length + p.data.length;
  }
  const dir = Buffer.concat(directory);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(parts.length, 8);
  end.writeUInt16LE(parts.length, 10);
  end.writeUInt32LE(dir.length, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...locals, dir, end]);
}

/** An .xlsx whose first sheet inflates to about `megabytes` MB of rows. */
export async function xlsxBomb(megabytes: number, declared?: number): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  workbook.addWorksheet('Åtgärder').addRow(['plan_year', 'number', 'title']);
  const bytes = Buffer.from(await workbook.xlsx.writeBuffer());
  const parts: Part[] = [];
  for (const entry of zipDirectory(bytes)) {
    const text = zipEntryBytes(bytes, entry);
    if (entry.name !== 'xl/worksheets/sheet1.xml') {
      parts.push({ name: entry.name, data: deflateRawSync(text), size: text.length, crc: crc32(text) });
      continue;
    }
    const xml = text.toString('utf8');
    const at = xml.indexOf('</sheetData>');
    const head = Buffer.from(xml.slice(0, at));
    const tail = Buffer.from(xml.slice(at));
    const row = '<row r="2"><c r="A2" t="inlineStr"><is><t>2024</t></is></c></row>';
    const block = Buffer.from(row.repeat(Math.ceil((1024 * 1024) / row.length)));
    const flush = { finishFlush: constants.Z_FULL_FLUSH };
    const pieces = [deflateRawSync(head, flush)];
    let crc = crc32(head);
    const packed = deflateRawSync(block, flush);
    for (let i = 0; i < megabytes; i++) {
      pieces.push(packed);
      crc = crc32(block, crc);
    }
    pieces.push(deflateRawSync(tail));
    crc = crc32(tail, crc);
    const size = head.length + block.length * megabytes + tail.length;
    parts.push({ name: entry.name, data: Buffer.concat(pieces), size: declared ?? size, crc });
  }
  return zip(parts);
}
