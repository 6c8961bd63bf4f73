/** Strings of the standalone console itself (the real console has its own). */
export default {
  en: {
    SHELL_LANGUAGE: 'Language',
    SHELL_USER: 'User',
    SHELL_WORKSPACE: 'Workspace',
    SHELL_WORKSPACE_NAV: 'Workspace navigation',
    SHELL_OVERVIEW: 'Overview',
    SHELL_OVERVIEW_DESC: 'Workspace {workspace}. Open GitOps in the sidebar.',
    SHELL_NOT_FOUND: 'Page not found.',
    SHELL_USER_ADMIN: 'platform administrator',
    SHELL_USER_TENANT: 'manages applications',
    SHELL_USER_VIEWER: 'view only',
    SHELL_USER_PROXIED: 'user of the connected cluster',
  },
  zh: {
    SHELL_LANGUAGE: '语言',
    SHELL_USER: '用户',
    SHELL_WORKSPACE: '企业空间',
    SHELL_WORKSPACE_NAV: '企业空间导航',
    SHELL_OVERVIEW: '概览',
    SHELL_OVERVIEW_DESC: '企业空间 {workspace}。请在侧边栏中打开 GitOps。',
    SHELL_NOT_FOUND: '页面不存在。',
    SHELL_USER_ADMIN: '平台管理员',
    SHELL_USER_TENANT: '管理应用',
    SHELL_USER_VIEWER: '只读',
    SHELL_USER_PROXIED: '所连接集群的用户',
  },
};
