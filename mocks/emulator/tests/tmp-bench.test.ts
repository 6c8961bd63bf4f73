import { it } from 'vitest';
import { setupServer } from 'msw/node';
import { createEmulator } from '../index';
it('bench', async () => {
  let t = performance.now();
  const em = createEmulator({ timing: 'instant', seed: { seed: 'large-list', count: 10000 } });
  console.log('seed 10k ms', (performance.now() - t).toFixed(1));
  const server = setupServer(...em.handlers); server.listen();
  const url = 'http://localhost/kapis/gitops.kubesphere.io/v1alpha1/namespaces/demo-project/applications';
  for (const q of ['?limit=20&page=1', '?limit=20&page=250&sortBy=name', '?limit=20&name=Service&healthStatus=Healthy', '?limit=20']) {
    const times = [];
    for (let i = 0; i < 15; i++) { t = performance.now(); const r = await fetch(url + q); await r.text(); times.push(performance.now() - t); }
    times.sort((a,b)=>a-b);
    console.log(q, 'median', times[7].toFixed(2), 'max', times[14].toFixed(2));
  }
  t = performance.now(); const r = await fetch(url); const txt = await r.text(); console.log('all 10k', (performance.now()-t).toFixed(1), 'ms', (txt.length/1e6).toFixed(1), 'MB');
  t = performance.now(); await fetch(url.replace('/applications','/application-summary')); console.log('summary', (performance.now()-t).toFixed(1));
  t = performance.now(); em.reset({ seed: 'large-tree', resources: 5000 }); console.log('tree seed', (performance.now()-t).toFixed(1));
  t = performance.now(); const tr = await fetch(url + '/large-tree'); const tt = await tr.text(); console.log('tree get', (performance.now()-t).toFixed(1), (tt.length/1e6).toFixed(2),'MB');
  t = performance.now(); em.reset('demo'); console.log('demo seed', (performance.now()-t).toFixed(1));
  server.close(); em.dispose();
}, 60000);
