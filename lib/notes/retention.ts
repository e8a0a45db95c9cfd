import type { Note } from './model';

/**
 * Notes are kept for a number of days after their last change (default 90, chosen in options). A note with a
 * follow-up still ahead, or overdue and not resolved, is kept: a promise to a customer outlives retention.
 */
export const DEFAULT_RETENTION_DAYS = 90;
export const MIN_RETENTION_DAYS = 1;
export const MAX_RETENTION_DAYS = 3650;
const DAY = 86_400_000;

/** Policy wins: the organisation's notesRetentionDays when it set one, else the agent's own setting. */
export function retentionInForce(agentDays: number, policyDays: number | undefined): number {
  return policyDays ?? agentDays;
}

export function expiredNotes(notes: Note[], retentionDays: number, now: number): Note[] {
  const cutoff = now - retentionDays * DAY;
  return notes.filter(
    (n) => n.updatedAt < cutoff && !(n.fields.followUpAt !== null && n.fields.status !== 'resolved'),
  );
}

/** A retention value the agent typed, checked; the message names what is wrong. */
export function parseRetentionDays(input: string): number {
  const n = Number(input.trim());
  if (!Number.isInteger(n) || n < MIN_RETENTION_DAYS || n > MAX_RETENTION_DAYS) {
    throw new RangeError(`Retention must be a whole number of days from ${MIN_RETENTION_DAYS} to ${MAX_RETENTION_DAYS}.`);
  }
  return n;
}
