import * as React from 'react';
import styled from 'styled-components';
import { colors, shadows } from '../theme';
import { useUniqueId } from './useUniqueId';

const Card = styled.section`
  background: ${colors.surface.default};
  border-radius: 4px;
  box-shadow: ${shadows.card};
  padding: 16px 20px;
  margin-bottom: 12px;
  min-width: 0;
`;

const Heading = styled.h2`
  font-size: 14px;
  line-height: 20px;
  font-weight: 600;
  color: ${colors.text.primary};
  margin: 0 0 12px;
`;

/** A titled card of the detail page; the heading names the region for screen readers. */
export function Section({ title, children, className }: { title: string; children?: React.ReactNode; className?: string }) {
  const id = useUniqueId('gitops-section');
  return (
    <Card aria-labelledby={id} className={className}>
      <Heading id={id}>{title}</Heading>
      {children}
    </Card>
  );
}

/** Label/value pairs laid out in two columns. */
export const Fields = styled.dl`
  display: grid;
  grid-template-columns: minmax(120px, max-content) minmax(0, 1fr);
  gap: 8px 24px;
  margin: 0;
  font-size: 12px;
  dt {
    color: ${colors.text.muted};
  }
  dd {
    margin: 0;
    color: ${colors.text.primary};
    overflow-wrap: anywhere;
  }
`;
