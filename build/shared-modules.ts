/**
 * The modules the KubeSphere console shares with extensions through its SystemJS import map
 * (console `server/configs/systemImports.js`). The bundle imports these by exactly these bare
 * names and never bundles them; no subpath of them exists in the host.
 */
export const SHARED_MODULES = [
  'react',
  'react-dom',
  'react-router-dom',
  'styled-components',
  '@kubed/components',
  '@kubed/icons',
  '@kubed/hooks',
] as const;

export type SharedModule = (typeof SHARED_MODULES)[number];

const shared = new Set<string>(SHARED_MODULES);

export function isSharedModule(id: string): boolean {
  return shared.has(id);
}

/** A subpath such as `react/jsx-runtime` would be a second copy or a missing module in the host. */
export function isSharedSubpath(id: string): boolean {
  return SHARED_MODULES.some((name) => id.startsWith(`${name}/`));
}
