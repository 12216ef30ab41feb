import 'reflect-metadata';
import { Tag } from '../../../src/entities';
import { tagsOfJson } from '../../../src/tags/tags-as-json';

describe("a page's tags as JSON", () => {
  it('are read as tags, in the order given', () => {
    const tags = tagsOfJson('[[2,"b"],[1,"a \\"x\\""]]');
    expect(tags).toEqual([
      Object.assign(new Tag(), { id: 2, name: 'b' }),
      Object.assign(new Tag(), { id: 1, name: 'a "x"' }),
    ]);
    expect(tags?.[0]).toBeInstanceOf(Tag);
  });

  it('are none for NULL, as MariaDB aggregates no rows', () => {
    expect(tagsOfJson(null)).toEqual([]);
  });

  it('are left to the tags loader when the value was cut short (MariaDB stops at group_concat_max_len)', () => {
    expect(tagsOfJson('[[1,"a"],[2,"b')).toBeUndefined();
    expect(tagsOfJson('"text"')).toBeUndefined();
  });
});
