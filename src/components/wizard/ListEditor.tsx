import * as React from 'react';
import { Input } from '@kubed/components';
import type { FieldError } from '../../model/wizard/wizardValidate';
import { RowsEditor } from './RowsEditor';

export interface ListEditorProps {
  legend: string;
  /** How one row is called in its label: "Value file 2". */
  itemLabel: string;
  items: string[];
  onChange(items: string[]): void;
  addLabel: string;
  error?: FieldError;
  help?: React.ReactNode;
  placeholder?: string;
}

/** Rows of text: value files, images. */
export function ListEditor({ legend, itemLabel, items, onChange, addLabel, error, help, placeholder }: ListEditorProps) {
  return (
    <RowsEditor
      idPrefix="list"
      legend={legend}
      rows={items}
      onChange={onChange}
      newRow={() => ''}
      rowName={(i) => `${itemLabel} ${i + 1}`}
      addLabel={addLabel}
      error={error}
      help={help}
      renderRow={(item, i, update, focusRef) => (
        <Input
          ref={focusRef}
          aria-label={`${itemLabel} ${i + 1}`}
          value={item}
          placeholder={placeholder}
          aria-invalid={error && item.trim() === '' ? true : undefined}
          onChange={(e: React.ChangeEvent<HTMLInputElement>) => update(e.target.value)}
        />
      )}
    />
  );
}
