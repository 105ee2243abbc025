import { describe, expect, it } from 'vitest';
import { effectiveStatus } from './survey-scan.ts';

describe('effectiveStatus', () => {
  it('closes an open scan the day after its close date, and leaves drafts and closed scans as they are', () => {
    expect(effectiveStatus({ status: 'open', closesOn: '2026-05-10' }, '2026-05-10')).toBe('open');
    expect(effectiveStatus({ status: 'open', closesOn: '2026-05-10' }, '2026-05-11')).toBe('closed');
    expect(effectiveStatus({ status: 'draft', closesOn: '2026-05-10' }, '2026-06-01')).toBe('draft');
    expect(effectiveStatus({ status: 'closed', closesOn: '2026-05-10' }, '2026-05-01')).toBe('closed');
  });
});
