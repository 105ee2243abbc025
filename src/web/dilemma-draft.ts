import type { TFunction } from 'i18next';
import type { Foundation } from './dimensions.ts';
import type { NewDilemma } from './decisions-api.ts';
import type { FieldErrors } from './form-errors.ts';
import type { Intent } from './ledger-api.ts';

/**
 * A dilemma as the form holds it while it is written: every value a string or null until chosen,
 * each option and effect with a key of its own so that removing one keeps the others' inputs.
 */
export interface EffectDraft {
  readonly key: number;
  readonly stakeholderId: string | null;
  readonly direction: 'received' | 'given';
  readonly foundation: Foundation | null;
  /** −5…−1 or 1…5 as text, '' before one is chosen. */
  readonly amount: string;
  readonly intent: Intent | null;
  readonly note: string;
}

export interface OptionDraft {
  readonly key: number;
  readonly title: string;
  readonly description: string;
  readonly effects: readonly EffectDraft[];
}

export interface DilemmaDraft {
  readonly title: string;
  readonly context: string;
  readonly valueConflict: string;
  readonly impact: number;
  readonly options: readonly OptionDraft[];
}

/** The amounts an effect may have: a withdrawal −5…−1 or a deposit 1…5, never 0. */
export const EFFECT_AMOUNTS = [-5, -4, -3, -2, -1, 1, 2, 3, 4, 5] as const;
export const MIN_OPTIONS = 2;
export const MAX_OPTIONS = 10;

let lastKey = 0;
const nextKey = () => ++lastKey;

export function emptyEffect(): EffectDraft {
  return { key: nextKey(), stakeholderId: null, direction: 'received', foundation: null, amount: '', intent: null, note: '' };
}

export function emptyOption(): OptionDraft {
  return { key: nextKey(), title: '', description: '', effects: [emptyEffect()] };
}

export function emptyDraft(): DilemmaDraft {
  return { title: '', context: '', valueConflict: '', impact: 3, options: [emptyOption(), emptyOption()] };
}

/** Every field path the server may name in a problem (`options.1.effects.0.amount`), for the draft as it is. */
export function fieldPaths(draft: DilemmaDraft): string[] {
  return [
    'title',
    'context',
    'valueConflict',
    'impact',
    'options',
    ...draft.options.flatMap((option, i) => [
      `options.${i}.title`,
      `options.${i}.description`,
      `options.${i}.effects`,
      ...option.effects.flatMap((_, j) => ['stakeholderId', 'direction', 'foundation', 'amount', 'intent', 'note'].map((f) => `options.${i}.effects.${j}.${f}`)),
    ]),
  ];
}

/** What the page checks before sending: the required texts, and each effect's stakeholder, foundation, amount and a withdrawal's intent. */
export function checkDraft(t: TFunction, draft: DilemmaDraft): FieldErrors<string> {
  const required = t('form.required');
  const errors: FieldErrors<string> = {};
  if (draft.title.trim() === '') errors.title = required;
  if (draft.valueConflict.trim() === '') errors.valueConflict = required;
  draft.options.forEach((option, i) => {
    if (option.title.trim() === '') errors[`options.${i}.title`] = required;
    option.effects.forEach((effect, j) => {
      const at = `options.${i}.effects.${j}`;
      if (!effect.stakeholderId) errors[`${at}.stakeholderId`] = required;
      if (!effect.foundation) errors[`${at}.foundation`] = required;
      if (effect.amount === '') errors[`${at}.amount`] = required;
      if (Number(effect.amount) < 0 && !effect.intent) errors[`${at}.intent`] = required;
    });
  });
  return errors;
}

/** The draft as the API takes it; call after `checkDraft` found nothing. */
export function toNewDilemma(draft: DilemmaDraft): NewDilemma {
  return {
    title: draft.title.trim(),
    context: draft.context.trim() || undefined,
    valueConflict: draft.valueConflict.trim(),
    impact: draft.impact,
    options: draft.options.map((option) => ({
      title: option.title.trim(),
      description: option.description.trim() || undefined,
      effects: option.effects.map((effect) => {
        const amount = Number(effect.amount);
        return {
          stakeholderId: effect.stakeholderId ?? '',
          direction: effect.direction,
          foundation: effect.foundation!,
          amount,
          intent: amount < 0 ? effect.intent : null,
          note: effect.note.trim() || undefined,
        };
      }),
    })),
  };
}
