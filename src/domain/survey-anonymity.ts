/**
 * What a trust scan may reveal (DESIGN.md, "Trust scan"): the server applies these rules to every
 * route and export; the interface only shows what is left.
 *
 * - No figure for fewer responses than the scan's minimum (default 5, never below 3).
 * - No open answer for fewer than 8 responses; the ones shown come in random order.
 * - No result that, subtracted from or from another result already reported, leaves a group
 *   too small to show: result(A ∪ B) − result(A) is the result of B, with as many responses as
 *   the two counts differ.
 */

export const MIN_RESPONSES_DEFAULT = 5;
export const MIN_RESPONSES_FLOOR = 3;
export const MIN_RESPONSES_FOR_COMMENTS = 8;

/** Whether a scan may be configured with this minimum number of responses. */
export function isValidMinimum(minimum: number): boolean {
  return Number.isInteger(minimum) && minimum >= MIN_RESPONSES_FLOOR && minimum <= 1000;
}

/** Figures are shown from the minimum number of responses on (and never below the floor). */
export function mayShowFigures(responses: number, minimum: number): boolean {
  return responses >= Math.max(minimum, MIN_RESPONSES_FLOOR);
}

/** Open answers need more responses than figures: a sentence betrays its writer sooner than a number. */
export function mayShowComments(responses: number, minimum: number): boolean {
  return mayShowFigures(responses, minimum) && responses >= MIN_RESPONSES_FOR_COMMENTS;
}

/** A result already reported: the stakeholders its group covers and how many responded. */
export interface ReportedGroup {
  readonly members: ReadonlySet<string>;
  readonly responses: number;
}

function isStrictSubset(a: ReadonlySet<string>, b: ReadonlySet<string>): boolean {
  return a.size < b.size && [...a].every((member) => b.has(member));
}

/**
 * Whether reporting a group's result would let someone subtract it from (or subtract from it) a
 * result already reported and so read the result of a group below the minimum: the two groups
 * nest, and their response counts differ by more than nothing but less than the minimum.
 */
export function exposesBySubtraction(
  target: ReportedGroup,
  reported: readonly ReportedGroup[],
  minimum: number,
): boolean {
  const least = Math.max(minimum, MIN_RESPONSES_FLOOR);
  return reported.some((other) => {
    const nested = isStrictSubset(other.members, target.members) || isStrictSubset(target.members, other.members);
    const difference = Math.abs(target.responses - other.responses);
    return nested && difference > 0 && difference < least;
  });
}

/**
 * Open answers in an order that says nothing about who wrote them or when: shuffled with the
 * random numbers given (Fisher–Yates; the use case passes `Math.random`, tests a fixed sequence).
 */
export function shuffledComments(comments: readonly string[], random: () => number): string[] {
  const result = [...comments];
  for (let i = result.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [result[i], result[j]] = [result[j]!, result[i]!];
  }
  return result;
}
