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

  it.each([
    ['4520 N Beacon St', '4520 North Beacon Street'],
    ['100 NE 5th Ave.', '100 Northeast Fifth Avenue'],
    ['7 Ocean Pkwy', '7 ocean parkway'],
    ['Václavské nám. 12', 'Václavské náměstí 12'],
    ['Oak Ter 3', 'Oak Terrace 3'],
  ])('reads %s and %s as one street', (a, b) => {
    expect(normaliseStreet(a)).toEqual(normaliseStreet(b));
  });

  it('keeps a street without number', () => {
    expect(normaliseStreet('Central Park West')).toEqual({ name: 'central park w', houseNumber: null });
  });

  it.each(['', ' , ', null])('gives null for %p', (input) => {
    expect(normaliseStreet(input)).toBeNull();
  });
});
