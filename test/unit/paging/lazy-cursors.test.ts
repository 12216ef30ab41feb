import { idCursor, mapNodes, paginateLoaded } from '../../../src/paging/pagination';

const items = [{ id: 1 }, { id: 2 }, { id: 3 }];

describe("a page's cursors", () => {
  it('are encoded only when read, and then as before', () => {
    const { edges } = paginateLoaded(items, { first: 2 });
    // a plain edge would hold its cursor already made; this one makes it on reading
    expect(edges.map((edge) => Object.getOwnPropertyDescriptor(edge, 'cursor'))).toEqual([undefined, undefined]);
    expect(edges.map((edge) => edge.cursor)).toEqual([idCursor(1), idCursor(2)]);
  });

  it('stay lazy, and the same, when the nodes are made into others', () => {
    const mapped = mapNodes(paginateLoaded(items, { first: 3 }).edges, (node) => ({ label: `#${node.id}` }));
    expect(Object.getOwnPropertyDescriptor(mapped[0], 'cursor')).toBeUndefined();
    expect(mapped.map(({ cursor, node }) => [cursor, node.label])).toEqual([
      [idCursor(1), '#1'],
      [idCursor(2), '#2'],
      [idCursor(3), '#3'],
    ]);
  });
});
