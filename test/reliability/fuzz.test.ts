import fc from 'fast-check';
import { sql, type Kysely } from 'kysely';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actingAs, createContext, type AppContext } from '../../src/app/context.ts';
import { createUser } from '../../src/app/setup.ts';
import { API_BASE, createApi } from '../../src/api/create-api.ts';
import { ROLES, type Role } from '../../src/domain/roles.ts';
import type { Database } from '../../src/store/schema.ts';
import { DIALECTS, openTestStore, type TestStore } from '../support/stores.ts';
import { organisationFixture, type OrgFixture } from './support-fuzz.ts';

/**
 * Issue #11, suite 5: every operation of the OpenAPI document receives seeded random bad requests —
 * wrong types, missing and extra fields, huge strings, deep nesting, wrong content types, invalid
 * UTF-8, malformed JSON, garbage path parameters and query strings. None may crash the server (5xx),
 * every refusal is a problem document, and a refused write stores nothing.
 *
 * FUZZ_CASES (default 3000) cases per database, FUZZ_SEED (default below) replays a run.
 */
const CASES = Number(process.env.FUZZ_CASES ?? 3000);
const SEED = Number(process.env.FUZZ_SEED ?? 20261128);
const PASSWORD = 'correct horse battery staple';
const WRITES = new Set(['POST', 'PUT', 'PATCH', 'DELETE']);

