import * as React from 'react';
import styled from 'styled-components';
import { colors } from '../theme';
import { t } from '../../host';
import { errorKey, serverDetail } from '../common/errorText';

const Box = styled.div`
  padding: 8px 12px;
  border-radius: 4px;
  background: ${colors.alert.bg};
  border: 1px solid ${colors.alert.border};
  color: ${colors.alert.text};
  font-size: 12px;
  p {
    margin: 0;
  }
  p + p {
    margin-top: 4px;
    color: ${colors.text.muted};
    word-break: break-word;
  }
`;

/**
 * A failed request explained, with the server's own words (as text) below. `message` replaces the
 * general explanation where the caller knows better what the failure means. With `reveal`, it is
 * scrolled into view when it appears: in a dialog whose body was scrolled down to its buttons, the
 * notice at the top would otherwise stay out of sight.
 */
export function ErrorNotice({ error, message, reveal }: { error: unknown; message?: string; reveal?: boolean }) {
  const detail = serverDetail(error);
  const ref = React.useRef<HTMLDivElement>(null);
  React.useEffect(() => {
    // Optional call: jsdom has no scrollIntoView.
    if (reveal) ref.current?.scrollIntoView?.({ block: 'nearest' });
  }, [reveal, error]);
  return (
    <Box ref={ref} role="alert" className="gitops-error-notice">
      <p>{message ?? t(errorKey(error))}</p>
      {detail ? <p>{detail}</p> : null}
    </Box>
  );
}
