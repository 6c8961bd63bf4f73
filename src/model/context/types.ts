/**
 * The KubeSphere objects the pages read for context (read-only endpoints, see `api/context.ts`):
 * workspaces, DevOps projects, Git repositories and the user's role templates.
 */
export interface NamedObject {
  metadata: { name: string; annotations?: Record<string, string>; labels?: Record<string, string>; creationTimestamp?: string };
}

export interface WorkspaceTemplate extends NamedObject {
  spec?: { placement?: { clusters?: { name: string }[] } };
}

export interface DevOpsProject extends NamedObject {
  status?: { adminNamespace?: string };
}

export interface GitRepository extends NamedObject {
  spec?: { url?: string; provider?: string; owner?: string; repo?: string; server?: string };
}

export type RoleTemplate = NamedObject;

export interface ListResult<T> {
  items: T[];
  totalItems: number;
}
