import '../../locales/register';
import * as React from 'react';
import { useParams } from 'react-router-dom';
import { newApplication } from '../../model/wizard/wizardSubmit';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { WizardPage } from './WizardPage';

/** The create wizard of one DevOps project (a lazy chunk). */
export default function CreateRoute() {
  const { workspace = '', cluster = '', namespace = '' } = useParams();
  const project = React.useMemo(() => ({ cluster, namespace }), [cluster, namespace]);
  const fresh = React.useCallback(
    () => ({ mode: 'form' as const, step: 'basic' as const, manifest: newApplication(namespace) }),
    [namespace],
  );
  return (
    <GitOpsProvider>
      <WizardPage key={`${cluster}/${namespace}`} mode="create" workspace={workspace} project={project} fresh={fresh} />
    </GitOpsProvider>
  );
}
