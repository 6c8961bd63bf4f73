import * as React from 'react';
import Editor from '@monaco-editor/react';
import { t } from '../../../host';
import '../../yaml/monaco/setup';
import { Frame, VIEWER_OPTIONS } from './viewerStyles';
import { toYaml } from './toYaml';

/** A live object's YAML in Monaco, read-only: folding, find and selection, no editing. */
export default function LiveYamlViewer({ object, label, path }: { object: unknown; label: string; path: string }) {
  const options = React.useMemo(() => ({ ...VIEWER_OPTIONS, ariaLabel: label }), [label]);
  const value = React.useMemo(() => toYaml(object), [object]);
  return (
    <Frame data-testid="live-yaml-viewer">
      <Editor
        height="min(60vh, 560px)"
        language="yaml"
        path={path}
        value={value}
        theme="vs"
        loading={t('GITOPS_LIVE_EDITOR_LOADING')}
        options={options}
      />
    </Frame>
  );
}
