import { registerDecorator, type ValidationOptions } from 'class-validator';
import { canonicalRegion, regionNames } from '../reference/regions';

/** How the `region` filters describe themselves, with the names they accept. */
export function regionFilterDescription(subject: string): string {
  return `Region of ${subject}, one of ${regionNames().join(', ')} (case-insensitive: "london" is London)`;
}

/**
 * Refuses a region that is not one of England's nine, naming the ones there are: a misspelt
 * region used to match no row and answer an empty list, which looks like a region without
 * letters. Case and spacing are forgiven ({@link canonicalRegion}); the SQL compares the
 * canonical name.
 */
export function IsRegion(options: ValidationOptions = {}): PropertyDecorator {
  return (target, propertyName) => {
    registerDecorator({
      name: 'isRegion',
      target: target.constructor,
      propertyName: String(propertyName),
      options,
      validator: {
        validate: (value: unknown) =>
          value === null || value === undefined || (typeof value === 'string' && canonicalRegion(value) !== null),
        defaultMessage: (args) =>
          `${args?.property ?? 'region'} ${JSON.stringify(args?.value)} is not a region of England; use one of ${regionNames().join(', ')}`,
      },
    });
  };
}
