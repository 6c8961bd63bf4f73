import compression from 'compression';
import type { RequestHandler } from 'express';

/**
 * The KubeSphere console's compression of API answers. ks-console 4.1.3 proxies
 * `(/clusters/[^/]*)?/(k?)api(s?)/(.*)` to ks-apiserver with http-proxy (console
 * server/routes.js L61-66, server/proxy.js `k8sResourceProxy`), and every answer of its Koa app
 * passes the `compression` middleware with `filter: shouldCompress` (server/components/boot.js
 * L20-27, L42): gzip when the browser accepts it, whatever the content type, above the
 * middleware's 1 kB threshold, except a followed log (`follow=true`, text/plain) and what is
 * already encoded. So the 7.9 MB application of 20,000 resources reaches the browser compressed,
 * though devops-apiserver does not compress (ks-devops pkg/apiserver/apiserver.go
 * `restful.NewContainer()`, whose content encoding is off by default: go-restful v3 container.go)
 * and kube-apiserver only above 128 KiB (k8s.io/apiserver
 * endpoints/handlers/responsewriters/writers.go `defaultGzipThresholdBytes`; the middleware then
 * leaves it as it is). The same middleware here, with the console's filter.
 */
export const CONSOLE_COMPRESSED = /^(\/clusters\/[^/]*)?\/k?apis?\//i;

export function consoleCompression(): RequestHandler {
  return compression({
    threshold: 1024,
    filter: (req, res) => {
      const url = (req as { originalUrl?: string }).originalUrl ?? req.url ?? '';
      if (!CONSOLE_COMPRESSED.test(url)) return false;
      // shouldCompress: a followed log stays a stream.
      const follow = new URLSearchParams(url.split('?')[1] ?? '').get('follow') === 'true';
      return !(follow && String(res.getHeader('Content-Type') ?? '').startsWith('text/plain'));
    },
  }) as RequestHandler;
}
