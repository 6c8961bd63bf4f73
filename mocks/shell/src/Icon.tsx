import * as React from 'react';
import * as KubedIcons from '@kubed/icons';

export function iconComponentName(name: string): string {
  return name
    .split('-')
    .filter(Boolean)
    .map((part) => part[0].toUpperCase() + part.slice(1))
    .join('');
}

/** Like the console's shared `Icon`: a kebab-case name from @kubed/icons; an unknown name throws. */
export function Icon({ name, size = 20 }: { name: string; size?: number }) {
  const Component = (KubedIcons as unknown as Record<string, React.ComponentType<{ size?: number }>>)[iconComponentName(name)];
  if (!Component) throw new Error(`Icon "${name}" does not exist in @kubed/icons`);
  return <Component size={size} aria-hidden="true" />;
}
