/**
 * The power/interest grid (Mendelow): influence against interest, each rated 1–5. A 4 or 5 is
 * high; a 3 is middling, and middling is not yet a reason to manage a stakeholder closely.
 */
export const HIGH_RATING = 4;

/** Where the grid's lines run between the low and the high ratings. */
export const GRID_DIVIDER = HIGH_RATING - 0.5;

export const QUADRANTS = ['manageClosely', 'keepSatisfied', 'keepInformed', 'monitor'] as const;
export type Quadrant = (typeof QUADRANTS)[number];

export function quadrantOf(ratings: { readonly influence: number; readonly interest: number }): Quadrant {
  const powerful = ratings.influence >= HIGH_RATING;
  const interested = ratings.interest >= HIGH_RATING;
  if (powerful) return interested ? 'manageClosely' : 'keepSatisfied';
  return interested ? 'keepInformed' : 'monitor';
}

export interface GridPoint {
  readonly id: string;
  /** Interest, 1–5. */
  readonly x: number;
  /** Influence, 1–5. */
  readonly y: number;
}

/** How far a point may move from its rating: less than half a step, so that it stays in its own cell. */
const RING_RADIUS = 0.24;
const DISC_RADIUS = 0.4;
const RING_MAX = 6;
const GOLDEN_ANGLE = Math.PI * (3 - Math.sqrt(5));

/**
 * Moves points that share the same two ratings apart, so that none hides another: one point stays
 * on its rating, up to six sit on a small ring around it, more fill a disc (a sunflower spiral).
 * Deterministic: the same points land on the same places, whatever order they come in.
 */
export function spreadPoints<P extends GridPoint>(points: readonly P[]): Array<P & { readonly plotX: number; readonly plotY: number }> {
  const cells = new Map<string, P[]>();
  for (const point of points) {
    const key = `${point.x},${point.y}`;
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  }
  const placed = new Map<string, { plotX: number; plotY: number }>();
  for (const cell of cells.values()) {
    const ordered = [...cell].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const count = ordered.length;
    ordered.forEach((point, index) => {
      let dx = 0;
      let dy = 0;
      if (count > 1 && count <= RING_MAX) {
        const angle = Math.PI / 2 + (2 * Math.PI * index) / count;
        dx = RING_RADIUS * Math.cos(angle);
        dy = RING_RADIUS * Math.sin(angle);
      } else if (count > RING_MAX) {
        const radius = DISC_RADIUS * Math.sqrt((index + 0.5) / count);
        dx = radius * Math.cos(index * GOLDEN_ANGLE);
        dy = radius * Math.sin(index * GOLDEN_ANGLE);
      }
      placed.set(point.id, { plotX: point.x + dx, plotY: point.y + dy });
    });
  }
  return points.map((point) => ({ ...point, ...placed.get(point.id)! }));
}
