import { draftClusters } from '../../../../src/quality/duplicates/cluster-draft';
import { scoredLink } from '../../../../src/quality/duplicates/scored-link';

describe('draftClusters', () => {
  it('lists members in numeric id order and keeps each link with its evidence', () => {
    const evidence = [
      { field: 'phone' as const, outcome: 'AGREE' as const, weight: 20, reason: 'PHONE_EXACT' as const },
    ];
    const [cluster] = draftClusters([scoredLink(10, 9, 0.99, evidence), scoredLink(100, 9, 0.95, [])], 0.9);
    expect(cluster.memberIds).toEqual([9, 10, 100]);
    expect(cluster.links).toContainEqual({ aId: 9, bId: 10, score: 0.99, evidence });
  });

  it('keeps the best score of a pair found twice', () => {
    const [cluster] = draftClusters([scoredLink(1, 2, 0.92, []), scoredLink(2, 1, 0.97, [])], 0.9);
    expect(cluster.links).toEqual([{ aId: 1, bId: 2, score: 0.97, evidence: [] }]);
  });

  it('leaves out links under the threshold', () => {
    expect(draftClusters([scoredLink(1, 2, 0.5, [])], 0.9)).toEqual([]);
  });
});
