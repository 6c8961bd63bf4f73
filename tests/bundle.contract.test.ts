import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { createRequire } from 'node:module';
import * as React from 'react';
import { describe, expect, it } from 'vitest';
import { SHARED_MODULES } from '../build/shared-modules';
import { PROXY_PREFIX } from '../build/serving';
import { evaluateSystemModule } from './systemRegister';

const require = createRequire(import.meta.url);
const DIST = path.resolve(__dirname, '../dist/gitops-console');
const ENTRY = path.join(DIST, 'index.js');
const built = fs.existsSync(ENTRY);

function distFiles(): string[] {
  return fs.readdirSync(DIST).filter((f) => fs.statSync(path.join(DIST, f)).isFile());
}

/** Files that chunks start as web workers: `new Worker(new URL("<file>", module.meta.url))`. */
function workerFiles(): string[] {
  const found = new Set<string>();
  for (const file of distFiles().filter((f) => f.endsWith('.js'))) {
    const code = fs.readFileSync(path.join(DIST, file), 'utf8');
    for (const m of code.matchAll(/new Worker\([^()]*new URL\("([^"]+)",\s*\w+\.meta\.url\)/g)) found.add(m[1]);
  }
  return [...found].sort();
}

/** The modules SystemJS loads: every script but the workers. */
function moduleFiles(): string[] {
  const workers = new Set(workerFiles());
  return distFiles().filter((f) => f.endsWith('.js') && !workers.has(f));
}

function registeredDeps(code: string): string[] {
  const match = /^System\.register\((\[[^\]]*\])/.exec(code);
  if (!match) throw new Error('not a System.register module');
  return JSON.parse(match[1].replace(/'/g, '"')) as string[];
}

function hostModule(id: string): unknown {
  if (id === 'react') return { default: React, ...React };
  if (id === 'react-dom') {
    const { default: _default, ...rest } = require('react-dom') as Record<string, unknown>;
    return rest;
  }
  return require(id);
}

async function loadEntry() {
  return evaluateSystemModule(fs.readFileSync(ENTRY, 'utf8'), '/pstatic/dist/gitops-console/index.js?resourceVersion=1', hostModule);
}

describe.skipIf(!built && !process.env.CI)('the built bundle keeps the host contract', () => {
  it('every file is a System.register module importing only shared names and its own chunks', () => {
    for (const file of moduleFiles()) {
      const code = fs.readFileSync(path.join(DIST, file), 'utf8');
      for (const dep of registeredDeps(code)) {
        const ownChunk = dep.startsWith('./') && fs.existsSync(path.join(DIST, dep.slice(2)));
        expect(ownChunk || (SHARED_MODULES as readonly string[]).includes(dep), `${file} imports ${dep}`).toBe(true);
      }
    }
  });

  it('the entry imports only shared modules statically and its pages only as /proxy/gitops-console/<file> (KubeSphere 4.1.x serves nothing else next to the entry)', () => {
    const code = fs.readFileSync(ENTRY, 'utf8');
    expect(registeredDeps(code).every((dep) => (SHARED_MODULES as readonly string[]).includes(dep))).toBe(true);
    const imports = [...code.matchAll(/(\w+)\.import\("([^"]+)"\+\(\1\.meta\.gitopsRetry\|\|""\)\)/g)].map((m) => m[2]);
    expect(imports.length).toBeGreaterThanOrEqual(5);
    for (const url of imports) {
      expect(url.startsWith(`${PROXY_PREFIX}/`), url).toBe(true);
      expect(fs.existsSync(path.join(DIST, url.slice(PROXY_PREFIX.length + 1))), url).toBe(true);
    }
    expect(code).not.toMatch(/["']\.\.?\//);
  });

  it('no chunk imports the entry (SystemJS would fetch it again under another URL)', () => {
    for (const file of moduleFiles().filter((f) => f !== 'index.js')) {
      const code = fs.readFileSync(path.join(DIST, file), 'utf8');
      expect(registeredDeps(code), file).not.toContain('./index.js');
      expect(code, file).not.toMatch(/["']\.\/index\.js["']/);
    }
  });

  it("the workers (Monaco's two, the YAML view's checks, the status decoder) are plain scripts next to the chunks, started by a URL relative to the chunk", () => {
    const workers = workerFiles();
    expect(workers.map((f) => f.replace(/-[\w-]+\.js$/, '')).sort()).toEqual([
      'analysis.worker',
      'argoStatus.worker',
      'editor.worker',
      'yaml.worker',
    ]);
    for (const file of workers) {
      expect(fs.existsSync(path.join(DIST, file)), file).toBe(true);
      const code = fs.readFileSync(path.join(DIST, file), 'utf8');
      // A classic worker script: it imports nothing, so it needs neither SystemJS nor the host's modules.
      expect(code.startsWith('System.register'), file).toBe(false);
      expect(code, file).not.toMatch(/^\s*(import|export)\s/m);
    }
  });

  it('the entry default-exports routes, menus and locales', async () => {
    const { exports, deps } = await loadEntry();
    expect(deps.every((d) => (SHARED_MODULES as readonly string[]).includes(d))).toBe(true);
    const config = exports.default as { routes: unknown[]; menus: unknown[]; locales: Record<string, Record<string, string>> };
    expect(Array.isArray(config.routes)).toBe(true);
    expect(Array.isArray(config.menus)).toBe(true);
    const paths = (config.routes as { path: string; parentRoute: string; element: unknown }[]).map((r) => r.path);
    expect([...paths].sort()).toEqual([
      '/workspaces/:workspace/gitops',
      '/workspaces/:workspace/gitops/:cluster/:namespace',
      '/workspaces/:workspace/gitops/:cluster/:namespace/applications/:name',
      '/workspaces/:workspace/gitops/:cluster/:namespace/applications/:name/edit',
      '/workspaces/:workspace/gitops/:cluster/:namespace/create',
    ]);
    for (const route of config.routes as { parentRoute: string; element: unknown }[]) {
      expect(route.parentRoute).toBe('/workspaces/:workspace');
      expect(React.isValidElement(route.element)).toBe(true);
    }
    expect(Object.keys(config.locales).sort()).toEqual(['en', 'zh']);
  });

  it('en and zh have exactly the same keys, all prefixed GITOPS_', async () => {
    const { exports } = await loadEntry();
    const { locales } = exports.default as { locales: Record<string, Record<string, string>> };
    expect(Object.keys(locales.zh).sort()).toEqual(Object.keys(locales.en).sort());
    for (const key of Object.keys(locales.en)) expect(key).toMatch(/^GITOPS_[A-Z0-9_]+$/);
  });

  it('the workspace menu exists, is translated and its icon exists in @kubed/icons', async () => {
    const { exports } = await loadEntry();
    const { menus, locales } = exports.default as {
      menus: { parent: string; name: string; title: string; desc?: string; icon?: string }[];
      locales: Record<string, Record<string, string>>;
    };
    const gitops = menus.find((m) => m.name === 'gitops');
    expect(gitops?.parent).toBe('workspace');
    const icons = require('@kubed/icons') as Record<string, unknown>;
    for (const menu of menus) {
      const component = (menu.icon ?? '')
        .split('-')
        .map((p) => p[0].toUpperCase() + p.slice(1))
        .join('');
      expect(icons[component], `icon ${menu.icon}`).toBeTruthy();
      for (const lang of ['en', 'zh']) {
        expect(locales[lang][menu.title]).toBeTruthy();
        if (menu.desc) expect(locales[lang][menu.desc]).toBeTruthy();
      }
    }
  });

  it('nothing in dist names a CDN or reads process.env', () => {
    const cdn = /jsdelivr|unpkg\.com|cdnjs|esm\.sh|fonts\.googleapis|fonts\.gstatic|skypack/i;
    for (const file of distFiles()) {
      const text = fs.readFileSync(path.join(DIST, file), 'latin1');
      expect(cdn.exec(text)?.[0] ?? null, file).toBeNull();
      expect(text.includes('process.env'), `${file} mentions process.env`).toBe(false);
    }
  });

  it('no stylesheet is left as a separate file (the console would never load it)', () => {
    expect(distFiles().filter((f) => f.endsWith('.css'))).toEqual([]);
  });

  it('the entry registers only the menu and frame strings; page strings travel with the pages', async () => {
    const { exports } = await loadEntry();
    const { locales } = exports.default as { locales: Record<string, Record<string, string>> };
    expect(locales.en.GITOPS_LANG).toBe('en');
    expect(locales.zh.GITOPS_LANG).toBe('zh');
    expect(Object.keys(locales.en).filter((k) => /^GITOPS_(LIST|WIZARD|DIAG|TREE|SYNC)_/.test(k))).toEqual([]);
  });

  it('the entry stays within 40 KB gzipped', () => {
    const gzipped = zlib.gzipSync(fs.readFileSync(ENTRY), { level: 9 }).length;
    expect(gzipped).toBeLessThanOrEqual(40 * 1024);
  });
});
