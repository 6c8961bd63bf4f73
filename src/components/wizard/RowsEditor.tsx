import * as React from 'react';
import { Button } from '@kubed/components';
import { t } from '../../host';
import type { FieldError } from '../../model/wizard/wizardValidate';
import { describedBy, FieldMessages } from './fields';
import { Row } from './styles';
import { useFieldId } from './useFieldId';

const FOCUSABLE = 'input, select, textarea, button';

export interface RowsEditorProps<T> {
  idPrefix: string;
  legend: string;
  rows: T[];
  onChange(rows: T[]): void;
  newRow(): T;
  /** How row `i` is called in labels: "Value file 2". */
  rowName(i: number): string;
  /** The row's inputs; `focusRef` goes on the first, which gets the focus when the row is added. */
  renderRow(row: T, i: number, update: (row: T) => void, focusRef: (el: HTMLElement | null) => void): React.ReactNode;
  addLabel: string;
  error?: FieldError;
  help?: React.ReactNode;
}

/**
 * Editable rows with add and remove, for lists and name/value pairs. A new row gets the focus;
 * removing one moves it to a neighbour (or to "add" when none is left), so keyboard users never
 * lose their place.
 */
export function RowsEditor<T>({ idPrefix, legend, rows, onChange, newRow, rowName, renderRow, addLabel, error, help }: RowsEditorProps<T>) {
  const id = useFieldId(idPrefix);
  const [focusRow, setFocusRow] = React.useState<number | null>(null);
  const rowRefs = React.useRef<Array<HTMLElement | null>>([]);
  const addRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focusRow === null) return;
    // kube-design's Input hands its ref the wrapper, not the <input>: focus what is inside.
    const row = rowRefs.current[focusRow];
    const control = row?.matches(FOCUSABLE) ? row : row?.querySelector<HTMLElement>(FOCUSABLE);
    (control ?? addRef.current)?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const update = (i: number) => (row: T) => onChange(rows.map((old, j) => (j === i ? row : old)));
  const remove = (i: number) => {
    onChange(rows.filter((_, j) => j !== i));
    setFocusRow(rows.length > 1 ? Math.min(i, rows.length - 2) : -1);
  };
  return (
    <fieldset aria-describedby={describedBy(help ? `${id}-help` : undefined, error ? `${id}-error` : undefined)}>
      <legend>{legend}</legend>
      {rows.map((row, i) => (
        <Row key={i}>
          {renderRow(row, i, update(i), (el) => (rowRefs.current[i] = el))}
          <Button type="button" variant="text" aria-label={t('GITOPS_WIZARD_REMOVE_ROW', { item: rowName(i) })} onClick={() => remove(i)}>
            {t('GITOPS_WIZARD_REMOVE')}
          </Button>
        </Row>
      ))}
      <Row>
        <Button
          type="button"
          ref={addRef}
          onClick={() => {
            onChange([...rows, newRow()]);
            setFocusRow(rows.length);
          }}
        >
          {addLabel}
        </Button>
      </Row>
      <FieldMessages help={help} helpId={`${id}-help`} error={error} errorId={`${id}-error`} />
    </fieldset>
  );
}
