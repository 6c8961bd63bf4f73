import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { PAGE_SIZES, type PageSize, pageCount } from '../../model/list/listQuery';
import { t } from '../../host';
import { COLORS, NativeSelect } from './styles';

const Bar = styled.nav`
  display: flex;
  flex-wrap: wrap;
  align-items: center;
  gap: 8px 16px;
  padding: 10px 20px;
  border-top: 1px solid ${COLORS.border};
  font-size: 12px;
  color: ${COLORS.secondary};
`;

const Spacer = styled.span`
  flex: 1;
`;

const PageButton = styled.button`
  height: 28px;
  padding: 0 10px;
  border: 1px solid ${colors.border.control};
  border-radius: 4px;
  background: ${colors.surface.default};
  font: inherit;
  color: ${COLORS.text};
  cursor: pointer;
  &:disabled {
    color: ${COLORS.muted};
    cursor: not-allowed;
    background: ${COLORS.headerBg};
  }
  &:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 1px;
  }
`;

export interface PagerProps {
  total: number;
  page: number;
  limit: PageSize;
  onPage: (page: number) => void;
  onLimit: (limit: PageSize) => void;
}

export function Pager({ total, page, limit, onPage, onLimit }: PagerProps) {
  const pages = pageCount(total, limit);
  return (
    <Bar aria-label={t('GITOPS_LIST_PAGINATION')}>
      <span className="gitops-total">{t('GITOPS_LIST_TOTAL', { count: total })}</span>
      <Spacer />
      <label>
        {t('GITOPS_LIST_PAGE_SIZE')}{' '}
        <NativeSelect value={limit} onChange={(e) => onLimit(Number(e.target.value) as PageSize)}>
          {PAGE_SIZES.map((size) => (
            <option key={size} value={size}>
              {size}
            </option>
          ))}
        </NativeSelect>
      </label>
      <PageButton type="button" disabled={page <= 1} onClick={() => onPage(page - 1)}>
        {t('GITOPS_LIST_PREVIOUS')}
      </PageButton>
      <span aria-live="polite" className="gitops-page-number">
        {t('GITOPS_LIST_PAGE_OF', { page, pages })}
      </span>
      <PageButton type="button" disabled={page >= pages} onClick={() => onPage(page + 1)}>
        {t('GITOPS_LIST_NEXT')}
      </PageButton>
    </Bar>
  );
}
