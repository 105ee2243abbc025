import { addDays, type IsoDate } from '../../domain/calendar.ts';
import type { ControlKind } from '../../domain/control-measures.ts';
import { listRelations } from '../../store/relations.ts';
import type { AppContext } from '../context.ts';
import { addControlMeasure, endControlMeasure } from '../control-measures.ts';

/**
 * The demo's control measures register: checks born of a breach (the hardware supplier), of a
 * tense key account (the retail chain), of a works council that distrusts management — and one
 * habit of control on designers the workshop has long trusted, which the statement will flag as
 * control that could be eased. One measure has ended, to show the register keeps its history.
 */
interface DemoMeasure {
  readonly stakeholderKey: string;
  readonly kind: ControlKind;
  readonly description: string;
  readonly yearlyEuros?: number;
  readonly yearlyHours?: number;
  readonly startedDaysAgo: number;
  readonly endedDaysAgo?: number;
}

const MEASURES: readonly DemoMeasure[] = [
  { stakeholderKey: 'beslaghandel-vijs-en-moer', kind: 'extra_checks', description: 'Ingangscontrole van elke levering beslag', yearlyHours: 120, startedDaysAgo: 20 },
  { stakeholderKey: 'woonketen-nestel', kind: 'contract_clauses', description: 'Boeteclausules en bankgarantie in het raamcontract', yearlyEuros: 4500, startedDaysAgo: 300 },
  { stakeholderKey: 'woonketen-nestel', kind: 'legal', description: 'Juridisch advies bij elke nieuwe bestelbon', yearlyEuros: 3200, yearlyHours: 16, startedDaysAgo: 150 },
  { stakeholderKey: 'vakbond', kind: 'monitoring', description: 'Verslaglegging van elk overleg door een externe secretaris', yearlyEuros: 2400, startedDaysAgo: 400 },
  { stakeholderKey: 'studio-nerf-en-lijn', kind: 'approvals', description: 'Dubbele handtekening van de directie op elk ontwerp', yearlyEuros: 1800, yearlyHours: 60, startedDaysAgo: 700 },
  { stakeholderKey: 'studio-nerf-en-lijn', kind: 'audits', description: 'Jaarlijkse audit van de ontwerpkosten', yearlyEuros: 2500, startedDaysAgo: 700, endedDaysAgo: 200 },
];

export async function loadDemoControlMeasures(ctx: AppContext, organisationId: string, today: IsoDate, stakeholderIds: ReadonlyMap<string, string>): Promise<void> {
  const relations = await listRelations(ctx.store.db, organisationId);
  for (const m of MEASURES) {
    const relation = relations.find((r) => r.stakeholderId === stakeholderIds.get(m.stakeholderKey));
    if (!relation) throw new Error(`demo control measure names unknown stakeholder ${m.stakeholderKey}`);
    const measure = await addControlMeasure(ctx, organisationId, relation.id, {
      kind: m.kind,
      description: m.description,
      yearlyEuros: m.yearlyEuros ?? null,
      yearlyHours: m.yearlyHours ?? null,
      startedOn: addDays(today, -m.startedDaysAgo),
    });
    if (m.endedDaysAgo !== undefined) await endControlMeasure(ctx, organisationId, relation.id, measure.id, addDays(today, -m.endedDaysAgo));
  }
}
