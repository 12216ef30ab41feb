import type { EntityType } from '../record-fields';

/** Which merges the merge log lists; every field is optional. */
export interface MergeFilterData {
  entityType?: EntityType | null;
  /** true: only undone merges; false: only those in force */
  undone?: boolean | null;
}
