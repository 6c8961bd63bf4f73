import '../../locales/register';
import * as React from 'react';
import { useParams } from 'react-router-dom';
import { t } from '../../host';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { listPath } from '../paths';
import { useWizardAccess, WizardAccessPage } from './WizardAccess';
import { WizardPage } from './WizardPage';

/** The create wizard of the DevOps project in the URL, for a user who may create there. */
export function CreateWizard() {
  const { workspace = '', cluster = '', namespace = '' } = useParams();
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  const fresh = React.useCallback(
    () => ({ mode: 'form' as const, step: 'basic' as const, manifest: newApplication(namespace) }),
    [namespace],
  );
  const access = useWizardAccess('create', project);
  if (access.state !== 'allowed') {
    return (
      <WizardAccessPage
        mode="create"
        title={t('GITOPS_CREATE_APPLICATION')}
        access={access}
        backTo={listPath(workspace, cluster, namespace)}
      />
    );
  }
  return <WizardPage key={`${cluster}/${namespace}`} mode="create" workspace={workspace} project={project} fresh={fresh} />;
}

/** The create wizard (a lazy chunk). */
export default function CreateRoute() {
  return (
    <GitOpsProvider>
      <CreateWizard />
    </GitOpsProvider>
  );
}
