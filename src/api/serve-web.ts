import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { serveStatic } from '@hono/node-server/serve-static';
import type { Hono } from 'hono';

/**
 * Serves the built web application. Unknown paths that are not files get `index.html`, so the
 * application's own routes work on reload; a missing build says how to make one.
 */
export function serveWeb(app: Hono, webRoot: string): void {
  app.use('/*', serveStatic({ root: webRoot }));
  app.get('/*', serveStatic({ root: webRoot, path: 'index.html' }));
  app.get('/*', (c) => {
    const built = existsSync(join(webRoot, 'index.html'));
    return c.text(
      built ? 'Not found' : `The web application has not been built (${webRoot} is missing). Run: npm run build`,
      built ? 404 : 503,
    );
  });
}
