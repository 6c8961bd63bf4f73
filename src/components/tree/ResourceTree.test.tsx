// @vitest-environment jsdom
import * as React from 'react';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { KubedConfigProvider } from '@kubed/components';
import { buildResourceTree, expandableKeys, parseArgoStatus, type ResourceTree as Tree, type VisibleRow } from '../../model';
import { rowList, treeLayout } from '../../model/tree/rowList';
import { shareResources } from '../../model/tree/sharedResources';
import { resourceTreeBuilder } from '../../model/tree/treeBuilder';
import { installTestTranslations } from '../../testing/i18n';
import { ResourceTree } from './ResourceTree';
import { TreeView } from './TreeView';

/** `count` Deployments in one namespace: one kind group holding every resource. */
function flatTree(count: number): Tree {
  const resources = Array.from({ length: count }, (_, i) => ({
    group: 'apps',
    version: 'v1',
    kind: 'Deployment',
    namespace: 'web',
    name: `app-${String(i).padStart(5, '0')}`,
    status: i % 7 === 0 ? 'OutOfSync' : 'Synced',
    health: { status: 'Healthy' },
  }));
  return buildResourceTree(parseArgoStatus(JSON.stringify({ resources })).status, { appName: 'big' });
}

function smallTree(): Tree {
  const status = {
    resources: [
      {
        group: 'apps',
        version: 'v1',
        kind: 'Deployment',
        namespace: 'web',
        name: 'guestbook-ui',
        status: 'Synced',
        health: { status: 'Healthy' },
      },
      {
        version: 'v1',
        kind: 'Service',
        namespace: 'web',
        name: 'guestbook-ui',
        status: 'OutOfSync',
        health: { status: 'Healthy' },
        requiresPruning: true,
      },
      { version: 'v1', kind: 'ConfigMap', namespace: 'web', name: '<img src=x onerror=alert(1)>', status: 'Synced' },
    ],
  };
  return buildResourceTree(parseArgoStatus(JSON.stringify(status)).status, { appName: 'guestbook' });
}

const renderTree = (tree: Tree, onSyncResources?: (keys: string[]) => void) =>
  render(
    <KubedConfigProvider>
      <ResourceTree tree={tree} height={360} onSyncResources={onSyncResources} />
    </KubedConfigProvider>,
  );

const items = () => screen.getAllByRole('treeitem');
const focused = () => document.activeElement as HTMLElement;
const press = (key: string) => fireEvent.keyDown(focused(), { key });

beforeAll(() => installTestTranslations());
afterEach(cleanup);

