import { foldText, normaliseText } from '../../../../src/quality/normalise/text-normaliser';

describe('foldText', () => {
  it.each([
    ['Søren', 'soren'],
    ['Ærø', 'aero'],
    ['Åse', 'ase'],
    ['Straße', 'strasse'],
    ['Škoda', 'skoda'],
    ['Łódź', 'lodz'],
    ['ﬁne', 'fine'],
    ["O'Brien", 'obrien'],
  ])('folds %s to %s', (input, expected) => {
    expect(foldText(input)).toBe(expected);
  });

  it('keeps punctuation', () => {
    expect(foldText('A/S')).toBe('a/s');
  });
});

describe('normaliseText', () => {
  it('turns punctuation and white space runs into single spaces', () => {
    expect(normaliseText('  Jean-Luc   Picard, Jr. ')).toBe('jean luc picard jr');
  });

  it.each([null, undefined, '', ' - '])('gives null for %p', (input) => {
    expect(normaliseText(input)).toBeNull();
  });
});
