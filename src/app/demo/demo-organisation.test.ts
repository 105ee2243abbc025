import { describe, it, expect } from 'vitest';
import { readAccount, type AccountReading } from '../../domain/account-reading.ts';
import { addDays, daysBetween, isIsoDate, type IsoDate } from '../../domain/calendar.ts';
import { evidenceByFoundation } from '../../domain/evidence.ts';
import { effectiveEntries, type LedgerEntry } from '../../domain/ledger-entry.ts';
import { DEFAULT_PARAMETERS } from '../../domain/parameters.ts';
import {
  DIRECTIONS,
  FOUNDATIONS,
  INTENTS,
  LEVELS,
  SCOPES,
  STAKEHOLDER_CATEGORIES,
  isValidAmount,
  type Direction,
} from '../../domain/vocabulary.ts';
import { buildDemoOrganisation, type DemoOrganisation } from './demo-organisation.ts';

const BASE_RATE = 0.5;
/** Two years of history, and a little slack. */
const OLDEST_DAYS = 2 * 365 + 31;

const DISTRUST_KEY = 'vakbond';
const REPAIR_KEY = 'hotelgroep-strandhaver';
const INCIDENTS_KEY = 'productieteam';

/** An account's entries as the domain sees them: id = index in `entries`. */
function ledgerEntries(org: DemoOrganisation, key: string, direction: Direction): LedgerEntry[] {
  return org.entries.flatMap((entry, index) =>
    entry.stakeholderKey === key && entry.direction === direction
      ? [
          {
            id: String(index),
            occurredOn: entry.occurredOn,
            foundation: entry.foundation,
            amount: entry.amount,
            intent: entry.intent,
            reverses: entry.reversesIndex === undefined ? null : String(entry.reversesIndex),
          },
        ]
      : [],
  );
}

function read(entries: readonly LedgerEntry[], asOf: IsoDate): AccountReading {
  return readAccount(evidenceByFoundation(entries, asOf, DEFAULT_PARAMETERS), asOf, DEFAULT_PARAMETERS, BASE_RATE);
}

function readAll(org: DemoOrganisation, asOf: IsoDate): { key: string; direction: Direction; reading: AccountReading }[] {
  return org.stakeholders.flatMap((s) =>
    DIRECTIONS.map((direction) => ({
      key: s.key,
      direction,
      reading: read(ledgerEntries(org, s.key, direction), asOf),
    })),
  );
}

