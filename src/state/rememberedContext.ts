/** The cluster and DevOps project last opened in each workspace, so the menu item returns there. */
const KEY_PREFIX = 'gitops-console:context:';

export interface RememberedContext {
  cluster: string;
  namespace: string;
}

export function recallContext(workspace: string): RememberedContext | null {
  try {
    const value = JSON.parse(localStorage.getItem(KEY_PREFIX + workspace) ?? 'null') as Partial<RememberedContext> | null;
    return value && typeof value.cluster === 'string' && typeof value.namespace === 'string' && value.cluster && value.namespace
      ? { cluster: value.cluster, namespace: value.namespace }
      : null;
  } catch {
    return null;
  }
}

export function rememberContext(workspace: string, context: RememberedContext): void {
  try {
    localStorage.setItem(KEY_PREFIX + workspace, JSON.stringify(context));
  } catch {
    // Storage full or disabled: the URL still holds the choice.
  }
}

export function forgetContext(workspace: string): void {
  try {
    localStorage.removeItem(KEY_PREFIX + workspace);
  } catch {
    // Nothing to forget.
  }
}
