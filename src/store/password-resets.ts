import type { Kysely } from 'kysely';
import type { Database } from './schema.ts';

export interface PasswordResetRecord {
  readonly id: string;
  readonly userId: string;
  readonly tokenHash: string;
  readonly createdAt: string;
  readonly expiresAt: string;
}

export async function insertPasswordReset(db: Kysely<Database>, reset: PasswordResetRecord): Promise<void> {
  await db
    .insertInto('password_resets')
    .values({
      id: reset.id,
      user_id: reset.userId,
      token_hash: reset.tokenHash,
      created_at: reset.createdAt,
      expires_at: reset.expiresAt,
      used_at: null,
      voided_at: null,
    })
    .execute();
}

/** Voids a user's links that are neither used nor voided yet; returns how many there were. */
export async function voidOpenPasswordResets(db: Kysely<Database>, userId: string, at: string): Promise<number> {
  const result = await db
    .updateTable('password_resets')
    .set({ voided_at: at })
    .where('user_id', '=', userId)
    .where('used_at', 'is', null)
    .where('voided_at', 'is', null)
    .executeTakeFirst();
  return Number(result.numUpdatedRows);
}

/** The link a token opens, if it is neither used, voided nor expired at `now`. */
export async function findOpenPasswordReset(db: Kysely<Database>, tokenHash: string, now: string): Promise<PasswordResetRecord | undefined> {
  const row = await db
    .selectFrom('password_resets')
    .selectAll()
    .where('token_hash', '=', tokenHash)
    .where('used_at', 'is', null)
    .where('voided_at', 'is', null)
    .where('expires_at', '>', now)
    .executeTakeFirst();
  return row && { id: row.id, userId: row.user_id, tokenHash: row.token_hash, createdAt: row.created_at, expiresAt: row.expires_at };
}

/**
 * Spends a link. The conditions make it single-use even when two requests carry it at once (only
 * one update finds it open), and refuse a link voided or expired since it was read.
 */
export async function markPasswordResetUsed(db: Kysely<Database>, id: string, at: string): Promise<boolean> {
  const result = await db
    .updateTable('password_resets')
    .set({ used_at: at })
    .where('id', '=', id)
    .where('used_at', 'is', null)
    .where('voided_at', 'is', null)
    .where('expires_at', '>', at)
    .executeTakeFirst();
  return Number(result.numUpdatedRows) === 1;
}
