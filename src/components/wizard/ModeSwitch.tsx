import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { t } from '../../host';
import type { EditorMode } from '../../model/wizard/draft';

const Group = styled.div`
  display: inline-flex;
  align-self: flex-start;
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  overflow: hidden;
  button {
    border: none;
    background: ${colors.surface.default};
    padding: 6px 16px;
    font: inherit;
    color: ${colors.text.secondary};
    cursor: pointer;
  }
  button + button {
    border-left: 1px solid ${colors.border.control};
  }
  button[aria-pressed='true'] {
    background: ${colors.surface.inverse};
    color: ${colors.text.inverse};
  }
  button[aria-disabled='true'] {
    color: ${colors.text.disabled};
    cursor: not-allowed;
  }
  button:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: -2px;
  }
`;

export interface ModeSwitchProps {
  mode: EditorMode;
  onChange(mode: EditorMode): void;
  /** Why the form cannot be shown now (invalid YAML); the button stays focusable and says so. */
  formBlockedBy?: string;
  /** The pointer or the focus is on the YAML button: a hint to start loading that view. */
  onYamlIntent?(): void;
}

/** Form or YAML: two views of the same draft. */
export function ModeSwitch({ mode, onChange, formBlockedBy, onYamlIntent }: ModeSwitchProps) {
  const blocked = mode === 'yaml' && !!formBlockedBy;
  return (
    <Group role="group" aria-label={t('GITOPS_WIZARD_MODE')}>
      <button
        type="button"
        aria-pressed={mode === 'form'}
        aria-disabled={blocked || undefined}
        aria-describedby={blocked ? formBlockedBy : undefined}
        onClick={() => !blocked && mode !== 'form' && onChange('form')}
      >
        {t('GITOPS_WIZARD_MODE_FORM')}
      </button>
      <button
        type="button"
        aria-pressed={mode === 'yaml'}
        onPointerEnter={onYamlIntent}
        onFocus={onYamlIntent}
        onClick={() => mode !== 'yaml' && onChange('yaml')}
      >
        {t('GITOPS_WIZARD_MODE_YAML')}
      </button>
    </Group>
  );
}
