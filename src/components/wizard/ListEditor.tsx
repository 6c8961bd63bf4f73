import * as React from 'react';
import { Button, Input } from '@kubed/components';
import { t } from '../../host';
import type { FieldError } from '../../model/wizardValidate';
import { describedBy, FieldMessages } from './fields';
import { Row } from './styles';
import { useFieldId } from './useFieldId';

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

/** Rows of text: value files, images. A new row gets the focus; removing one moves it to a neighbour. */
export function ListEditor({ legend, itemLabel, items, onChange, addLabel, error, help, placeholder }: ListEditorProps) {
  const id = useFieldId('list');
  const [focusRow, setFocusRow] = React.useState<number | null>(null);
  const rowRefs = React.useRef<Array<HTMLInputElement | null>>([]);
  const addRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focusRow === null) return;
    (rowRefs.current[focusRow] ?? addRef.current)?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const describe = describedBy(help ? `${id}-help` : undefined, error ? `${id}-error` : undefined);
  return (
    <fieldset aria-describedby={describe}>
      <legend>{legend}</legend>
      {items.map((item, i) => (
        <Row key={i}>
          <Input
            ref={(el: HTMLInputElement | null) => (rowRefs.current[i] = el)}
            aria-label={`${itemLabel} ${i + 1}`}
            value={item}
            placeholder={placeholder}
            aria-invalid={error && item.trim() === '' ? true : undefined}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => onChange(items.map((old, j) => (j === i ? e.target.value : old)))}
          />
          <Button
            type="button"
            variant="text"
            aria-label={t('GITOPS_WIZARD_REMOVE_ROW', { item: `${itemLabel} ${i + 1}` })}
            onClick={() => {
              onChange(items.filter((_, j) => j !== i));
              setFocusRow(items.length > 1 ? Math.min(i, items.length - 2) : -1);
            }}
          >
            {t('GITOPS_WIZARD_REMOVE')}
          </Button>
        </Row>
      ))}
      <Row>
        <Button
            type="button"
          ref={addRef}
          onClick={() => {
            onChange([...items, '']);
            setFocusRow(items.length);
          }}
        >
          {addLabel}
        </Button>
      </Row>
      <FieldMessages help={help} helpId={`${id}-help`} error={error} errorId={`${id}-error`} />
    </fieldset>
  );
}
