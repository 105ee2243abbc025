import { describe, expect, it } from 'vitest';
import { readRoute } from './route.ts';

describe('readRoute', () => {
  it('reads an invitation link', () => {
    expect(readRoute('/invite/abc123DEF_-')).toEqual({ kind: 'invite', token: 'abc123DEF_-' });
    expect(readRoute('/invite/abc123/')).toEqual({ kind: 'invite', token: 'abc123' });
    expect(readRoute('/invite/a%20b')).toEqual({ kind: 'invite', token: 'a b' });
    expect(readRoute('/invite/%E0%A4%A')).toEqual({ kind: 'invite', token: '%E0%A4%A' }); // not decodable: as it is
  });

  it('reads a survey link', () => {
    expect(readRoute('/respond/abc123DEF_-')).toEqual({ kind: 'respond', token: 'abc123DEF_-' });
    expect(readRoute('/respond/abc123/')).toEqual({ kind: 'respond', token: 'abc123' });
  });

  it('reads a password reset link', () => {
    expect(readRoute('/reset/abc123DEF_-')).toEqual({ kind: 'reset', token: 'abc123DEF_-' });
    expect(readRoute('/reset/abc123/')).toEqual({ kind: 'reset', token: 'abc123' });
  });

  it('takes anything else for the application', () => {
    for (const path of ['/', '', '/invite', '/invite/', '/invite/a/b', '/organisations/1', '/x/invite/abc', '/respond', '/respond/a/b', '/reset', '/reset/a/b']) {
      expect(readRoute(path)).toEqual({ kind: 'app' });
    }
  });
});
