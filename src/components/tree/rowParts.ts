import { css } from 'styled-components';
import { colors } from '../theme';

/**
 * The parts of a tree row (chevron, name, type word, cells, markers, message) as class names, styled
 * once by the row they sit in. A styled component per part cost one style computation per part per
 * row mounted, which is most of a scroll step's work at 20,000 resources.
 */
export const ROW_PART = {
  toggle: 'gitops-tree-toggle',
  name: 'gitops-tree-name',
  muted: 'gitops-tree-muted',
  cells: 'gitops-tree-cells',
  marker: 'gitops-tree-marker',
  message: 'gitops-tree-message',
} as const;

/** The rules for `ROW_PART`, included in the row's own styles. */
export const rowPartStyles = css`
  .${ROW_PART.toggle} {
    display: inline-flex;
    cursor: pointer;
    width: 20px;
    flex: none;
    justify-content: center;
  }
  .${ROW_PART.name} {
    font-weight: 600;
    color: ${colors.text.primary};
    overflow: hidden;
    text-overflow: ellipsis;
    min-width: 40px;
    flex: 0 1 auto;
  }
  .${ROW_PART.muted} {
    color: ${colors.text.muted};
    font-size: 12px;
    margin-left: 8px;
    flex: none;
  }
  .${ROW_PART.cells} {
    display: inline-flex;
    align-items: center;
    gap: 12px;
    margin-left: 12px;
    flex: none;
  }
  .${ROW_PART.marker} {
    font-size: 12px;
    line-height: 18px;
    padding: 0 6px;
    border-radius: 2px;
    background: ${colors.surface.muted};
    color: ${colors.text.secondary};
  }
  .${ROW_PART.message} {
    color: ${colors.text.muted};
    font-size: 12px;
    margin-left: 12px;
    overflow: hidden;
    text-overflow: ellipsis;
    flex: 1 1 0;
    min-width: 0;
  }
`;
