import * as React from 'react';
import styled from 'styled-components';
import { Magnifier } from '@kubed/icons';
import { t } from '../../host';
import { colors } from '../theme';
import { COLORS } from './styles';

const Search = styled.label`
  position: relative;
  flex: 1 1 240px;
  max-width: 420px;
  svg {
    position: absolute;
    left: 8px;
    top: 8px;
  }
  input {
    width: 100%;
    height: 32px;
    padding: 0 8px 0 30px;
    border: 1px solid ${colors.border.control};
    border-radius: 4px;
    font-size: 12px;
    color: ${COLORS.text};
  }
  input:focus-visible {
    outline: 2px solid ${COLORS.focus};
    outline-offset: 1px;
  }
`;

/**
 * Text that follows `committed` (the URL) but hands a change to `commit` only after the user stops
 * typing for `delayMs`, so a query is sent per search and not per keystroke.
 */
export function useDebouncedSearch(committed: string, commit: (value: string) => void, delayMs = 300) {
  const [text, setText] = React.useState(committed);
  const lastCommitted = React.useRef(committed);

  // The URL changed from elsewhere (Back, a link): show what it says.
  React.useEffect(() => {
    if (committed !== lastCommitted.current) {
      lastCommitted.current = committed;
      setText(committed);
    }
  }, [committed]);

  React.useEffect(() => {
    if (text === lastCommitted.current) return undefined;
    const timer = setTimeout(() => {
      lastCommitted.current = text;
      commit(text);
    }, delayMs);
    return () => clearTimeout(timer);
  }, [text, commit, delayMs]);

  return [text, setText] as const;
}

export interface SearchBoxProps {
  /** The search in effect (the URL's). */
  value: string;
  /** Called with the new search once typing pauses. */
  onCommit: (value: string) => void;
}

/**
 * The list's search box. What is typed stays in this component until typing pauses: a keystroke
 * redraws the box alone, not the page around it, which at 50,000 applications keeps typing smooth.
 * To drop text typed but not yet handed on (Clear filters), give the box a new `key`.
 */
export function SearchBox({ value, onCommit }: SearchBoxProps) {
  const [text, setText] = useDebouncedSearch(value, onCommit);
  return (
    <Search>
      <Magnifier size={16} aria-hidden="true" />
      <input
        type="search"
        value={text}
        placeholder={t('GITOPS_LIST_SEARCH_PLACEHOLDER')}
        aria-label={t('GITOPS_LIST_SEARCH')}
        maxLength={253}
        onChange={(e) => setText(e.target.value)}
      />
    </Search>
  );
}
