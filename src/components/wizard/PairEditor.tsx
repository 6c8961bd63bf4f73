import * as React from 'react';
import { Button, Input } from '@kubed/components';
import { t } from '../../host';
import type { FieldError } from '../../model/wizardValidate';
import { describedBy, FieldMessages } from './fields';
import { Row } from './styles';
import { useFieldId } from './useFieldId';

export interface Pair {
  name: string;
  value: string;
}

export interface PairEditorProps {
  legend: string;
  nameLabel: string;
  valueLabel: string;
  pairs: Pair[];
  onChange(pairs: Pair[]): void;
  addLabel: string;
  error?: FieldError;
  help?: React.ReactNode;
}

/** Rows of name and value: Helm parameters, or a map while it is edited (see `MapEditor`). */
export function PairEditor({ legend, nameLabel, valueLabel, pairs, onChange, addLabel, error, help }: PairEditorProps) {
  const id = useFieldId('pairs');
  const [focusRow, setFocusRow] = React.useState<number | null>(null);
  const rowRefs = React.useRef<Array<HTMLInputElement | null>>([]);
  const addRef = React.useRef<HTMLButtonElement>(null);
  React.useEffect(() => {
    if (focusRow === null) return;
    (rowRefs.current[focusRow] ?? addRef.current)?.focus();
    setFocusRow(null);
  }, [focusRow]);
  const set = (i: number, change: Partial<Pair>) => onChange(pairs.map((p, j) => (j === i ? { ...p, ...change } : p)));
  return (
    <fieldset aria-describedby={describedBy(help ? `${id}-help` : undefined, error ? `${id}-error` : undefined)}>
      <legend>{legend}</legend>
      {pairs.map((pair, i) => (
        <Row key={i}>
          <Input
            ref={(el: HTMLInputElement | null) => (rowRefs.current[i] = el)}
            aria-label={`${nameLabel} ${i + 1}`}
            value={pair.name}
            aria-invalid={error && pair.name.trim() === '' ? true : undefined}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(i, { name: e.target.value })}
          />
          <Input aria-label={`${valueLabel} ${i + 1}`} value={pair.value} onChange={(e: React.ChangeEvent<HTMLInputElement>) => set(i, { value: e.target.value })} />
          <Button
            type="button"
            variant="text"
            aria-label={t('GITOPS_WIZARD_REMOVE_ROW', { item: `${nameLabel} ${i + 1}` })}
            onClick={() => {
              onChange(pairs.filter((_, j) => j !== i));
              setFocusRow(pairs.length > 1 ? Math.min(i, pairs.length - 2) : -1);
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
            onChange([...pairs, { name: '', value: '' }]);
            setFocusRow(pairs.length);
          }}
        >
          {addLabel}
        </Button>
      </Row>
      <FieldMessages help={help} helpId={`${id}-help`} error={error} errorId={`${id}-error`} />
    </fieldset>
  );
}

function pairsOf(map: Record<string, string>): Pair[] {
  return Object.entries(map).map(([name, value]) => ({ name, value }));
}

function mapOf(pairs: Pair[]): Record<string, string> {
  const map: Record<string, string> = {};
  for (const p of pairs) if (p.name.trim() !== '') map[p.name.trim()] = p.value;
  return map;
}

const sameMap = (a: Record<string, string>, b: Record<string, string>) => JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * A string map (labels, annotations) edited as rows. A map cannot hold a row whose key is still
 * empty, or two rows with one key, so the rows live here while typed and the map gets what they
 * mean; a change from outside (the YAML view) resets the rows.
 */
export function MapEditor({ map, onChange, ...rest }: Omit<PairEditorProps, 'pairs' | 'onChange' | 'error'> & { map: Record<string, string>; onChange(map: Record<string, string>): void }) {
  const [pairs, setPairs] = React.useState(() => pairsOf(map));
  React.useEffect(() => {
    setPairs((current) => (sameMap(mapOf(current), map) ? current : pairsOf(map)));
  }, [map]);
  const names = pairs.map((p) => p.name.trim()).filter(Boolean);
  const duplicate = names.find((n, i) => names.indexOf(n) !== i);
  const blank = pairs.findIndex((p) => p.name.trim() === '' && p.value !== '');
  const error: FieldError | undefined = duplicate
    ? { key: 'GITOPS_WIZARD_ERR_DUPLICATE_KEY', params: { key: duplicate } }
    : blank >= 0
      ? { key: 'GITOPS_WIZARD_ERR_KEY_EMPTY', params: { row: blank + 1 } }
      : undefined;
  return (
    <PairEditor
      {...rest}
      pairs={pairs}
      error={error}
      onChange={(next) => {
        setPairs(next);
        onChange(mapOf(next));
      }}
    />
  );
}
