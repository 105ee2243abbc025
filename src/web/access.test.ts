import { describe, expect, it } from 'vitest';
import { MIN_PASSWORD_LENGTH as SERVER_MIN_PASSWORD_LENGTH } from '../api/schemas.ts';
import { ROLES as MODEL_ROLES } from '../domain/roles.ts';
import { isRole, MIN_PASSWORD_LENGTH, ROLES } from './access.ts';

describe('the page’s idea of access', () => {
  it('knows the same roles as the model', () => {
    expect([...ROLES].sort()).toEqual([...MODEL_ROLES].sort());
    expect(isRole('owner')).toBe(true);
    expect(isRole('admin')).toBe(false);
  });

  it('asks for passwords as long as the server does', () => {
    expect(MIN_PASSWORD_LENGTH).toBe(SERVER_MIN_PASSWORD_LENGTH);
  });
});
