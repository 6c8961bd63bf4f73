/** Redeploying a revision from the history (components/detail/HistoryTable, components/actions/RedeployDialog). */
export default {
  en: {
    GITOPS_REDEPLOY: 'Redeploy',
    GITOPS_REDEPLOY_ROW_LABEL: 'Redeploy revision {revision} (#{id})',
    GITOPS_REDEPLOY_ROW_LABEL_CURRENT: 'Redeploy revision {revision} (#{id}, current)',
    GITOPS_HISTORY_CURRENT: 'Current',
    GITOPS_REDEPLOY_TITLE: 'Redeploy revision {revision} (#{id})',
    GITOPS_REDEPLOY_DESC: 'Sync {name} to the manifests of this revision.',
    GITOPS_REDEPLOY_DEPLOYED_FROM: 'Deployed from',
    GITOPS_REDEPLOY_SOURCE_PATH: '{repo}, path {path}',
    GITOPS_REDEPLOY_SOURCE_CHART: '{repo}, chart {chart}',
    GITOPS_REDEPLOY_SOURCE_DIFFERS:
      'This entry was deployed from another source. Argo CD syncs the current source ({current}) at this revision, so the result may differ from what was deployed then.',
    GITOPS_REDEPLOY_AUTO_SYNC_ON: 'Automated sync is on: Argo CD will sync back to {targetRevision} within minutes.',
    GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC: 'Turn off automated sync first',
    GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC_HELP:
      'The application is saved without its automated sync policy before the sync is sent. Turn it on again in Edit when you are done.',
    GITOPS_REDEPLOY_ERR_AUTO_SYNC: 'Automated sync could not be turned off, so nothing was redeployed. {reason}',
    GITOPS_REDEPLOY_ERR_AFTER_AUTO_SYNC_OFF: 'Automated sync is now off, but the redeploy failed. {reason}',
  } as Record<string, string>,
  zh: {
    GITOPS_REDEPLOY: '重新部署',
    GITOPS_REDEPLOY_ROW_LABEL: '重新部署修订版本 {revision}（#{id}）',
    GITOPS_REDEPLOY_ROW_LABEL_CURRENT: '重新部署修订版本 {revision}（#{id}，当前）',
    GITOPS_HISTORY_CURRENT: '当前',
    GITOPS_REDEPLOY_TITLE: '重新部署修订版本 {revision}（#{id}）',
    GITOPS_REDEPLOY_DESC: '将 {name} 同步到此修订版本的清单。',
    GITOPS_REDEPLOY_DEPLOYED_FROM: '部署来源',
    GITOPS_REDEPLOY_SOURCE_PATH: '{repo}，路径 {path}',
    GITOPS_REDEPLOY_SOURCE_CHART: '{repo}，Chart {chart}',
    GITOPS_REDEPLOY_SOURCE_DIFFERS:
      '此记录部署自其他代码来源。Argo CD 会按此修订版本同步当前的代码来源（{current}），结果可能与当时部署的不同。',
    GITOPS_REDEPLOY_AUTO_SYNC_ON: '自动同步已开启：Argo CD 会在几分钟内同步回 {targetRevision}。',
    GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC: '先关闭自动同步',
    GITOPS_REDEPLOY_TURN_OFF_AUTO_SYNC_HELP: '发送同步前，先保存去掉自动同步策略的应用。完成后可在“编辑”中重新开启。',
    GITOPS_REDEPLOY_ERR_AUTO_SYNC: '未能关闭自动同步，因此没有重新部署。{reason}',
    GITOPS_REDEPLOY_ERR_AFTER_AUTO_SYNC_OFF: '自动同步现已关闭，但重新部署失败。{reason}',
  } as Record<string, string>,
};
