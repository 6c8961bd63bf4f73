// The image build context, dist/package/image/: the Dockerfile and nginx.conf from
// extension/image/, and the bundle laid out where that nginx.conf serves it, each file with a
// precompressed .gz twin for gzip_static.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import { EXTENSION_NAME } from './dist.mjs';

export const IMAGE_SOURCE = 'extension/image';
// Where the bundle goes inside the context: the Dockerfile copies www/ to nginx's root.
export const WWW_DIR = 'www';
export const BUNDLE_DIR = `${WWW_DIR}/dist/${EXTENSION_NAME}`;

/**
 * The COPY instructions of a Dockerfile, as [{ sources, dest }] (flags such as --chown dropped).
 * Only the plain forms are read: `COPY a b dest` and the JSON array form.
 */
export function dockerfileCopies(text) {
  const joined = text.replace(/\\\r?\n/g, ' ');
  const copies = [];
  for (const line of joined.split(/\r?\n/)) {
    const match = line.match(/^\s*(?:COPY|ADD)\s+(.*)$/i);
    if (!match) continue;
    let args = match[1].trim();
    while (args.startsWith('--')) args = args.replace(/^--\S+\s*/, '');
    const parts = args.startsWith('[') ? JSON.parse(args) : args.split(/\s+/);
    if (parts.length < 2) throw new Error(`Dockerfile: cannot read ${line.trim()}`);
    copies.push({ sources: parts.slice(0, -1), dest: parts[parts.length - 1] });
  }
  return copies;
}

/** The ENTRYPOINT (JSON form) of a Dockerfile, as an array. */
export function dockerfileEntrypoint(text) {
  const match = text.match(/^\s*ENTRYPOINT\s+(\[.*\])\s*$/im);
  return match ? JSON.parse(match[1]) : [];
}

/** Whether a gzip twin is worth writing: only when it is smaller than the file. */
function gzipTwin(data) {
  const gz = gzipSync(data, { level: 9 });
  return gz.length < data.length ? gz : null;
}

/**
 * Writes the context. files: [{ path, data, mtimeMs }] from readDist. Timestamps are the bundle's
 * own (or `mtime` in seconds), so that nginx's Last-Modified and the image layer do not change
 * when the same bundle is packaged again. Returns per file its size and gzip size (null: no twin).
 */
export function writeImageContext({ root, contextDir, files, mtime }) {
  rmSync(contextDir, { recursive: true, force: true });
  mkdirSync(contextDir, { recursive: true });
  const source = join(root, ...IMAGE_SOURCE.split('/'));
  cpSync(source, contextDir, { recursive: true, filter: (src) => src === source || !basename(src).startsWith('.') });

  const written = files.map((file) => {
    const target = join(contextDir, ...BUNDLE_DIR.split('/'), ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.data, { mode: 0o644 });
    const gz = gzipTwin(file.data);
    const time = mtime ?? file.mtimeMs / 1000;
    utimesSync(target, time, time);
    if (gz) {
      writeFileSync(`${target}.gz`, gz, { mode: 0o644 });
      utimesSync(`${target}.gz`, time, time);
    }
    return { path: file.path, size: file.data.length, gzSize: gz ? gz.length : null };
  });

  const dockerfile = readFileSync(join(contextDir, 'Dockerfile'), 'utf8');
  checkCopySources(dockerfile, contextDir);
  return { files: written, dockerfile };
}

/** Every COPY source must be in the context: a Dockerfile and a layout that drifted apart fail here. */
function checkCopySources(dockerfile, contextDir) {
  const copies = dockerfileCopies(dockerfile);
  const sources = copies.flatMap((c) => c.sources.map((s) => posix.normalize(s).replace(/\/$/, '')));
  if (!sources.includes(WWW_DIR)) throw new Error(`${IMAGE_SOURCE}/Dockerfile does not COPY ${WWW_DIR}, where the bundle is`);
  for (const src of sources) {
    if (!existsSync(join(contextDir, src))) throw new Error(`${IMAGE_SOURCE}/Dockerfile copies ${src}, which is not in the context`);
  }
}
