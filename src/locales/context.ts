/** The page that picks a cluster and a DevOps project, and what it says when it cannot. */
export default {
  en: {
    GITOPS_CONTEXT_PICK_PROJECT: 'DevOps projects',
    GITOPS_CONTEXT_PICK_CLUSTER_HINT: 'Applications live in DevOps projects. Each cluster has its own.',
    GITOPS_CONTEXT_NO_CLUSTERS: 'This workspace is not placed on any cluster.',
    GITOPS_CONTEXT_NO_PROJECTS: 'No DevOps project of this workspace on cluster {cluster} is open to you',
    GITOPS_CONTEXT_NO_PROJECTS_DESC:
      'GitOps applications are created in a DevOps project. Create one under DevOps Projects in this workspace, or ask an administrator of a DevOps project to invite you, then come back.',
    GITOPS_CONTEXT_DEVOPS_MISSING: 'The DevOps extension is not available',
    GITOPS_CONTEXT_DEVOPS_MISSING_DESC:
      'GitOps applications need the KubeSphere DevOps extension with Argo CD enabled. Ask a platform administrator to install DevOps in the Extensions Center with agent.argocd.enabled: true.',
    GITOPS_CONTEXT_LOAD_FAILED: 'The DevOps projects could not be loaded: {message}',
    GITOPS_CONTEXT_FORBIDDEN: 'You are not allowed to list the DevOps projects of this workspace.',
    GITOPS_CONTEXT_WORKSPACE_FORBIDDEN: 'You do not have access to this workspace.',
    GITOPS_CONTEXT_WORKSPACE_FAILED: 'The workspace could not be loaded: {message}',
    GITOPS_OPEN_PROJECT: 'Open the applications of {name}',
    GITOPS_CHANGE_CONTEXT: 'Change',
    GITOPS_SESSION_EXPIRED: 'Your session has expired. Log in again to continue.',
  },
  zh: {
    GITOPS_CONTEXT_PICK_PROJECT: 'DevOps 项目',
    GITOPS_CONTEXT_PICK_CLUSTER_HINT: '应用位于 DevOps 项目中，每个集群都有各自的 DevOps 项目。',
    GITOPS_CONTEXT_NO_CLUSTERS: '此企业空间尚未分配任何集群。',
    GITOPS_CONTEXT_NO_PROJECTS: '此企业空间在集群 {cluster} 上没有您可以访问的 DevOps 项目',
    GITOPS_CONTEXT_NO_PROJECTS_DESC:
      'GitOps 应用需要创建在 DevOps 项目中。请先在此企业空间的“DevOps 项目”中创建一个项目，或请 DevOps 项目管理员邀请您加入，然后返回此处。',
    GITOPS_CONTEXT_DEVOPS_MISSING: 'DevOps 扩展组件不可用',
    GITOPS_CONTEXT_DEVOPS_MISSING_DESC:
      'GitOps 应用需要启用了 Argo CD 的 KubeSphere DevOps 扩展组件。请联系平台管理员在扩展市场中安装 DevOps，并设置 agent.argocd.enabled: true。',
    GITOPS_CONTEXT_LOAD_FAILED: '无法加载 DevOps 项目：{message}',
    GITOPS_CONTEXT_FORBIDDEN: '您没有权限查看此企业空间的 DevOps 项目。',
    GITOPS_CONTEXT_WORKSPACE_FORBIDDEN: '您没有访问此企业空间的权限。',
    GITOPS_CONTEXT_WORKSPACE_FAILED: '无法加载此企业空间：{message}',
    GITOPS_OPEN_PROJECT: '打开 {name} 的应用',
    GITOPS_CHANGE_CONTEXT: '切换',
    GITOPS_SESSION_EXPIRED: '您的会话已过期，请重新登录后继续。',
  },
};
