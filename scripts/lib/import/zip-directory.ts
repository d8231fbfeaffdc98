/**
 * What the importer reads of a ZIP file (an .xlsx is one) before ExcelJS does: the central
 * directory at its end (every entry's name and sizes, read without inflating anything), and
 * one entry inflated with a hard limit on its output. ExcelJS inflates every entry in full
 * and builds the whole workbook in memory, so a sheet that inflates to 400 MB costs gigabytes;
 * checking the sizes first keeps a hostile or wrong file out of memory.
 *
 * Hand-written rather than a dependency: the directory is a fixed-format record list
 * (APPNOTE.TXT 4.3.12–4.3.16), and node:zlib's `maxOutputLength` is the size guard, so this is
 * a few dozen lines; a ZIP library would bring its own inflating and streams for no more safety.
 * ZIP64 (files or entries over 4 GB) is refused: no spreadsheet of a plan comes near it.
 */
import { inflateRawSync } from 'node:zlib';

export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflated */
  method: number;
  compressedSize: number;
  /** the uncompressed size the directory states */
  size: number;
  /** where the entry's local header starts */
  offset: number;
}

const END_OF_DIRECTORY = 0x06054b50;
const DIRECTORY_ENTRY = 0x02014b50;
const LOCAL_HEADER = 0x04034b50;

class ZipError extends Error {}

function fail(message: string): never {
  throw new ZipError(message);
}

/** The entries the central directory lists, in its order. */
export function zipDirectory(bytes: Buffer): ZipEntry[] {
  // The end record is 22 bytes plus a comment of at most 65,535 bytes, at the very end.
  let end = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--)
    if (bytes.readUInt32LE(i) === END_OF_DIRECTORY) {
      end = i;
      break;
    }
  if (end < 0) fail('no ZIP directory at the end of the file');
  const count = bytes.readUInt16LE(end + 10);
  const size = bytes.readUInt32LE(end + 12);
  const start = bytes.readUInt32LE(end + 16);
  if (count === 0xffff || size === 0xffffffff || start === 0xffffffff) fail('a ZIP64 file (over 4 GB)');
  if (start + size > end) fail('the ZIP directory points outside the file');
  const entries: ZipEntry[] = [];
  let at = start;
  for (let i = 0; i < count; i++) {
    if (at + 46 > end || bytes.readUInt32LE(at) !== DIRECTORY_ENTRY) fail('a damaged ZIP directory');
    const nameLength = bytes.readUInt16LE(at + 28);
    const entry: ZipEntry = {
      method: bytes.readUInt16LE(at + 10),
      compressedSize: bytes.readUInt32LE(at + 20),
      size: bytes.readUInt32LE(at + 24),
      offset: bytes.readUInt32LE(at + 42),
      name: bytes.toString('utf8', at + 46, at + 46 + nameLength),
    };
    if (entry.size === 0xffffffff || entry.compressedSize === 0xffffffff || entry.offset === 0xffffffff)
      fail('a ZIP64 entry (over 4 GB)');
    entries.push(entry);
    at += 46 + nameLength + bytes.readUInt16LE(at + 30) + bytes.readUInt16LE(at + 32);
  }
  return entries;
}

/**
 * One entry's bytes, inflated to at most the size the directory states: an entry that
 * inflates to more (a directory that lies) fails as soon as the output passes that size.
 */
export function zipEntryBytes(bytes: Buffer, entry: ZipEntry): Buffer {
  const at = entry.offset;
  if (at + 30 > bytes.length || bytes.readUInt32LE(at) !== LOCAL_HEADER)
    fail(`a damaged ZIP entry (${entry.name})`);
  const dataStart = at + 30 + bytes.readUInt16LE(at + 26) + bytes.readUInt16LE(at + 28);
  const data = bytes.subarray(dataStart, dataStart + entry.compressedSize);
  if (data.length !== entry.compressedSize) fail(`a truncated ZIP entry (${entry.name})`);
  if (entry.method === 0) {
    if (data.length !== entry.size) fail(`a damaged ZIP entry (${entry.name})`);
    return data;
  }
  if (entry.method !== 8) fail(`an unknown ZIP compression method ${entry.method} (${entry.name})`);
  let out: Buffer;
  try {
    // +1: an entry that is exactly its stated size passes; one byte more fails.
    out = inflateRawSync(data, { maxOutputLength: entry.size + 1 });
  } catch (error) {
    if ((error as { code?: string }).code === 'ERR_BUFFER_TOO_LARGE')
      fail(`${entry.name} inflates to more than the ${entry.size} bytes its directory states`);
    fail(`a damaged ZIP entry (${entry.name})`);
  }
  if (out.length !== entry.size)
    fail(
      `${entry.name} inflates to ${out.length > entry.size ? 'more' : 'fewer'} bytes than its directory states`,
    );
  return out;
}

export const isZipError = (error: unknown): error is Error => error instanceof ZipError;
