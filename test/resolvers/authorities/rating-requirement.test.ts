import { ratingRequirement } from '../../../src/resolvers/authorities/authorities.sql';

describe('ratingRequirement', () => {
  it('adds no condition when neither hasRating nor ratedIn is given', () => {
    expect(ratingRequirement({})).toBeNull();
    expect(ratingRequirement({ hasRating: null, ratedIn: null })).toBeNull();
  });

  it('reads ratedIn alone as "has an assessment in that year" instead of ignoring it', () => {
    expect(ratingRequirement({ ratedIn: 2009 })).toEqual({ present: true, year: 2009 });
  });

  it('reads hasRating alone as any assessment in any year', () => {
    expect(ratingRequirement({ hasRating: true })).toEqual({ present: true, year: null });
    expect(ratingRequirement({ hasRating: false })).toEqual({ present: false, year: null });
  });

  it('reads hasRating: false with ratedIn as "no assessment in that year"', () => {
    expect(ratingRequirement({ hasRating: false, ratedIn: 2009 })).toEqual({ present: false, year: 2009 });
    expect(ratingRequirement({ hasRating: true, ratedIn: 2006 })).toEqual({ present: true, year: 2006 });
  });
});
