import type { EntityManager } from 'typeorm';
import { DuplicateCluster } from '../../entities';
import { DuplicateClusterStatus } from '../../entities/enums';
import { searchColumns } from '../../db/search-columns';
import type { PageArgs } from '../../paging/page';
import type { DuplicateClusterFilterData } from './duplicate-filter';
import { idOf } from '../../schema/global-id';
import { paginate, type SortKey } from '../../paging/pagination';

/** Most certain first. */
const BY_SCORE: SortKey<DuplicateCluster> = {
  expression: 'cluster.score',
  direction: 'DESC',
  valueOf: (cluster) => cluster.score,
};

/** A page of duplicate clusters: OPEN ones unless the filter asks for other statuses. */
export function findDuplicateClusters(
  manager: EntityManager,
  filter: DuplicateClusterFilterData | null | undefined,
  page: PageArgs,
) {
  const f = filter ?? {};
  const query = manager
    .createQueryBuilder(DuplicateCluster, 'cluster')
    .where('cluster.status IN (:...status)', { status: f.status?.length ? f.status : [DuplicateClusterStatus.OPEN] });
  if (f.entityType) query.andWhere('cluster.entityType = :entityType', { entityType: f.entityType });
  if (f.minScore != null) query.andWhere('cluster.score >= :minScore', { minScore: f.minScore });
  if (f.divisionId) {
    query.andWhere(
      'EXISTS (SELECT 1 FROM duplicate_cluster_member member WHERE member.clusterId = cluster.id AND member.divisionId = :divisionId)',
      {
        divisionId: idOf('Division', f.divisionId, 'divisionId'),
      },
    );
  }
  searchColumns(query, ['label'], f.search);
  return paginate(query, page, BY_SCORE);
}
