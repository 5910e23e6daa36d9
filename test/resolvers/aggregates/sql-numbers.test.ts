import { meanOf, sqlCount, sqlNullableNumber } from '../../../src/resolvers/aggregates/sql-numbers';

describe('SQL aggregate numbers', () => {
  it('reads MySQL strings and SQLite numbers alike', () => {
    expect(sqlCount('152')).toBe(152);
    expect(sqlCount('408')).toBe(408);
    expect(sqlCount(7)).toBe(7);
  });

  it('treats NULL as zero for counts but keeps it for nullable values', () => {
    expect(sqlCount(null)).toBe(0);
    expect(sqlCount(undefined)).toBe(0);
    expect(sqlNullableNumber(null)).toBeNull();
    expect(sqlNullableNumber('3')).toBe(3);
  });

  it('refuses text that is not a number rather than returning NaN', () => {
    expect(() => sqlCount('three')).toThrow(/Expected a number/);
  });

  it('gives no mean of nothing', () => {
    expect(meanOf(0, 0)).toBeNull();
    expect(meanOf(408, 152)).toBeCloseTo(2.6842105, 6);
  });
});
