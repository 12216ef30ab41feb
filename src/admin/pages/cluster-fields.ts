import type { ClusterMemberFragment } from '../gql/graphql';

/** The fields mergeRecords sets, per record type, in the order the table shows them. */
export const CLUSTER_FIELDS: Record<string, string[]> = {
  Relation: [
    'kind',
    'name',
    'registrationNumber',
    'country',
    'customerNumber',
    'email',
    'phone',
    'website',
    'street',
    'postalCode',
    'city',
    'owner',
    'division',
  ],
  Contact: ['firstName', 'lastName', 'email', 'phone', 'title', 'birthDate', 'relation', 'owner', 'division'],
  Lead: [
    'kind',
    'firstName',
    'lastName',
    'email',
    'phone',
    'companyName',
    'registrationNumber',
    'country',
    'street',
    'postalCode',
    'city',
    'website',
    'birthDate',
    'message',
    'owner',
    'division',
  ],
};

export type Member = ClusterMemberFragment & { id: string; version?: number };

/** A member's value of a field as the table shows it; a reference by its name. */
export function fieldValue(member: Member, field: string): string | null {
  const record = member as unknown as Record<string, unknown>;
  if (field === 'kind') return (record.relationKind ?? record.leadKind ?? null) as string | null;
  const value = record[field];
  if (value && typeof value === 'object') return (value as { name: string }).name;
  return (value as string | null | undefined) ?? null;
}

/** What merging moves from a member to the survivor. */
export function movingOf(member: Member): { label: string; count: number }[] {
  const record = member as unknown as Record<string, { totalCount: number } | { name: string }[] | undefined>;
  const count = (key: string) => (record[key] as { totalCount: number } | undefined)?.totalCount;
  return [
    { label: 'contacts', count: count('contacts') },
    { label: 'deals', count: count('deals') },
    { label: 'activities', count: count('activities') },
    { label: 'tags', count: (record.tags as { name: string }[] | undefined)?.length },
  ].filter((item): item is { label: string; count: number } => item.count !== undefined);
}
