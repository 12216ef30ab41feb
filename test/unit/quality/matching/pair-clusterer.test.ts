import { clusterPairs } from '../../../../src/quality/matching/pair-clusterer';

describe('clusterPairs', () => {
  it('groups records linked at or above the threshold', () => {
    const clusters = clusterPairs(
      [
        { a: 'b', b: 'a', score: 0.99 },
        { a: 'b', b: 'c', score: 0.95 },
        { a: 'd', b: 'e', score: 0.5 },
      ],
      0.9,
    );
    expect(clusters).toEqual([
      {
        ids: ['a', 'b', 'c'],
        links: [
          { a: 'a', b: 'b', score: 0.99 },
          { a: 'b', b: 'c', score: 0.95 },
        ],
      },
    ]);
  });

  it('keeps the best score of a pair given twice', () => {
    const [cluster] = clusterPairs(
      [
        { a: 'a', b: 'b', score: 0.91 },
        { a: 'b', b: 'a', score: 0.97 },
      ],
      0.9,
    );
    expect(cluster.links).toEqual([{ a: 'a', b: 'b', score: 0.97 }]);
  });

  it('splits a long chain of links at its weakest link', () => {
    const chain = ['a', 'b', 'c', 'd', 'e', 'f'];
    const scores = [0.99, 0.98, 0.91, 0.97, 0.96];
    const pairs = scores.map((score, index) => ({ a: chain[index], b: chain[index + 1], score }));
    expect(clusterPairs(pairs, 0.9, { maxDiameter: 3, minBridgeShare: 0 }).map((cluster) => cluster.ids)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e', 'f'],
    ]);
    expect(clusterPairs(pairs, 0.9, { maxDiameter: 5, minBridgeShare: 0 }).map((cluster) => cluster.ids)).toEqual([
      chain,
    ]);
  });

  it('does not let one weaker link bridge two groups of several members', () => {
    const pairs = [
      { a: 'a', b: 'b', score: 0.99 },
      { a: 'c', b: 'd', score: 0.99 },
      { a: 'b', b: 'c', score: 0.95 },
    ];
    expect(clusterPairs(pairs, 0.9).map((cluster) => cluster.ids)).toEqual([
      ['a', 'b'],
      ['c', 'd'],
    ]);
    expect(clusterPairs(pairs, 0.9, { minBridgeShare: 0 }).map((cluster) => cluster.ids)).toEqual([
      ['a', 'b', 'c', 'd'],
    ]);
    const twoBridges = [...pairs, { a: 'a', b: 'd', score: 0.95 }];
    expect(clusterPairs(twoBridges, 0.9).map((cluster) => cluster.ids)).toEqual([['a', 'b', 'c', 'd']]);
  });

  it('keeps a compact group of any size together', () => {
    const members = ['a', 'b', 'c', 'd', 'e', 'f', 'g'];
    const star = members.slice(1).map((id) => ({ a: 'a', b: id, score: 0.95 }));
    expect(clusterPairs(star, 0.9, { maxDiameter: 2 }).map((cluster) => cluster.ids)).toEqual([members]);
  });

  it('lets a record join a group only where it stays compact', () => {
    // c~d is weak and would stretch a-b-c-d-e to diameter 4; without it two compact groups remain
    const pairs = [
      { a: 'a', b: 'b', score: 0.99 },
      { a: 'b', b: 'c', score: 0.99 },
      { a: 'd', b: 'e', score: 0.99 },
      { a: 'c', b: 'd', score: 0.92 },
    ];
    expect(clusterPairs(pairs, 0.9, { maxDiameter: 3, minBridgeShare: 0 }).map((cluster) => cluster.ids)).toEqual([
      ['a', 'b', 'c'],
      ['d', 'e'],
    ]);
  });
});
