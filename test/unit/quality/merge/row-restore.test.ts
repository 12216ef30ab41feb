import { planRestore } from '../../../../src/quality/merge/row-restore';

const AUTOMATIC = ['version', 'updatedAt'];
const before = { id: 1, relationId: 7, city: 'Oslo', version: 1, updatedAt: '2025-01-01 10:00:00' };
const after = { ...before, relationId: 9, version: 2, updatedAt: '2025-01-02 10:00:00' };

describe('planRestore', () => {
  it('writes the whole before-image back over a row left as the merge left it', () => {
    expect(planRestore({ before, after }, after, AUTOMATIC)).toEqual({ action: 'write', image: before });
  });

  it("puts back only the merge's own columns of a row changed since in others", () => {
    const current = { ...after, city: 'Bergen', version: 3 };
    expect(planRestore({ before, after }, current, AUTOMATIC)).toEqual({
      action: 'reapply',
      image: before,
      columns: ['relationId'],
    });
  });

  it('is a conflict when a column the merge changed has changed since', () => {
    expect(planRestore({ before, after }, { ...after, relationId: 11, version: 3 }, AUTOMATIC)).toEqual({
      action: 'conflict',
      columns: ['relationId'],
    });
  });

  it('is a conflict when the row is gone', () => {
    expect(planRestore({ before, after }, null, AUTOMATIC)).toEqual({ action: 'conflict', columns: [] });
  });

  it('deletes a row the merge inserted, and re-inserts one it deleted unless it is back', () => {
    const tagging = { entityType: 'RELATION', recordId: 1, tagId: 3 };
    expect(planRestore({ before: null, after: tagging }, tagging, AUTOMATIC)).toEqual({
      action: 'delete',
      image: tagging,
    });
    expect(planRestore({ before: null, after: tagging }, null, AUTOMATIC)).toEqual({ action: 'none' });
    expect(planRestore({ before: tagging, after: null }, null, AUTOMATIC)).toEqual({
      action: 'insert',
      image: tagging,
    });
    expect(planRestore({ before: tagging, after: null }, tagging, AUTOMATIC)).toEqual({ action: 'none' });
  });
});
