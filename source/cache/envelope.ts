// The envelope shared by every cache entry: one header line
//   <magic> <CACHE_FORMAT> <engine version> <sha256 of the body's UTF-8 bytes>
// then the JSON body. Reading from a Buffer hashes the bytes as they are on disk, without
// re-encoding a (possibly tens of MB) string to UTF-8 first.
import { createHash } from 'node:crypto';
import { CACHE_FORMAT } from './version.ts';

/** The body when magic, format, version and checksum all agree; else null. */
export function envelope(raw: string | Buffer, magic: string, version: string): { body: string } | null {
  const nl = raw.indexOf('\n');
  if (nl < 0) return null;
  const header = (typeof raw === 'string' ? raw.slice(0, nl) : raw.toString('utf8', 0, nl)).split(' ');
  if (header.length !== 4 || header[0] !== magic || header[1] !== String(CACHE_FORMAT) || header[2] !== version) return null;
  const sum = createHash('sha256');
  let body: string;
  if (typeof raw === 'string') {
    body = raw.slice(nl + 1);
    sum.update(body);
  } else {
    sum.update(raw.subarray(nl + 1));
    body = raw.toString('utf8', nl + 1);
  }
  return sum.digest('hex') === header[3] ? { body } : null;
}
