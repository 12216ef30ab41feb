import { RelationKind } from '../entities/enums';
import type { OwnedInput } from '../records/create-records';

export interface RelationData extends OwnedInput {
  kind?: RelationKind | null;
  name?: string | null;
  registrationNumber?: string | null;
  country?: string | null;
  customerNumber?: string | null;
  numberSeriesId?: number | null;
  email?: string | null;
  phone?: string | null;
  website?: string | null;
  street?: string | null;
  postalCode?: string | null;
  city?: string | null;
}

/** A relation's kind as given, else COMPANY. */
export function relationKindOf(relation: Pick<RelationData, 'kind'>): RelationKind {
  return relation.kind ?? RelationKind.COMPANY;
}
