/** A mistake of the user's: printed as is, without a stack trace, and the command exits 1. */
export class UsageError extends Error {
  override name = 'UsageError';
}
