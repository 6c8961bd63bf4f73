/**
 * Metadata-only reads through kube-apiserver (api/kube-metadata.ts): the PartialObjectMetadataList a
 * metadata client asks for, for applications (a CRD) and live objects alike, the fallback to the
 * plain list, and the 406s of k8s.io/apiserver endpoints/handlers.
 */
import type { Loose } from '../core/util';
import { describe, expect, it } from 'vitest';
import { call, useEmulator } from './harness';

useEmulator();
const APPS = '/apis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';
const AS_LIST = 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1';
const METADATA_CLIENT = `${AS_LIST},application/json`;

describe('PartialObjectMetadataList', () => {
  it('lists applications as their metadata only, with the list resourceVersion to watch from', async () => {
    const full = await call(APPS);
    const meta = await call(APPS, { headers: { accept: METADATA_CLIENT } });
    expect(meta.status).toBe(200);
    expect(meta.headers.get('content-type')).toBe('application/json');
    expect(meta.text.startsWith('{"kind":"PartialObjectMetadataList","apiVersion":"meta.k8s.io/v1","metadata":{"resourceVersion":')).toBe(
      true,
    );
    expect(meta.json.metadata).toEqual({ resourceVersion: full.json.metadata.resourceVersion });
    expect(meta.json.items).toHaveLength(full.json.items.length);
    const guestbook = full.json.items.find((i: Loose) => i.metadata.name === 'guestbook');
    const item = meta.json.items.find((i: Loose) => i.metadata.name === 'guestbook');
    expect(item).toEqual({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: guestbook.metadata });
    // ObjectMeta in its Go field order, labels as a Go map.
    expect(Object.keys(item.metadata).slice(0, 6)).toEqual([
      'name',
      'namespace',
      'uid',
      'resourceVersion',
      'generation',
      'creationTimestamp',
    ]);
    expect(meta.text).not.toContain('"spec"');
    expect(meta.text.length).toBeLessThan(full.text.length / 2);
  });

  it('pages with limit and continue; an empty list has null items', async () => {
    const page = await call(`${APPS}?limit=5`, { headers: { accept: METADATA_CLIENT } });
    expect(page.json.items).toHaveLength(5);
    expect(page.json.metadata).toMatchObject({ remainingItemCount: 9, continue: expect.any(String) });
    const rest = await call(`${APPS}?limit=20&continue=${page.json.metadata.continue}`, { headers: { accept: METADATA_CLIENT } });
    expect(rest.json.items).toHaveLength(9);
    expect(Object.keys(rest.json.metadata)).toEqual(['resourceVersion']);
    const none = await call(`${APPS}?labelSelector=nothing%3Dhere`, { headers: { accept: METADATA_CLIENT } });
    expect(none.json.items).toBeNull();
  });

  it('answers live objects the same way, and one object as PartialObjectMetadata', async () => {
    const deployments = '/apis/apps/v1/namespaces/guestbook/deployments';
    const full = await call(deployments);
    const meta = await call(deployments, { headers: { accept: METADATA_CLIENT } });
    expect(meta.json.kind).toBe('PartialObjectMetadataList');
    expect(full.json.items.length).toBeGreaterThan(0);
    expect(meta.json.items.map((i: Loose) => i.metadata.name)).toEqual(full.json.items.map((i: Loose) => i.metadata.name));
    const pod = await call('/api/v1/namespaces/guestbook/pods', { headers: { accept: AS_LIST } });
    expect([pod.status, pod.json.items[0].kind]).toEqual([200, 'PartialObjectMetadata']);
    const refused = await call(`/apis/apps/v1/namespaces/guestbook/deployments/${full.json.items[0].metadata.name}`, {
      headers: { accept: AS_LIST },
    });
    expect(refused.json.message).toBe('you requested PartialObjectMetadataList, but the requested object is not a list (*apps.Deployment)');
    const one = await call(`${APPS}/guestbook`, { headers: { accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1' } });
    expect(one.json).toMatchObject({ kind: 'PartialObjectMetadata', apiVersion: 'meta.k8s.io/v1', metadata: { name: 'guestbook' } });
    expect(one.json.spec).toBeUndefined();
  });

  it('gives the plain list to a plain Accept, and skips what it cannot convert to the next clause', async () => {
    for (const accept of [
      'application/json',
      '*/*',
      'application/json;as=Foo;g=meta.k8s.io;v=v1,application/json',
      `${AS_LIST};q=0.5,application/json`,
    ]) {
      const list = await call(APPS, { headers: { accept } });
      expect([accept, list.json.kind]).toEqual([accept, 'ApplicationList']);
    }
    const v1beta1 = await call(APPS, { headers: { accept: 'application/json;as=PartialObjectMetadataList;g=meta.k8s.io;v=v1beta1' } });
    expect(v1beta1.json.items[0].apiVersion).toBe('meta.k8s.io/v1beta1');
  });

  it('refuses with 406 what cannot be answered', async () => {
    const asObject = await call(APPS, { headers: { accept: 'application/json;as=PartialObjectMetadata;g=meta.k8s.io;v=v1' } });
    expect([asObject.status, asObject.json.reason, asObject.json.message]).toEqual([
      406,
      'NotAcceptable',
      'you requested PartialObjectMetadata, but the requested object is a list (*unstructured.UnstructuredList)',
    ]);
    const asList = await call(`${APPS}/guestbook`, { headers: { accept: AS_LIST } });
    expect([asList.status, asList.json.message]).toEqual([
      406,
      'you requested PartialObjectMetadataList, but the requested object is not a list (*unstructured.Unstructured)',
    ]);
    const html = await call(APPS, { headers: { accept: 'text/html' } });
    expect([html.status, html.json.message]).toEqual([
      406,
      'only the following media types are accepted: application/json, application/yaml, application/vnd.kubernetes.protobuf',
    ]);
  });
});
