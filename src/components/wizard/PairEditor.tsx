import * as React from 'react';
import { Input } from '@kubed/components';
import type { FieldError } from '../../model/wizard/wizardValidate';
import { RowsEditor } from './RowsEditor';

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
  return (
    <RowsEditor
      idPrefix="pairs"
      legend={legend}
      rows={pairs}
      onChange={onChange}
      newRow={() => ({ name: '', value: '' })}
      rowName={(i) => `${nameLabel} ${i + 1}`}
      addLabel={addLabel}
      error={error}
      help={help}
      renderRow={(pair, i, update, focusRef) => (
        <>
          <Input
            ref={focusRef}
            aria-label={`${nameLabel} ${i + 1}`}
            value={pair.name}
            aria-invalid={error && pair.name.trim() === '' ? true : undefined}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ ...pair, name: e.target.value })}
          />
          <Input
            aria-label={`${valueLabel} ${i + 1}`}
            value={pair.value}
            onChange={(e: React.ChangeEvent<HTMLInputElement>) => update({ ...pair, value: e.target.value })}
          />
        </>
      )}
    />
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

const sameMap = (a: Record<string, string>, b: Record<string, string>) =>
  JSON.stringify(Object.entries(a).sort()) === JSON.stringify(Object.entries(b).sort());

/**
 * A string map (labels, annotations) edited as rows. A map cannot hold a row whose key is still
 * empty, or two rows with one key, so the rows live here while typed and the map gets what they
 * mean; a change from outside (the YAML view) resets the rows.
 */
export function MapEditor({
  map,
  onChange,
  ...rest
}: Omit<PairEditorProps, 'pairs' | 'onChange' | 'error'> & { map: Record<string, string>; onChange(map: Record<string, string>): void }) {
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
