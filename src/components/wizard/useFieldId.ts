import * as React from 'react';

let counter = 0;

/** A per-instance id for `htmlFor` and `aria-describedby` (React 17 has no `useId`). */
export function useFieldId(prefix: string): string {
  const ref = React.useRef<string>();
  if (ref.current === undefined) ref.current = `gitops-wizard-${prefix}-${++counter}`;
  return ref.current;
}
