import { describe, expect, it } from 'vitest';
import { perceptionGaps, type ScanMeasurement } from './signals-perception.ts';

const measurement = (measured: number, observed: number): ScanMeasurement => ({
  scanId: 'scan-1',
  scanTitle: 'Leveranciers 2026',
  stakeholderName: 'Papier Noord',
  stakeholderId: 'st-1',
  relationId: 'rel-1',
  accountIds: ['acc-1'],
  importance: 4,
  measuredTrustLevel: measured,
  observedTrustLevel: observed,
  observedUncertainty: 0.2,
});

describe('perceptionGaps', () => {
  it('signals from a gap of 15 either way, high from 30, measured in steps of 5', () => {
    expect(perceptionGaps([measurement(64.9, 50)])).toEqual([]);
    const [medium] = perceptionGaps([measurement(50, 66)]);
    expect(medium).toMatchObject({ key: 'perception_gap:scan-1', kind: 'perception_gap', severity: 'medium', measure: 20, accountId: 'acc-1' });
    expect(medium!.facts).toEqual({ gap: 16, measured: 50, observed: 66, scan: 'scan-1' });
    expect(medium!.action.en).toMatch(/less trust than the ledger/);
    const [high] = perceptionGaps([measurement(81, 50)]);
    expect(high).toMatchObject({ severity: 'high', measure: 35 });
    expect(high!.action.nl).toMatch(/meer vertrouwen dan het grootboek/);
    const [group] = perceptionGaps([{ ...measurement(40, 70), stakeholderName: null, stakeholderId: null, relationId: null }]);
    expect(group!.title.en).toBe('The scan “Leveranciers 2026” and the ledger differ by 30 points');
    expect(group!.action.nl).toMatch(/Vraag de bevraagde groep wat/);
  });

  it('says nothing against an uncertain ledger', () => {
    expect(perceptionGaps([{ ...measurement(90, 50), observedUncertainty: 0.8 }])).toEqual([]);
  });
});
