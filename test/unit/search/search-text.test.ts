import { searchTextOf, searchWords, tokensOf } from '../../../src/search/search-text';

describe('searchTextOf', () => {
  it('folds case, diacritics and the letters Unicode does not decompose', () => {
    const text = searchTextOf('LEAD', { firstName: 'Þórður', lastName: 'ØSTERGÅRD-Weiß', companyName: 'Łódź Đak Ærø' });
    expect(text).toBe('thordur ostergard-weiss lodz dak aero');
  });

  it("writes a phone number in its international and national forms, read with the record's country", () => {
    expect(tokensOf(searchTextOf('LEAD', { phone: '40 12 34 56', country: 'DK' }))).toEqual(
      expect.arrayContaining(['40', '12', '34', '56', '40123456', '4540123456']),
    );
    expect(tokensOf(searchTextOf('CONTACT', { phone: '+31 20 123 4567', country: null }))).toEqual(
      expect.arrayContaining(['31201234567', '020', '123', '4567', '0201234567', '201234567']),
    );
  });

  it("keeps a code's compact form and its digits", () => {
    const tokens = tokensOf(searchTextOf('RELATION', { name: 'Nordisk', registrationNumber: 'DK 31 67 80 21' }));
    expect(tokens).toEqual(expect.arrayContaining(['dk31678021', '31678021']));
  });

  it('leaves a record with nothing to search with an empty text', () => {
    expect(searchTextOf('CONTACT', { firstName: null, email: '' })).toBe('');
  });
});

describe('searchWords', () => {
  it('folds each word as stored text is, its longest run of letters and digits the index prefix', () => {
    expect(searchWords('  ØSTERGÅRD  post.is@ 100% ')).toEqual([
      { text: 'ostergard', prefix: 'ostergard' },
      { text: 'post.is@', prefix: 'post' },
      { text: '100%', prefix: '100' },
    ]);
  });

  it('reads 00 before a number as +, and keeps punctuation-only words for the text alone', () => {
    expect(searchWords('004540123456 %')).toEqual([
      { text: '+4540123456', prefix: '4540123456' },
      { text: '%', prefix: null },
    ]);
  });

  it('takes at most five words and nothing from blank input', () => {
    expect(searchWords('a b c d e f')).toHaveLength(5);
    expect(searchWords('   ')).toEqual([]);
    expect(searchWords(null)).toEqual([]);
  });
});
