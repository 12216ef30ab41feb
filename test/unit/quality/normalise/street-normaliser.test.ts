import { normaliseStreet } from '../../../../src/quality/normalise/street-normaliser';

describe('normaliseStreet', () => {
  it.each([
    ['Vesterbrogade 12B, 2. th.', 'vesterbro gade', '12b'],
    ['Vesterbrog. 12 B', 'vesterbro gade', '12b'],
    ['Strandvejen 100', 'strand vej', '100'],
    ['Hovedv. 3', 'hoved vej', '3'],
    ['Karl Johans gate 22', 'karl johans gade', '22'],
    ['Storgatan 3', 'stor gade', '3'],
    ['Kalverstraat 1-3', 'kalver st', '1-3'],
    ['Kalverstr. 1-3', 'kalver st', '1-3'],
    ['Hauptstraße 5a', 'haupt st', '5a'],
    ['Hauptstr. 5a', 'haupt st', '5a'],
    ['12 Main Street Apt 4', 'main st', '12'],
    ['435 S. La Cienega Blv.', 's la cienega blvd', '435'],
    ['2 Harrison St.  near Hudson St.', 'harrison st', '2'],
    ['2880 Las Vegas Blvd. S', 'las vegas blvd s', '2880'],
  ])('reads %s as %s, number %s', (input, name, houseNumber) => {
    expect(normaliseStreet(input)).toEqual({ name, houseNumber });
  });

  it('folds spelled-out and abbreviated street types alike', () => {
    expect(normaliseStreet('6 Tullaroop Street')).toEqual(normaliseStreet('6 tullaroop st.'));
    expect(normaliseStreet('Vesterbrogade 1')).toEqual(normaliseStreet('Vesterbrog. 1'));
  });

  it('keeps a street without number', () => {
    expect(normaliseStreet('Central Park West')).toEqual({ name: 'central park west', houseNumber: null });
  });

  it.each(['', ' , ', null])('gives null for %p', (input) => {
    expect(normaliseStreet(input)).toBeNull();
  });
});
