import type { Statement } from '../app/statement.ts';
import type { GroupFigures } from '../domain/groups.ts';
import { DIMENSIONS, DIRECTIONS, PHASES, type Language } from '../domain/vocabulary.ts';
import type { ReturnCause, ReturnLine } from '../domain/statement-returns.ts';
import { formatEuros, formatHours, formatNumber, STATEMENT_TEXTS } from './statement-texts.ts';

/**
 * The statement laid out once, in words and figures of one language, for both renderers: the HTML
 * page and the PDF draw the same blocks, so they cannot tell different stories.
 */

export interface BarGroup {
  readonly label: string;
  /** One value per series, on 0–100; null where there is nothing to show. */
  readonly values: readonly (number | null)[];
}

export type Block =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'table'; readonly head: readonly string[]; readonly rows: readonly (readonly string[])[]; readonly numeric: readonly boolean[] }
  | { readonly kind: 'bars'; readonly series: readonly string[]; readonly groups: readonly BarGroup[] };

export interface Section {
  readonly title: string;
  readonly blocks: readonly Block[];
}

export interface StatementDocument {
  readonly language: Language;
  readonly title: string;
  readonly organisation: string;
  readonly lines: readonly string[];
  readonly sections: readonly Section[];
  readonly footer: string;
}

export function buildStatementDocument(statement: Statement, language: Language): StatementDocument {
  const t = STATEMENT_TEXTS[language];
  const num = (value: number | null, digits = 1) => (value === null ? '-' : formatNumber(value, language, digits));
  const delta = (now: number | null, then: number | null) => (now === null || then === null ? '-' : `${now >= then ? '+' : ''}${num(now - then)}`);
  const { now, then } = statement;

  const groupRows = (key: 'byLevel' | 'byCategory', label: (k: string) => string) => {
    const keys = [...new Set([...Object.keys(now.received[key]), ...Object.keys(then.received[key])])];
    return keys.map((k) => {
      const n: GroupFigures | undefined = now.received[key][k];
      const p: GroupFigures | undefined = then.received[key][k];
      const g: GroupFigures | undefined = now.given[key][k];
      return [label(k), String(n?.accounts ?? 0), num(n?.trustLevel ?? null), num(p?.trustLevel ?? null), delta(n?.trustLevel ?? null, p?.trustLevel ?? null), num(n?.balance ?? null), num(g?.trustLevel ?? null)];
    });
  };
  const groupHead = [t.group, t.relations, `${t.trust} (${t.now})`, `${t.trust} (${t.then})`, t.change, `${t.balance} (${t.now})`, `${t.ourTrust} (${t.now})`];
  const groupNumeric = [false, true, true, true, true, true, true];

  const summary: Section = {
    title: t.summary,
    blocks: [
      { kind: 'text', text: t.summaryText(num(now.received.total.trustLevel), num(now.given.total.trustLevel)) },
      {
        kind: 'table',
        head: ['', `${t.trust} (${t.now})`, `${t.trust} (${t.then})`, t.change, `${t.balance} (${t.now})`, `${t.balance} (${t.then})`],
        numeric: [false, true, true, true, true, true],
        rows: [
          ...DIRECTIONS.map((d) => [
            t.direction[d],
            num(now[d].total.trustLevel),
            num(then[d].total.trustLevel),
            delta(now[d].total.trustLevel, then[d].total.trustLevel),
            num(now[d].total.balance),
            num(then[d].total.balance),
          ]),
          [t.relations, String(now.relations), String(then.relations), `${now.relations >= then.relations ? '+' : ''}${now.relations - then.relations}`, '', ''],
        ],
      },
    ],
  };

  const levels: Section = {
    title: t.byLevel,
    blocks: [
      { kind: 'bars', series: [t.now, t.then], groups: Object.keys(now.received.byLevel).map((k) => ({ label: t.level[k] ?? k, values: [now.received.byLevel[k]!.trustLevel, then.received.byLevel[k]?.trustLevel ?? null] })) },
      { kind: 'table', head: groupHead, numeric: groupNumeric, rows: groupRows('byLevel', (k) => t.level[k] ?? k) },
    ],
  };
  const categories: Section = { title: t.byCategory, blocks: [{ kind: 'table', head: groupHead, numeric: groupNumeric, rows: groupRows('byCategory', (k) => t.category[k] ?? k) }] };

  const tripod: Section = {
    title: t.tripod,
    blocks: [
      { kind: 'text', text: t.tripodText },
      {
        kind: 'bars',
        series: DIRECTIONS.flatMap((d) => [`${t.direction[d]} (${t.now})`, `${t.direction[d]} (${t.then})`]),
        groups: DIMENSIONS.map((dim) => ({ label: t.dimension[dim], values: DIRECTIONS.flatMap((d) => [now[d].total.legs[dim], then[d].total.legs[dim]]) })),
      },
      {
        kind: 'table',
        head: [t.group, ...DIRECTIONS.flatMap((d) => [`${t.direction[d]} (${t.now})`, `(${t.then})`])],
        numeric: [false, true, true, true, true],
        rows: DIMENSIONS.map((dim) => [t.dimension[dim], ...DIRECTIONS.flatMap((d) => [num(now[d].total.legs[dim]), num(then[d].total.legs[dim])])]),
      },
    ],
  };

  const phases: Section = {
    title: t.phases,
    blocks: [
      { kind: 'text', text: t.phasesText },
      {
        kind: 'table',
        head: ['', ...DIRECTIONS.flatMap((d) => [`${t.direction[d]} (${t.now})`, `(${t.then})`])],
        numeric: [false, true, true, true, true],
        rows: PHASES.map((p) => [t.phase[p], ...DIRECTIONS.flatMap((d) => [String(now.phases[d][p]), String(then.phases[d][p])])]),
      },
    ],
  };

  const rankingTable = (relations: Statement['strongest']): Block => ({
    kind: 'table',
    head: [t.stakeholder, t.importance, `${t.trust} (${t.now})`, `(${t.then})`, t.balance, t.phases, t.ourTrust],
    numeric: [false, true, true, true, true, false, true],
    rows: relations.map((r) => [r.stakeholderName, String(r.importance), num(r.received.trustLevel), num(r.receivedThen), num(r.received.balance), t.phase[r.received.phase], num(r.given.trustLevel)]),
  });
  const ranking: Section = { title: t.strongest, blocks: [{ kind: 'text', text: t.rankingText }, rankingTable(statement.strongest)] };
  const weakest: Section = { title: t.weakest, blocks: [rankingTable(statement.weakest)] };

  const causes = (line: { readonly causes: readonly ReturnCause[] }) =>
    line.causes
      .slice(0, 4)
      .map((c) => `${c.stakeholderName} (${c.direction === 'received' ? t.direction.received.toLowerCase() : t.direction.given.toLowerCase()}, ${num(c.legBalance)})`)
      .join('; ') + (line.causes.length > 4 ? ` +${line.causes.length - 4}` : '');
  // The items of one leg share their causes: one row per leg, its items together.
  const returnsTable = <Item extends string>(lines: readonly ReturnLine<Item>[], names: Readonly<Record<Item, { readonly name: string; readonly meaning: string }>>): Block => ({
    kind: 'table',
    head: [t.item, t.tripod, t.causes, t.weight],
    numeric: [false, false, false, true],
    rows: DIMENSIONS.flatMap((dimension) => {
      const own = lines.filter((l) => l.dimension === dimension);
      return own.length === 0 ? [] : [{ dimension, own, weight: own[0]!.weight }];
    })
      .sort((a, b) => b.weight - a.weight)
      .map(({ dimension, own, weight }) => [own.map((l) => `${names[l.item].name}: ${names[l.item].meaning}`).join('. '), t.dimension[dimension], causes(own[0]!), num(weight)]),
  });
  const dividend: Section = {
    title: t.dividend,
    blocks: [{ kind: 'text', text: t.dividendText }, statement.returns.dividend.length === 0 ? { kind: 'text', text: t.noDividend } : returnsTable(statement.returns.dividend, t.dividendItems)],
  };
  const interest: Section = {
    title: t.interest,
    blocks: [{ kind: 'text', text: t.interestText }, statement.returns.interest.length === 0 ? { kind: 'text', text: t.noInterest } : returnsTable(statement.returns.interest, t.interestItems)],
  };

  const { control } = statement;
  const controlSection: Section = {
    title: t.control,
    blocks: [
      { kind: 'text', text: t.controlText },
      { kind: 'text', text: t.controlRule },
      ...(control.lines.length === 0
        ? [{ kind: 'text', text: t.noControl } as const]
        : [
            {
              kind: 'text',
              text: t.controlTotals(formatEuros(control.totalEuros, language), formatHours(control.totalHours, language), formatEuros(control.easableEuros, language), formatHours(control.easableHours, language)),
            } as const,
            {
              kind: 'table',
              head: [t.stakeholder, t.ourTrust, t.uncertainty, t.measures, t.euros, t.hours, t.verdict],
              numeric: [false, true, true, true, true, true, false],
              rows: control.lines.map((l) => [l.stakeholderName, num(l.trustLevel), num(l.uncertainty, 2), String(l.measures), formatEuros(l.yearlyEuros, language), formatHours(l.yearlyHours, language), t.verdicts[l.verdict]]),
            } as const,
          ]),
    ],
  };

  const { signals } = statement;
  const signalSection: Section = {
    title: t.signals,
    blocks:
      signals.total === 0
        ? [{ kind: 'text', text: t.noSignals }]
        : [
            { kind: 'text', text: t.signalsText(signals.total, signals.bySeverity.high, signals.bySeverity.medium, signals.bySeverity.low) },
            { kind: 'table', head: [t.severityLabel, t.item], numeric: [false, false], rows: signals.listed.map((s) => [t.severity[s.severity], s.title[language]]) },
          ],
  };

  const breachSection: Section = {
    title: t.breaches,
    blocks:
      statement.breaches.length === 0
        ? [{ kind: 'text', text: t.noBreaches }]
        : [
            {
              kind: 'table',
              head: [t.stakeholder, t.occurredOn, '', t.status, t.recovery],
              numeric: [false, false, false, false, false],
              rows: statement.breaches.map((b) => [
                b.stakeholderName,
                b.occurredOn,
                t.breachDirection[b.direction],
                t.breachStatus[b.status],
                b.recovery.daysToRecovery === null ? t.notRecovered(num(b.recovery.lowest), num(b.recovery.now), num(b.recovery.before)) : t.recoveredIn(b.recovery.daysToRecovery),
              ]),
            },
          ],
  };

  const scanSection: Section = {
    title: t.scans,
    blocks:
      statement.scans.length === 0
        ? [{ kind: 'text', text: t.noScans }]
        : [
            {
              kind: 'table',
              head: [t.scanTitle, t.closedOn, t.responses, t.measured, t.perceptionGap],
              numeric: [false, false, true, true, true],
              rows: statement.scans.map((s) =>
                s.measuredTrust === null ? [s.title, s.closesOn, String(s.responses), t.tooFew(s.minResponses), ''] : [s.title, s.closesOn, String(s.responses), num(s.measuredTrust), s.perceptionGap === null ? '-' : delta(s.perceptionGap, 0)],
              ),
            },
          ],
  };

  const decisionSection: Section = {
    title: t.decisions,
    blocks:
      statement.decisions.length === 0
        ? [{ kind: 'text', text: t.noDecisions }]
        : [{ kind: 'table', head: [t.decision, t.chosen, t.decidedOn, t.reasons], numeric: [false, false, false, false], rows: statement.decisions.map((d) => [d.title, d.option, d.decidedOn, d.justification]) }],
  };

  return {
    language,
    title: t.title,
    organisation: statement.organisation.name,
    lines: [t.asOf(statement.asOf, statement.compareWith), t.parameters(statement.parameterVersion)],
    sections: [summary, levels, categories, tripod, phases, ranking, weakest, dividend, interest, controlSection, signalSection, breachSection, scanSection, decisionSection],
    footer: t.footer,
  };
}
