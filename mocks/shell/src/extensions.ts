import { registerLocales } from './i18n';
import { system } from './shared-modules';
import type * as React from 'react';

export interface ExtensionMenu {
  parent?: string;
  name: string;
  title: string;
  desc?: string;
  icon?: string;
  order?: number;
  skipAuth?: boolean;
}

export interface ExtensionRoute {
  parentRoute?: string;
  path?: string;
  element?: React.ReactNode;
  children?: ExtensionRoute[];
}

interface ExtensionConfig {
  routes?: ExtensionRoute[];
  menus?: ExtensionMenu[];
  locales?: Record<string, Record<string, string>>;
}

export interface InstalledExtension {
  name: string;
  extensionName: string;
  link: string;
  resourceVersion: string;
}

export interface Registry {
  /** Menus by parent scope, already spliced at their `order`, as `Context.registerMenu` does. */
  navs: Record<string, ExtensionMenu[]>;
  /** Routes by their `parentRoute`; `''` holds top-level routes. */
  routes: Record<string, ExtensionRoute[]>;
  errors: string[];
}

async function resolveConfig(value: unknown): Promise<ExtensionConfig | null> {
  const resolved = typeof value === 'function' ? (value as () => unknown)() : value;
  return ((await resolved) as ExtensionConfig | null) ?? null;
}

/**
 * Imports every installed extension the way the console's `registerRemoteExtensions` does:
 * `System.import('/pstatic' + link + '?resourceVersion=...')`, take `default`, register locales,
 * menus and routes. A failing extension is only logged, and the others still load.
 */
export async function loadExtensions(installed: InstalledExtension[], navs: Record<string, ExtensionMenu[]>): Promise<Registry> {
  const registry: Registry = { navs, routes: {}, errors: [] };
  const results = await Promise.allSettled(
    installed.map(async (ext) => {
      const module = await system().import(`/pstatic${ext.link}?resourceVersion=${ext.resourceVersion}`);
      const config = await resolveConfig(module.default);
      if (!config) return;
      registerLocales(config.locales);
      for (const menu of config.menus ?? []) registerMenu(registry, menu);
      for (const route of config.routes ?? []) {
        const key = route.parentRoute ?? '';
        (registry.routes[key] ??= []).unshift(route);
      }
    }),
  );
  for (const result of results) {
    if (result.status === 'rejected') {
      registry.errors.push(String(result.reason));
      console.error('[ext]', result.reason);
    }
  }
  return registry;
}

function registerMenu(registry: Registry, menu: ExtensionMenu): void {
  const parent = menu.parent ?? '';
  const list = registry.navs[parent];
  if (!list) {
    console.warn(`[ext] unknown menu parent "${parent}"`);
    return;
  }
  const existing = list.findIndex((item) => item.name === menu.name);
  if (existing >= 0) list.splice(existing, 1);
  list.splice(menu.order ?? list.length, 0, menu);
}
