import { normalisePersonName, splitFullName } from '../../../../src/quality/normalise/person-name-normaliser';

describe('normalisePersonName', () => {
  it('folds diacritics and punctuation', () => {
    expect(normalisePersonName(' Søren-Åge  ØSTERGÅRD ')).toBe('soren age ostergard');
  });

  it('gives null for blank names', () => {
    expect(normalisePersonName('  ')).toBeNull();
  });
});

describe('splitFullName', () => {
  it('takes the last word as last name', () => {
    expect(splitFullName('Anne Marie Østergaard')).toEqual({ firstName: 'anne marie', lastName: 'ostergaard' });
  });

  it('treats a single word as last name', () => {
    expect(splitFullName('Madonna')).toEqual({ firstName: null, lastName: 'madonna' });
  });

  it('gives no names for no text', () => {
    expect(splitFullName(null)).toEqual({ firstName: null, lastName: null });
  });
});
