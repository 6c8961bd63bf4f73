import * as React from 'react';
import * as ReactDOM from 'react-dom';
import * as ReactRouterDOM from 'react-router-dom';
import * as StyledComponents from 'styled-components';
import * as KubedComponents from '@kubed/components';
import * as KubedIcons from '@kubed/icons';
import * as KubedHooks from '@kubed/hooks';

interface SystemJS {
  set(id: string, module: object): void;
  import(url: string): Promise<Record<string, unknown>>;
}

export function system(): SystemJS {
  return (window as unknown as { System: SystemJS }).System;
}

/** What webpack's `require()` hands the console for a CommonJS module: its exports, no `default`. */
function commonJsExports(ns: object): object {
  const { default: _default, ...rest } = ns as Record<string, unknown>;
  return rest;
}

/**
 * Registers the shared modules under the ids the import map points at, as the console's
 * `systemjs-imports-loader` does: only `react` gets an explicit `default`; `react-dom` is
 * CommonJS and has none; the rest are ES module namespaces.
 */
export function registerSharedModules(): void {
  const System = system();
  System.set('core:react', { default: React, ...React });
  System.set('core:react-dom', commonJsExports(ReactDOM));
  System.set('core:react-router-dom', { ...ReactRouterDOM });
  System.set('core:styled-components', { ...StyledComponents });
  System.set('core:@kubed/components', { ...KubedComponents });
  System.set('core:@kubed/icons', { ...KubedIcons });
  System.set('core:@kubed/hooks', { ...KubedHooks });
}
