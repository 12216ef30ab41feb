import { registerEnumType } from 'type-graphql';

export enum UserRole {
  ADMIN = 'ADMIN',
  STEWARD = 'STEWARD',
  SALES = 'SALES',
}
export enum RelationKind {
  COMPANY = 'COMPANY',
  PRIVATE = 'PRIVATE',
}
/** MERGED records stay readable and point at their survivor through mergedInto. */
export enum RecordStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  MERGED = 'MERGED',
}
export enum LeadKind {
  BUSINESS = 'BUSINESS',
  PRIVATE = 'PRIVATE',
}
export enum LeadStatus {
  NEW = 'NEW',
  IN_PROGRESS = 'IN_PROGRESS',
  CONVERTED = 'CONVERTED',
  REJECTED = 'REJECTED',
  MERGED = 'MERGED',
}
export enum LeadSource {
  WEB = 'WEB',
  MANUAL = 'MANUAL',
  IMPORT = 'IMPORT',
  API = 'API',
}
export enum DealStatus {
  OPEN = 'OPEN',
  WON = 'WON',
  LOST = 'LOST',
}
export enum ActivityType {
  CALL = 'CALL',
  MEETING = 'MEETING',
  TASK = 'TASK',
  EMAIL = 'EMAIL',
  NOTE = 'NOTE',
}
/** The records the data-quality engine checks; the values are its EntityType strings. */
export enum RecordType {
  LEAD = 'LEAD',
  RELATION = 'RELATION',
  CONTACT = 'CONTACT',
}
/** A lead, relation or contact, as taggings, findings, match keys, clusters and merges store its type. */
export type EntityType = `${RecordType}`;
export enum Severity {
  ERROR = 'ERROR',
  WARNING = 'WARNING',
}
export enum DuplicateClusterStatus {
  OPEN = 'OPEN',
  MERGED = 'MERGED',
  DISMISSED = 'DISMISSED',
}

registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(RelationKind, { name: 'RelationKind' });
registerEnumType(RecordStatus, { name: 'RecordStatus' });
registerEnumType(LeadKind, { name: 'LeadKind' });
registerEnumType(LeadStatus, { name: 'LeadStatus' });
registerEnumType(LeadSource, { name: 'LeadSource' });
registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(ActivityType, { name: 'ActivityType' });
registerEnumType(RecordType, { name: 'RecordType' });
registerEnumType(Severity, { name: 'Severity' });
registerEnumType(DuplicateClusterStatus, {
  name: 'DuplicateClusterStatus',
  description: 'OPEN: waiting for a steward, kept current as its records change; MERGED and DISMISSED: resolved',
});
