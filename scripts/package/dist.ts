// Reading the built bundle: which files ship, what type each one is served as, and which files
// the code asks for at run time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';
import { ENTRY_FILE, EXTENSION_NAME } from '../../build/serving';

export interface BundleFile {
  /** Posix path relative to the bundle folder. */
  path: string;
  data: Buffer;
  mtimeMs: number;
}

// Must match the types block of extension/image/nginx.conf (a test compares the two).
export const MIME_TYPES: Record<string, string> = {
  js: 'application/javascript',
  mjs: 'application/javascript',
  css: 'text/css',
  json: 'application/json',
  map: 'application/json',
  svg: 'image/svg+xml',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
  gif: 'image/gif',
  webp: 'image/webp',
  woff: 'font/woff',
  woff2: 'font/woff2',
  ttf: 'font/ttf',
  wasm: 'application/wasm',
  txt: 'text/plain',
};
export const DEFAULT_MIME_TYPE = 'application/octet-stream';
// nginx appends the charset to these (charset_types).
export const CHARSET_TYPES = new Set(['application/javascript', 'text/css', 'application/json', 'image/svg+xml', 'text/plain']);

export function contentTypeOf(file: string): string {
  const type = MIME_TYPES[posix.extname(file).slice(1).toLowerCase()] ?? DEFAULT_MIME_TYPE;
  return CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}

// Rollup's [name]-[hash] with its default 8-character hash; nginx.conf uses the same pattern to
// decide which files may be cached for good.
export const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;
export const isHashedName = (file: string) => HASHED_NAME.test(file);

export class MissingBuildError extends Error {}

/** The files to ship, sorted; source maps and dotfiles stay out (they would only add weight). */
export function readDist(distDir: string): { files: BundleFile[]; skipped: string[] } {
  if (!existsSync(join(distDir, ENTRY_FILE))) {
    throw new MissingBuildError(`${join(distDir, ENTRY_FILE)} not found: run npm run build first (it writes dist/${EXTENSION_NAME}/).`);
  }
  const files: BundleFile[] = [];
  const skipped: string[] = [];
  const walk = (rel: string) => {
    for (const entry of readdirSync(join(distDir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      const full = join(distDir, ...path.split('/'));
      if (entry.name.startsWith('.') || entry.name.endsWith('.map')) skipped.push(path);
      else if (entry.isDirectory()) walk(path);
      else if (entry.isFile()) files.push({ path, data: readFileSync(full), mtimeMs: statSync(full).mtimeMs });
    }
  };
  walk('');
  files.sort((a, b) => (a.path < b.path ? -1 : 1));
  return { files, skipped: skipped.sort() };
}

/** SHA-256 over the shipped files' paths and contents: what the chart's pod annotation carries. */
export function bundleChecksum(files: BundleFile[]): string {
  const hash = createHash('sha256');
  for (const file of files) hash.update(file.path).update('\0').update(String(file.data.length)).update('\0').update(file.data);
  return hash.digest('hex');
}

// Quoted paths to files of the kinds a bundle loads: System.register dependencies, import() of
// lazy chunks (relative, or absolute under the ReverseProxy for the entry), and
// new URL('./x', import.meta.url) of workers.
const REFERENCE = /(["'`])((?:\.{1,2}\/|\/proxy\/)[^"'`\s?#\\]+?\.(?:m?js|css|json|wasm|svg|png|jpe?g|gif|webp|woff2?|ttf))\1/g;

export function findReferences(code: string): string[] {
  return [...new Set([...code.matchAll(REFERENCE)].map((m) => m[2]))].sort();
}

export interface Reference {
  from: string;
  ref: string;
  /** The bundle path it names, when it names one under `proxyPrefix` or relative to `from`. */
  resolved: string;
}

/**
 * Every file some shipped code refers to. `missing`: build outputs ([name]-[hash]) that are not
 * shipped; the bundle would fail to load them. `unresolved`: other strings that match no shipped
 * file, such as paths inside library code that the build replaced by other means.
 */
export function checkReferences(files: BundleFile[], proxyPrefix: string) {
  const shipped = new Set(files.map((f) => f.path));
  const references: Reference[] = [];
  const missing: Reference[] = [];
  const unresolved: Reference[] = [];
  for (const file of files.filter((f) => /\.m?js$/.test(f.path))) {
    for (const ref of findReferences(file.data.toString('utf8'))) {
      const resolved = ref.startsWith('/')
        ? ref.startsWith(`${proxyPrefix}/`)
          ? ref.slice(proxyPrefix.length + 1)
          : `../${ref}`
        : posix.normalize(posix.join(posix.dirname(file.path), ref));
      const entry = { from: file.path, ref, resolved };
      references.push(entry);
      if (!resolved.startsWith('../') && shipped.has(resolved)) continue;
      const buildOutput = isHashedName(ref) && !posix.basename(ref).startsWith('.');
      (buildOutput ? missing : unresolved).push(entry);
    }
  }
  return { references, missing, unresolved };
}
