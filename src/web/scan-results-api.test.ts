import { describe, expect, it } from 'vitest';
import { scanResultCsvUrl } from './scan-results-api.ts';

describe('scanResultCsvUrl', () => {
  it('asks for the whole scan, or for a part of its group, as CSV', () => {
    expect(scanResultCsvUrl('org 1', 'scan/2', [])).toBe('/api/v1/organisations/org%201/scans/scan%2F2/results?format=csv');
    expect(scanResultCsvUrl('o', 's', ['a', 'b'])).toBe('/api/v1/organisations/o/scans/s/results?segments=a%2Cb&format=csv');
  });
});
