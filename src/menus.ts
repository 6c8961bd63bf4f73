/**
 * The workspace sidebar item. Its `name` is also the path segment the console links to
 * (`/workspaces/{ws}/gitops`); the icon name must exist in `@kubed/icons`, or the console throws.
 */
const menus = [
  {
    parent: 'workspace',
    name: 'gitops',
    title: 'GITOPS_MENU_TITLE',
    desc: 'GITOPS_MENU_DESC',
    icon: 'rocket',
    order: 2,
    skipAuth: true,
  },
];

export default menus;
