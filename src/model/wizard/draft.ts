/**
 * The wizard's draft as data: its shape, the key it is kept under, and the check that a stored
 * value is one. Keeping it (in the browser's storage) is `src/state/drafts.ts`'s job.
 */
import type { Application } from '../application/types';
import type { StepId } from './wizardValidate';

export type EditorMode = 'form' | 'yaml';

export interface WizardDraft {
  mode: EditorMode;
  step: StepId;
  /** The single source of truth: what will be sent, before the last touches of `prepare*`. */
  manifest: Application;
  /**
   * The YAML view's text. While the YAML view is open it is what the user edits (comments and
   * invalid text included); `manifest` follows it whenever it parses.
   */
  yamlText?: string;
  /** Edit only: the server's object the draft started from, for carrying over and merging. */
  base?: Application;
}

export interface DraftRef {
  /** The signed-in user the draft belongs to: a browser may be shared, a draft is not. */
  user: string;
  cluster: string;
  namespace: string;
  /** The application being edited; absent for a new one. */
  name?: string;
}

/**
 * Drafts already saved in users' browsers live under this prefix: changing it (or `draftKey`'s
 * shape) would lose every draft in progress.
 */
export const DRAFT_KEY_PREFIX = 'gitops-console:wizard-draft:v1:';

/**
 * One draft per user, cluster and DevOps project for a new application, and one per user and
 * edited application. The user comes first, after an `@` that no encoded cluster name contains.
 *
 * Drafts saved before drafts had an owner (`…:v1:<cluster>/<namespace>/…`) are never read: they
 * could belong to anyone who used this browser, so they are shown to no one.
 */
export function draftKey({ user, cluster, namespace, name }: DraftRef): string {
  const app = name === undefined ? 'create' : `edit/${encodeURIComponent(name)}`;
  return `${DRAFT_KEY_PREFIX}@${encodeURIComponent(user)}/${encodeURIComponent(cluster)}/${encodeURIComponent(namespace)}/${app}`;
}

/** Whether a value read back from storage is a draft this version can open. */
export function isDraft(value: unknown): value is WizardDraft {
  const d = value as WizardDraft | null;
  return (
    !!d &&
    typeof d === 'object' &&
    (d.mode === 'form' || d.mode === 'yaml') &&
    typeof d.step === 'string' &&
    !!d.manifest &&
    typeof d.manifest === 'object'
  );
}
