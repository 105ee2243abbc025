import SQLite from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { cachingStatements } from './statement-cache.ts';

describe('the SQLite statement cache', () => {
  it('prepares the same SQL once, but a fresh statement while the cached one is still stepping', () => {
    const database = new SQLite(':memory:');
    database.exec('create table t (n integer); insert into t values (1), (2), (3)');
    const cached = cachingStatements(database);
    const first = cached.prepare('select n from t');
    expect(cached.prepare('select n from t')).toBe(first);
    const rows = first.iterate([]);
    rows.next();
    const during = cached.prepare('select n from t');
    expect(during).not.toBe(first);
    expect(during.all([])).toHaveLength(3);
    rows.return?.();
    expect(cached.prepare('select n from t')).toBe(first);
    database.close();
  });
});
