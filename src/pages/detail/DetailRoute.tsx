import '../../locales/register';
import * as React from 'react';
import { useParams } from 'react-router-dom';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { DetailPage } from './DetailPage';

/** The detail route (a lazy chunk): reads the path and renders the page inside the query provider. */
export default function DetailRoute() {
  const { workspace = '', cluster = '', namespace = '', name = '' } = useParams();
  return (
    <GitOpsProvider>
      <DetailPage key={`${cluster}/${namespace}/${name}`} workspace={workspace} cluster={cluster} namespace={namespace} name={name} />
    </GitOpsProvider>
  );
}
