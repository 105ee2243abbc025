import {
  AliasNode,
  TableNode,
  type Dialect,
  type KyselyPlugin,
  type OperationNode,
  type PluginTransformQueryArgs,
  type PluginTransformResultArgs,
  type QueryResult,
  type RootOperationNode,
  type UnknownRow,
  type WithNode,
} from 'kysely';
import type { Database } from './schema.ts';

/**
 * Tables whose rows no reading of the ledger depends on: who is signed in, who may sign in or
 * call the API, the audit trail (always written beside a change that does count), and the record
 * of which parts of a scan result were shown (written on every view of a result). A write to one
 * of these leaves cached readings valid, so signing in or viewing a scan does not flush them.
 */
const IGNORED_TABLES: ReadonlySet<string> = new Set<keyof Database>([
  'sessions',
  'users',
  'memberships',
  'invitations',
  'api_tokens',
  'audit_log',
  'scan_disclosures',
]);

/**
 * A number that grows whenever the database may have changed in a way a reading could show.
 * Readers note it before they read and trust a remembered result only while it is unchanged
 * (app/read-cache.ts). It counts this process's writes; `othersCommitted`, when the database can
 * tell, says whether another process has committed since it was last asked (SQLite's
 * `data_version`). PostgreSQL cannot tell cheaply: there one server process must be the only
 * writer (see docs/architecture.md).
 */
export class ChangeCounter {
  #value = 0;
  #others: number | undefined;

  constructor(private readonly othersCommitted?: () => number) {}

  get value(): number {
    const others = this.othersCommitted?.();
    if (others !== this.#others) {
      if (this.#others !== undefined) this.#value++;
      this.#others = others;
    }
    return this.#value;
  }

  bump(): void {
    this.#value++;
  }
}

/** Whether a written table can change a reading: yes unless it is a plain table we know does not. */
function counts(target: OperationNode | undefined): boolean {
  const table = target && AliasNode.is(target) ? target.node : target;
  return !(table && TableNode.is(table) && IGNORED_TABLES.has(table.table.identifier.name));
}

/** A common table expression may itself write (`with x as (delete …) select …`). */
function writesIn(withNode: WithNode | undefined): boolean {
  return (withNode?.expressions ?? []).some((cte) => changesReadings(cte.expression as RootOperationNode));
}

/** Whether a query may change what a reading shows. Raw SQL and schema changes are unknown, so they count. */
export function changesReadings(node: RootOperationNode): boolean {
  switch (node.kind) {
    case 'SelectQueryNode':
      return writesIn(node.with);
    case 'InsertQueryNode':
      return counts(node.into) || writesIn(node.with);
    case 'UpdateQueryNode':
      return counts(node.table) || writesIn(node.with);
    case 'DeleteQueryNode':
      return node.from.froms.some(counts) || writesIn(node.with);
    default:
      return true;
  }
}

/**
 * Bumps the counter once a writing query has run. After, not before: on PostgreSQL a reader on
 * another connection that noted the old value may have read the old rows, and the bump makes
 * whatever it remembers stale. A query that fails changed nothing and is not counted.
 */
export class ChangeCountingPlugin implements KyselyPlugin {
  readonly #writes = new WeakSet<object>();

  constructor(private readonly counter: ChangeCounter) {}

  transformQuery(args: PluginTransformQueryArgs): RootOperationNode {
    if (changesReadings(args.node)) this.#writes.add(args.queryId);
    return args.node;
  }

  transformResult(args: PluginTransformResultArgs): Promise<QueryResult<UnknownRow>> {
    if (this.#writes.has(args.queryId)) this.counter.bump();
    return Promise.resolve(args.result);
  }
}

/**
 * A dialect whose driver bumps the counter after every commit. Inside a transaction the writes
 * are counted as they run, before they are visible to other connections; a PostgreSQL reader
 * that notes the counter in between would read the rows as they were before the commit and
 * remember them under the new value. The bump after the commit makes that memory stale.
 */
export function countingCommits(dialect: Dialect, counter: ChangeCounter): Dialect {
  return {
    createDriver() {
      const driver = dialect.createDriver();
      const commit = driver.commitTransaction.bind(driver);
      driver.commitTransaction = async (connection) => {
        await commit(connection);
        counter.bump();
      };
      return driver;
    },
    createQueryCompiler: () => dialect.createQueryCompiler(),
    createAdapter: () => dialect.createAdapter(),
    createIntrospector: (db) => dialect.createIntrospector(db),
  };
}
