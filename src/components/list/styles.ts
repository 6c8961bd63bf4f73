import styled from 'styled-components';

/** Colours from the KubeSphere console, chosen to keep a 4.5:1 contrast for small text. */
export const COLORS = {
  text: '#242e42',
  secondary: '#36435c',
  muted: '#5f6b7e',
  border: '#e3e9ef',
  headerBg: '#f9fbfd',
  pageBg: '#eff4f9',
  link: '#0f62ad',
  danger: '#b3261e',
  focus: '#3385ff',
};

/** A compact action inside a table row: looks like a link, behaves as a button. */
export const TextButton = styled.button<{ danger?: boolean }>`
  background: none;
  border: 0;
  padding: 2px 4px;
  font: inherit;
  font-size: 12px;
  color: ${(p) => (p.danger ? COLORS.danger : COLORS.link)};
  cursor: pointer;
  border-radius: 2px;
  &:hover:not([aria-disabled='true']) { text-decoration: underline; }
  &[aria-disabled='true'] { color: ${COLORS.muted}; cursor: not-allowed; }
  &:focus-visible { outline: 2px solid ${COLORS.focus}; outline-offset: 1px; }
`;

export const Muted = styled.span`
  color: ${COLORS.muted};
  font-size: 12px;
`;

export const Card = styled.section`
  background: #fff;
  border-radius: 4px;
  box-shadow: 0 4px 8px 0 rgba(36, 46, 66, 0.06);
`;

export const NativeSelect = styled.select`
  height: 32px;
  padding: 0 8px;
  border: 1px solid #ccd3db;
  border-radius: 4px;
  background: #fff;
  color: ${COLORS.text};
  font-size: 12px;
  &:focus-visible { outline: 2px solid ${COLORS.focus}; outline-offset: 1px; }
`;
