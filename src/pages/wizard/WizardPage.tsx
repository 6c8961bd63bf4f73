import * as React from 'react';
import { Button } from '@kubed/components';
import { Link, useNavigate } from 'react-router-dom';
import { applicationPath, applicationsPath } from '../../api/url';
import { currentUsername, t } from '../../host';
import { validateAgainstSchema } from '../../model/schema/appSchemaValidate';
import type { WizardDraft } from '../../model/wizard/draft';
import type { Application } from '../../model/application/types';
import { formFromManifest, type WizardForm } from '../../model/wizard/wizardForm';
import { applyFormChange } from '../../model/wizard/wizardFormWrite';
import { prepareCreate, prepareUpdate } from '../../model/wizard/wizardSubmit';
import { appsSharingTarget } from '../../model/wizard/wizardTargets';
import { errorsOfStep, STEPS, validateForm, type StepId } from '../../model/wizard/wizardValidate';
import { clusterContext, type ProjectRef } from '../../queries/applications';
import { PageFrame } from '../../components/layout/PageFrame';
import { ConfirmButton } from '../../components/wizard/ConfirmButton';
import { ModeSwitch } from '../../components/wizard/ModeSwitch';
import { ConflictNotice, DraftRestoredNotice, ReappliedNotice, SubmitErrorNotice } from '../../components/wizard/Notices';
import { Actions, Notice, Panel } from '../../components/wizard/styles';
import type { YamlStatus } from '../../components/yaml/YamlPane';
import { listPath } from '../paths';
import { FormView } from './FormView';
import { StepContent } from './StepContent';
import { touchedFields, visibleErrors, stepsWithVisibleErrors } from './shownErrors';
import { useDraft } from './useDraft';
import { useWizardData } from './useWizardData';
import { useWizardSubmit } from './useWizardSubmit';
import { YamlProblems } from './YamlProblems';
import { preloadYamlView, YamlView } from './YamlView';

export interface WizardPageProps {
  mode: 'create' | 'edit';
  workspace: string;
  project: ProjectRef;
  /** Edit: the application's name. */
  name?: string;
  /** How a new draft starts. */
  fresh(): WizardDraft;
}

