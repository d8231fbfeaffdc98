/**
 * Preloaded into `astro build` (scripts/build.ts): WebCrypto's digest, computed at once with
 * node:crypto instead of on libuv's thread pool.
 *
 * Astro hashes every inline script of every page for the Content-Security-Policy with
 * crypto.subtle.digest, which sends each call to the thread pool and back. At 10,000 pages that
 * was about 3 s of the render's 36 s and most of its 900,000 futex calls. The same hash of
 * a few kilobytes takes microseconds in place. The answer is the same bytes (an ArrayBuffer).
 */
import { createHash } from 'node:crypto';

const NAMES: Record<string, string> = { 'SHA-256': 'sha256', 'SHA-384': 'sha384', 'SHA-512': 'sha512' };
const subtle = globalThis.crypto.subtle;
const digest = subtle.digest.bind(subtle);

subtle.digest = (async (algorithm: AlgorithmIdentifier, data: BufferSource): Promise<ArrayBuffer> => {
  const name = NAMES[(typeof algorithm === 'string' ? algorithm : algorithm.name).toUpperCase()];
  if (!name) return digest(algorithm, data);
  const bytes = ArrayBuffer.isView(data)
    ? new Uint8Array(data.buffer, data.byteOffset, data.byteLength)
    : new Uint8Array(data);
  const hash = createHash(name).update(bytes).digest();
  return hash.buffer.slice(hash.byteOffset, hash.byteOffset + hash.byteLength);
}) as typeof subtle.digest;
