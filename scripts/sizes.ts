import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';

export interface FileSize {
  name: string;
  raw: number;
  gzip: number;
}

/** Raw and gzipped size of every file in a folder, biggest first. */
export function fileSizes(dir: string): FileSize[] {
  return fs
    .readdirSync(dir)
    .filter((name) => fs.statSync(path.join(dir, name)).isFile())
    .map((name) => {
      const bytes = fs.readFileSync(path.join(dir, name));
      return { name, raw: bytes.length, gzip: zlib.gzipSync(bytes, { level: 9 }).length };
    })
    .sort((a, b) => b.raw - a.raw);
}

export function formatKiB(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

export function sizeTable(rows: FileSize[]): string {
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  const lines = [`${'file'.padEnd(width)}  ${'raw'.padStart(11)}  ${'gzip'.padStart(11)}`];
  for (const r of rows) lines.push(`${r.name.padEnd(width)}  ${formatKiB(r.raw).padStart(11)}  ${formatKiB(r.gzip).padStart(11)}`);
  const total = rows.reduce((acc, r) => ({ raw: acc.raw + r.raw, gzip: acc.gzip + r.gzip }), { raw: 0, gzip: 0 });
  lines.push(`${'total'.padEnd(width)}  ${formatKiB(total.raw).padStart(11)}  ${formatKiB(total.gzip).padStart(11)}`);
  return lines.join('\n');
}
