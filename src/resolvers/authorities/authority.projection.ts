import { Authority } from '../../entities/index';
import { defineProjection } from '../projection';

/**
 * Authority fields that are not columns of their own, and what they read (see `Projection`).
 * Every column of an authority is short, so its rows are always read whole; the list keeps a
 * field resolver added later from being mistaken for one that needs more.
 */
export const AUTHORITY_PROJECTION = defineProjection(Authority, 'Authority', {
  assessments: [],
  statisticalNeighbours: [],
  trend: [],
  comparison: ['region'],
});
