import type { LeadKind, LeadSource, LeadStatus } from '../entities/enums';
import type { ListOrder } from '../paging/page';
import type { RecordFilterData } from '../records/record-query';

/** Which leads the lead inbox lists; every field is optional. */
export interface LeadFilterData extends RecordFilterData {
  /** defaults to every status but MERGED */
  status?: LeadStatus[] | null;
  source?: LeadSource[] | null;
  kind?: LeadKind | null;
}

export enum LeadOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  LAST_NAME = 'LAST_NAME',
  COMPANY_NAME = 'COMPANY_NAME',
}

export type LeadOrderData = ListOrder<LeadOrderField>;

/** Which new or changed leads a subscription pushes. */
export interface LeadStreamFilter {
  divisionId?: number | null;
  source?: LeadSource[] | null;
  kind?: LeadKind | null;
}
