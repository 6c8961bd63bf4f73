import fs from 'node:fs';
import type express from 'express';

/**
 * For `npm run dev`: the console builds its router once, so a changed bundle needs a page
 * reload. The page listens on an event stream; a rebuild of the entry sends `reload`.
 */
export function liveReload(distDir: string) {
  const clients = new Set<express.Response>();
  let timer: NodeJS.Timeout | undefined;
  const watcher = fs.watch(distDir, { persistent: false }, () => {
    clearTimeout(timer);
    timer = setTimeout(() => {
      for (const res of clients) res.write('data: reload\n\n');
    }, 300);
  });
  return {
    extraHtml: '<script>new EventSource("/_shell/reload").onmessage=function(){location.reload()}</script>',
    extraRoutes: (app: express.Express) => {
      app.get('/_shell/reload', (req, res) => {
        res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-store', connection: 'keep-alive' });
        res.write(': connected\n\n');
        clients.add(res);
        req.on('close', () => clients.delete(res));
      });
    },
    close: () => watcher.close(),
  };
}
