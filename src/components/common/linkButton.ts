import { css } from 'styled-components';
import { colors } from '../theme';

/** A router link drawn as the console's outlined round button (Edit in the header, fixes in Diagnostics). */
export const linkButtonCss = css`
  display: inline-flex;
  align-items: center;
  gap: 4px;
  height: 32px;
  padding: 0 12px;
  border: 1px solid ${colors.border.control};
  border-radius: 16px;
  color: ${colors.text.primary};
  font-size: 12px;
  font-weight: 600;
  text-decoration: none;
`;
