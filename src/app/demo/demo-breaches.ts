import { addDays } from '../../domain/calendar.ts';
import { listRelations } from '../../store/relations.ts';
import { planRepair, recordBreach, recordRepairDeposit, respondToBreach } from '../breaches.ts';
import type { AppContext } from '../context.ts';

/**
 * Two breaches, one each way, so the demo shows both kinds of follow-up. Ours: a retail chain's
 * order delivered three weeks late without warning — apologised for, partly repaired, with one
 * action overdue (the overdue-repair signal). Theirs: a supplier that raised its price on the
 * invoice unannounced, which we chose to address. The production team's accumulating
 * small incidents are left as a signal, to be turned into a breach.
 */
export async function loadDemoBreaches(ctx: AppContext, organisationId: string, today: string, stakeholderIds: ReadonlyMap<string, string>): Promise<void> {
  const relations = await listRelations(ctx.store.db, organisationId);
  const relationOf = (key: string) => relations.find((r) => r.stakeholderId === stakeholderIds.get(key))!.id;
  const daysAgo = (days: number) => addDays(today, -days);

  const late = await recordBreach(ctx, organisationId, {
    relationId: relationOf('woonketen-nestel'),
    direction: 'we_breached',
    occurredOn: daysAgo(60),
    intent: 'side_effect',
    scale: 'manifest',
    description:
      'De voorjaarscollectie voor Woonketen Nestel kwam drie weken te laat in de winkels, en we verwittigden pas op de afgesproken leverdag. Hun lancering viel in het water.',
    withdrawals: [
      { foundation: 'result', amount: -3, intent: 'unintentional', note: 'Voorjaarscollectie drie weken te laat geleverd' },
      { foundation: 'transparency', amount: -2, intent: 'unintentional', note: 'Vertraging pas op de leverdag gemeld' },
    ],
  });
  await planRepair(ctx, organisationId, late.id, {
    apology: {
      regret: { state: 'done', note: 'Zaakvoerder belde de inkoper nog dezelfde dag' },
      explanation: { state: 'done', note: 'Uitval van de lakstraat, en niemand die het doorgaf' },
      acknowledging_responsibility: { state: 'done', note: 'Zonder omwegen: wij hadden moeten verwittigen' },
      offer_of_repair: { state: 'done', note: 'Transportkosten en de eerste etalage voor onze rekening' },
    },
    actions: [
      { description: 'Leveringsplanning wekelijks met de klant delen', owner: 'Projectleider', dueOn: daysAgo(40), doneOn: daysAgo(42) },
      { description: 'Nazorgbezoek door de zaakvoerder in de drie grootste filialen', owner: 'Zaakvoerder', dueOn: daysAgo(6) },
      { description: 'Vroegtijdige waarschuwing bij vertraging in de planningsprocedure opnemen', owner: 'Productieleider', dueOn: addDays(today, 20) },
    ],
    followUpOn: addDays(today, 30),
  });
  await recordRepairDeposit(ctx, organisationId, late.id, { foundation: 'fairness', amount: 3, occurredOn: daysAgo(50), note: 'Transportkosten en etalage vergoed' });
  await recordRepairDeposit(ctx, organisationId, late.id, { foundation: 'transparency', amount: 2, occurredOn: daysAgo(35), note: 'Eerste wekelijkse planning gedeeld' });

  const invoice = await recordBreach(ctx, organisationId, {
    relationId: relationOf('beslaghandel-vijs-en-moer'),
    direction: 'they_breached',
    occurredOn: daysAgo(20),
    intent: 'intentional',
    scale: 'incidental',
    description: 'Er stond een prijsverhoging op de factuur die niet in de offerte stond, zonder enige aankondiging.',
    withdrawals: [{ foundation: 'fair_play', amount: -2, intent: 'intentional', note: 'Prijsverhoging opnieuw pas op de factuur' }],
    followUpOn: addDays(today, 10),
  });
  await respondToBreach(ctx, organisationId, invoice.id, {
    response: 'address',
    alternatives: true,
    note: 'Gesprek met hun accountmanager: prijswijzigingen voortaan vooraf en schriftelijk.',
  });
}