describe('resource tree', () => {
  it('is a tree whose items carry level, position, set size and expansion', () => {
    renderTree(smallTree());
    const tree = screen.getByRole('tree', { name: 'Resources of the application' });
    const rows = within(tree).getAllByRole('treeitem');
    const [root, ns, firstKind] = rows;
    expect(root).toHaveProperty('textContent', expect.stringContaining('guestbook'));
    expect(root.getAttribute('aria-level')).toBe('1');
    expect(root.getAttribute('aria-expanded')).toBe('true');
    expect(ns.getAttribute('aria-level')).toBe('2');
    expect(firstKind.getAttribute('aria-level')).toBe('3');
    expect(firstKind.getAttribute('aria-setsize')).toBe('3');
    expect(firstKind.getAttribute('aria-posinset')).toBe('1');
    const leaf = rows.find((r) => r.getAttribute('aria-level') === '4')!;
    expect(leaf.hasAttribute('aria-expanded')).toBe(false);
    // Exactly one row is in the tab order.
    expect(rows.filter((r) => r.tabIndex === 0)).toHaveLength(1);
  });

  it('shows markers and renders names containing HTML as text', () => {
    renderTree(smallTree());
    expect(screen.getByText('<img src=x onerror=alert(1)>')).toBeTruthy();
    expect(document.querySelector('img')).toBeNull();
    expect(screen.getByText('To be pruned')).toBeTruthy();
  });

  it('moves with the arrow keys, Home and End, and opens and closes with Left, Right, Enter and Space', () => {
    renderTree(smallTree());
    items()[0].focus();
    press('ArrowDown');
    expect(focused().getAttribute('aria-level')).toBe('2');
    press('ArrowLeft');
    expect(focused().getAttribute('aria-expanded')).toBe('false');
    expect(items()).toHaveLength(2);
    press('ArrowRight');
    expect(focused().getAttribute('aria-expanded')).toBe('true');
    press('ArrowRight');
    expect(focused().getAttribute('aria-level')).toBe('3');
    press('Enter');
    expect(focused().getAttribute('aria-expanded')).toBe('false');
    press(' ');
    expect(focused().getAttribute('aria-expanded')).toBe('true');
    press('End');
    expect(focused().getAttribute('aria-level')).toBe('4');
    press('ArrowLeft');
    expect(focused().getAttribute('aria-level')).toBe('3');
    press('Home');
    expect(focused().getAttribute('aria-level')).toBe('1');
    expect(items().filter((r) => r.tabIndex === 0)).toEqual([focused()]);
  });

  it('filters by name and kind, and collapses and expands everything', () => {
    renderTree(smallTree());
    fireEvent.change(screen.getByLabelText('Name'), { target: { value: 'GUESTBOOK' } });
    expect(screen.getByText('2 of 3 resources match')).toBeTruthy();
    fireEvent.change(screen.getByLabelText('Kind'), { target: { value: 'Service' } });
    expect(screen.getByText('1 of 3 resources match')).toBeTruthy();
    expect(items().map((r) => r.getAttribute('aria-level'))).toEqual(['1', '2', '3', '4']);
    fireEvent.click(screen.getByRole('button', { name: 'Clear filters' }));
    fireEvent.click(screen.getByRole('button', { name: 'Collapse all' }));
    // Down to the namespaces: the application stays open.
    expect(items()).toHaveLength(2);
    fireEvent.click(screen.getByRole('button', { name: 'Expand all' }));
    expect(items()).toHaveLength(1 + 1 + 3 + 3);
  });

  it('keeps only a window of rows in the DOM with 5,000 resources, and End still reaches the last one', () => {
    const tree = flatTree(5000);
    renderTree(tree);
    // A large tree opens down to the namespaces only; open the one kind group.
    items()[0].focus();
    press('End');
    press('ArrowRight');
    expect(focused().getAttribute('aria-expanded')).toBe('true');
    const rendered = items().length;
    expect(rendered).toBeGreaterThan(10);
    expect(rendered).toBeLessThan(60);
    press('End');
    expect(focused().textContent).toContain('app-04999');
    expect(focused().getAttribute('aria-posinset')).toBe('5000');
    expect(focused().getAttribute('aria-setsize')).toBe('5000');
    expect(items().length).toBeLessThan(60);
    press('Home');
    expect(focused().getAttribute('aria-level')).toBe('1');
    expect(items().length).toBeLessThan(60);
  });

  it('offers to sync just the resources a filter matches', () => {
    const onSync = vi.fn();
    const tree = smallTree();
    renderTree(tree, onSync);
    expect(screen.queryByRole('button', { name: /^Sync/ })).toBeNull();
    fireEvent.change(screen.getByLabelText('Sync status'), { target: { value: 'OutOfSync' } });
    fireEvent.click(screen.getByRole('button', { name: 'Sync this resource' }));
    expect(onSync).toHaveBeenCalledWith([tree.resources.find((r) => r.kind === 'Service')!.key]);
  });

  it('says when there are no resources yet', () => {
    renderTree(buildResourceTree(null, { appName: 'x' }));
    expect(screen.getByText('Argo CD has not reported any resource for this application yet.')).toBeTruthy();
    expect(screen.queryByRole('tree')).toBeNull();
  });
});

describe('a status refresh', () => {
  /** 30 Deployments in one namespace, all open, one of them with `health`. */
  function status(health: string) {
    const resources = Array.from({ length: 30 }, (_, i) => ({
      group: 'apps',
      version: 'v1',
      kind: 'Deployment',
      namespace: 'web',
      name: `app-${String(i).padStart(2, '0')}`,
      status: 'Synced',
      health: { status: i === 7 ? health : 'Healthy' },
    }));
    return parseArgoStatus(JSON.stringify({ resources })).status;
  }

  it('draws again only the rows whose resource changed, and the groups above them', () => {
    const build = resourceTreeBuilder();
    const first = status('Healthy');
    const drawn: string[] = [];
    const renderRow = (row: VisibleRow) => {
      drawn.push(row.key);
      return row.node.label;
    };
    const view = (tree: Tree) => {
      const rows = rowList(treeLayout(tree, new Set(expandableKeys(tree))));
      return (
        <KubedConfigProvider>
          <TreeView rows={rows} label="Resources" onToggle={() => undefined} renderRow={renderRow} height={2000} />
        </KubedConfigProvider>
      );
    };
    const { rerender } = render(view(build(first, 'big')));
    expect(drawn).toHaveLength(33);
    drawn.length = 0;
    // A reconcile: nothing changed, nothing is drawn again.
    rerender(view(build(shareResources(first, status('Healthy')), 'big')));
    expect(drawn).toEqual([]);
    rerender(view(build(shareResources(first, status('Degraded')), 'big')));
    expect(drawn).toEqual(['app:big', 'ns:web', 'kind:web/apps/Deployment', 'apps/v1/Deployment/web/app-07']);
    expect(screen.getAllByRole('treeitem')).toHaveLength(33);
  });
});
