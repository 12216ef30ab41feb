import { Brackets, type EntityManager } from 'typeorm';
import { Merge, MergeMember } from '../../entities';
import type { EntityType } from '../record-fields';

/** The merges a relation, contact or lead took part in, as survivor or as merged record, newest first; undone ones too. */
export function mergeHistory(manager: EntityManager, entityType: EntityType, recordId: number): Promise<Merge[]> {
  const members = manager
    .createQueryBuilder(MergeMember, 'member')
    .select('member.mergeId')
    .where('member.entityType = :entityType AND member.recordId = :recordId');
  return manager
    .createQueryBuilder(Merge, 'merge')
    .where('merge.entityType = :entityType', { entityType, recordId })
    .andWhere(
      new Brackets((q) => q.where('merge.survivorId = :recordId').orWhere(`merge.id IN (${members.getQuery()})`)),
    )
    .orderBy('merge.id', 'DESC')
    .getMany();
}
