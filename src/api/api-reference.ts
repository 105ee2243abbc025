import { readFile } from 'node:fs/promises';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Hono } from 'hono';
import type { ApiEnv } from './api-env.ts';

/**
 * The interactive API reference at `/docs`: Swagger UI from the swagger-ui-dist package on
 * disk, never from a CDN.
 */
const swaggerDir = dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'));
const ASSETS: Record<string, { file: string; type: string }> = {
  'swagger-ui.css': { file: join(swaggerDir, 'swagger-ui.css'), type: 'text/css; charset=utf-8' },
  'swagger-ui-bundle.js': { file: join(swaggerDir, 'swagger-ui-bundle.js'), type: 'text/javascript; charset=utf-8' },
  'start-reference.js': {
    file: join(dirname(fileURLToPath(import.meta.url)), 'assets', 'start-reference.js'),
    type: 'text/javascript; charset=utf-8',
  },
};

export function apiReferenceRoutes(api: Hono<ApiEnv>, base: string, specUrl: string): void {
  api.get('/docs', (c) =>
    c.html(`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Trust Ledger API reference</title>
<link rel="stylesheet" href="${base}/docs/assets/swagger-ui.css">
</head>
<body>
<div id="reference" data-spec-url="${specUrl}"></div>
<script src="${base}/docs/assets/swagger-ui-bundle.js"></script>
<script src="${base}/docs/assets/start-reference.js"></script>
</body>
</html>`),
  );
  api.get('/docs/assets/:name', async (c) => {
    const asset = ASSETS[c.req.param('name')];
    if (!asset) return c.notFound();
    return c.body(await readFile(asset.file), 200, {
      'content-type': asset.type,
      'cache-control': 'public, max-age=86400',
    });
  });
}
