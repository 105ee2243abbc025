import type { AccountReading } from './account-reading.ts';
import { DIMENSIONS, type Dimension, type Localized } from './vocabulary.ts';

/**
 * The leadership profile (essay, end of §5): where an organisation's received trust comes from
 * shows how it leads. Leadership that steers by agreements and follow-up ("command and control")
 * earns mostly contractual trust; people-oriented leadership adds professional trust; inspiring
 * leadership, which builds connection and shared purpose, earns intentional trust. Good leadership
 * has always drawn on all three; the profile shows where the weight lies today.
 */

export type LeadershipStyle = 'command_and_control' | 'people_oriented' | 'inspiring' | 'balanced';

export interface LeadershipProfile {
  /** Share of the decayed received deposits `r` per dimension, summing to 1; null when there are none. */
  shares: Record<Dimension, number> | null;
  style: LeadershipStyle | null;
  text: Localized | null;
}

/** A dimension leads only with at least this share of the deposits… */
export const LEADING_SHARE_MIN = 0.4;
/** …and at least this much more than the next one; otherwise the profile is balanced. */
export const LEADING_MARGIN_MIN = 0.05;

const STYLE_OF_DIMENSION = {
  contractual: 'command_and_control',
  professional: 'people_oriented',
  intentional: 'inspiring',
} as const satisfies Record<Dimension, LeadershipStyle>;

const DIMENSION_NAME = {
  intentional: { en: 'intentional', nl: 'intentioneel' },
  professional: { en: 'professional', nl: 'professioneel' },
  contractual: { en: 'contractual', nl: 'contractueel' },
} as const satisfies Record<Dimension, Localized>;

function percent(share: number): string {
  return `${Math.round(100 * share)}%`;
}

function textOf(style: LeadershipStyle, shares: Record<Dimension, number>, lead: Dimension): Localized {
  const leadShare = (lang: 'en' | 'nl') => `${DIMENSION_NAME[lead][lang]}: ${percent(shares[lead])}`;
  switch (style) {
    case 'command_and_control':
      return {
        en: `The trust you receive rests mostly on agreements kept and results delivered (${leadShare('en')}). That is the mark of a command-and-control style: steering by agreements and follow-up. It gives clarity, but leaves intentions and ability under-used; invest in those, so that cooperation depends less on control.`,
        nl: `Het vertrouwen dat u krijgt, steunt vooral op nagekomen afspraken en geleverde resultaten (${leadShare('nl')}). Dat is het kenmerk van een stijl van 'command and control': sturen op afspraken en opvolging. Dat schept duidelijkheid, maar laat bedoelingen en kunde onbenut; investeer daarin, zodat de samenwerking minder van controle afhangt.`,
      };
    case 'people_oriented':
      return {
        en: `The trust you receive rests mostly on competence, service and learning (${leadShare('en')}). That is the mark of a people-oriented style: giving people room to use and develop what they can. To go further, connect that with shared purpose and values.`,
        nl: `Het vertrouwen dat u krijgt, steunt vooral op competentie, dienstbaarheid en leervermogen (${leadShare('nl')}). Dat is het kenmerk van een mensgerichte stijl: mensen de ruimte geven om hun kunnen te benutten en te ontwikkelen. Om verder te groeien, verbindt u dat met gedeelde doelen en waarden.`,
      };
    case 'inspiring':
      return {
        en: `The trust you receive rests mostly on authenticity, honesty and fairness (${leadShare('en')}). That is the mark of an inspiring style: people commit because they share what you stand for. Keep the basics in order as well: ability and agreements kept carry that connection.`,
        nl: `Het vertrouwen dat u krijgt, steunt vooral op authenticiteit, eerlijkheid en rechtvaardigheid (${leadShare('nl')}). Dat is het kenmerk van een inspirerende stijl: mensen engageren zich omdat ze delen waar u voor staat. Houd ook de basis op orde: kunde en nagekomen afspraken dragen die verbinding.`,
      };
    case 'balanced': {
      const list = (lang: 'en' | 'nl') =>
        DIMENSIONS.map((d) => `${DIMENSION_NAME[d][lang]} ${percent(shares[d])}`).join(', ');
      return {
        en: `The trust you receive is spread over the three dimensions (${list('en')}); none of them clearly leads. Good leadership draws on all three: keep watching that none falls behind.`,
        nl: `Het vertrouwen dat u krijgt, is gespreid over de drie dimensies (${list('nl')}); geen enkele voert duidelijk de boventoon. Goed leiderschap steunt op alle drie: blijf erop letten dat geen ervan achterop raakt.`,
      };
    }
  }
}

/**
 * The profile of the organisation's received accounts: the share of their decayed deposits `r`
 * per dimension (withdrawals do not count: the profile shows where the organisation *earns*
 * trust). The leading dimension names the style when its share is at least `LEADING_SHARE_MIN` and
 * exceeds the next one by at least `LEADING_MARGIN_MIN`; otherwise the profile is `balanced`.
 */
export function leadershipProfile(receivedReadings: readonly AccountReading[]): LeadershipProfile {
  const sum = (d: Dimension) => receivedReadings.reduce((total, reading) => total + reading.legs[d].r, 0);
  const r = { intentional: sum('intentional'), professional: sum('professional'), contractual: sum('contractual') };
  const total = r.intentional + r.professional + r.contractual;
  if (!(total > 0)) return { shares: null, style: null, text: null };

  const shares = {
    intentional: r.intentional / total,
    professional: r.professional / total,
    contractual: r.contractual / total,
  } satisfies Record<Dimension, number>;
  // The highest share (the first in canonical order among equals, which then reads as balanced).
  const first = DIMENSIONS.reduce((best, d) => (shares[d] > shares[best] ? d : best));
  const runnerUp = Math.max(...DIMENSIONS.filter((d) => d !== first).map((d) => shares[d]));
  const leads = shares[first] >= LEADING_SHARE_MIN && shares[first] - runnerUp >= LEADING_MARGIN_MIN;
  const style: LeadershipStyle = leads ? STYLE_OF_DIMENSION[first] : 'balanced';
  return { shares, style, text: textOf(style, shares, first) };
}
