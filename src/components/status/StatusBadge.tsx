import * as React from 'react';
import * as Icons from '@kubed/icons';
import styled from 'styled-components';
import { colors, useColor } from '../theme';
import type { Severity, StatusIcon } from '../../model/status/status';
import { VisuallyHidden } from '../common/VisuallyHidden';

const Badge = styled.span`
  display: inline-flex;
  align-items: center;
  gap: 6px;
  font-size: 12px;
  line-height: 20px;
  color: ${colors.text.primary};
  white-space: nowrap;
  svg {
    flex: none;
  }
`;

type IconComponent = React.ComponentType<{ size?: number; fill?: string; color?: string; 'aria-hidden'?: boolean }>;

/**
 * Icons drawn as one silhouette (the heart, the refresh arrow, the stop square): the whole shape
 * takes the status colour. Every other status icon is a filled shape with a mark cut into it.
 */
const SILHOUETTES: ReadonlySet<StatusIcon> = new Set<StatusIcon>(['HeartDuotone', 'Refresh', 'Stop']);

export interface StatusBadgeProps {
  severity: Severity;
  icon: StatusIcon;
  /** Visible, translated text: the colour never carries the meaning alone. */
  label: string;
  /** Extra explanation (why a status is Unknown), offered as a tooltip and to screen readers. */
  title?: string;
}

/**
 * A status as the console shows one: a 16px icon filled with the status colour and a white mark
 * (kubesphere/console `packages/core/src/containers/Extensions/Management/utils/status.tsx`), then
 * the word. The icon is decorative; the word is what is read.
 */
export function StatusBadge({ severity, icon, label, title }: StatusBadgeProps) {
  return (
    <Badge className={`gitops-badge gitops-badge-${severity}`} title={title}>
      <StatusGlyph severity={severity} icon={icon} />
      <span>{label}</span>
      {title ? <VisuallyHidden>{` (${title})`}</VisuallyHidden> : null}
    </Badge>
  );
}

/** The icon alone, filled with the status colour and marked in white; decorative (aria-hidden). */
export function StatusGlyph({
  severity,
  icon,
  size = 16,
}: {
  severity: Severity;
  icon: StatusIcon | 'Error' | 'Information';
  size?: number;
}) {
  const Icon = (Icons as unknown as Record<string, IconComponent>)[icon];
  const fill = useColor(colors.status[severity]);
  const mark = useColor(colors.statusMark);
  if (!Icon) return null;
  return <Icon size={size} fill={fill} color={SILHOUETTES.has(icon as StatusIcon) ? fill : mark} aria-hidden />;
}
