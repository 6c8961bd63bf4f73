/**
 * What the user may do with GitOps applications in one DevOps project, from the rules the
 * console reads off RoleTemplates (annotation `iam.kubesphere.io/role-template-rules`, e.g.
 * `{"applications": "manage"}`). `manage` (or `*`) allows every action; `view` only reading.
 */
export interface ApplicationPermissions {
  view: boolean;
  create: boolean;
  edit: boolean;
  sync: boolean;
  delete: boolean;
}

export const RULES_ANNOTATION = 'iam.kubesphere.io/role-template-rules';
const MODULE = 'applications';

export const NO_PERMISSIONS: ApplicationPermissions = { view: false, create: false, edit: false, sync: false, delete: false };
export const ALL_PERMISSIONS: ApplicationPermissions = { view: true, create: true, edit: true, sync: true, delete: true };

/** The actions granted for the `applications` module across templates; malformed rules grant nothing. */
export function applicationActions(templates: readonly { metadata?: { annotations?: Record<string, string> } }[]): Set<string> {
  const actions = new Set<string>();
  for (const template of templates) {
    const text = template.metadata?.annotations?.[RULES_ANNOTATION];
    if (!text) continue;
    try {
      const rules = JSON.parse(text) as Record<string, unknown>;
      for (const [module, action] of Object.entries(rules)) {
        if ((module === MODULE || module === '*') && typeof action === 'string') actions.add(action);
      }
    } catch {
      // A template with unreadable rules grants nothing.
    }
  }
  return actions;
}

export function applicationPermissions(actions: ReadonlySet<string>): ApplicationPermissions {
  if (actions.has('manage') || actions.has('*')) return ALL_PERMISSIONS;
  const view = actions.has('view') || actions.has('edit') || actions.has('create') || actions.has('delete');
  return {
    view,
    create: actions.has('create'),
    edit: actions.has('edit'),
    sync: actions.has('edit'),
    delete: actions.has('delete'),
  };
}