describe.each(['2026-06-30', '2031-02-14'])('buildDemoOrganisation(%s)', (today) => {
  const org = buildDemoOrganisation(today);
  const keys = new Set(org.stakeholders.map((s) => s.key));

  it('is deterministic', () => {
    expect(buildDemoOrganisation(today)).toEqual(org);
  });

  it('has a name, a description and counts within range', () => {
    expect(org.name.length).toBeGreaterThan(0);
    expect(org.description.length).toBeGreaterThan(0);
    expect(org.stakeholders.length).toBeGreaterThanOrEqual(15);
    expect(org.stakeholders.length).toBeLessThanOrEqual(25);
    expect(org.entries.length).toBeGreaterThanOrEqual(400);
    expect(org.entries.length).toBeLessThanOrEqual(900);
  });

  it('has valid stakeholders with unique keys', () => {
    expect(keys.size).toBe(org.stakeholders.length);
    for (const s of org.stakeholders) {
      expect(s.key).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(s.name.trim().length).toBeGreaterThan(0);
      expect(STAKEHOLDER_CATEGORIES).toContain(s.category);
      expect(LEVELS).toContain(s.level);
      for (const rating of [s.importance, s.influence, s.interest, s.vulnerability]) {
        expect(Number.isInteger(rating)).toBe(true);
        expect(rating).toBeGreaterThanOrEqual(1);
        expect(rating).toBeLessThanOrEqual(5);
      }
      expect(Array.isArray(s.tags)).toBe(true);
      expect(isIsoDate(s.relation.startedOn)).toBe(true);
      expect(s.relation.startedOn <= today).toBe(true);
      expect(SCOPES).toContain(s.relation.scope);
      expect(Number.isInteger(s.relation.cadenceDays)).toBe(true);
      expect(s.relation.cadenceDays).toBeGreaterThan(0);
    }
  });

  it('covers all four levels and at least 12 categories', () => {
    expect(new Set(org.stakeholders.map((s) => s.level))).toEqual(new Set(LEVELS));
    expect(new Set(org.stakeholders.map((s) => s.category)).size).toBeGreaterThanOrEqual(12);
  });

  it('has relations of varied age, one or two of them younger than 90 days', () => {
    const ages = org.stakeholders.map((s) => daysBetween(s.relation.startedOn, today));
    const young = ages.filter((age) => age < 90).length;
    expect(young).toBeGreaterThanOrEqual(1);
    expect(young).toBeLessThanOrEqual(2);
    expect(ages.filter((age) => age > 5 * 365).length).toBeGreaterThanOrEqual(5);
  });

  it('has valid entries, sorted by date, within the two years before today', () => {
    const oldest = addDays(today, -OLDEST_DAYS);
    const startedOn = new Map(org.stakeholders.map((s) => [s.key, s.relation.startedOn]));
    org.entries.forEach((entry, index) => {
      expect(keys.has(entry.stakeholderKey)).toBe(true);
      expect(DIRECTIONS).toContain(entry.direction);
      expect(FOUNDATIONS).toContain(entry.foundation);
      expect(isValidAmount(entry.amount)).toBe(true);
      if (entry.amount > 0) expect(entry.intent).toBeNull();
      else expect(INTENTS).toContain(entry.intent);
      expect(isIsoDate(entry.occurredOn)).toBe(true);
      expect(entry.occurredOn <= today).toBe(true);
      expect(entry.occurredOn >= oldest).toBe(true);
      expect(entry.occurredOn >= (startedOn.get(entry.stakeholderKey) ?? '')).toBe(true);
      expect(entry.note.trim().length).toBeGreaterThan(0);
      const previous = org.entries[index - 1];
      if (previous !== undefined) expect(previous.occurredOn <= entry.occurredOn).toBe(true);
    });
  });

  it('books on both directions, with mostly small amounts and rare major ones', () => {
    for (const direction of DIRECTIONS) {
      expect(org.entries.filter((e) => e.direction === direction).length).toBeGreaterThan(100);
    }
    const sizes = org.entries.map((e) => Math.abs(e.amount));
    expect(sizes.filter((size) => size <= 2).length / sizes.length).toBeGreaterThanOrEqual(0.7);
    const major = sizes.filter((size) => size >= 4).length;
    expect(major).toBeGreaterThan(0);
    expect(major / sizes.length).toBeLessThanOrEqual(0.05);
    expect(org.entries.some((e) => e.intent === 'intentional')).toBe(true);
  });

  it('has valid reversals, at least one', () => {
    const reversals = org.entries.flatMap((entry, index) =>
      entry.reversesIndex === undefined ? [] : [{ entry, index, target: entry.reversesIndex }],
    );
    expect(reversals.length).toBeGreaterThanOrEqual(1);
    expect(new Set(reversals.map((r) => r.target)).size).toBe(reversals.length);
    for (const { entry, index, target } of reversals) {
      expect(Number.isInteger(target)).toBe(true);
      expect(target).toBeGreaterThanOrEqual(0);
      expect(target).toBeLessThan(index);
      const original = org.entries[target];
      expect(original).toBeDefined();
      if (original === undefined) continue;
      expect(original.reversesIndex).toBeUndefined();
      expect(entry.stakeholderKey).toBe(original.stakeholderKey);
      expect(entry.direction).toBe(original.direction);
      expect(entry.amount).toBe(original.amount);
      expect(entry.foundation).toBe(original.foundation);
      expect(entry.occurredOn).toBe(original.occurredOn);
      expect(entry.intent).toBe(original.intent);
      expect(entry.note).not.toBe(original.note);
    }
  });

  it('storyline 1: one received account ends in distrust', () => {
    const reading = read(ledgerEntries(org, DISTRUST_KEY, 'received'), today);
    expect(reading.trustLevel).toBeLessThan(50);
    expect(reading.uncertainty).toBeLessThanOrEqual(0.5);
    expect(reading.band).toBe('distrust');
  });

  it('storyline 2: a received account falls into distrust after a major breach and recovers to trust', () => {
    const entries = ledgerEntries(org, REPAIR_KEY, 'received');
    const from = addDays(today, -548);
    const until = addDays(today, -180);
    const breach = effectiveEntries(entries).find(
      (e) => e.amount <= -4 && e.occurredOn >= from && e.occurredOn <= until,
    );
    expect(breach).toBeDefined();
    if (breach === undefined) return;
    let lowest: AccountReading | undefined;
    for (let day = breach.occurredOn; day <= until; day = addDays(day, 1)) {
      const reading = read(entries, day);
      if (lowest === undefined || reading.trustLevel < lowest.trustLevel) lowest = reading;
    }
    expect(lowest?.trustLevel).toBeLessThan(50);
    expect(lowest?.band).toBe('distrust');
    const now = read(entries, today);
    expect(now.trustLevel).toBeGreaterThanOrEqual(60);
    expect(now.band).toBe('trust');
  });

  it('storyline 3: small incidents accumulate on one account in the last 90 days', () => {
    const recentSmall = effectiveEntries(ledgerEntries(org, INCIDENTS_KEY, 'received')).filter(
      (e) => (e.amount === -1 || e.amount === -2) && daysBetween(e.occurredOn, today) < 90,
    );
    expect(recentSmall.length).toBeGreaterThanOrEqual(3);
  });

  it('storyline 5: most other accounts are neutral to trust, the new relations uncertain', () => {
    const readings = readAll(org, today);
    const others = readings.filter((r) => !(r.key === DISTRUST_KEY && r.direction === 'received'));
    const positive = others.filter((r) => r.reading.band === 'neutral' || r.reading.band === 'trust');
    expect(positive.length / others.length).toBeGreaterThanOrEqual(0.7);
    const uncertain = readings.filter((r) => r.reading.band === 'uncertain');
    expect(uncertain.length).toBeGreaterThanOrEqual(2);
    const young = new Set(
      org.stakeholders.filter((s) => daysBetween(s.relation.startedOn, today) < 90).map((s) => s.key),
    );
    for (const key of young) {
      expect(readings.filter((r) => r.key === key).some((r) => r.reading.band === 'uncertain')).toBe(true);
    }
  });
});

