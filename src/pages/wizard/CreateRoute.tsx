import * as React from 'react';
import { PageFrame } from '../../components/layout/PageFrame';
import { t } from '../../host';

export default function CreateRoute() {
  return <PageFrame title={t('GITOPS_CREATE_APPLICATION')} />;
}
