import * as React from 'react';
import { Link } from 'react-router-dom';
import { currentUsername, t } from '../../host';
import type { WizardDraft } from '../../model/wizard/draft';
import type { ProjectRef } from '../../queries/applications';
import { PageFrame } from '../../components/layout/PageFrame';
import { ModeSwitch } from '../../components/wizard/ModeSwitch';
import {
  ConflictNotice,
  DraftDiscardedNotice,
  DraftRestoredNotice,
  ReappliedNotice,
  SaveProgressNotice,
  SubmitErrorNotice,
} from '../../components/wizard/Notices';
import { Panel } from '../../components/wizard/styles';
import { WizardActions } from '../../components/wizard/WizardActions';
import { listPath } from '../paths';
import { useDraft } from './useDraft';
import { useWizardData } from './useWizardData';
import { useWizardModel } from './useWizardModel';
import { useWizardSteps } from './useWizardSteps';
import { useWizardSubmit } from './useWizardSubmit';
import { YAML_BLOCKED_ID, useYamlMode } from './useYamlMode';
import { WizardBody } from './WizardBody';
import { preloadYamlView } from './YamlView';
import { usePrefetchWhenIdle } from './usePrefetchWhenIdle';

export interface WizardPageProps {
  mode: 'create' | 'edit';
  workspace: string;
  project: ProjectRef;
  /** Edit: the application's name. */
  name?: string;
  /** How a new draft starts. */
  fresh(): WizardDraft;
}

/**
 * Create or edit one application. Discarding the draft starts the page afresh (a new mount): what
 * was touched, tried, asked or sent is forgotten, so the form opens as it first did.
 */
export function WizardPage(props: WizardPageProps) {
  const [discards, setDiscards] = React.useState(0);
  return <WizardContent key={discards} {...props} discarded={discards > 0} onDiscarded={() => setDiscards((n) => n + 1)} />;
}

interface WizardContentProps extends WizardPageProps {
  /** The page was started afresh after a discard. */
  discarded: boolean;
  onDiscarded(): void;
}

/** The draft, its two views (form and YAML), and sending it. */
function WizardContent({ mode, workspace, project, name, fresh, discarded, onDiscarded }: WizardContentProps) {
  const draft = useDraft({ ...project, name, user: currentUsername() }, fresh);
  const discard = () => {
    draft.discard();
    onDiscarded();
  };
  // Said until the user acts: any change or step makes a new draft object.
  const [discardedDraft] = React.useState(draft.draft);
  const data = useWizardData(project);
  const submitter = useWizardSubmit({ mode, workspace, project, draft });
  const { state } = submitter;
  const model = useWizardModel({ mode, project, name, draft: draft.draft, apps: data.apps, takenName: state.takenName });
  const yaml = useYamlMode(draft, model.blockers);
  usePrefetchWhenIdle(preloadYamlView);
  const steps = useWizardSteps({ mode, draft, model, submitter, yamlBlocked: yaml.blocked });
  const back = listPath(workspace, project.cluster, project.namespace);
  const title = mode === 'edit' ? t('GITOPS_EDIT_APPLICATION', { name: name ?? '' }) : t('GITOPS_CREATE_APPLICATION');
  const failureNotice = state.failure ? (
    <SubmitErrorNotice ref={steps.alertRef} failure={state.failure} mode={mode} name={model.form.name} />
  ) : null;

  return (
    <PageFrame title={title} description={t('GITOPS_WIZARD_DESC')} navigation={<Link to={back}>{t('GITOPS_BACK_TO_LIST')}</Link>}>
      <Panel>
        {draft.restored ? <DraftRestoredNotice onDiscard={discard} /> : null}
        {discarded && draft.draft === discardedDraft ? <DraftDiscardedNotice mode={mode} /> : null}
        <ModeSwitch
          mode={draft.draft.mode}
          onChange={yaml.switchMode}
          formBlockedBy={yaml.invalid ? YAML_BLOCKED_ID : undefined}
          onYamlIntent={preloadYamlView}
        />
        {state.conflict ? (
          <ConflictNotice ref={steps.alertRef} conflicts={state.conflict.conflicts} busy={state.busy} onReapply={submitter.reapply} />
        ) : null}
        {state.reapplied ? <ReappliedNotice conflicts={state.reapplied} /> : null}
        <SaveProgressNotice catchingUp={state.catchingUp} lagging={state.lagging} savedMeanwhile={state.savedMeanwhile} />
        <WizardBody
          mode={mode}
          draft={draft.draft}
          model={model}
          steps={steps}
          yaml={yaml}
          data={data}
          failureNotice={failureNotice}
          failureStep={state.failure?.step}
        />
        <WizardActions
          mode={mode}
          view={draft.draft.mode}
          hasPrevious={!!steps.previous}
          hasNext={!!steps.next}
          busy={state.busy}
          blocked={yaml.blocked}
          blockedBy={YAML_BLOCKED_ID}
          cancelTo={back}
          onPrevious={() => steps.previous && steps.setStep(steps.previous)}
          onNext={() => void steps.goNext()}
          onSubmit={steps.submit}
          onDiscard={draft.restored ? undefined : discard}
        />
      </Panel>
    </PageFrame>
  );
}
