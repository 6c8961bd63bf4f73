import * as React from 'react';

let counter = 0;

/** A per-instance id for `aria-labelledby` and `htmlFor` (React 17 has no `useId`). */
export function useUniqueId(prefix = 'gitops'): string {
  const ref = React.useRef<string>();
  if (ref.current === undefined) ref.current = `${prefix}-${++counter}`;
  return ref.current;
}