describe('buildDemoOrganisation across dates', () => {
  it('gives the same figures relative to today, whatever today is', () => {
    const a = buildDemoOrganisation('2026-06-30');
    const b = buildDemoOrganisation('2029-11-03');
    expect(b.entries.length).toBe(a.entries.length);
    expect(b.entries.map((e) => daysBetween(e.occurredOn, '2029-11-03'))).toEqual(
      a.entries.map((e) => daysBetween(e.occurredOn, '2026-06-30')),
    );
    const readingsA = readAll(a, '2026-06-30');
    const readingsB = readAll(b, '2029-11-03');
    readingsA.forEach((ra, i) => {
      const rb = readingsB[i];
      expect(rb?.key).toBe(ra.key);
      expect(rb?.reading.trustLevel).toBeCloseTo(ra.reading.trustLevel, 9);
      expect(rb?.reading.band).toBe(ra.reading.band);
    });
  });

  it('differs only in its dates between two values of today', () => {
    const a = buildDemoOrganisation('2026-06-30');
    const b = buildDemoOrganisation('2027-01-01');
    const strip = (org: DemoOrganisation) => ({
      ...org,
      stakeholders: org.stakeholders.map((s) => ({ ...s, relation: { ...s.relation, startedOn: '' } })),
      entries: org.entries.map((e) => ({ ...e, occurredOn: '' })),
    });
    expect(strip(b)).toEqual(strip(a));
  });
});
