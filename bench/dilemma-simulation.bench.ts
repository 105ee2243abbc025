import { simulateOption, simulateWithInfluence, type ExpectedEffect, type InfluenceEdge, type SimulatedAccount } from '../src/domain/dilemma-simulation.ts';
import { emptyFoundationEvidence } from '../src/domain/evidence.ts';
import { DEFAULT_PARAMETERS } from '../src/domain/parameters.ts';
import { DIRECTIONS, FOUNDATIONS } from '../src/domain/vocabulary.ts';
import { mulberry32 } from '../src/app/demo/seeded-random.ts';
import { measure, type Figure } from './harness.ts';

/**
 * Issue #7's target: simulating an option with 50 effects on an organisation of 10,000 relations
 * (20,000 accounts) answers in under 50 ms. Measured on the pure domain, with every account's
 * evidence already in memory — the part a simulation adds to reading the ledger.
 */
const RELATIONS = 10_000;

function organisation(): SimulatedAccount[] {
  const random = mulberry32(7);
  const accounts: SimulatedAccount[] = [];
  for (let i = 0; i < RELATIONS; i++) {
    for (const direction of DIRECTIONS) {
      const evidence = emptyFoundationEvidence();
      for (const f of FOUNDATIONS) evidence[f] = { r: random() * 6, s: random() * 3 };
      accounts.push({
        accountId: `a${i}-${direction}`,
        stakeholderId: `s${i}`,
        direction,
        importance: 1 + Math.floor(random() * 5),
        vulnerability: 1 + Math.floor(random() * 5),
        baseRate: 0.5,
        evidence,
      });
    }
  }
  return accounts;
}

export async function dilemmaSimulationFigures(): Promise<Figure[]> {
  const accounts = organisation();
  const random = mulberry32(11);
  const effects: ExpectedEffect[] = Array.from({ length: 50 }, () => {
    const amount = (1 + Math.floor(random() * 5)) * (random() < 0.5 ? -1 : 1);
    return {
      stakeholderId: `s${Math.floor(random() * RELATIONS)}`,
      direction: random() < 0.5 ? 'received' : 'given',
      foundation: FOUNDATIONS[Math.floor(random() * FOUNDATIONS.length)]!,
      amount,
      intent: amount < 0 ? 'unintentional' : null,
    };
  });
  const edges: InfluenceEdge[] = Array.from({ length: 500 }, () => ({
    from: `s${Math.floor(random() * RELATIONS)}`,
    to: `s${Math.floor(random() * RELATIONS)}`,
    weight: 0.1 + random() * 0.4,
  }));
  const settings = { asOf: '2026-06-30', parameters: DEFAULT_PARAMETERS, impact: 3 };
  return [
    await measure('dilemma simulation: one option, 50 effects, 10k relations (in memory)', () => simulateOption(accounts, effects, settings), { target: 50 }),
    await measure(
      'dilemma simulation with second-order effects: 50 effects, 500 influence edges, 10k relations (in memory)',
      () => simulateWithInfluence(accounts, effects, edges, settings),
      { target: 50 },
    ),
  ];
}