interface JsonSchema {
  $ref?: string;
  type?: string | string[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
}

interface Operation {
  method: string;
  path: string;
  bodyFields: string[];
  queryNames: string[];
}

interface OpenApiDoc {
  paths: Record<string, Record<string, {
    parameters?: { name: string; in: string }[];
    requestBody?: { content?: Record<string, { schema?: JsonSchema }> };
  }>>;
  components?: { schemas?: Record<string, JsonSchema> };
}

const MUTATIONS = [
  'wrong-types', 'missing-fields', 'extra-fields', 'huge-string', 'deep-nesting', 'wrong-content-type',
  'invalid-utf8', 'malformed-json', 'garbage-path', 'garbage-query',
] as const;
type Mutation = (typeof MUTATIONS)[number];

interface Case {
  operation: number;
  mutation: Mutation;
  values: unknown[];
  keep: boolean[];
  extras: [string, unknown][];
  garbage: string;
  contentType: string;
  malformed: string;
  nestArray: boolean;
}

const GARBAGE_PATH = fc.oneof(
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('%', '%zz', '%E0%A4%A', '%00', '%FF%FE', '..%2F..%2Fetc%2Fpasswd', '-1', '0', '1e309', 'NaN', 'null',
    'x'.repeat(5000), '%F0%9F%98%80', "'%20or%201=1--", '00000000-0000-0000-0000-000000000000'),
);
const GARBAGE_QUERY = fc.oneof(
  fc.string({ maxLength: 40 }).map(encodeURIComponent),
  fc.constantFrom('%', '%zz', '-1', '1e309', 'NaN', '', '[]', '{}', 'x'.repeat(5000), '%00', '9999999999999999999999'),
);
const CASE: fc.Arbitrary<Case> = fc.record({
  operation: fc.nat(),
  mutation: fc.constantFrom(...MUTATIONS),
  values: fc.array(fc.jsonValue({ maxDepth: 3 }), { minLength: 12, maxLength: 12 }),
  keep: fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
  extras: fc.array(fc.tuple(fc.string({ minLength: 1, maxLength: 12 }), fc.jsonValue({ maxDepth: 2 })), { minLength: 1, maxLength: 4 }),
  garbage: fc.oneof(GARBAGE_PATH, GARBAGE_QUERY),
  contentType: fc.constantFrom('text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/json; charset=latin1', '', 'application/problem+json'),
  malformed: fc.oneof(
    fc.constantFrom('{', '{"a":', '[1,2', '{"a":1,}', "{'a':1}", 'undefined', 'NaN', '{"a":01}', '\u0000', '{"__proto__":{"x":1}}', 'nul', '"unterminated'),
    fc.string({ maxLength: 30 }).map((s) => `{${s}`),
  ),
  nestArray: fc.boolean(),
});

function resolve(doc: OpenApiDoc, schema: JsonSchema | undefined): JsonSchema | undefined {
  if (schema?.$ref) return doc.components?.schemas?.[schema.$ref.split('/').pop()!];
  return schema;
}

function operationsOf(doc: OpenApiDoc): Operation[] {
  return Object.entries(doc.paths).flatMap(([path, methods]) =>
    Object.entries(methods).map(([method, op]) => {
      const schema = resolve(doc, op.requestBody?.content?.['application/json']?.schema);
      return {
        method: method.toUpperCase(),
        path,
        bodyFields: Object.keys(schema?.properties ?? {}),
        queryNames: (op.parameters ?? []).filter((p) => p.in === 'query').map((p) => p.name),
      };
    }),
  );
}

function fillPath(path: string, fixture: OrgFixture, garbage: string | null, which: number): string {
  let index = 0;
  return path.replace(/\{(\w+)\}/g, (_, name: string) => {
    const known = (fixture as unknown as Record<string, unknown>)[name];
    const replace = garbage !== null && index++ % 2 === which % 2;
    if (replace || typeof known !== 'string') return garbage ?? 'no-such-thing';
    return known;
  });
}

interface Request {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: string | Uint8Array<ArrayBuffer>;
}

function requestFor(op: Operation, c: Case, fixture: OrgFixture, token: string): Request {
  const fields = op.bodyFields.length > 0 ? op.bodyFields : ['name', 'value'];
  const headers: Record<string, string> = { authorization: `Bearer ${token}`, 'content-type': 'application/json' };
  const pathGarbage = c.mutation === 'garbage-path' && op.path.includes('{') ? c.garbage : null;
  let url = API_BASE + fillPath(op.path, fixture, pathGarbage, c.values.length + c.extras.length);
  if (c.mutation === 'garbage-query') {
    const names = [...op.queryNames, 'limit', 'cursor', 'from', c.extras[0]![0]];
    url += '?' + names.map((n, i) => `${encodeURIComponent(n)}=${i % 2 === 0 ? c.garbage : encodeURIComponent(JSON.stringify(c.values[i % 12]))}`).join('&') + '&&=&' + c.garbage;
  }
  const randomBody = () => Object.fromEntries(fields.map((f, i) => [f, c.values[i % 12]]));
  let body: string | Uint8Array<ArrayBuffer> | undefined;
  switch (c.mutation) {
    case 'wrong-types':
    case 'garbage-path':
    case 'garbage-query':
      body = JSON.stringify(randomBody());
      break;
    case 'missing-fields':
      body = JSON.stringify(Object.fromEntries(fields.filter((_, i) => c.keep[i % 12]).map((f, i) => [f, c.values[i % 12]])));
      break;
    case 'extra-fields':
      body = JSON.stringify({ ...randomBody(), ...Object.fromEntries(c.extras) });
      break;
    case 'huge-string':
      body = JSON.stringify(Object.fromEntries(fields.map((f) => [f, 'x'.repeat(1024 * 1024)])));
      break;
    case 'deep-nesting': {
      const depth = 5000;
      const nested = c.nestArray ? '['.repeat(depth) + ']'.repeat(depth) : '{"a":'.repeat(depth) + '1' + '}'.repeat(depth);
      body = `{${JSON.stringify(fields[0])}:${nested}}`;
      break;
    }
    case 'wrong-content-type':
      if (c.contentType === '') delete headers['content-type'];
      else headers['content-type'] = c.contentType;
      body = c.contentType.includes('urlencoded') ? fields.map((f) => `${f}=${c.garbage}`).join('&') : JSON.stringify(randomBody());
      break;
    case 'invalid-utf8': {
      const before = new TextEncoder().encode(`{${JSON.stringify(fields[0])}:"`);
      body = new Uint8Array([...before, 0xff, 0xfe, 0xc3, 0x28, 0xed, 0xa0, 0x80, 0x22, 0x7d]);
      break;
    }
    case 'malformed-json':
      body = c.malformed;
      break;
  }
  if (op.method === 'GET' || op.method === 'HEAD') {
    delete headers['content-type'];
    body = undefined;
  }
  return { method: op.method, url, headers, ...(body === undefined ? {} : { body }) };
}

function describeRequest(r: Request): string {
  const text = r.body === undefined ? '(none)' : typeof r.body === 'string' ? r.body : `bytes ${Buffer.from(r.body).toString('hex')}`;
  const headers = { ...r.headers, authorization: 'Bearer …' };
  return `${r.method} ${r.url.slice(0, 300)}\nheaders ${JSON.stringify(headers)}\nbody (${text.length} chars) ${text.slice(0, 300)}`;
}

/** The number of rows in every table, as one string: what a refused write must leave as it was. */
async function fingerprint(db: Kysely<Database>, tables: readonly string[]): Promise<string> {
  const parts = tables.map((t) => sql`select ${t} as name, count(*) as n from ${sql.table(t)}`);
  const { rows } = await sql<{ name: string; n: number | string }>`${sql.join(parts, sql` union all `)}`.execute(db);
  return rows.map((r) => `${r.name}=${String(r.n)}`).sort().join(' ');
}

describe.each(DIALECTS)('fuzzing the API on %s', (dialect) => {
  let test: TestStore;
  let ctx: AppContext;
  let app: ReturnType<typeof createApi>;
  let operations: Operation[];
  let fixture: OrgFixture;
  let tables: string[];

  beforeAll(async () => {
    test = await openTestStore(dialect);
    ctx = createContext(test.store, () => new Date('2026-06-30T09:00:00Z'));
    app = createApi(ctx, { webRoot: null });
    const ids = {} as Record<Role, string>;
    for (const role of ROLES) ids[role] = (await createUser(ctx, { displayName: role, email: `${role}@a.test`, password: PASSWORD })).id;
    const spare = (await createUser(ctx, { displayName: 'spare', email: 'spare@a.test', password: PASSWORD })).id;
    const system = actingAs(ctx, { userId: null, tokenId: null });
    fixture = await organisationFixture(system, 'Org A', ROLES.map((role) => [ids[role], role] as const), spare);
    const doc = (await (await app.request(`${API_BASE}/openapi.json`)).json()) as OpenApiDoc;
    operations = operationsOf(doc);
    // On PostgreSQL the introspection lists every schema's tables; the names resolve to this test's own.
    tables = [...new Set((await test.store.db.introspection.getTables()).map((t) => t.name).filter((n) => !n.startsWith('kysely_')))];
  });
  afterAll(() => test.close());

  it(`answers ${CASES} seeded bad requests without a crash, as problems, storing nothing`, async () => {
    expect(operations.length).toBeGreaterThan(30);
    const cases = fc.sample(CASE, { seed: SEED, numRuns: CASES });
    console.info(`[fuzz ${dialect}] seed ${SEED} (FUZZ_SEED), ${cases.length} cases (FUZZ_CASES) over ${operations.length} operations, ${tables.length} tables fingerprinted`);
    const perStatus = new Map<number, number>();
    const perMutation = new Map<string, number>();
    // Removals last, so the other operations still find the fixture's objects.
    const ordered = cases.map((c) => ({ c, op: operations[c.operation % operations.length]! }))
      .sort((x, y) => Number(x.op.method === 'DELETE') - Number(y.op.method === 'DELETE'));
    for (const [i, { c, op }] of ordered.entries()) {
      const request = requestFor(op, c, fixture, fixture.tokens.owner);
      // Taken just before, since a read may record itself too (an export is audited).
      const before = WRITES.has(op.method) ? await fingerprint(test.store.db, tables) : '';
      const response = await app.request(request.url, {
        method: request.method,
        headers: request.headers,
        ...(request.body === undefined ? {} : { body: request.body }),
      });
      const text = await response.text();
      const label = `case ${i} (${c.mutation}, seed ${SEED}) on ${dialect}: ${response.status}\n${describeRequest(request)}\nanswer ${text.slice(0, 300)}`;
      perStatus.set(response.status, (perStatus.get(response.status) ?? 0) + 1);
      perMutation.set(c.mutation, (perMutation.get(c.mutation) ?? 0) + 1);
      expect(response.status, label).toBeLessThan(500);
      if (response.status >= 400) {
        expect(response.headers.get('content-type') ?? '', label).toContain('application/problem+json');
        const problem = JSON.parse(text) as { status?: unknown; title?: unknown };
        expect(typeof problem.status, label).toBe('number');
        expect(typeof problem.title, label).toBe('string');
      }
      if (WRITES.has(op.method)) {
        const after = await fingerprint(test.store.db, tables);
        if (response.status >= 400) expect(after, `a refused write changed the stored rows — ${label}`).toBe(before);
      }
    }
    const statuses = [...perStatus.entries()].sort(([a], [b]) => a - b).map(([s, n]) => `${s}: ${n}`).join(', ');
    console.info(`[fuzz ${dialect}] ${cases.length} cases — per status ${statuses}`);
    console.info(`[fuzz ${dialect}] per kind ${[...perMutation.entries()].map(([m, n]) => `${m}: ${n}`).join(', ')}`);
  });
});
