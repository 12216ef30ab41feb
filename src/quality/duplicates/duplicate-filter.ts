import type { DuplicateClusterStatus, RecordType } from '../../entities/enums';

/** Which duplicate clusters a list holds; every field is optional. */
export interface DuplicateClusterFilterData {
  entityType?: RecordType | null;
  /** defaults to OPEN */
  status?: DuplicateClusterStatus[] | null;
  divisionId?: number | null;
  minScore?: number | null;
  search?: string | null;
}
