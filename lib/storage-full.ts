/**
 * Whether a failed write failed because the disk is full. Pure (no storage module): the note editor asks it of the
 * error its transport returns (views that hold an editor must not import the notes database to do so); own
 * templates, site profiles and the pack storage of their storage's refusals. In lib/ itself, below every folder.
 */

/**
 * How browsers word a full disk: QuotaExceededError, or Chromium's LevelDB "FILE_ERROR_NO_SPACE" inside an
 * UnknownError ("Connection is closing because of: IO error: … FILE_ERROR_NO_SPACE"), or ENOSPC.
 */
const FULL = /quota|no[ _]?space|FILE_ERROR_NO_SPACE|ENOSPC|disk (?:is )?full/i;

export function isStorageFull(err: unknown): boolean {
  const e = err as { name?: string; message?: string } | null;
  return e?.name === 'QuotaExceededError' || FULL.test(String(e?.message ?? err));
}
