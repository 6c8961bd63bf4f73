import * as React from 'react';
import type { Application } from '../../model/application/types';
import type { WizardDraft } from '../../model/wizard/draft';
import type { YamlStatus } from '../../components/yaml/YamlPane';
import type { DraftHandle } from './useDraft';

/** The sentence saying why the form and sending are blocked; the switch and the send button point at it. */
export const YAML_BLOCKED_ID = 'gitops-wizard-form-blocked';

/**
 * The switch between form and YAML and what the YAML editor reports. While the YAML view is
 * open, sending waits until the editor has checked the text and found nothing wrong with it.
 */
export function useYamlMode(draft: DraftHandle, blockers: number) {
  const [status, setStatus] = React.useState<YamlStatus | 'pending'>('pending');
  const { update } = draft;
  const onChange = React.useCallback(
    (text: string, parsed: Application | null) => update((d) => ({ ...d, yamlText: text, manifest: parsed ?? d.manifest })),
    [update],
  );
  const switchMode = (mode: WizardDraft['mode']) => {
    setStatus('pending');
    update((d) => ({ ...d, mode }));
  };
  const yaml = draft.draft.mode === 'yaml';
  return {
    onChange,
    onStatus: setStatus,
    switchMode,
    /** The text is not YAML an application can be read from: the form cannot show it. */
    invalid: status !== 'pending' && !status.valid,
    /** Sending is not possible from the YAML view yet (nor while the last keystrokes are being checked). */
    blocked: yaml && (status === 'pending' || status.checking || !status.valid || status.errors > 0 || blockers > 0),
  };
}

export type YamlMode = ReturnType<typeof useYamlMode>;
