// Reading the built bundle: which files ship, what type each one is served as, and which files
// the code asks for at run time.
import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, posix } from 'node:path';

export const EXTENSION_NAME = 'gitops-console';
export const ENTRY = 'index.js';
// The KubeSphere webhook rejects JSBundle links outside /dist/<extension name>.
export const LINK_PREFIX = `/dist/${EXTENSION_NAME}`;

// Must match the types block of extension/image/nginx.conf: ks-apiserver sends the
// JSBundle's mimeType and nginx's Content-Type together (a test compares the two).
export const MIME_TYPES = {
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
export const CHARSET_TYPES = new Set([
  'application/javascript',
  'text/css',
  'application/json',
  'image/svg+xml',
  'text/plain',
]);

export function contentTypeOf(file) {
  const ext = posix.extname(file).slice(1).toLowerCase();
  const type = MIME_TYPES[ext] ?? DEFAULT_MIME_TYPE;
  return CHARSET_TYPES.has(type) ? `${type}; charset=utf-8` : type;
}

// Rollup's [name]-[hash] with its default 8-character hash; nginx.conf uses the same pattern to
// decide which files may be cached for good.
export const HASHED_NAME = /-[A-Za-z0-9_-]{8}\.[A-Za-z0-9]+$/;

export function isHashedName(file) {
  return HASHED_NAME.test(file);
}

export class MissingBuildError extends Error {}

/**
 * Lists the files to ship, as sorted posix paths relative to distDir. Source maps stay out: they
 * are several times the size of the code and would not fit the package (see budget.mjs).
 */
export function listDistFiles(distDir) {
  if (!existsSync(join(distDir, ENTRY))) {
    throw new MissingBuildError(
      `${join(distDir, ENTRY)} not found: run npm run build first (it writes dist/${EXTENSION_NAME}/).`,
    );
  }
  const files = [];
  const skipped = [];
  const walk = (rel) => {
    for (const entry of readdirSync(join(distDir, rel), { withFileTypes: true })) {
      const path = rel ? `${rel}/${entry.name}` : entry.name;
      if (entry.name.startsWith('.')) {
        skipped.push(path);
      } else if (entry.isDirectory()) {
        walk(path);
      } else if (entry.name.endsWith('.map')) {
        skipped.push(path);
      } else if (entry.isFile()) {
        files.push(path);
      }
    }
  };
  walk('');
  files.sort();
  skipped.sort();
  return { files, skipped };
}

export function readDist(distDir) {
  const { files, skipped } = listDistFiles(distDir);
  return {
    files: files.map((path) => {
      const data = readFileSync(join(distDir, ...path.split('/')));
      return { path, data, mtimeMs: statSync(join(distDir, ...path.split('/'))).mtimeMs };
    }),
    skipped,
  };
}

/** SHA-256 over the shipped files' paths and contents: what the chart's pod annotation carries. */
export function bundleChecksum(files) {
  const hash = createHash('sha256');
  for (const file of files) {
    hash.update(file.path).update('\0').update(String(file.data.length)).update('\0').update(file.data);
  }
  return hash.digest('hex');
}

// Quoted relative paths to files of the kinds a bundle loads: System.register dependencies,
// module.import('./x.js') of lazy chunks, preload lists and new URL('./x', import.meta.url).
const RELATIVE_REF = /(["'`])(\.{1,2}\/[^"'`\s?#\\]+?\.(?:m?js|css|json|wasm|svg|png|jpe?g|gif|webp|woff2?|ttf))\1/g;

export function findRelativeReferences(code) {
  const refs = new Set();
  for (const match of code.matchAll(RELATIVE_REF)) refs.add(match[2]);
  return [...refs].sort();
}

/**
 * Every file that some shipped code refers to by a relative path, resolved against the referring
 * file. `missing`: references to build outputs ([name]-[hash] beside the referring file) that are
 * not shipped; the bundle would fail to load them. `unresolved`: other relative strings that match
 * no shipped file, such as paths inside library code that the build replaced by other means.
 */
export function checkReferences(files) {
  const shipped = new Set(files.map((f) => f.path));
  const references = [];
  const missing = [];
  const unresolved = [];
  for (const file of files) {
    if (!/\.m?js$/.test(file.path)) continue;
    for (const ref of findRelativeReferences(file.data.toString('utf8'))) {
      const resolved = posix.normalize(posix.join(posix.dirname(file.path), ref));
      const entry = { from: file.path, ref, resolved };
      references.push(entry);
      if (!resolved.startsWith('../') && shipped.has(resolved)) continue;
      const buildOutput = ref.startsWith('./') && !ref.slice(2).includes('/') && isHashedName(ref);
      (buildOutput ? missing : unresolved).push(entry);
    }
  }
  return { references, missing, unresolved };
}
