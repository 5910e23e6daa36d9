import { registerEnumType } from 'type-graphql';

/** How an aggregate splits England's authorities into buckets. */
export enum DistributionGroup {
  /** One bucket, keyed "England". */
  NONE = 'NONE',
  /** One bucket per government office region, keyed by the region's name. */
  REGION = 'REGION',
  /** One bucket per kind of authority, keyed by the AuthorityKind value (e.g. "COUNTY"). */
  AUTHORITY_KIND = 'AUTHORITY_KIND',
}

// Registered here rather than in register-enums.ts so that the aggregate feature stays in
// its own files; importing this module (every user of the enum does) registers it once.
registerEnumType(DistributionGroup, {
  name: 'DistributionGroup',
  description: 'How an aggregate splits authorities into buckets',
  valuesConfig: {
    NONE: { description: 'One bucket for the whole of England, keyed "England"' },
    REGION: { description: 'One bucket per region, keyed by its name (e.g. "South East")' },
    AUTHORITY_KIND: { description: 'One bucket per kind of authority, keyed by the AuthorityKind value (e.g. "COUNTY")' },
  },
});
