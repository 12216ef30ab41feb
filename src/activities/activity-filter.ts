import type { ActivityType } from '../entities/enums';

/** Which activities a list holds; every field is optional. */
export interface ActivityFilterData {
  type?: ActivityType[] | null;
  ownerId?: number | null;
  /** true: only done; false: only open */
  done?: boolean | null;
  dueBefore?: Date | null;
  dueAfter?: Date | null;
}
