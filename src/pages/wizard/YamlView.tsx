import * as React from 'react';
import { t } from '../../host';
import type { Application } from '../../model/application/types';
import { Help, Notice } from '../../components/wizard/styles';
import type { YamlStatus } from '../../components/yaml/YamlPane';

// The YAML view and its editor are chunks of their own, fetched only when the view opens.
const loadYamlPane = () => import('../../components/yaml/YamlPane');
const YamlPane = React.lazy(loadYamlPane);

/** Called when the pointer or the focus reaches the YAML switch: the editor's chunks start loading. */
export function preloadYamlView(): void {
  loadYamlPane().then(
    (pane) => pane.preloadCodeEditor(),
    () => undefined, // shown by the boundary when the view opens
  );
}

class YamlBoundary extends React.Component<{ children?: React.ReactNode }, { failed: boolean }> {
  override state = { failed: false };

  static getDerivedStateFromError() {
    return { failed: true };
  }

  override render() {
    if (!this.state.failed) return this.props.children;
    return (
      <Notice tone="error" role="alert">
        <p>{t('GITOPS_WIZARD_YAML_LOAD_FAILED')}</p>
      </Notice>
    );
  }
}

export interface YamlViewProps {
  manifest: Application;
  text: string | undefined;
  onChange(text: string, manifest: Application | null): void;
  onStatus(status: YamlStatus): void;
}

export function YamlView(props: YamlViewProps) {
  return (
    <YamlBoundary>
      <React.Suspense fallback={<Help role="status">{t('GITOPS_WIZARD_YAML_LOADING')}</Help>}>
        <YamlPane {...props} />
      </React.Suspense>
    </YamlBoundary>
  );
}
