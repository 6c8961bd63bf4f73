import * as React from 'react';
import { Rocket } from '@kubed/icons';
import styled from 'styled-components';
import { colors, shadows } from '../theme';

const Frame = styled.div`
  padding: 20px;
  min-width: 0;
  & > nav a,
  & > a {
    color: ${colors.text.link};
  }
`;

/**
 * The console's page banner (white card, icon, title, description). Not kubed's `Banner`: it
 * renders the title inside an `<h3>`, and the page title must be the page's one `<h1>`.
 */
const BannerCard = styled.header`
  display: flex;
  align-items: center;
  gap: 16px;
  padding: 20px;
  background: ${colors.surface.default};
  border-radius: 4px;
  box-shadow: ${shadows.card};
`;

const IconBox = styled.span`
  flex: none;
  display: inline-flex;
  align-items: center;
  justify-content: center;
  width: 56px;
  height: 56px;
  border-radius: 50%;
  background: ${colors.surface.muted};
`;

const Title = styled.h1`
  font-size: 24px;
  line-height: 32px;
  margin: 0;
  color: ${colors.text.primary};
  overflow-wrap: anywhere;
`;

/** The console's usual grey (kube-design `accents_5`) fails WCAG contrast for small text; `text.muted` passes on white. */
const Description = styled.p`
  margin: 4px 0 0;
  font-size: 12px;
  color: ${colors.text.muted};
  overflow-wrap: anywhere;
`;

const Body = styled.div`
  margin-top: 12px;
`;

export interface PageFrameProps {
  title: React.ReactNode;
  description?: React.ReactNode;
  /** Rendered above the banner: breadcrumbs or a back link. */
  navigation?: React.ReactNode;
  /** Rendered at the right of the banner: the page's main actions. */
  actions?: React.ReactNode;
  children?: React.ReactNode;
}

/** The frame every GitOps page shares: the console's banner look, then the page's content. */
export function PageFrame({ title, description, navigation, actions, children }: PageFrameProps) {
  return (
    <Frame className="gitops-page">
      {navigation}
      <BannerCard>
        <IconBox>
          <Rocket size={32} aria-hidden="true" />
        </IconBox>
        <div style={{ flex: 1, minWidth: 0 }}>
          <Title>{title}</Title>
          {description ? <Description>{description}</Description> : null}
        </div>
        {actions ? <div>{actions}</div> : null}
      </BannerCard>
      <Body>{children}</Body>
    </Frame>
  );
}
