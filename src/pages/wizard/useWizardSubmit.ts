import * as React from 'react';
import { useNavigate } from 'react-router-dom';
import { currentUsername } from '../../host';
import type { Application } from '../../model/application/types';
import { errorKind, isNormalisedError } from '../../model/errors/errorKind';
import { submitErrorStep, type SubmitFailure } from '../../model/wizard/wizardErrors';
import { prepareCreate, prepareUpdate, rebaseEdit } from '../../model/wizard/wizardSubmit';
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
 * edits re-applied onto a changed object, and at most one request in flight.
 */
export function useWizardSubmit({ mode, workspace, project, draft }: WizardSubmitOptions) {
  const readLatest = useReadLatestApplication(project);
  const navigate = useNavigate();
  const create = useCreateApplication(project);
  const update = useUpdateApplication(project);
  const [state, setState] = React.useState<SubmitState>({ busy: false });
  const inFlight = React.useRef(false);

  const done = (saved: Application, fallbackName: string) => {
    draft.finish();
    navigate(detailPath(workspace, project.cluster, project.namespace, saved.metadata?.name || fallbackName));
  };

  const offerReapply = (base: Application, manifest: Application, latest: Application) => {
    const { manifest: rebased, conflicts } = rebaseEdit(base, manifest, latest);
    setState({ busy: false, conflict: { conflicts, rebased, latest } });
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
    let latest: Application;
    try {
      latest = await readLatest(name);
    } catch (e) {
      setState({ busy: false, failure: failureOf(e) });
      return;
    }
    let toSend = manifest;
    if (latest.metadata.resourceVersion !== base.metadata.resourceVersion) {
      const { manifest: rebased, conflicts } = rebaseEdit(base, manifest, latest);
      if (conflicts.length > 0) {
        setState({ busy: false, conflict: { conflicts, rebased, latest } });
        return;
      }
      // Nobody touched what the user changed: their edits simply go onto the newer version.
      toSend = rebased;
      draft.update((d) => ({ ...d, manifest: rebased, base: latest }));
    }
    try {
      done(await update.mutateAsync(prepareUpdate(toSend, latest).body), name);
    } catch (e) {
      if (errorKind(e) === 'conflict') {
        try {
          offerReapply(latest, toSend, await readLatest(name));
        } catch (again) {
          setState({ busy: false, failure: failureOf(again) });
        }
      } else setState({ busy: false, failure: failureOf(e) });
    }
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
    draft.update((d) => ({ ...d, manifest: pending.rebased, base: pending.latest }));
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
