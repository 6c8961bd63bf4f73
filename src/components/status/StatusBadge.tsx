import * as React from 'react';
import * as Icons from '@kubed/icons';
import styled from 'styled-components';
import { colors, useColor } from '../theme';
import type { Severity, StatusIcon } from '../../model/status/status';
import { VisuallyHidden } from '../common/VisuallyHidden';

const Badge = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 4px;
  font-size: 12px;
  line-height: 20px;
  color: ${colors.text.primary};
  white-space: nowrap;
  svg {
    flex: none;
  }
`;

export interface StatusBadgeProps {
  severity: Severity;
  icon: StatusIcon;
  /** Visible, translated text: the colour never carries the meaning alone. */
  label: string;
  /** Extra explanation (why a status is Unknown), offered as a tooltip and to screen readers. */
  title?: string;
}

export function StatusBadge({ severity, icon, label, title }: StatusBadgeProps) {
  const Icon = (Icons as unknown as Record<string, React.ComponentType<{ size?: number; color?: string; 'aria-hidden'?: boolean }>>)[icon];
  const iconColor = useColor(colors.status[severity]);
  return (
    <Badge className={`gitops-badge gitops-badge-${severity}`} title={title}>
      {Icon ? <Icon size={16} color={iconColor} aria-hidden /> : null}
      <span>{label}</span>
      {title ? <VisuallyHidden>{` (${title})`}</VisuallyHidden> : null}
    </Badge>
  );
}
