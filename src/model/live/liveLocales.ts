/**
 * The texts of the live diagnoses (`liveDiagnosis.ts`), for the locale table to merge. Params are
 * `{name}` placeholders; `{count}` is the number of pods concerned, `{workload}` the workload's name.
 */
const en: Record<string, string> = {
  GITOPS_DIAG_POD_UNSCHEDULABLE_TITLE: 'Pods of {workload} cannot be scheduled',
  GITOPS_DIAG_POD_UNSCHEDULABLE_CAUSE: 'The scheduler finds no node for the pods. Its last message: {message} Pods affected: {count}.',
  GITOPS_DIAG_POD_UNSCHEDULABLE_FIX:
    "Compare the pods' CPU and memory requests with what the nodes have free, and their node selector, affinity and tolerations with the nodes' labels and taints. Lower the requests or correct the rules in Git and sync again, or add nodes.",

  GITOPS_DIAG_POD_IMAGE_PULL_TITLE: 'Image of {workload} cannot be pulled',
  GITOPS_DIAG_POD_IMAGE_PULL_CAUSE:
    'Container {container} cannot pull image {image}: {message} The image name or tag may be wrong, or the registry may need credentials. Pods affected: {count}.',
  GITOPS_DIAG_POD_IMAGE_PULL_FIX:
    'Check that the image and tag exist in the registry. For a private registry, give the pods an image pull secret (imagePullSecrets, or one on their service account). Correct the manifest in Git and sync again.',

  GITOPS_DIAG_POD_CRASHLOOP_TITLE: 'Containers of {workload} keep crashing',
  GITOPS_DIAG_POD_CRASHLOOP_CAUSE:
    'Container {container} exits again and again ({restarts} restarts); it last ended with {lastReason}, exit code {exitCode}. Kubernetes waits longer before each restart. Pods affected: {count}.',
  GITOPS_DIAG_POD_CRASHLOOP_FIX:
    'Read the logs of the previous container run, which show why it exited (kubectl logs --previous). Common causes are a missing configuration or secret, a dependency it cannot reach, or a wrong command. Fix the cause in Git and sync again.',

  GITOPS_DIAG_POD_OOMKILLED_TITLE: 'Containers of {workload} run out of memory',
  GITOPS_DIAG_POD_OOMKILLED_CAUSE:
    'Container {container} was killed because it used more memory than its limit allows (OOMKilled, {restarts} restarts). Pods affected: {count}.',
  GITOPS_DIAG_POD_OOMKILLED_FIX:
    'Raise the memory limit of the container in Git and sync again, or find what makes its memory grow (a leak, a cache without bounds, a heap larger than the limit).',
};

const zh: Record<string, string> = {
  GITOPS_DIAG_POD_UNSCHEDULABLE_TITLE: '{workload} 的容器组无法调度',
  GITOPS_DIAG_POD_UNSCHEDULABLE_CAUSE: '调度器找不到可运行这些容器组的节点。调度器最近的消息：{message} 受影响的容器组数：{count}。',
  GITOPS_DIAG_POD_UNSCHEDULABLE_FIX:
    '请将容器组的 CPU 和内存请求与节点的可用资源进行比较，并核对其节点选择器、亲和性和容忍度是否与节点的标签和污点相符。请在 Git 中降低资源请求或修正调度规则后重新同步，或者增加节点。',

  GITOPS_DIAG_POD_IMAGE_PULL_TITLE: '{workload} 的镜像无法拉取',
  GITOPS_DIAG_POD_IMAGE_PULL_CAUSE:
    '容器 {container} 无法拉取镜像 {image}：{message} 可能是镜像名称或标签有误，也可能是镜像仓库需要凭证。受影响的容器组数：{count}。',
  GITOPS_DIAG_POD_IMAGE_PULL_FIX:
    '请确认该镜像及标签在镜像仓库中存在。如使用私有镜像仓库，请为容器组配置镜像拉取密钥（imagePullSecrets，或在其服务账户中配置）。在 Git 中修正清单后重新同步。',

  GITOPS_DIAG_POD_CRASHLOOP_TITLE: '{workload} 的容器反复崩溃',
  GITOPS_DIAG_POD_CRASHLOOP_CAUSE:
    '容器 {container} 反复退出（已重启 {restarts} 次），最近一次以 {lastReason} 结束，退出码为 {exitCode}。每次重启前 Kubernetes 的等待时间都会变长。受影响的容器组数：{count}。',
  GITOPS_DIAG_POD_CRASHLOOP_FIX:
    '请查看容器上一次运行的日志，其中会说明退出的原因（kubectl logs --previous）。常见原因包括缺少配置或密钥、无法连接所依赖的服务，以及启动命令有误。在 Git 中修正问题后重新同步。',

  GITOPS_DIAG_POD_OOMKILLED_TITLE: '{workload} 的容器内存不足',
  GITOPS_DIAG_POD_OOMKILLED_CAUSE:
    '容器 {container} 使用的内存超出了其限制，已被终止（OOMKilled，已重启 {restarts} 次）。受影响的容器组数：{count}。',
  GITOPS_DIAG_POD_OOMKILLED_FIX:
    '请在 Git 中提高该容器的内存限制后重新同步，或者排查内存持续增长的原因（内存泄漏、没有上限的缓存、超出限制的堆大小等）。',
};

export default { en, zh };
export { en, zh };
