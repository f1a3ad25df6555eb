// The envelope shared by every cache entry: one header line
//   <magic> <CACHE_FORMAT> <engine version> <sha256 of the body's UTF-8 bytes>
// then the JSON body. Reading from a Buffer hashes the bytes as they are on disk, without
// re-encoding a (possibly tens of MB) string to UTF-8 first.
import { isAscii } from 'node:buffer';
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
    const bytes = raw.subarray(nl + 1);
    sum.update(bytes);
    // ASCII (corpus entries are written so): latin1 is a plain copy into a one-byte string.
    body = bytes.toString(isAscii(bytes) ? 'latin1' : 'utf8');
  }
  return sum.digest('hex') === header[3] ? { body } : null;
}

/** The JSON body of a verified entry, or null when the envelope or the JSON cannot be trusted. */
export function parseEnvelope(raw: string | Buffer, magic: string, version: string): unknown {
  const env = envelope(raw, magic, version);
  if (!env) return null;
  try {
    return JSON.parse(env.body) as unknown;
  } catch {
    return null;
  }
}
