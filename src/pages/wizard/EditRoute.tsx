import * as React from 'react';
import { useParams } from 'react-router-dom';
import { PageFrame } from '../../components/layout/PageFrame';
import { t } from '../../host';

export default function EditRoute() {
  const { name = '' } = useParams();
  return <PageFrame title={t('GITOPS_EDIT_APPLICATION', { name })} />;
}
