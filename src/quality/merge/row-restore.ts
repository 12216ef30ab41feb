import { sameValues, type RowImage } from '../../db/raw-rows';
import type { RowChange } from './change-log';

/** What an undo does with one row the merge changed. */
export type Restore =
  | { action: 'none' }
  /** the row is as the merge left it: its whole before-image goes back, version and update time included */
  | { action: 'write'; image: RowImage }
  /** changed since in other columns only: the merge's columns go back, the rest stays and the version moves on */
  | { action: 'reapply'; image: RowImage; columns: string[] }
  | { action: 'insert'; image: RowImage }
  | { action: 'delete'; image: RowImage }
  /** changed since in a column the merge set (none named: deleted since) */
  | { action: 'conflict'; columns: string[] };

/**
 * Decides how to put a row back, given how it is now. A row the merge inserted
 * goes; one it deleted comes back unless it is there again; one it updated gets
 * its before-image when nobody touched it since, only the merge's own changes
 * when someone changed other columns, and is a conflict when someone changed what
 * the merge changed. `automatic` columns (version, updatedAt) move with any write.
 */
export function planRestore(
  change: Pick<RowChange, 'before' | 'after'>,
  current: RowImage | null,
  automatic: string[],
): Restore {
  const { before, after } = change;
  if (!after) return current || !before ? { action: 'none' } : { action: 'insert', image: before };
  if (!before) return current ? { action: 'delete', image: current } : { action: 'none' };
  if (!current) return { action: 'conflict', columns: [] };
  if (sameValues(after, current)) return { action: 'write', image: before };
  const changed = Object.keys(before).filter(
    (column) => !automatic.includes(column) && before[column] !== after[column],
  );
  const since = changed.filter((column) => current[column] !== after[column]);
  return since.length > 0
    ? { action: 'conflict', columns: since }
    : { action: 'reapply', image: before, columns: changed };
}
