import { mulberry32 } from '../../../bench/generate/prng';
import { foldDiacritics, slug, typo } from '../../../bench/generate/text';

describe('text variation', () => {
  it('drops diacritics plainly or the Nordic way', () => {
    expect(foldDiacritics('Søren Dvořák, Åse Ærø')).toBe('Soren Dvorak, Ase Aero');
    expect(foldDiacritics('Søren Dvořák, Åse Ærø', true)).toBe('Soeren Dvorak, Aase Aeroe');
  });

  it('makes domain-safe slugs', () => {
    expect(slug('Nordisk Tømrer & Snedker')).toBe('nordisktomrersnedker');
    expect(slug("Van 't Hof Bouw", '-')).toBe('van-t-hof-bouw');
  });

  it('makes one slip: the length changes by at most one and the first letter stays', () => {
    const r = mulberry32(9);
    for (let i = 0; i < 200; i++) {
      const t = typo(r, 'Kristensen');
      expect(Math.abs(t.length - 10)).toBeLessThanOrEqual(1);
      expect(t[0]).toBe('K');
    }
  });
});
