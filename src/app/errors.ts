/**
 * The failures a use case can report. Each interface (HTTP, CLI) maps them to its own form:
 * problem+json with a status, or a message and a non-zero exit.
 */

export interface FieldIssue {
  /** Dotted path of the offending field, e.g. `amount` or `tags.2`. */
  readonly field: string;
  readonly message: string;
}

export class ValidationError extends Error {
  constructor(readonly issues: readonly FieldIssue[]) {
    super(issues.map((i) => `${i.field}: ${i.message}`).join('; '));
    this.name = 'ValidationError';
  }
}

/**
 * A password given to prove who one is did not match. Reported as a field issue like any other,
 * but the HTTP layer counts it towards the sign-in throttle: otherwise these routes would let one
 * guess passwords without the limit sign-in has.
 */
export class WrongPasswordError extends ValidationError {
  constructor(field: string, message: string) {
    super([{ field, message }]);
    this.name = 'WrongPasswordError';
  }
}

export class NotFoundError extends Error {
  constructor(
    readonly what: string,
    readonly id: string,
  ) {
    super(`${what} ${id} was not found`);
    this.name = 'NotFoundError';
  }
}

/** The request is well-formed but contradicts what is recorded (e.g. reversing twice). */
export class ConflictError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'ConflictError';
  }
}

/**
 * Why a survey link cannot be answered, in words for the respondent: not known, already used,
 * the survey closed, or not open yet.
 */
export class SurveyLinkError extends Error {
  constructor(
    readonly reason: 'unknown' | 'used' | 'closed' | 'not_open_yet',
    message: string,
  ) {
    super(message);
    this.name = 'SurveyLinkError';
  }
}

/**
 * A password reset link that does not work: unknown, used, voided by a newer one or expired. One
 * error for all, so the answer tells nothing about which, nor about the account behind it.
 */
export class ResetLinkError extends Error {
  constructor() {
    super('This password reset link does not work: it is unknown, used or expired. Ask whoever runs Trust Ledger for a new one.');
    this.name = 'ResetLinkError';
  }
}
