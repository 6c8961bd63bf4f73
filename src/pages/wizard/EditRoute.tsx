import '../../locales/register';
import * as React from 'react';
import { Link, useParams } from 'react-router-dom';
import { t } from '../../host';
import type { Application } from '../../model/application/types';
import { stripForEdit } from '../../model/wizard/wizardSubmit';
import { useApplication, type ProjectRef } from '../../queries/applications';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { PageFrame } from '../../components/layout/PageFrame';
import { SubmitErrorNotice } from '../../components/wizard/Notices';
import { Help } from '../../components/wizard/styles';
import { detailPath } from '../paths';
import { useWizardAccess, WizardAccessPage } from './WizardAccess';
import { WizardPage } from './WizardPage';

interface EditProps {
  workspace: string;
  project: ProjectRef;
  name: string;
}

/**
 * Opens the wizard on the application as the server has it, for a user who may edit it; a
 * restored draft wins over it. The application and the user's rights load together.
 */
export function EditLoader({ workspace, project, name }: EditProps) {
  const query = useApplication(project, name);
  const access = useWizardAccess('edit', project);
  // The first copy the page saw is what a new draft starts from; later polls must not reset it.
  const [opened, setOpened] = React.useState<Application | undefined>(undefined);
  React.useEffect(() => {
    if (query.data && !opened) setOpened(query.data);
  }, [query.data, opened]);
  const fresh = React.useCallback(() => {
    const app = stripForEdit(opened as Application);
    return { mode: 'form' as const, step: 'basic' as const, manifest: app, base: app };
  }, [opened]);
  const title = t('GITOPS_EDIT_APPLICATION', { name });
  const appPath = detailPath(workspace, project.cluster, project.namespace, name);
  const back = <Link to={appPath}>{t('GITOPS_WIZARD_BACK_TO_APP')}</Link>;
  if (access.state === 'denied') return <WizardAccessPage mode="edit" title={title} access={access} backTo={appPath} />;
  if (opened && access.state === 'allowed') {
    return <WizardPage mode="edit" workspace={workspace} project={project} name={name} fresh={fresh} />;
  }
  if (query.isError) {
    const e = query.error;
    return (
      <PageFrame title={title} navigation={back}>
        <SubmitErrorNotice failure={{ kind: e.kind, status: e.status, serverMessage: e.serverMessage }} mode="edit" name={name} />
      </PageFrame>
    );
  }
  return (
    <PageFrame title={title} navigation={back}>
      <Help role="status">{t('GITOPS_LOADING')}</Help>
    </PageFrame>
  );
}

/** The edit wizard of one application (a lazy chunk). */
export default function EditRoute() {
  const { workspace = '', cluster = '', namespace = '', name = '' } = useParams();
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  return (
    <GitOpsProvider>
      <EditLoader key={`${cluster}/${namespace}/${name}`} workspace={workspace} project={project} name={name} />
    </GitOpsProvider>
  );
}
