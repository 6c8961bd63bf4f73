import * as React from 'react';
import { DiffEditor } from '@monaco-editor/react';
import { t } from '../../../host';
import '../../yaml/monaco/setup';
import { Frame, VIEWER_OPTIONS } from './viewerStyles';
import { toYaml } from './toYaml';

export interface LiveDiffViewerProps {
  /** What was last applied (left). */
  original: unknown;
  /** The live object's same fields (right). */
  modified: unknown;
  label: string;
  path: string;
}

/** Last applied against live, side by side, read-only; Monaco computes the diff in its worker. */
export default function LiveDiffViewer({ original, modified, label, path }: LiveDiffViewerProps) {
  const left = React.useMemo(() => toYaml(original), [original]);
  const right = React.useMemo(() => toYaml(modified), [modified]);
  const options = React.useMemo(
    () => ({
      ...VIEWER_OPTIONS,
      ariaLabel: label,
      originalAriaLabel: t('GITOPS_LIVE_DRIFT_APPLIED'),
      renderSideBySide: true,
      originalEditable: false,
    }),
    [label],
  );
  return (
    <Frame data-testid="live-diff-viewer">
      <DiffEditor
        height="min(60vh, 560px)"
        language="yaml"
        original={left}
        modified={right}
        originalModelPath={`${path}.applied.yaml`}
        modifiedModelPath={`${path}.live.yaml`}
        theme="vs"
        loading={t('GITOPS_LIVE_EDITOR_LOADING')}
        options={options}
      />
    </Frame>
  );
}
