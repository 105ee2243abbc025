import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import { checkDraft, emptyDraft, fieldPaths, toNewDilemma, type DilemmaDraft } from './dilemma-draft.ts';

const t = ((key: string) => key) as unknown as TFunction;

function filled(): DilemmaDraft {
  const draft = emptyDraft();
  const [first, second] = draft.options;
  return {
    ...draft,
    title: '  Een leverancier die te laat levert ',
    valueConflict: 'Trouw tegenover beloftes',
    options: [
      { ...first!, title: 'Blijven', effects: [{ ...first!.effects[0]!, stakeholderId: 's1', foundation: 'result', amount: '-2', intent: 'unintentional' }] },
      { ...second!, title: 'Overstappen', effects: [{ ...second!.effects[0]!, stakeholderId: 's1', foundation: 'result', amount: '2', intent: 'intentional', note: ' ' }] },
    ],
  };
}

describe('checkDraft', () => {
  it('asks for every required text and each effect’s stakeholder, foundation and amount', () => {
    const errors = checkDraft(t, emptyDraft());
    expect(Object.keys(errors).sort()).toEqual(
      [
        'title',
        'valueConflict',
        'options.0.title',
        'options.0.effects.0.stakeholderId',
        'options.0.effects.0.foundation',
        'options.0.effects.0.amount',
        'options.1.title',
        'options.1.effects.0.stakeholderId',
        'options.1.effects.0.foundation',
        'options.1.effects.0.amount',
      ].sort(),
    );
  });

  it('asks a withdrawal for its intent, a deposit not', () => {
    const draft = filled();
    const withoutIntent = { ...draft, options: draft.options.map((o) => ({ ...o, effects: o.effects.map((e) => ({ ...e, intent: null })) })) };
    expect(checkDraft(t, withoutIntent)).toEqual({ 'options.0.effects.0.intent': 'form.required' });
    expect(checkDraft(t, draft)).toEqual({});
  });
});

describe('toNewDilemma', () => {
  it('trims the texts, leaves out empty ones and drops a deposit’s intent', () => {
    const dilemma = toNewDilemma(filled());
    expect(dilemma.title).toBe('Een leverancier die te laat levert');
    expect(dilemma.context).toBeUndefined();
    expect(dilemma.options[0]!.effects[0]).toEqual({ stakeholderId: 's1', direction: 'received', foundation: 'result', amount: -2, intent: 'unintentional', note: undefined });
    expect(dilemma.options[1]!.effects[0]!.intent).toBeNull();
  });
});

describe('fieldPaths', () => {
  it('names every field the server may point at, down to each effect', () => {
    const paths = fieldPaths(filled());
    expect(paths).toContain('options.1.effects.0.amount');
    expect(paths).toContain('impact');
    expect(paths).not.toContain('options.2.title');
  });
});
