import { Activity, Attachment, Contact, Deal, DuplicateCluster, Lead, Merge, Relation } from '../../entities';
import { connectionType } from './connection.type';

export const { ConnectionType: LeadConnection, EdgeType: LeadEdge } = connectionType(Lead);
export const { ConnectionType: RelationConnection } = connectionType(Relation);
export const { ConnectionType: ContactConnection } = connectionType(Contact);
export const { ConnectionType: DealConnection } = connectionType(Deal);
export const { ConnectionType: ActivityConnection } = connectionType(Activity);
export const { ConnectionType: AttachmentConnection } = connectionType(Attachment);
export const { ConnectionType: DuplicateClusterConnection } = connectionType(DuplicateCluster);
export const { ConnectionType: MergeConnection } = connectionType(Merge);
