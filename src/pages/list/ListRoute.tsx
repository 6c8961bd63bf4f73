import * as React from 'react';
import { useParams } from 'react-router-dom';
import { PageFrame } from '../../components/layout/PageFrame';
import { t } from '../../host';

export default function ListRoute() {
  const { cluster = '', namespace = '' } = useParams();
  return (
    <PageFrame title={t('GITOPS_APPLICATIONS')} description={`${t('GITOPS_DEVOPS_PROJECT')}: ${namespace} · ${t('GITOPS_CLUSTER')}: ${cluster}`} />
  );
}
