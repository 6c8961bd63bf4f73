// A minimal ustar + gzip writer, enough for a Helm chart archive: regular files only, like
// helm's chartutil.Save, and no dependency on a tar binary being installed.
import { gzipSync } from 'node:zlib';

const BLOCK = 512;

function writeString(header, offset, length, text) {
  const bytes = Buffer.from(text, 'utf8');
  if (bytes.length > length) throw new Error(`tar header field too long: ${text}`);
  bytes.copy(header, offset);
}

function writeOctal(header, offset, length, value) {
  const text = value.toString(8).padStart(length - 1, '0');
  if (text.length > length - 1) throw new Error(`tar header value too large: ${value}`);
  writeString(header, offset, length, `${text}\0`);
}

// ustar keeps up to 100 bytes of name plus a 155-byte prefix, split at a slash.
function splitPath(path) {
  if (Buffer.byteLength(path) <= 100) return { name: path, prefix: '' };
  for (let i = path.indexOf('/'); i !== -1; i = path.indexOf('/', i + 1)) {
    const prefix = path.slice(0, i);
    const name = path.slice(i + 1);
    if (Buffer.byteLength(prefix) <= 155 && Buffer.byteLength(name) <= 100) return { name, prefix };
  }
  throw new Error(`path too long for a ustar archive: ${path}`);
}

function header(path, size, mode, mtime) {
  const block = Buffer.alloc(BLOCK);
  const { name, prefix } = splitPath(path);
  writeString(block, 0, 100, name);
  writeOctal(block, 100, 8, mode);
  writeOctal(block, 108, 8, 0);
  writeOctal(block, 116, 8, 0);
  writeOctal(block, 124, 12, size);
  writeOctal(block, 136, 12, mtime);
  block.fill(0x20, 148, 156);
  block[156] = 0x30; // '0': regular file
  writeString(block, 257, 6, 'ustar\0');
  writeString(block, 263, 2, '00');
  writeString(block, 345, 155, prefix);
  let sum = 0;
  for (const byte of block) sum += byte;
  writeString(block, 148, 8, `${sum.toString(8).padStart(6, '0')}\0 `);
  return block;
}

/** entries: [{ path, data: Buffer, mode? }] in archive order; mtime in seconds. */
export function tarBuffer(entries, mtime = Math.floor(Date.now() / 1000)) {
  const chunks = [];
  for (const entry of entries) {
    chunks.push(header(entry.path, entry.data.length, entry.mode ?? 0o644, mtime), entry.data);
    const pad = (BLOCK - (entry.data.length % BLOCK)) % BLOCK;
    if (pad) chunks.push(Buffer.alloc(pad));
  }
  chunks.push(Buffer.alloc(BLOCK * 2));
  return Buffer.concat(chunks);
}

export function tarGz(entries, mtime) {
  return gzipSync(tarBuffer(entries, mtime), { level: 9 });
}

/** Reads back what tarBuffer writes (used by the tests where no tar binary is around). */
export function readTar(buffer) {
  const entries = [];
  for (let offset = 0; offset + BLOCK <= buffer.length; ) {
    const block = buffer.subarray(offset, offset + BLOCK);
    if (block.every((b) => b === 0)) break;
    const field = (start, length) => block.subarray(start, start + length).toString('utf8').replace(/\0.*$/s, '');
    const name = field(0, 100);
    const prefix = field(345, 155);
    const size = parseInt(field(124, 12), 8);
    const path = prefix ? `${prefix}/${name}` : name;
    offset += BLOCK;
    entries.push({ path, data: buffer.subarray(offset, offset + size) });
    offset += Math.ceil(size / BLOCK) * BLOCK;
  }
  return entries;
}
