import * as React from 'react';
import { useParams } from 'react-router-dom';
import { PageFrame } from '../../components/layout/PageFrame';
import { t } from '../../host';

export default function ContextRoute() {
  const { workspace = '' } = useParams();
  return (
    <PageFrame title={t('GITOPS_CONTEXT_TITLE')} description={t('GITOPS_CONTEXT_DESC')}>
      <p>
        {t('GITOPS_WORKSPACE')}: <strong>{workspace}</strong>
      </p>
    </PageFrame>
  );
}
