// @vitest-environment jsdom
import * as React from 'react';
import { fireEvent, render, screen } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { beforeEach, describe, expect, it } from 'vitest';
import { installTestTranslations } from '../../testing/i18n';
import { ListEditor } from './ListEditor';
import { PairEditor, type Pair } from './PairEditor';

beforeEach(() => installTestTranslations('en'));

function Lists({ initial }: { initial: string[] }) {
  const [items, setItems] = React.useState(initial);
  return <ListEditor legend="Value files" itemLabel="Value file" items={items} onChange={setItems} addLabel="Add value file" />;
}

function Pairs() {
  const [pairs, setPairs] = React.useState<Pair[]>([{ name: 'replicas', value: '2' }]);
  return (
    <>
      <PairEditor legend="Parameters" nameLabel="Parameter" valueLabel="Value" pairs={pairs} onChange={setPairs} addLabel="Add parameter" />
      <output data-testid="pairs">{JSON.stringify(pairs)}</output>
    </>
  );
}

const wrap = (ui: React.ReactElement) => render(<KubedConfigProvider>{ui}</KubedConfigProvider>);

describe('editable rows', () => {
  it('a new row gets the focus; removing one moves the focus to a neighbour, then to "add"', () => {
    wrap(<Lists initial={['values.yaml']} />);
    fireEvent.click(screen.getByRole('button', { name: 'Add value file' }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Value file 2' }));
    fireEvent.click(screen.getByRole('button', { name: /Value file 2$/ }));
    expect(document.activeElement).toBe(screen.getByRole('textbox', { name: 'Value file 1' }));
    fireEvent.click(screen.getByRole('button', { name: /Value file 1$/ }));
    expect(screen.queryByRole('textbox')).toBeNull();
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Add value file' }));
  });

  it('edits names and values of pairs in place', () => {
    wrap(<Pairs />);
    fireEvent.change(screen.getByRole('textbox', { name: 'Value 1' }), { target: { value: '3' } });
    fireEvent.click(screen.getByRole('button', { name: 'Add parameter' }));
    fireEvent.change(screen.getByRole('textbox', { name: 'Parameter 2' }), { target: { value: 'image.tag' } });
    expect(JSON.parse(screen.getByTestId('pairs').textContent ?? '[]')).toEqual([
      { name: 'replicas', value: '3' },
      { name: 'image.tag', value: '' },
    ]);
  });
});
