import { describe, expect, it } from 'vitest';
import type { Account, Reading, Relation, Stakeholder } from '../api/schemas.ts';
import type { Phase } from '../domain/vocabulary.ts';
import type { Band } from './bands.ts';
import {
  BY_NAME,
  choicesInUse,
  isNarrowed,
  joinRows,
  matchesFilters,
  NO_FILTERS,
  sortRows,
  visibleRows,
  type SortContext,
  type StakeholderRow,
} from './stakeholder-list.ts';

function stakeholder(id: string, name: string, extra: Partial<Stakeholder> = {}): Stakeholder {
  return {
    id,
    organisationId: 'org',
    name,
    category: 'customers',
    level: 'relational',
    importance: 3,
    influence: 3,
    interest: 3,
    vulnerability: 3,
    tags: [],
    createdAt: '2026-01-01T00:00:00Z',
    archivedAt: null,
    ...extra,
  };
}

function reading(trustLevel: number, balance: number, band: Band): Reading {
  return { r: 0, s: 0, balance, belief: 0, disbelief: 0, uncertainty: 0.2, trustLevel, band };
}

function account(id: string, direction: 'received' | 'given', trust: { trustLevel: number; balance: number; band: Band; phase: Phase }): Account {
  const leg = reading(trust.trustLevel, trust.balance, trust.band);
  const insight = { trustLevel: trust.trustLevel, uncertainty: 0.2, state: 'known' as const };
  return {
    id: `${id}-${direction}`,
    relationId: `rel-${id}`,
    stakeholderId: id,
    direction,
    parameterVersion: 1,
    reading: { ...leg, asOf: '2026-03-15', legs: { intentional: leg, professional: leg, contractual: leg } },
    tripod: {
      legs: {
        intentional: { dimension: 'intentional', ...insight },
        professional: { dimension: 'professional', ...insight },
        contractual: { dimension: 'contractual', ...insight },
      },
      weakest: null,
      advice: [],
    },
    phase: {
      inferred: { phase: trust.phase, scope: 'contract', reasons: [] },
      override: null,
      phase: trust.phase,
      scope: 'contract',
      source: 'inferred',
    },
    lastEntryOn: null,
  };
}

function relation(of: Stakeholder, trust: { trustLevel: number; balance: number; band: Band; phase: Phase }, lastEntryOn: string | null): Relation {
  return {
    id: `rel-${of.id}`,
    organisationId: 'org',
    stakeholderId: of.id,
    ownerUserId: null,
    startedOn: '2026-01-01',
    scope: 'contract',
    cadenceDays: 90,
    createdAt: '2026-01-01T00:00:00Z',
    stakeholder: of,
    accounts: { received: account(of.id, 'received', trust), given: account(of.id, 'given', trust) },
    lastEntryOn,
    daysSinceLastEntry: null,
  };
}

const collator = new Intl.Collator('nl', { sensitivity: 'base', numeric: true });
const context: SortContext = { compare: (a, b) => collator.compare(a, b), categoryLabel: (c) => ({ customers: 'Klanten', suppliers: 'Leveranciers', media: 'Media' })[c] ?? c };

const anna = stakeholder('a', 'Anna Bakkerij', { category: 'suppliers', level: 'organisational', importance: 5, tags: ['brood', 'lokaal'] });
const bert = stakeholder('b', 'Bert Société', { category: 'customers', level: 'market', importance: 2, tags: ['vip'] });
const cees = stakeholder('c', 'cees media', { category: 'media', level: 'societal', importance: 4 });
const dora = stakeholder('d', 'Dora Archief', { archivedAt: '2026-03-01T00:00:00Z', tags: ['lokaal'] });
const eva = stakeholder('e', 'Eva Zonder Relatie', { category: 'eigen_soort', importance: 1 });

const rows: StakeholderRow[] = joinRows(
  [anna, bert, cees, dora, eva],
  [
    relation(anna, { trustLevel: 72, balance: 4.5, band: 'trust', phase: 'cognitive' }, '2026-03-01'),
    relation(bert, { trustLevel: 30, balance: -2, band: 'distrust', phase: 'calculative' }, '2026-01-10'),
    relation(cees, { trustLevel: 50, balance: 0, band: 'uncertain', phase: 'calculative' }, null),
    relation(dora, { trustLevel: 60, balance: 1, band: 'neutral', phase: 'value_based' }, '2026-02-02'),
  ],
);
const names = (list: readonly StakeholderRow[]) => list.map((row) => row.stakeholder.name);

describe('joinRows', () => {
  it('puts each stakeholder beside its own relation, or none', () => {
    expect(rows.map((row) => row.relation?.id ?? null)).toEqual(['rel-a', 'rel-b', 'rel-c', 'rel-d', null]);
    expect(rows.map((row) => row.archived)).toEqual([false, false, false, true, false]);
  });
});

