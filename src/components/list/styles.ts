import styled from 'styled-components';
import { colors, shadows } from '../theme';

/** The list's names for theme tokens (see ../theme), chosen to keep a 4.5:1 contrast for small text. */
export const COLORS = {
  text: colors.text.primary,
  secondary: colors.text.secondary,
  muted: colors.list.muted,
  border: colors.border.default,
  headerBg: colors.surface.subtle,
  pageBg: colors.surface.muted,
  link: colors.list.link,
  danger: colors.list.danger,
  focus: colors.list.focus,
};

/** A compact action inside a table row: looks like a link, behaves as a button. */
export const TextButton = styled.button<{ danger?: boolean }>`
  background: none;
  border: 0;
  padding: 2px 4px;
  font: inherit;
  font-size: 12px;
  color: ${(p) => (p.danger ? COLORS.danger(p) : COLORS.link(p))};
  cursor: pointer;
  border-radius: 2px;
  &:hover:not([aria-disabled='true']) {
    text-decoration: underline;
  }
  &[aria-disabled='true'] {
    color: ${COLORS.muted};
    cursor: not-allowed;
  }
  &:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 1px;
  }
`;

export const Muted = styled.span`
  color: ${COLORS.muted};
  font-size: 12px;
`;

export const Card = styled.section`
  background: ${colors.surface.default};
  border-radius: 4px;
  box-shadow: ${shadows.card};
`;

export const NativeSelect = styled.select`
  height: 32px;
  padding: 0 8px;
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  background: ${colors.surface.default};
  color: ${COLORS.text};
  font-size: 12px;
  &:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 1px;
  }
`;
