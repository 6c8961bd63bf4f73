import * as React from 'react';
import { Link, useParams } from 'react-router-dom';
import { PageFrame } from '../../components/layout/PageFrame';
import { t } from '../../host';

export default function DetailRoute() {
  const { workspace = '', cluster = '', namespace = '', name = '' } = useParams();
  const back = `/workspaces/${encodeURIComponent(workspace)}/gitops/${encodeURIComponent(cluster)}/${encodeURIComponent(namespace)}`;
  return (
    <PageFrame title={name} description={t('GITOPS_APPLICATION')} navigation={<Link to={back}>{t('GITOPS_BACK_TO_LIST')}</Link>} />
  );
}
