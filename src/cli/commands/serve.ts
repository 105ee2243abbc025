import { loadDemo } from '../../app/demo/load-demo.ts';
import { startServer } from '../../api/server.ts';
import { openSession } from '../session.ts';
import { UsageError } from '../usage-error.ts';

export interface ServeOptions {
  readonly port?: string;
  readonly host?: string;
  readonly demo?: boolean;
}

export async function serve(options: ServeOptions): Promise<void> {
  const port = Number(options.port ?? process.env.PORT ?? 3000);
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new UsageError(`--port must be a port number, got "${options.port ?? process.env.PORT}"`);
  const host = options.host ?? process.env.HOST ?? '127.0.0.1';
  const session = await openSession();
  if (options.demo) {
    const demo = await loadDemo(session);
    console.log(`Demo organisation ready: ${demo.name}`);
  }
  const server = await startServer({ store: session.store, port, host });
  console.log(`Trust Ledger is running at ${server.url}  (data: ${session.store.location})`);
  console.log(`API reference: ${server.url}/api/v1/docs — press Ctrl+C to stop.`);
  const stop = async () => {
    await server.close();
    await session.close();
    process.exit(0);
  };
  process.once('SIGINT', stop);
  process.once('SIGTERM', stop);
}
