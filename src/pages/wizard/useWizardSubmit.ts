import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { currentUsername } from '../../host';
import type { Application } from '../../model/application/types';
import { errorKind, isNormalisedError } from '../../model/errors/errorKind';
import { submitErrorStep, type SubmitFailure } from '../../model/wizard/wizardErrors';
import { jsonEqual } from '../../model/wizard/draftMerge';
import { draftOnto, saveEdit, savedAsBase } from '../../model/wizard/saveEdit';
import { prepareCreate } from '../../model/wizard/wizardSubmit';
import type { StepId } from '../../model/wizard/wizardValidate';
import { type ProjectRef, useCreateApplication, useReadLatestApplication, useUpdateApplication } from '../../queries/applications';
import { detailPath } from '../paths';
import type { DraftHandle } from './useDraft';

export interface ShownFailure extends SubmitFailure {
  step: StepId;
}

export interface PendingConflict {
  conflicts: string[];
  rebased: Application;
  latest: Application;
}

export interface SubmitState {
  busy: boolean;
  failure?: ShownFailure;
  /** The name the server already has an application under. */
  takenName?: string;
  conflict?: PendingConflict;
  /** After re-applying onto the latest version: the fields where the user's value won. */
  reapplied?: string[];
  /** A 409 came back while the server's copy lags a recent write: waiting for it, to send again. */
  catchingUp?: boolean;
  /** The server had still not caught up after a few seconds: nothing was saved, nothing is lost. */
  lagging?: boolean;
  /** Saved, while the user went on typing: those later changes are still to be saved. */
  savedMeanwhile?: boolean;
}

function failureOf(error: unknown): ShownFailure {
  const e = isNormalisedError(error) ? error : undefined;
  const failure = { kind: e?.kind ?? 'server', status: e?.status ?? 0, serverMessage: e ? e.serverMessage : String(error) };
  return { ...failure, step: submitErrorStep(failure) };
}

export interface WizardSubmitOptions {
  mode: 'create' | 'edit';
  workspace: string;
  project: ProjectRef;
  draft: DraftHandle;
}

/**
 * Create and update, with what has to happen around them: the name checked by GET before a
 * create, the latest object fetched before an update (the server copies the latest
 * resourceVersion into the body, so it would never notice a stale draft by itself), the user's
 * edits re-applied onto a changed object, a 409 of the server's lagging cache healed by sending
 * again (`saveEdit`), and at most one request in flight.
 */
export function useWizardSubmit({ mode, workspace, project, draft }: WizardSubmitOptions) {
  const readLatest = useReadLatestApplication(project);
  const navigate = useNavigate();
  const create = useCreateApplication(project);
  const update = useUpdateApplication(project);
  const [state, setState] = React.useState<SubmitState>({ busy: false });
  const inFlight = React.useRef(false);
  // The draft as last rendered, read after a save's awaits.
  const current = React.useRef(draft.draft);
  current.current = draft.draft;

  const done = (saved: Application, fallbackName: string, caughtUp = false) => {
    draft.finish();
    // The detail page reads a 404 right after a create as "being created" (the server's cache lags),
    // and says that a save sent again after such a lag went through (`caughtUp` from `saveEdit`).
    navigate(detailPath(workspace, project.cluster, project.namespace, saved.metadata?.name || fallbackName), {
      state: { justCreated: mode === 'create', caughtUp },
    });
  };

  async function submitCreate(manifest: Application) {
    const name = manifest.metadata?.name ?? '';
    try {
      await readLatest(name);
      setState({ busy: false, takenName: name });
      return;
    } catch {
      // "Not found" means the name is free; on any other failure the create itself will tell.
    }
    const { body } = prepareCreate(manifest, project.namespace, currentUsername() || undefined);
    try {
      done(await create.mutateAsync(body), name);
    } catch (e) {
      if (errorKind(e) === 'alreadyExists') setState({ busy: false, takenName: name });
      else setState({ busy: false, failure: failureOf(e) });
    }
  }

  async function submitEdit(manifest: Application, base: Application) {
    const name = base.metadata.name ?? '';
    // What the draft holds if the user types nothing more while this save is under way.
    let expected = manifest;
    let typedMeanwhile = false;
    const outcome = await saveEdit(manifest, base, {
      read: () => readLatest(name),
      put: (body) => update.mutateAsync(body),
      isConflict: (e) => errorKind(e) === 'conflict',
      wait: (ms) => new Promise((resolve) => window.setTimeout(resolve, ms)),
      onRebased: (latest) =>
        draft.update((d) => {
          typedMeanwhile ||= !jsonEqual(d.manifest, expected);
          const moved = draftOnto(d, latest);
          expected = moved.manifest;
          return moved;
        }),
      onCatchingUp: () => setState({ busy: true, catchingUp: true }),
    });
    if (outcome.kind === 'conflict') {
      setState({ busy: false, conflict: { conflicts: outcome.conflicts, rebased: outcome.rebased, latest: outcome.latest } });
    } else if (outcome.kind === 'lagging') setState({ busy: false, lagging: true });
    else if (outcome.kind === 'failed') setState({ busy: false, failure: failureOf(outcome.error) });
    else if (typedMeanwhile || !jsonEqual(current.current.manifest, expected)) {
      // Saved, but not what was typed during the save: kept on top of the saved version, to send next.
      draft.update((d) => draftOnto(d, savedAsBase(outcome.saved, d.base)));
      setState({ busy: false, savedMeanwhile: true });
    } else done(outcome.saved, name, outcome.caughtUp);
  }

  const submit = async (manifest: Application, base?: Application) => {
    if (inFlight.current) return;
    inFlight.current = true;
    setState({ busy: true });
    try {
      if (mode === 'edit' && base) await submitEdit(manifest, base);
      else await submitCreate(manifest);
    } finally {
      inFlight.current = false;
    }
  };

  /** Takes the re-applied draft: the user reviews it and sends it again. */
  const reapply = () => {
    const pending = state.conflict;
    if (!pending) return;
    // The current draft, so that anything typed since the conflict was shown is kept too.
    draft.update((d) => draftOnto(d, pending.latest));
    setState({ busy: false, reapplied: pending.conflicts });
  };

  /** Asks the server whether `name` is taken (a GET); shows it next to the name when it is. */
  const isNameTaken = async (name: string): Promise<boolean> => {
    try {
      await readLatest(name);
    } catch {
      return false;
    }
    setState({ busy: false, takenName: name });
    return true;
  };

  const dismiss = React.useCallback(() => setState((s) => (s.busy ? s : { busy: false, reapplied: s.reapplied })), []);

  return { state, submit, reapply, dismiss, isNameTaken };
}
