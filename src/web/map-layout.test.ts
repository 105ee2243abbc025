import { describe, expect, it } from 'vitest';
import { LEVELS as MODEL_LEVELS } from '../domain/vocabulary.ts';
import { layoutMap, LEVELS, type Level, NODE_GAP, nodeRadius, type MapStakeholder, type PlacedNode } from './map-layout.ts';

function stakeholder(id: string, level: Level, importance = 3, category = 'customers', name = id): MapStakeholder {
  return { id, name, category, level, importance };
}

/** A crowded organisation: many on one ring, few on another, one level empty. */
const CROWD: MapStakeholder[] = [
  ...Array.from({ length: 30 }, (_, i) => stakeholder(`o${i}`, 'organisational', (i % 5) + 1, i % 2 ? 'employees' : 'board', `Org ${i}`)),
  stakeholder('r1', 'relational', 5),
  stakeholder('r2', 'relational', 1),
  ...Array.from({ length: 7 }, (_, i) => stakeholder(`s${i}`, 'societal', 5, 'media', `Paper ${i}`)),
];

const distance = (a: { x: number; y: number }, b: { x: number; y: number }) => Math.hypot(a.x - b.x, a.y - b.y);

describe('layoutMap', () => {
  it('knows the levels of the model, in its order', () => {
    expect(LEVELS).toEqual(MODEL_LEVELS);
  });

  it('places every stakeholder exactly once, on the ring of its level', () => {
    const layout = layoutMap(CROWD);
    expect(layout.nodes.map((n) => n.id).sort()).toEqual(CROWD.map((s) => s.id).sort());
    for (const node of layout.nodes) {
      const ring = layout.rings.find((r) => r.level === node.level)!;
      expect(distance(node, { x: 0, y: 0 })).toBeCloseTo(ring.radius, 6);
      expect(node.level).toBe(CROWD.find((s) => s.id === node.id)!.level);
    }
  });

  it('keeps the organisation in the centre and orders the levels outward, relational innermost', () => {
    const layout = layoutMap(CROWD);
    expect(layout.centre).toMatchObject({ x: 0, y: 0 });
    expect(layout.rings.map((r) => r.level)).toEqual([...LEVELS]);
    const radii = layout.rings.map((r) => r.radius);
    for (let i = 1; i < radii.length; i++) expect(radii[i]!).toBeGreaterThan(radii[i - 1]!);
    for (const node of layout.nodes) expect(distance(node, layout.centre)).toBeGreaterThan(layout.centre.radius + node.radius);
  });

  it('lets no two nodes touch, on the same ring or on neighbouring ones', () => {
    const layout = layoutMap(CROWD);
    const nodes: readonly PlacedNode[] = layout.nodes;
    for (let i = 0; i < nodes.length; i++) {
      for (let j = i + 1; j < nodes.length; j++) {
        expect(distance(nodes[i]!, nodes[j]!)).toBeGreaterThanOrEqual(nodes[i]!.radius + nodes[j]!.radius + NODE_GAP);
      }
    }
  });

  it('leaves the top of every ring free for its name', () => {
    const layout = layoutMap(CROWD);
    for (const ring of layout.rings) {
      expect(ring).toMatchObject({ labelX: 0, labelY: -ring.radius });
      for (const node of layout.nodes.filter((n) => n.level === ring.level)) {
        expect(distance(node, { x: ring.labelX, y: ring.labelY })).toBeGreaterThan(node.radius + 30);
      }
    }
  });

  it('keeps everything within the extent', () => {
    const layout = layoutMap(CROWD);
    for (const node of layout.nodes) {
      expect(Math.abs(node.x) + node.radius).toBeLessThanOrEqual(layout.extent);
      expect(Math.abs(node.y) + node.radius).toBeLessThanOrEqual(layout.extent);
    }
    expect(layout.rings.at(-1)!.radius).toBeLessThan(layout.extent);
  });

  it('orders a ring by category, then name, whatever the order given', () => {
    const given = [
      stakeholder('c', 'market', 3, 'suppliers', 'Anvil'),
      stakeholder('a', 'market', 3, 'competitors', 'Zeta'),
      stakeholder('b', 'market', 3, 'competitors', 'alpha'),
    ];
    const ids = (input: MapStakeholder[]) => layoutMap(input).nodes.map((n) => n.id);
    expect(ids(given)).toEqual(['b', 'a', 'c']);
    expect(layoutMap([...given].reverse())).toEqual(layoutMap(given));
  });

  it('sizes nodes by importance, clamped to 1–5', () => {
    expect(nodeRadius(5)).toBeGreaterThan(nodeRadius(1));
    expect(nodeRadius(9)).toBe(nodeRadius(5));
    expect(nodeRadius(0)).toBe(nodeRadius(1));
    const layout = layoutMap([stakeholder('big', 'market', 5), stakeholder('small', 'market', 1)]);
    const radius = (id: string) => layout.nodes.find((n) => n.id === id)!.radius;
    expect(radius('big')).toBeGreaterThan(radius('small'));
  });

  it('draws all four rings and the centre when there are no stakeholders', () => {
    const layout = layoutMap([]);
    expect(layout.nodes).toEqual([]);
    expect(layout.rings).toHaveLength(4);
    expect(layout.extent).toBeGreaterThan(layout.rings.at(-1)!.radius);
  });

  it('spreads a single stakeholder away from the label', () => {
    const [node] = layoutMap([stakeholder('only', 'relational')]).nodes;
    expect(node!.y).toBeGreaterThan(0); // opposite the ring's name at the top
  });
});
