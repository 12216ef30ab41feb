import type { RecordStatus, RelationKind } from '../entities/enums';
import type { ListOrder } from '../paging/page';
import type { RecordFilterData } from '../records/record-query';

/** Which relations a list holds; every field is optional. */
export interface RelationFilterData extends RecordFilterData {
  kind?: RelationKind | null;
  /** defaults to ACTIVE and INACTIVE */
  status?: RecordStatus[] | null;
  country?: string | null;
}

export enum RelationOrderField {
  CREATED_AT = 'CREATED_AT',
  UPDATED_AT = 'UPDATED_AT',
  NAME = 'NAME',
}

export type RelationOrderData = ListOrder<RelationOrderField>;
