import '../../locales/register';
import * as React from 'react';
import { GitOpsProvider } from '../../queries/GitOpsProvider';
import { ListPage } from './ListPage';

/** The application list of one DevOps project (a lazy chunk of its own). */
export default function ListRoute() {
  return (
    <GitOpsProvider>
      <ListPage />
    </GitOpsProvider>
  );
}