describe('matchesFilters', () => {
  const shown = (filters: Partial<typeof NO_FILTERS>) => names(rows.filter((row) => matchesFilters(row, { ...NO_FILTERS, ...filters })));

  it('hides archived stakeholders unless asked to show them', () => {
    expect(shown({})).toEqual(['Anna Bakkerij', 'Bert Société', 'cees media', 'Eva Zonder Relatie']);
    expect(shown({ showArchived: true })).toContain('Dora Archief');
  });

  it('searches names and tags, ignoring case and accents', () => {
    expect(shown({ search: 'SOCIETE' })).toEqual(['Bert Société']);
    expect(shown({ search: ' lokaal ' })).toEqual(['Anna Bakkerij']);
    expect(shown({ search: 'lokaal', showArchived: true })).toEqual(['Anna Bakkerij', 'Dora Archief']);
    expect(shown({ search: 'nobody' })).toEqual([]);
  });

  it('takes any chosen value within a filter and every filter at once', () => {
    expect(shown({ categories: ['suppliers', 'media'] })).toEqual(['Anna Bakkerij', 'cees media']);
    expect(shown({ categories: ['suppliers', 'media'], levels: ['societal'] })).toEqual(['cees media']);
    expect(shown({ tags: ['vip', 'brood'] })).toEqual(['Anna Bakkerij', 'Bert Société']);
  });

  it('filters on the band and phase of the received account, leaving out stakeholders without a relation', () => {
    expect(shown({ bands: ['trust', 'distrust'] })).toEqual(['Anna Bakkerij', 'Bert Société']);
    expect(shown({ phases: ['calculative'] })).toEqual(['Bert Société', 'cees media']);
    expect(shown({ bands: ['uncertain'], phases: ['cognitive'] })).toEqual([]);
  });
});

describe('isNarrowed', () => {
  it('counts the search and the filters, not the archived switch', () => {
    expect(isNarrowed(NO_FILTERS)).toBe(false);
    expect(isNarrowed({ ...NO_FILTERS, showArchived: true })).toBe(false);
    expect(isNarrowed({ ...NO_FILTERS, search: '  ' })).toBe(false);
    expect(isNarrowed({ ...NO_FILTERS, search: 'a' })).toBe(true);
    expect(isNarrowed({ ...NO_FILTERS, phases: ['cognitive'] })).toBe(true);
  });
});

describe('sortRows', () => {
  it('sorts names in the language, ignoring case', () => {
    expect(names(sortRows([cees, anna, eva, bert].map((s) => rows.find((r) => r.stakeholder === s)!), BY_NAME, context))).toEqual([
      'Anna Bakkerij',
      'Bert Société',
      'cees media',
      'Eva Zonder Relatie',
    ]);
  });

  it('sorts categories by their words and levels in the order of the model', () => {
    expect(names(sortRows(rows, { key: 'category', descending: false }, context))).toEqual([
      'Eva Zonder Relatie', // eigen_soort
      'Bert Société', // Klanten
      'Dora Archief', // Klanten
      'Anna Bakkerij', // Leveranciers
      'cees media', // Media
    ]);
    expect(names(sortRows(rows, { key: 'level', descending: false }, context))).toEqual([
      'Dora Archief',
      'Eva Zonder Relatie',
      'Anna Bakkerij',
      'Bert Société',
      'cees media',
    ]);
  });

  it('sorts figures either way, with missing figures last both times', () => {
    expect(names(sortRows(rows, { key: 'trustReceived', descending: true }, context))).toEqual([
      'Anna Bakkerij',
      'Dora Archief',
      'cees media',
      'Bert Société',
      'Eva Zonder Relatie',
    ]);
    expect(names(sortRows(rows, { key: 'trustReceived', descending: false }, context)).at(-1)).toBe('Eva Zonder Relatie');
    expect(names(sortRows(rows, { key: 'balanceReceived', descending: false }, context))).toEqual([
      'Bert Société',
      'cees media',
      'Dora Archief',
      'Anna Bakkerij',
      'Eva Zonder Relatie',
    ]);
    expect(names(sortRows(rows, { key: 'importance', descending: true }, context))).toEqual([
      'Anna Bakkerij',
      'cees media',
      'Dora Archief',
      'Bert Société',
      'Eva Zonder Relatie',
    ]);
  });

  it('sorts by the last entry, oldest first, relations without entries last', () => {
    expect(names(sortRows(rows, { key: 'lastEntry', descending: false }, context))).toEqual([
      'Bert Société',
      'Dora Archief',
      'Anna Bakkerij',
      'cees media',
      'Eva Zonder Relatie',
    ]);
    expect(names(sortRows(rows, { key: 'lastEntry', descending: true }, context)).slice(0, 3)).toEqual(['Anna Bakkerij', 'Dora Archief', 'Bert Société']);
  });
});

describe('visibleRows and choicesInUse', () => {
  it('filters, then sorts', () => {
    expect(names(visibleRows(rows, { ...NO_FILTERS, levels: ['market', 'organisational'] }, { key: 'importance', descending: false }, context))).toEqual([
      'Bert Société',
      'Anna Bakkerij',
    ]);
  });

  it('offers each category and tag in use once, in order', () => {
    expect(choicesInUse(rows, context.compare)).toEqual({
      categories: ['customers', 'eigen_soort', 'media', 'suppliers'],
      tags: ['brood', 'lokaal', 'vip'],
    });
  });
});
