/** Links between the GitOps pages; every segment is encoded, since names come from the URL or the server. */
const enc = encodeURIComponent;

export function contextPath(workspace: string): string {
  return `/workspaces/${enc(workspace)}/gitops`;
}

export function listPath(workspace: string, cluster: string, namespace: string): string {
  return `${contextPath(workspace)}/${enc(cluster)}/${enc(namespace)}`;
}

export function detailPath(workspace: string, cluster: string, namespace: string, name: string): string {
  return `${listPath(workspace, cluster, namespace)}/applications/${enc(name)}`;
}

/** The create wizard of a project (a page of its own, so a reload keeps it open). */
export function createPath(workspace: string, cluster: string, namespace: string): string {
  return `${listPath(workspace, cluster, namespace)}/create`;
}

/** The cluster and project picker, even when a choice is remembered (the "change" link). */
export function pickContextPath(workspace: string): string {
  return `${contextPath(workspace)}?pick=1`;
}

/** The edit wizard of one application. */
export function editPath(workspace: string, cluster: string, namespace: string, name: string): string {
  return `${detailPath(workspace, cluster, namespace, name)}/edit`;
}
