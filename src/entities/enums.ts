import { registerEnumType } from 'type-graphql';

export enum UserRole { ADMIN = 'ADMIN', STEWARD = 'STEWARD', SALES = 'SALES' }
export enum RelationKind { COMPANY = 'COMPANY', PRIVATE = 'PRIVATE' }
/** MERGED records stay readable and point at their survivor through mergedInto. */
export enum RecordStatus { ACTIVE = 'ACTIVE', INACTIVE = 'INACTIVE', MERGED = 'MERGED' }
export enum LeadKind { BUSINESS = 'BUSINESS', PRIVATE = 'PRIVATE' }
export enum LeadStatus { NEW = 'NEW', IN_PROGRESS = 'IN_PROGRESS', CONVERTED = 'CONVERTED', REJECTED = 'REJECTED', MERGED = 'MERGED' }
export enum LeadSource { WEB = 'WEB', MANUAL = 'MANUAL', IMPORT = 'IMPORT', API = 'API' }
export enum DealStatus { OPEN = 'OPEN', WON = 'WON', LOST = 'LOST' }
export enum ActivityType { CALL = 'CALL', MEETING = 'MEETING', TASK = 'TASK', EMAIL = 'EMAIL', NOTE = 'NOTE' }

registerEnumType(UserRole, { name: 'UserRole' });
registerEnumType(RelationKind, { name: 'RelationKind' });
registerEnumType(RecordStatus, { name: 'RecordStatus' });
registerEnumType(LeadKind, { name: 'LeadKind' });
registerEnumType(LeadStatus, { name: 'LeadStatus' });
registerEnumType(LeadSource, { name: 'LeadSource' });
registerEnumType(DealStatus, { name: 'DealStatus' });
registerEnumType(ActivityType, { name: 'ActivityType' });
