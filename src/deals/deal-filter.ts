import type { DealStatus } from '../entities/enums';

/** Which deals a list holds; every field is optional. */
export interface DealFilterData {
  status?: DealStatus[] | null;
  relationId?: string | null;
  contactId?: string | null;
  managerId?: string | null;
  pipelineId?: string | null;
  divisionId?: string | null;
  search?: string | null;
}
