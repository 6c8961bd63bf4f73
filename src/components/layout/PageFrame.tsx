import * as React from 'react';
import { Banner } from '@kubed/components';
import { Rocket } from '@kubed/icons';
import styled from 'styled-components';

const Frame = styled.div`
  padding: 20px;
  min-width: 0;
  & > nav a, & > a {
    color: #1d5fb8;
  }
`;

const Title = styled.h1`
  font-size: 24px;
  line-height: 32px;
  margin: 0;
  overflow-wrap: anywhere;
`;

/** The console's grey (#79879c) fails WCAG contrast for small text; this one passes on white. */
const Description = styled.span`
  color: #5f708a;
`;

const Body = styled.div`
  margin-top: 12px;
`;

export interface PageFrameProps {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Rendered above the banner: breadcrumbs or a back link. */
  navigation?: React.ReactNode;
  children?: React.ReactNode;
}

/** The frame every GitOps page shares: the console's banner look, then the page's content. */
export function PageFrame({ title, description, navigation, children }: PageFrameProps) {
  return (
    <Frame className="gitops-page">
      {navigation}
      <Banner icon={<Rocket aria-hidden="true" />} title={<Title>{title}</Title>} description={description ? <Description>{description}</Description> : undefined} />
      <Body>{children}</Body>
    </Frame>
  );
}
