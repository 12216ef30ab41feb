import type { DealStatus } from '../entities/enums';

/** Which deals a list holds; every field is optional. */
export interface DealFilterData {
  status?: DealStatus[] | null;
  relationId?: number | null;
  contactId?: number | null;
  managerId?: number | null;
  pipelineId?: number | null;
  divisionId?: number | null;
  search?: string | null;
}
