import * as React from 'react';
import styled from 'styled-components';
import { useUniqueId } from './useUniqueId';

const Card = styled.section`
  background: #fff;
  border-radius: 4px;
  box-shadow: 0 4px 8px 0 rgba(36, 46, 66, 0.06);
  padding: 16px 20px;
  margin-bottom: 12px;
  min-width: 0;
`;

const Heading = styled.h2`
  font-size: 14px;
  line-height: 20px;
  font-weight: 600;
  color: #242e42;
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
    color: #5f708a;
  }
  dd {
    margin: 0;
    color: #242e42;
    overflow-wrap: anywhere;
  }
`;
