// The image build context, dist/package/image/: the Dockerfile and nginx.conf from
// extension/image/, and the bundle under www/ (the image's /srv/www, which nginx serves at /),
// each file with a precompressed .gz twin for gzip_static.
import { cpSync, existsSync, mkdirSync, readFileSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, posix } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { BundleFile } from './dist';

export const IMAGE_SOURCE = 'extension/image';
/** Where the bundle goes inside the context: the Dockerfile copies www/ to nginx's root. */
export const WWW_DIR = 'www';

export interface DockerCopy {
  sources: string[];
  dest: string;
}

/** The COPY/ADD instructions of a Dockerfile (flags such as --chown dropped), plain and JSON forms. */
export function dockerfileCopies(text: string): DockerCopy[] {
  const copies: DockerCopy[] = [];
  for (const line of text.replace(/\\\r?\n/g, ' ').split(/\r?\n/)) {
    const match = line.match(/^\s*(?:COPY|ADD)\s+(.*)$/i);
    if (!match) continue;
    let args = match[1].trim();
    while (args.startsWith('--')) args = args.replace(/^--\S+\s*/, '');
    const parts: string[] = args.startsWith('[') ? JSON.parse(args) : args.split(/\s+/);
    if (parts.length < 2) throw new Error(`Dockerfile: cannot read ${line.trim()}`);
    copies.push({ sources: parts.slice(0, -1), dest: parts[parts.length - 1] });
  }
  return copies;
}

/** The ENTRYPOINT (JSON form) of a Dockerfile. */
export function dockerfileEntrypoint(text: string): string[] {
  const match = text.match(/^\s*ENTRYPOINT\s+(\[.*\])\s*$/im);
  return match ? JSON.parse(match[1]) : [];
}

/** The base image of a Dockerfile's last stage. */
export function dockerfileBase(text: string): string | undefined {
  return [...text.matchAll(/^\s*FROM\s+(\S+)/gim)].pop()?.[1];
}

export interface ContextFile {
  path: string;
  size: number;
  /** Size of the .gz twin; null when gzip would not make the file smaller. */
  gzSize: number | null;
}

/**
 * Writes the context. Timestamps are the bundle's own (or `mtime` in seconds), so that nginx's
 * Last-Modified and the image layer do not change when the same bundle is packaged again.
 */
export function writeImageContext(opts: { root: string; contextDir: string; files: BundleFile[]; mtime?: number }): ContextFile[] {
  const { root, contextDir, files, mtime } = opts;
  rmSync(contextDir, { recursive: true, force: true });
  mkdirSync(contextDir, { recursive: true });
  const source = join(root, ...IMAGE_SOURCE.split('/'));
  cpSync(source, contextDir, { recursive: true, filter: (src) => src === source || !basename(src).startsWith('.') });

  const written = files.map((file) => {
    const target = join(contextDir, WWW_DIR, ...file.path.split('/'));
    mkdirSync(dirname(target), { recursive: true });
    writeFileSync(target, file.data, { mode: 0o644 });
    const time = mtime ?? file.mtimeMs / 1000;
    utimesSync(target, time, time);
    const gz = gzipSync(file.data, { level: 9 });
    const twin = gz.length < file.data.length ? gz : null;
    if (twin) {
      writeFileSync(`${target}.gz`, twin, { mode: 0o644 });
      utimesSync(`${target}.gz`, time, time);
    }
    return { path: file.path, size: file.data.length, gzSize: twin ? twin.length : null };
  });
  checkCopySources(readFileSync(join(contextDir, 'Dockerfile'), 'utf8'), contextDir);
  return written;
}

/** Every COPY source must be in the context: a Dockerfile and a layout that drifted apart fail here. */
function checkCopySources(dockerfile: string, contextDir: string) {
  const sources = dockerfileCopies(dockerfile).flatMap((c) => c.sources.map((s) => posix.normalize(s).replace(/\/$/, '')));
  if (!sources.includes(WWW_DIR)) throw new Error(`${IMAGE_SOURCE}/Dockerfile does not COPY ${WWW_DIR}, where the bundle is`);
  for (const src of sources) {
    if (!existsSync(join(contextDir, src))) throw new Error(`${IMAGE_SOURCE}/Dockerfile copies ${src}, which is not in the context`);
  }
}
