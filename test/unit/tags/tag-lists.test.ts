import 'reflect-metadata';
import { Tag } from '../../../src/entities';
import { tagsOfList } from '../../../src/tags/tag-lists';

describe("a lead's kept tag list", () => {
  it('is read as tags, in the order given', () => {
    const tags = tagsOfList('[[2,"b"],[1,"a \\"x\\""]]');
    expect(tags).toEqual([
      Object.assign(new Tag(), { id: 2, name: 'b' }),
      Object.assign(new Tag(), { id: 1, name: 'a "x"' }),
    ]);
    expect(tags?.[0]).toBeInstanceOf(Tag);
    expect(tagsOfList('[]')).toEqual([]);
  });

  it('is left to the tags loader when not known (NULL) or cut short (MariaDB stops at group_concat_max_len)', () => {
    expect(tagsOfList(null)).toBeUndefined();
    expect(tagsOfList('[[1,"a"],[2,"b')).toBeUndefined();
    expect(tagsOfList('"text"')).toBeUndefined();
    expect(tagsOfList('[1,2]')).toBeUndefined();
    expect(tagsOfList('[[1,2]]')).toBeUndefined();
  });
});
