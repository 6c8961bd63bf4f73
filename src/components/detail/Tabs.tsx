import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { useUniqueId } from './useUniqueId';

const List = styled.div`
  display: flex;
  gap: 4px;
  border-bottom: 1px solid ${colors.border.tabs};
  margin-bottom: 12px;
`;

const Tab = styled.button`
  border: 0;
  background: none;
  padding: 8px 16px;
  font-size: 14px;
  font-weight: 600;
  color: ${colors.text.muted};
  cursor: pointer;
  border-bottom: 2px solid transparent;
  margin-bottom: -1px;
  &[aria-selected='true'] {
    color: ${colors.text.primary};
    border-bottom-color: ${colors.accent};
  }
  &:focus-visible {
    outline: 2px solid ${colors.focus};
    outline-offset: -2px;
  }
`;

export interface TabItem {
  id: string;
  label: string;
  render(): React.ReactNode;
}

export interface TabsProps {
  items: readonly TabItem[];
  selected: string;
  onSelect(id: string): void;
  label: string;
}

/**
 * The WAI-ARIA tabs pattern: arrow keys, Home and End move between tabs and select them
 * (automatic activation); only the selected tab is in the tab order; only its panel is rendered.
 */
export function Tabs({ items, selected, onSelect, label }: TabsProps) {
  const base = useUniqueId('gitops-tabs');
  const refs = React.useRef<Array<HTMLButtonElement | null>>([]);
  const current = Math.max(
    0,
    items.findIndex((i) => i.id === selected),
  );

  const onKeyDown = (event: React.KeyboardEvent) => {
    const last = items.length - 1;
    const next =
      event.key === 'ArrowRight'
        ? current === last
          ? 0
          : current + 1
        : event.key === 'ArrowLeft'
          ? current === 0
            ? last
            : current - 1
          : event.key === 'Home'
            ? 0
            : event.key === 'End'
              ? last
              : -1;
    if (next < 0) return;
    event.preventDefault();
    onSelect(items[next].id);
    refs.current[next]?.focus();
  };

  const active = items[current];
  return (
    <div className="gitops-tabs">
      <List role="tablist" aria-label={label}>
        {items.map((item, i) => (
          <Tab
            key={item.id}
            ref={(el) => {
              refs.current[i] = el;
            }}
            type="button"
            role="tab"
            id={`${base}-tab-${item.id}`}
            aria-selected={i === current}
            aria-controls={i === current ? `${base}-panel-${item.id}` : undefined}
            tabIndex={i === current ? 0 : -1}
            onClick={() => onSelect(item.id)}
            onKeyDown={onKeyDown}
          >
            {item.label}
          </Tab>
        ))}
      </List>
      {active ? (
        <div role="tabpanel" id={`${base}-panel-${active.id}`} aria-labelledby={`${base}-tab-${active.id}`}>
          {active.render()}
        </div>
      ) : null}
    </div>
  );
}
