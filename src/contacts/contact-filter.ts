import type { RecordStatus } from '../entities/enums';
import type { RecordFilterData } from '../records/record-query';

/** Which contacts a list holds; every field is optional. */
export interface ContactFilterData extends RecordFilterData {
  relationId?: number | null;
  /** defaults to ACTIVE and INACTIVE */
  status?: RecordStatus[] | null;
}
