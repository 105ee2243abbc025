import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { createContext } from '../app/context.ts';
import type { Store } from '../store/connect.ts';
import { createApi } from './create-api.ts';

export interface ServerOptions {
  readonly store: Store;
  /** 0 picks a free port. */
  readonly port?: number;
  readonly host?: string;
  /** The built web application; `null` serves the API only. */
  readonly webRoot?: string | null;
  readonly now?: () => Date;
}

export interface RunningServer {
  readonly url: string;
  close(): Promise<void>;
}

/** Starts the HTTP server on a migrated store and resolves once it listens. */
export function startServer(options: ServerOptions): Promise<RunningServer> {
  const app = createApi(createContext(options.store, options.now), { webRoot: options.webRoot });
  const host = options.host ?? '127.0.0.1';
  return new Promise((resolve, reject) => {
    const server = serve({ fetch: app.fetch, port: options.port ?? 3000, hostname: host }, (info: AddressInfo) => {
      const shownHost = host === '0.0.0.0' || host === '::' ? 'localhost' : host;
      resolve({
        url: `http://${shownHost}:${info.port}`,
        close: () => new Promise<void>((done, fail) => server.close((error) => (error ? fail(error) : done()))),
      });
    });
    server.once('error', reject);
  });
}
