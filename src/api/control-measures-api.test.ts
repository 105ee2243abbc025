import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient } from '../../test/support/api-client.ts';
import { DIALECTS, openTestStore, type TestStore } from '../../test/support/stores.ts';
import { createContext } from '../app/context.ts';
import { DEMO_PASSWORD } from '../app/demo/demo-logins.ts';
import { loadDemo } from '../app/demo/load-demo.ts';
import type { ControlMeasure } from './control-measure-schemas.ts';
import { createApi } from './create-api.ts';
import type { Problem } from './schemas.ts';

const TODAY = '2026-06-30';

/** The control measures register through the HTTP API: add, correct with history, end, and refusals that store nothing. */
describe.each(DIALECTS)('control measures through the HTTP API on %s', (dialect) => {
  let test: TestStore;
  let editor: ApiClient;
  let viewer: ApiClient;
  let owner: ApiClient;
  let base: string;
  let relationId: string;

  beforeAll(async () => {
    test = await openTestStore(dialect);
    const ctx = createContext(test.store, () => new Date(`${TODAY}T10:00:00Z`));
    const organisation = await loadDemo(ctx, { today: TODAY });
    const app = createApi(ctx, { webRoot: null });
    editor = await new ApiClient(app).signIn('editor@lindenhof.example', DEMO_PASSWORD);
    viewer = await new ApiClient(app).signIn('viewer@lindenhof.example', DEMO_PASSWORD);
    owner = await new ApiClient(app).signIn('owner@lindenhof.example', DEMO_PASSWORD);
    base = `/organisations/${organisation.id}`;
    const created = await editor.call<{ relation: { id: string } }>('POST', `${base}/stakeholders`, {
      name: 'Keuringsbureau Peeters',
      category: 'suppliers',
      level: 'market',
      importance: 3,
      relation: { startedOn: '2025-01-01' },
    });
    relationId = created.body.relation.id;
  });
  afterAll(() => test.close());

  const path = () => `${base}/relations/${relationId}/control-measures`;
  const count = async () => (await viewer.call<{ items: ControlMeasure[] }>('GET', path())).body.items.length;

  it('registers a measure, corrects it keeping the earlier version, and ends it', async () => {
    const added = await editor.call<ControlMeasure>('POST', path(), { kind: 'audits', description: 'Quarterly audit of deliveries', yearlyEuros: 4800, yearlyHours: 40, startedOn: '2025-03-01' });
    expect(added.status).toBe(201);
    expect(added.body).toMatchObject({ kind: 'audits', yearlyEuros: 4800, yearlyHours: 40, startedOn: '2025-03-01', endedOn: null, history: [] });

    const changed = await editor.call<ControlMeasure>('PATCH', `${path()}/${added.body.id}`, { yearlyEuros: 5200 });
    expect(changed.status).toBe(200);
    expect(changed.body.yearlyEuros).toBe(5200);
    expect(changed.body.history).toHaveLength(1);
    expect(changed.body.history[0]).toMatchObject({ yearlyEuros: 4800, description: 'Quarterly audit of deliveries' });

    const ended = await editor.call<ControlMeasure>('POST', `${path()}/${added.body.id}/end`, { endedOn: '2026-06-01' });
    expect(ended.status).toBe(200);
    expect(ended.body.endedOn).toBe('2026-06-01');
    expect(ended.body.history).toHaveLength(2);
    expect((await editor.call('POST', `${path()}/${added.body.id}/end`, { endedOn: '2026-06-02' })).status).toBe(409);

    const all = await viewer.call<{ items: ControlMeasure[] }>('GET', `${base}/control-measures`);
    expect(all.body.items.map((m) => m.id)).toContain(added.body.id);
    const audit = await owner.call<{ items: { action: string }[] }>('GET', `${base}/audit?limit=20`);
    expect(audit.body.items.map((a) => a.action)).toEqual(expect.arrayContaining(['control_measure.add', 'control_measure.change', 'control_measure.end']));
  });

  it('refuses bad input and stores nothing', async () => {
    const before = await count();
    const refusals: [unknown, string][] = [
      [{ kind: 'bribes', description: 'x', yearlyEuros: 1, startedOn: '2025-01-01' }, 'kind'],
      [{ kind: 'audits', description: 'x', yearlyEuros: -5, startedOn: '2025-01-01' }, 'yearlyEuros'],
      [{ kind: 'audits', description: 'x', yearlyEuros: 10.5, startedOn: '2025-01-01' }, 'yearlyEuros'],
      [{ kind: 'audits', description: 'x', startedOn: '2025-01-01' }, 'yearlyEuros'],
      [{ kind: 'audits', description: '   ', yearlyHours: 3, startedOn: '2025-01-01' }, 'description'],
      [{ kind: 'audits', description: 'x', yearlyHours: 3, startedOn: '2025-02-30' }, 'startedOn'],
    ];
    for (const [body, field] of refusals) {
      const result = await editor.call<Problem>('POST', path(), body);
      expect(result.status, JSON.stringify(body)).toBe(400);
      expect(result.body.errors?.map((e) => e.field)).toContain(field);
    }
    expect((await viewer.call('POST', path(), { kind: 'audits', description: 'x', yearlyEuros: 1, startedOn: '2025-01-01' })).status).toBe(403);
    expect((await editor.call('POST', `${base}/relations/nope/control-measures`, { kind: 'audits', description: 'x', yearlyEuros: 1, startedOn: '2025-01-01' })).status).toBe(404);
    expect(await count()).toBe(before);
  });
});