/** Create or edit one application: the draft, its two views (form and YAML), and sending it. */
export function WizardPage({ mode, workspace, project, name, fresh }: WizardPageProps) {
  const navigate = useNavigate();
  const draft = useDraft({ ...project, name }, fresh);
  const { manifest, step } = draft.draft;
  const data = useWizardData(project);
  const submitter = useWizardSubmit({ mode, workspace, project, draft });
  const { state } = submitter;
  const [touched, setTouched] = React.useState<ReadonlySet<string>>(new Set());
  const [attempted, setAttempted] = React.useState<ReadonlySet<StepId>>(new Set());
  const [yamlStatus, setYamlStatus] = React.useState<YamlStatus | 'pending'>('pending');
  const [focus, setFocus] = React.useState({ token: 0, target: undefined as string | undefined });
  const alertRef = React.useRef<HTMLDivElement>(null);

  const form = React.useMemo(() => formFromManifest(manifest), [manifest]);
  const errors = React.useMemo(() => validateForm(form, mode), [form, mode]);
  const shown = visibleErrors(errors, touched, attempted);
  const prepared = React.useMemo(
    () => (mode === 'edit' && draft.draft.base ? prepareUpdate(manifest, draft.draft.base) : prepareCreate(manifest, project.namespace, currentUsername() || undefined)),
    [mode, manifest, draft.draft.base, project.namespace],
  );
  const issues = React.useMemo(() => validateAgainstSchema(prepared.body), [prepared]);
  const sharedWith = React.useMemo(() => appsSharingTarget(manifest, data.apps), [manifest, data.apps]);
  const ctx = clusterContext(project.cluster);
  const request = {
    method: mode === 'edit' ? ('PUT' as const) : ('POST' as const),
    path: mode === 'edit' ? applicationPath(ctx, project.namespace, name ?? '') : applicationsPath(ctx, project.namespace),
    body: prepared.body,
  };
  const nameProblem = state.takenName && state.takenName === form.name ? { key: 'GITOPS_WIZARD_ERR_NAME_TAKEN', params: { name: form.name } } : undefined;

  const setStep = (next: StepId, target?: string) => {
    draft.update((d) => ({ ...d, step: next }));
    setFocus((f) => ({ token: f.token + 1, target }));
  };
  const change = (patch: Partial<WizardForm>) => {
    draft.update((d) => ({ ...d, manifest: applyFormChange(d.manifest, patch) }));
    setTouched((old) => new Set([...old, ...touchedFields(patch)]));
    if (state.failure || state.takenName) submitter.dismiss();
  };

  // A failure is shown next to the step it concerns; the focus goes to it.
  React.useEffect(() => {
    if (!state.failure && !state.takenName && !state.conflict) return;
    if (draft.draft.mode === 'form') {
      if (state.takenName) setStep('basic', '[name="name"]');
      else if (state.failure) setStep(state.failure.step, '[data-testid="wizard-submit-error"]');
    }
    if (state.conflict || draft.draft.mode === 'yaml') window.setTimeout(() => alertRef.current?.focus(), 0);
    // Only when a new outcome arrives.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [state.failure, state.takenName, state.conflict]);

  const blockers = Object.keys(errors).length + issues.filter((i) => i.severity === 'error').length;
  const yamlBlocked = draft.draft.mode === 'yaml' && (yamlStatus === 'pending' || !yamlStatus.valid || yamlStatus.errors > 0 || blockers > 0);
  const submit = () => {
    if (draft.draft.mode === 'form' && blockers > 0) {
      setAttempted(new Set(STEPS));
      const first = STEPS.find((s) => stepsWithVisibleErrors(errors, new Set(), new Set(STEPS)).has(s)) ?? 'review';
      setStep(first, '[aria-invalid="true"], [data-testid="wizard-schema-errors"]');
      return;
    }
    if (yamlBlocked || blockers > 0) return;
    void submitter.submit(manifest, draft.draft.base);
  };
  const next = STEPS[STEPS.indexOf(step) + 1];
  const goNext = async () => {
    setAttempted((old) => new Set([...old, step]));
    if (Object.keys(errorsOfStep(errors, step)).length > 0) {
      setFocus((f) => ({ token: f.token + 1, target: '[aria-invalid="true"]' }));
      return;
    }
    if (step === 'basic' && mode === 'create' && (await submitter.isNameTaken(form.name))) return;
    setStep(next);
  };
  const previous = STEPS[STEPS.indexOf(step) - 1];
  const onYamlChange = React.useCallback(
    (text: string, parsed: Application | null) => draft.update((d) => ({ ...d, yamlText: text, manifest: parsed ?? d.manifest })),
    // `draft.update` is stable per draft.
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [draft.update],
  );
  const switchMode = (mode: WizardDraft['mode']) => {
    setYamlStatus('pending');
    draft.update((d) => ({ ...d, mode }));
  };
  const back = listPath(workspace, project.cluster, project.namespace);
  const title = mode === 'edit' ? t('GITOPS_EDIT_APPLICATION', { name: name ?? '' }) : t('GITOPS_CREATE_APPLICATION');
  const failureNotice = state.failure ? <SubmitErrorNotice ref={alertRef} failure={state.failure} mode={mode} name={form.name} /> : null;

  return (
    <PageFrame title={title} description={t('GITOPS_WIZARD_DESC')} navigation={<Link to={back}>{t('GITOPS_BACK_TO_LIST')}</Link>}>
      <Panel>
        {draft.restored ? <DraftRestoredNotice onDiscard={draft.discard} /> : null}
        {data.permissions && !(mode === 'edit' ? data.permissions.edit : data.permissions.create) ? (
          <Notice tone="warning">
            <p>{t(mode === 'edit' ? 'GITOPS_WIZARD_NO_EDIT_PERMISSION' : 'GITOPS_WIZARD_NO_CREATE_PERMISSION')}</p>
          </Notice>
        ) : null}
        <ModeSwitch mode={draft.draft.mode} onChange={switchMode} formBlockedBy={yamlStatus !== 'pending' && !yamlStatus.valid ? 'gitops-wizard-form-blocked' : undefined} onYamlIntent={preloadYamlView} />
        {state.conflict ? <ConflictNotice ref={alertRef} conflicts={state.conflict.conflicts} busy={state.busy} onReapply={submitter.reapply} /> : null}
        {state.reapplied ? <ReappliedNotice conflicts={state.reapplied} /> : null}
        {draft.draft.mode === 'form' ? (
          <FormView step={step} onStep={(s) => setStep(s)} stepsWithErrors={stepsWithVisibleErrors(errors, touched, attempted)} focusToken={focus.token} focusTarget={focus.target}>
            {state.failure?.step === step ? failureNotice : null}
            <StepContent
              step={step}
              form={form}
              change={change}
              errors={shown}
              mode={mode}
              nameProblem={nameProblem}
              repositories={data.repositories}
              repositoriesState={data.repositoriesState}
              clusters={data.clusters}
              clustersState={data.clustersState}
              sharedWith={sharedWith}
              request={request}
              issues={issues}
              restoredLabel={prepared.restoredLabel}
            />
          </FormView>
        ) : (
          <>
            <YamlView manifest={manifest} text={draft.draft.yamlText} onChange={onYamlChange} onStatus={setYamlStatus} />
            <YamlProblems errors={errors} nameProblem={nameProblem} sharedWith={sharedWith} request={request} blockedId="gitops-wizard-form-blocked" invalid={yamlStatus !== 'pending' && !yamlStatus.valid} />
            {failureNotice}
          </>
        )}
        <Actions>
          <Button type="button" onClick={() => navigate(back)}>
            {t('GITOPS_WIZARD_CANCEL')}
          </Button>
          {draft.draft.mode === 'form' && previous ? (
            <Button type="button" onClick={() => setStep(previous)}>
              {t('GITOPS_WIZARD_PREVIOUS')}
            </Button>
          ) : null}
          {draft.draft.mode === 'form' && next ? (
            <Button type="button" color="secondary" onClick={() => void goNext()}>
              {t('GITOPS_WIZARD_NEXT')}
            </Button>
          ) : (
            <Button type="button" color="secondary" disabled={state.busy || yamlBlocked} loading={state.busy} aria-describedby={yamlBlocked ? 'gitops-wizard-form-blocked' : undefined} onClick={submit}>
              {state.busy ? t('GITOPS_WIZARD_SUBMITTING') : t(mode === 'edit' ? 'GITOPS_WIZARD_SAVE' : 'GITOPS_WIZARD_CREATE')}
            </Button>
          )}
          <ConfirmButton label={t('GITOPS_WIZARD_DISCARD')} question={t('GITOPS_WIZARD_DISCARD_CONFIRM')} confirmLabel={t('GITOPS_WIZARD_DISCARD_YES')} onConfirm={draft.discard} />
        </Actions>
      </Panel>
    </PageFrame>
  );
}
