/**
 * Words the model layer hands out as keys: status badges, why a status is Unknown, what was
 * wrong in a reported status, name checks, and the diagnostics (title, cause, fix).
 * Chinese status words follow the KubeSphere console's continuous deployment pages.
 */
export default {
  en: {
    GITOPS_STATUS_HEALTHY: 'Healthy',
    GITOPS_STATUS_PROGRESSING: 'Progressing',
    GITOPS_STATUS_DEGRADED: 'Degraded',
    GITOPS_STATUS_SUSPENDED: 'Suspended',
    GITOPS_STATUS_MISSING: 'Missing',
    GITOPS_STATUS_UNKNOWN: 'Unknown',
    GITOPS_STATUS_SYNCED: 'Synced',
    GITOPS_STATUS_OUT_OF_SYNC: 'Out of sync',

    GITOPS_PHASE_RUNNING: 'Running',
    GITOPS_PHASE_TERMINATING: 'Terminating',
    GITOPS_PHASE_FAILED: 'Failed',
    GITOPS_PHASE_ERROR: 'Error',
    GITOPS_PHASE_SUCCEEDED: 'Succeeded',

    GITOPS_RESULT_SYNCED: 'Synced',
    GITOPS_RESULT_SYNC_FAILED: 'Sync failed',
    GITOPS_RESULT_PRUNED: 'Pruned',
    GITOPS_RESULT_PRUNE_SKIPPED: 'Prune skipped',

    GITOPS_SOURCE_TYPE_DIRECTORY: 'Directory',
    GITOPS_SOURCE_TYPE_PLUGIN: 'Plugin',

    GITOPS_UNKNOWN_REASON_NAME_TOO_LONG: 'The name is longer than 63 characters, so Argo CD never received this application.',
    GITOPS_UNKNOWN_REASON_MISSING_LOCATION_LABEL:
      'The label gitops.kubesphere.io/argocd-location is missing, so Argo CD never received this application.',
    GITOPS_UNKNOWN_REASON_NOT_REPORTED_YET: 'Argo CD has not reported a status yet.',
    GITOPS_UNKNOWN_REASON_UNREADABLE_STATUS: 'The status reported by Argo CD could not be read.',

    GITOPS_PARSE_PROBLEM_MISSING: 'No status has been reported yet.',
    GITOPS_PARSE_PROBLEM_EMPTY: 'The reported status is empty.',
    GITOPS_PARSE_PROBLEM_NOT_A_STRING: 'The reported status has an unexpected format ({found}).',
    GITOPS_PARSE_PROBLEM_INVALID_JSON: 'The reported status is not valid JSON.',
    GITOPS_PARSE_PROBLEM_NOT_AN_OBJECT: 'The reported status is not a JSON object ({found}).',
    GITOPS_PARSE_PROBLEM_WRONG_TYPE: '{path}: expected {expected}, found {found}. The value was ignored.',
    GITOPS_PARSE_PROBLEM_MISSING_FIELD: '{path} is missing. The entry was ignored.',
    GITOPS_PARSE_PROBLEM_UNKNOWN_VALUE: '{path} has a value this console does not know: {found}.',
    GITOPS_PARSE_PROBLEM_INVALID_TIME: '{path} is not a valid time: {found}.',
    GITOPS_PARSE_PROBLEM_TOO_MANY_PROBLEMS: '{found} more problems are not listed.',

    GITOPS_NAME_INVALID_EMPTY: 'Enter a name.',
    GITOPS_NAME_INVALID_TOO_LONG: 'The name can have at most 63 characters.',
    GITOPS_NAME_INVALID_INVALID_CHARACTERS: 'The name can contain only lowercase letters, digits and hyphens (-).',
    GITOPS_NAME_INVALID_INVALID_START: 'The name must start with a lowercase letter or a digit.',
    GITOPS_NAME_INVALID_INVALID_END: 'The name must end with a lowercase letter or a digit.',

    GITOPS_DIAG_STUCK_TERMINATING_TITLE: 'Deletion cannot finish',
    GITOPS_DIAG_STUCK_TERMINATING_CAUSE:
      'The application has been waiting to be deleted since {since}, but it has no label {label}. The KubeSphere controller ignores applications without it, so it never removes the finalizers ({finalizers}) and the application stays in Deleting for good.',
    GITOPS_DIAG_STUCK_TERMINATING_FIX:
      'Restore the label {label} with the value {location}, together with the annotation argocd.argoproj.io/refresh (the controller does not notice a change of this label alone). The controller then deletes the Argo CD application {argoApp}, removes the finalizers, and the application is gone.',
    GITOPS_DIAG_STUCK_TERMINATING_FIX_NO_ARGO_APP:
      'It never got an Argo CD application, so nothing was deployed and nothing is left to delete: remove the finalizers of the KubeSphere controller, and the application is gone. The label is not restored: woken up, the controller would delete the Argo CD application named {argoApp} in {location} if there is one, which may belong to an application named {name} in another DevOps project.',
    GITOPS_DIAG_STUCK_TERMINATING_FIX_UNNAMED_ARGO_APP:
      'Restore the label {label} with the value {location}, together with the annotation argocd.argoproj.io/refresh (the controller does not notice a change of this label alone). The controller then removes the finalizers and the application is gone. No label names its own Argo CD application, so the controller deletes the Argo CD application named {argoApp} in {location} if there is one: if another DevOps project has an application named {name}, first check on its page that its Argo CD application has another name.',

    GITOPS_DIAG_NAME_TOO_LONG_TITLE: 'Name too long for Argo CD',
    GITOPS_DIAG_NAME_TOO_LONG_CAUSE:
      'The name has {length} characters. The KubeSphere controller labels the Argo CD application with this name, and a label value can have at most {max} characters, so Kubernetes rejects the Argo CD application (Warning event FailedWithArgoCD). This application never gets an Argo CD application or a status.',
    GITOPS_DIAG_NAME_TOO_LONG_FIX:
      'A name cannot be changed: create the application again under a name of at most {max} characters, then delete this one. You can copy its manifest and paste it into the YAML view of the create wizard.',

    GITOPS_DIAG_MISSING_LOCATION_LABEL_TITLE: 'Argo CD location label missing',
    GITOPS_DIAG_MISSING_LOCATION_LABEL_CAUSE:
      'The application has no label {label}. The KubeSphere controller ignores applications without it, so no Argo CD application is created and the status stays Unknown.',
    GITOPS_DIAG_MISSING_LOCATION_LABEL_FIX: 'Add the label {label} with the value {location}, the namespace of Argo CD.',

    GITOPS_DIAG_SHARED_RESOURCE_TITLE: 'Resources shared with another application',
    GITOPS_DIAG_SHARED_RESOURCE_CAUSE:
      '{count} resources ({resources}) are also managed by the application {otherApp}. The two applications keep overwriting each other, so the status keeps turning Out of sync.',
    GITOPS_DIAG_SHARED_RESOURCE_FIX:
      '{otherApp} is not a KubeSphere GitOps application; it was probably created directly in Argo CD. Ask an administrator to delete it, and manage these resources only with this application.',
    GITOPS_DIAG_SHARED_RESOURCE_FIX_KUBESPHERE_APP:
      '{otherApp} is another application of this DevOps project. Change the path or the destination of one of the two so that each resource is deployed by a single application.',

    GITOPS_DIAG_REPOSITORY_ACCESS_TITLE: 'Cannot read the Git repository',
    GITOPS_DIAG_REPOSITORY_ACCESS_CAUSE:
      'Argo CD cannot read {repoURL}: the repository does not exist, or it is private and its credentials are missing or wrong. Argo CD reported: {message}',
    GITOPS_DIAG_REPOSITORY_ACCESS_FIX:
      "Check the repository URL, then check this repository's credentials in the code repositories of the DevOps project. Refresh the application after fixing them.",

    GITOPS_DIAG_SYNC_FAILED_TITLE: 'Sync failed',
    GITOPS_DIAG_SYNC_FAILED_CAUSE: 'The last sync ended with {phase}: {message} Resources that failed: {count}.',
    GITOPS_DIAG_SYNC_FAILED_FIX:
      'Read the message of each failed resource. Invalid manifests must be fixed in Git; a "forbidden" message means Argo CD lacks permissions in the target namespace. Then sync again.',

    GITOPS_DIAG_STUCK_PROGRESSING_TITLE: 'Still progressing after {minutes} minutes',
    GITOPS_DIAG_STUCK_PROGRESSING_CAUSE:
      'The application has been Progressing for {minutes} minutes. Usually a resource cannot become ready: a pod cannot pull its image or cannot be scheduled, a readiness probe keeps failing, or a load balancer never gets an address.',
    GITOPS_DIAG_STUCK_PROGRESSING_FIX:
      'Check the resources that are still progressing, with their events and logs. They may need manual intervention.',

    GITOPS_DIAG_DEGRADED_TITLE: 'Application degraded',
    GITOPS_DIAG_DEGRADED_CAUSE: 'One or more deployed resources have failed, for example a pod that keeps crashing or a job that failed.',
    GITOPS_DIAG_DEGRADED_FIX: 'Check the degraded resources, with their events and logs. Fix the cause in Git and sync again.',

    GITOPS_DIAG_OUT_OF_SYNC_MANUAL_TITLE: 'Out of sync',
    GITOPS_DIAG_OUT_OF_SYNC_MANUAL_CAUSE:
      'What is deployed differs from Git, and the sync policy is manual, so nothing changes until someone syncs.',
    GITOPS_DIAG_OUT_OF_SYNC_MANUAL_FIX: 'Sync now, or enable automatic sync so that Argo CD applies changes from Git by itself.',

    GITOPS_DIAG_OPERATION_IN_PROGRESS_TITLE: 'Sync in progress',
    GITOPS_DIAG_OPERATION_IN_PROGRESS_CAUSE:
      'A sync operation is running. Until it ends, another sync request is refused ("another operation is already in progress").',
    GITOPS_DIAG_OPERATION_IN_PROGRESS_FIX: 'Wait for it to finish; the status updates by itself.',

    GITOPS_DIAG_CONDITION_TITLE: '{type}',
    GITOPS_DIAG_CONDITION_CAUSE: '{message}',
    GITOPS_DIAG_CONDITION_FIX:
      'Argo CD reported this condition. The message usually names the file, path or resource to fix in Git or in the application settings.',
  },
  zh: {
    GITOPS_STATUS_HEALTHY: '健康',
    GITOPS_STATUS_PROGRESSING: '进行中',
    GITOPS_STATUS_DEGRADED: '已降级',
    GITOPS_STATUS_SUSPENDED: '已暂停',
    GITOPS_STATUS_MISSING: '缺失',
    GITOPS_STATUS_UNKNOWN: '未知',
    GITOPS_STATUS_SYNCED: '已同步',
    GITOPS_STATUS_OUT_OF_SYNC: '未同步',

    GITOPS_PHASE_RUNNING: '运行中',
    GITOPS_PHASE_TERMINATING: '终止中',
    GITOPS_PHASE_FAILED: '失败',
    GITOPS_PHASE_ERROR: '错误',
    GITOPS_PHASE_SUCCEEDED: '成功',

    GITOPS_RESULT_SYNCED: '已同步',
    GITOPS_RESULT_SYNC_FAILED: '同步失败',
    GITOPS_RESULT_PRUNED: '已清理',
    GITOPS_RESULT_PRUNE_SKIPPED: '已跳过清理',

    GITOPS_SOURCE_TYPE_DIRECTORY: '目录',
    GITOPS_SOURCE_TYPE_PLUGIN: '插件',

    GITOPS_UNKNOWN_REASON_NAME_TOO_LONG: '名称超过 63 个字符，Argo CD 不会接管该应用。',
    GITOPS_UNKNOWN_REASON_MISSING_LOCATION_LABEL: '缺少标签 gitops.kubesphere.io/argocd-location，Argo CD 不会接管该应用。',
    GITOPS_UNKNOWN_REASON_NOT_REPORTED_YET: 'Argo CD 尚未上报状态。',
    GITOPS_UNKNOWN_REASON_UNREADABLE_STATUS: '无法读取 Argo CD 上报的状态。',

    GITOPS_PARSE_PROBLEM_MISSING: '尚未上报状态。',
    GITOPS_PARSE_PROBLEM_EMPTY: '上报的状态为空。',
    GITOPS_PARSE_PROBLEM_NOT_A_STRING: '上报的状态格式异常（{found}）。',
    GITOPS_PARSE_PROBLEM_INVALID_JSON: '上报的状态不是有效的 JSON。',
    GITOPS_PARSE_PROBLEM_NOT_AN_OBJECT: '上报的状态不是 JSON 对象（{found}）。',
    GITOPS_PARSE_PROBLEM_WRONG_TYPE: '{path}：应为 {expected}，实际为 {found}，已忽略该值。',
    GITOPS_PARSE_PROBLEM_MISSING_FIELD: '缺少 {path}，已忽略该条目。',
    GITOPS_PARSE_PROBLEM_UNKNOWN_VALUE: '{path} 的值无法识别：{found}。',
    GITOPS_PARSE_PROBLEM_INVALID_TIME: '{path} 不是有效的时间：{found}。',
    GITOPS_PARSE_PROBLEM_TOO_MANY_PROBLEMS: '另有 {found} 个问题未列出。',

    GITOPS_NAME_INVALID_EMPTY: '请输入名称。',
    GITOPS_NAME_INVALID_TOO_LONG: '名称最多包含 63 个字符。',
    GITOPS_NAME_INVALID_INVALID_CHARACTERS: '名称只能包含小写字母、数字和连字符（-）。',
    GITOPS_NAME_INVALID_INVALID_START: '名称必须以小写字母或数字开头。',
    GITOPS_NAME_INVALID_INVALID_END: '名称必须以小写字母或数字结尾。',

    GITOPS_DIAG_STUCK_TERMINATING_TITLE: '删除无法完成',
    GITOPS_DIAG_STUCK_TERMINATING_CAUSE:
      '应用自 {since} 起等待删除，但缺少标签 {label}。KubeSphere 控制器会忽略没有该标签的应用，因此不会移除终结器（{finalizers}），应用将一直处于删除中。',
    GITOPS_DIAG_STUCK_TERMINATING_FIX:
      '恢复标签 {label}，值为 {location}，并同时设置注解 argocd.argoproj.io/refresh（仅修改该标签不会触发控制器）。随后控制器将删除 Argo CD 应用 {argoApp} 并移除终结器，应用即被删除。',
    GITOPS_DIAG_STUCK_TERMINATING_FIX_NO_ARGO_APP:
      '此应用从未拥有 Argo CD 应用，没有部署过任何资源，也没有需要删除的内容：移除 KubeSphere 控制器的终结器后，应用即被删除。此处不恢复标签：否则控制器被触发后，会删除 {location} 中名为 {argoApp} 的 Argo CD 应用（如果存在），而它可能属于其他 DevOps 项目中名为 {name} 的应用。',
    GITOPS_DIAG_STUCK_TERMINATING_FIX_UNNAMED_ARGO_APP:
      '恢复标签 {label}，值为 {location}，并同时设置注解 argocd.argoproj.io/refresh（仅修改该标签不会触发控制器）。随后控制器将移除终结器，应用即被删除。此应用没有标明其 Argo CD 应用名称的标签，因此如果 {location} 中存在名为 {argoApp} 的 Argo CD 应用，控制器会将其删除：如果其他 DevOps 项目中有名为 {name} 的应用，请先在其详情页确认其 Argo CD 应用使用的是其他名称。',

    GITOPS_DIAG_NAME_TOO_LONG_TITLE: '名称过长，无法创建 Argo CD 应用',
    GITOPS_DIAG_NAME_TOO_LONG_CAUSE:
      '名称包含 {length} 个字符。KubeSphere 控制器会以此名称作为 Argo CD 应用的标签值，而标签值最多包含 {max} 个字符，因此 Kubernetes 拒绝创建该 Argo CD 应用（Warning 事件 FailedWithArgoCD）。此应用永远不会拥有 Argo CD 应用或状态。',
    GITOPS_DIAG_NAME_TOO_LONG_FIX:
      '名称无法修改：请使用不超过 {max} 个字符的名称重新创建应用，然后删除此应用。可以复制其清单，粘贴到创建向导的 YAML 视图中。',

    GITOPS_DIAG_MISSING_LOCATION_LABEL_TITLE: '缺少 Argo CD 位置标签',
    GITOPS_DIAG_MISSING_LOCATION_LABEL_CAUSE:
      '应用缺少标签 {label}。KubeSphere 控制器会忽略没有该标签的应用，因此不会创建对应的 Argo CD 应用，状态将一直显示为未知。',
    GITOPS_DIAG_MISSING_LOCATION_LABEL_FIX: '添加标签 {label}，值为 Argo CD 所在的命名空间 {location}。',

    GITOPS_DIAG_SHARED_RESOURCE_TITLE: '资源与其他应用共享',
    GITOPS_DIAG_SHARED_RESOURCE_CAUSE:
      '{count} 个资源（{resources}）同时由应用 {otherApp} 管理。两个应用会相互覆盖，导致状态反复变为未同步。',
    GITOPS_DIAG_SHARED_RESOURCE_FIX:
      '{otherApp} 不是 KubeSphere GitOps 应用，可能是直接在 Argo CD 中创建的。请联系管理员将其删除，仅通过当前应用管理这些资源。',
    GITOPS_DIAG_SHARED_RESOURCE_FIX_KUBESPHERE_APP:
      '{otherApp} 是当前 DevOps 项目中的另一个应用。请修改其中一个应用的路径或部署位置，确保每个资源只由一个应用部署。',

    GITOPS_DIAG_REPOSITORY_ACCESS_TITLE: '无法读取代码仓库',
    GITOPS_DIAG_REPOSITORY_ACCESS_CAUSE:
      'Argo CD 无法读取 {repoURL}：仓库不存在，或仓库为私有仓库且凭证缺失或有误。Argo CD 返回的信息：{message}',
    GITOPS_DIAG_REPOSITORY_ACCESS_FIX: '请检查仓库地址，然后在 DevOps 项目的代码仓库中检查该仓库的凭证。修正后刷新应用。',

    GITOPS_DIAG_SYNC_FAILED_TITLE: '同步失败',
    GITOPS_DIAG_SYNC_FAILED_CAUSE: '上次同步结果为 {phase}：{message} 失败的资源数：{count}。',
    GITOPS_DIAG_SYNC_FAILED_FIX:
      '请查看每个失败资源的消息。清单无效时需在 Git 中修正；消息中出现 "forbidden" 表示 Argo CD 在目标命名空间中缺少权限。修正后重新同步。',

    GITOPS_DIAG_STUCK_PROGRESSING_TITLE: '已持续进行中 {minutes} 分钟',
    GITOPS_DIAG_STUCK_PROGRESSING_CAUSE:
      '应用已处于进行中状态 {minutes} 分钟。通常是某个资源无法就绪，例如容器组无法拉取镜像或无法调度、就绪探针持续失败，或负载均衡器一直未分配地址。',
    GITOPS_DIAG_STUCK_PROGRESSING_FIX: '请检查仍处于进行中的资源及其事件和日志，可能需要人工处理。',

    GITOPS_DIAG_DEGRADED_TITLE: '应用已降级',
    GITOPS_DIAG_DEGRADED_CAUSE: '一个或多个已部署的资源出现故障，例如容器组反复崩溃或任务执行失败。',
    GITOPS_DIAG_DEGRADED_FIX: '请检查已降级的资源及其事件和日志。在 Git 中修正问题后重新同步。',

    GITOPS_DIAG_OUT_OF_SYNC_MANUAL_TITLE: '未同步',
    GITOPS_DIAG_OUT_OF_SYNC_MANUAL_CAUSE: '已部署的资源与 Git 中的定义不一致，且同步策略为手动，在有人执行同步之前不会发生变更。',
    GITOPS_DIAG_OUT_OF_SYNC_MANUAL_FIX: '立即同步，或启用自动同步，让 Argo CD 自动应用 Git 中的变更。',

    GITOPS_DIAG_OPERATION_IN_PROGRESS_TITLE: '正在同步',
    GITOPS_DIAG_OPERATION_IN_PROGRESS_CAUSE:
      '同步操作正在运行。在其结束之前，新的同步请求会被拒绝（"another operation is already in progress"）。',
    GITOPS_DIAG_OPERATION_IN_PROGRESS_FIX: '请等待操作完成，状态会自动更新。',

    GITOPS_DIAG_CONDITION_TITLE: '{type}',
    GITOPS_DIAG_CONDITION_CAUSE: '{message}',
    GITOPS_DIAG_CONDITION_FIX: 'Argo CD 报告了此状况。消息中通常会指出需要在 Git 或应用设置中修正的文件、路径或资源。',
  },
};
