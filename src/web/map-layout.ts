import type { Stakeholder } from '../api/schemas.ts';

/**
 * Where each stakeholder sits on the stakeholder map (essay figure 1): the organisation in the
 * centre, one ring per level around it — relational innermost, societal outermost — and on each
 * ring the stakeholders in a stable order (category, then name), each drawn the larger the more
 * the organisation depends on it. Positions and sizes are in the map's own units; the chart
 * scales them to its box. A gap is kept free at the top of every ring for the ring's name.
 */

export type Level = Stakeholder['level'];
/** The levels from the centre outward (the server's own list is not imported into the page). */
export const LEVELS = ['relational', 'organisational', 'market', 'societal'] as const satisfies readonly Level[];

export interface MapStakeholder {
  /** The relation's id: what a node opens. */
  readonly id: string;
  readonly name: string;
  readonly category: string;
  readonly level: Level;
  /** 1–5; out-of-range values are clamped. */
  readonly importance: number;
}

export interface PlacedNode {
  readonly id: string;
  readonly level: Level;
  readonly x: number;
  readonly y: number;
  readonly radius: number;
}

export interface MapRing {
  readonly level: Level;
  readonly radius: number;
  /** Where the ring's name goes: the top of the ring (y grows downwards, as on screen). */
  readonly labelX: number;
  readonly labelY: number;
}

export interface MapLayout {
  readonly centre: { readonly x: 0; readonly y: 0; readonly radius: number };
  /** One per level, in LEVELS order, also when a level has no stakeholders. */
  readonly rings: readonly MapRing[];
  /** One per stakeholder, in the order drawn (by level, then category, then name). */
  readonly nodes: readonly PlacedNode[];
  /** Every node, ring and the centre lie within [−extent, extent] on both axes. */
  readonly extent: number;
}

export const CENTRE_RADIUS = 38;
/** Free space between two nodes, and between two rings' nodes. */
export const NODE_GAP = 8;
/** Extra room between rings, for the names under the nodes. */
const RING_GAP = 22;
/** Arc kept free at the top of each ring for the ring's name. */
export const LABEL_ARC = 84;
const MARGIN = 12;

/** The radius of a node: importance 1 is small, 5 is twice as large. */
export function nodeRadius(importance: number): number {
  const clamped = Math.min(5, Math.max(1, Math.round(Number.isFinite(importance) ? importance : 1)));
  return 8 + 2 * (clamped - 1);
}

function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Category, then name, then id: the same input always gives the same order, whatever the language. */
export function compareStakeholders(a: MapStakeholder, b: MapStakeholder): number {
  return compareText(a.category, b.category) || compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.id, b.id);
}

/**
 * The angles (from the top, clockwise) of nodes with the given radii on a ring of radius R: each
 * node gets an arc as wide as it needs, and the slack is shared equally, so that nodes spread
 * over the whole ring but for the label's gap.
 */
function anglesOnRing(radii: readonly number[], ringRadius: number): number[] {
  const needed = radii.map((r) => 2 * r + NODE_GAP);
  const total = needed.reduce((sum, arc) => sum + arc, 0);
  const labelAngle = LABEL_ARC / ringRadius;
  const free = 2 * Math.PI - labelAngle;
  const slack = Math.max(0, free - total / ringRadius) / Math.max(1, radii.length);
  const angles: number[] = [];
  let at = labelAngle / 2;
  for (const arc of needed) {
    const span = arc / ringRadius + slack;
    angles.push(at + span / 2);
    at += span;
  }
  return angles;
}

function place(radii: readonly number[], ringRadius: number): { x: number; y: number }[] {
  return anglesOnRing(radii, ringRadius).map((angle) => ({ x: ringRadius * Math.sin(angle), y: -ringRadius * Math.cos(angle) }));
}

function overlaps(points: readonly { x: number; y: number }[], radii: readonly number[]): boolean {
  for (let i = 0; i < points.length; i++) {
    for (let j = i + 1; j < points.length; j++) {
      const distance = Math.hypot(points[i]!.x - points[j]!.x, points[i]!.y - points[j]!.y);
      if (distance < radii[i]! + radii[j]! + NODE_GAP) return true;
    }
  }
  return false;
}

/** The smallest ring radius, at least `minimum`, on which the nodes fit without touching. */
function fittingRadius(radii: readonly number[], minimum: number): number {
  const circumference = radii.reduce((sum, r) => sum + 2 * r + NODE_GAP, 0) + LABEL_ARC;
  let radius = Math.max(minimum, circumference / (2 * Math.PI));
  // The arcs fit; chords are shorter than arcs, so widen until the straight distances fit too.
  while (overlaps(place(radii, radius), radii)) radius *= 1.05;
  return radius;
}

export function layoutMap(stakeholders: readonly MapStakeholder[]): MapLayout {
  const rings: MapRing[] = [];
  const nodes: PlacedNode[] = [];
  let inner = CENTRE_RADIUS;
  let innerNode = 0;
  for (const level of LEVELS) {
    const members = stakeholders.filter((s) => s.level === level).sort(compareStakeholders);
    const radii = members.map((s) => nodeRadius(s.importance));
    const largest = Math.max(nodeRadius(1), ...radii);
    const minimum = inner + innerNode + largest + NODE_GAP + RING_GAP;
    const radius = fittingRadius(radii, minimum);
    place(radii, radius).forEach((point, i) => nodes.push({ id: members[i]!.id, level, x: point.x, y: point.y, radius: radii[i]! }));
    rings.push({ level, radius, labelX: 0, labelY: -radius });
    inner = radius;
    innerNode = largest;
  }
  return { centre: { x: 0, y: 0, radius: CENTRE_RADIUS }, rings, nodes, extent: inner + innerNode + MARGIN };
}
