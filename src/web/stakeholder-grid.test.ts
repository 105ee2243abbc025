import { describe, expect, it } from 'vitest';
import { GRID_DIVIDER, quadrantOf, spreadPoints, type GridPoint } from './stakeholder-grid.ts';

describe('quadrantOf', () => {
  it('names the four quadrants, with 4 and 5 as high and 3 as middling', () => {
    expect(quadrantOf({ influence: 5, interest: 5 })).toBe('manageClosely');
    expect(quadrantOf({ influence: 4, interest: 3 })).toBe('keepSatisfied');
    expect(quadrantOf({ influence: 3, interest: 4 })).toBe('keepInformed');
    expect(quadrantOf({ influence: 3, interest: 3 })).toBe('monitor');
    expect(quadrantOf({ influence: 1, interest: 1 })).toBe('monitor');
  });
});

describe('spreadPoints', () => {
  const distance = (a: { plotX: number; plotY: number }, b: { plotX: number; plotY: number }) => Math.hypot(a.plotX - b.plotX, a.plotY - b.plotY);

  it('leaves a point alone in its cell on its ratings', () => {
    expect(spreadPoints([{ id: 'a', x: 2, y: 5 }])).toEqual([{ id: 'a', x: 2, y: 5, plotX: 2, plotY: 5 }]);
  });

  it.each([2, 3, 6, 7, 15, 40])('moves %i points with equal ratings apart, each within its own cell', (count) => {
    const points: GridPoint[] = Array.from({ length: count }, (_, index) => ({ id: `s${index}`, x: 3, y: 4 }));
    const spread = spreadPoints(points);
    for (const point of spread) {
      expect(Math.abs(point.plotX - 3)).toBeLessThan(0.5);
      expect(Math.abs(point.plotY - 4)).toBeLessThan(0.5);
      // never across the grid's dividing line: a point's quadrant shows where it is drawn
      expect(point.plotY > GRID_DIVIDER).toBe(point.y > GRID_DIVIDER);
    }
    for (let i = 0; i < spread.length; i++) {
      for (let j = i + 1; j < spread.length; j++) expect(distance(spread[i]!, spread[j]!)).toBeGreaterThan(0.05);
    }
  });

  it('puts each point in the same place whatever order the points come in', () => {
    const points: GridPoint[] = [
      { id: 'c', x: 1, y: 1 },
      { id: 'a', x: 1, y: 1 },
      { id: 'b', x: 1, y: 1 },
      { id: 'd', x: 5, y: 5 },
    ];
    const forward = spreadPoints(points);
    const backward = spreadPoints([...points].reverse());
    for (const point of forward) expect(backward.find((p) => p.id === point.id)).toEqual(point);
    expect(forward.map((p) => p.id)).toEqual(['c', 'a', 'b', 'd']); // in the order given
  });
});
