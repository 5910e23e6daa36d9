import { validate, type ValidationError } from 'class-validator';
import { AssessmentKind, AuthorityKind } from '../../domain/enums';
import { SortDirection } from '../../schema/pagination/paginate';
import { AssessmentFilter } from '../assessments/assessment-filter.input';
import { AssessmentOrder, AssessmentOrderField } from '../assessments/assessment-order.input';
import { AuthorityFilter } from '../authorities/authority-filter.input';
import { AuthorityOrder, AuthorityOrderField } from '../authorities/authority-order.input';

/**
 * Query parameters of a CSV download, as Express parses them: a parameter given twice is an
 * array. They carry the same names and rules as the GraphQL list's `filter` and `orderBy`.
 */
export type QueryParameters = Readonly<Record<string, unknown>>;

/** A parameter the export cannot use, with its name so the message can say which. */
export interface ParameterError {
  parameter: string;
  message: string;
}

export type Parsed<T> = { ok: true; value: T } | { ok: false; error: ParameterError };

/** Reads one parameter as text; the last one wins when it is repeated. */
function text(parameters: QueryParameters, name: string): string | undefined {
  const value = parameters[name];
  if (Array.isArray(value)) return value.length ? String(value.at(-1)) : undefined;
  return value === undefined ? undefined : String(value);
}

class BadParameter extends Error {
  constructor(
    readonly parameter: string,
    message: string,
  ) {
    super(message);
  }
}

function integer(parameters: QueryParameters, name: string): number | undefined {
  const value = text(parameters, name);
  if (value === undefined) return undefined;
  if (!/^-?\d{1,9}$/.test(value)) throw new BadParameter(name, `${name} must be a whole number`);
  return Number(value);
}

function boolean(parameters: QueryParameters, name: string): boolean | undefined {
  const value = text(parameters, name);
  if (value === undefined) return undefined;
  if (value !== 'true' && value !== 'false') throw new BadParameter(name, `${name} must be true or false`);
  return value === 'true';
}

function oneOf<T extends string>(parameters: QueryParameters, name: string, values: Record<string, T>): T | undefined {
  const value = text(parameters, name);
  if (value === undefined) return undefined;
  const allowed = Object.values(values);
  if (!allowed.includes(value as T)) throw new BadParameter(name, `${name} must be one of ${allowed.join(', ')}`);
  return value as T;
}

/** `laCodes=886,835` or `laCodes=886&laCodes=835`. */
function list(parameters: QueryParameters, name: string): string[] | undefined {
  const value = parameters[name];
  if (value === undefined) return undefined;
  const items = (Array.isArray(value) ? value : [value]).flatMap((item) => String(item).split(','));
  return items.map((item) => item.trim()).filter((item) => item !== '');
}

/** Drops the parameters not given, so the filter object looks like one a GraphQL client sent. */
function defined<T extends object>(values: T): Partial<T> {
  return Object.fromEntries(Object.entries(values).filter(([, value]) => value !== undefined)) as Partial<T>;
}

function firstViolation(errors: ValidationError[]): ParameterError | null {
  const error = errors[0];
  if (!error) return null;
  const message = Object.values(error.constraints ?? {})[0] ?? `${error.property} is not valid`;
  return { parameter: error.property, message };
}

/** What `authorities.csv` takes: `AuthorityFilter`'s fields, plus `orderBy` and `direction`. */
export interface AuthorityExportQuery {
  filter: AuthorityFilter;
  orderBy?: AuthorityOrder;
}

/** What the assessment-based exports take: `AssessmentFilter`'s fields, plus `orderBy` and `direction`. */
export interface AssessmentExportQuery {
  filter: AssessmentFilter;
  orderBy?: AssessmentOrder;
}

function order<TField extends string, TOrder extends { field: TField; direction: SortDirection }>(
  parameters: QueryParameters,
  fields: Record<string, TField>,
  create: () => TOrder,
): TOrder | undefined {
  const field = oneOf(parameters, 'orderBy', fields);
  const direction = oneOf(parameters, 'direction', SortDirection);
  if (field === undefined) {
    if (direction !== undefined) throw new BadParameter('direction', 'direction needs orderBy');
    return undefined;
  }
  return Object.assign(create(), { field, direction: direction ?? SortDirection.ASC });
}

/** Letters one name must change to become the other (insert, delete or replace one). */
function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (const [i, charA] of [...a].entries()) {
    const current = [i + 1];
    for (const [j, charB] of [...b].entries()) {
      current.push(Math.min(previous[j + 1] + 1, current[j] + 1, previous[j] + (charA === charB ? 0 : 1)));
    }
    previous = current;
  }
  return previous[b.length];
}

/**
 * Refuses a parameter the download does not take. Express hands over every parameter of the
 * URL, and one the export ignored (`?regoin=London`) gave the whole table, which looks like
 * an answer; now it is a 400 naming the parameter, with the likely one meant.
 */
function refuseUnknown(parameters: QueryParameters, known: readonly string[]): void {
  for (const name of Object.keys(parameters)) {
    if (known.includes(name)) continue;
    const near = known.find((candidate) => editDistance(name.toLowerCase(), candidate.toLowerCase()) <= 2);
    const hint = near === undefined ? '' : ` (did you mean ${near}?)`;
    throw new BadParameter(name, `Unknown parameter ${name}${hint}: this download takes ${known.join(', ')}`);
  }
}

/** The parameters of `authorities.csv`: `authorities`' filter fields, then the order. */
export const AUTHORITY_EXPORT_PARAMETERS = [
  'region',
  'kind',
  'nameContains',
  'laCodes',
  'hasRating',
  'ratedIn',
  'includeAbolished',
  'orderBy',
  'direction',
] as const;

/** The parameters of the assessment-based downloads: `assessments`' filter fields, then the order. */
export const ASSESSMENT_EXPORT_PARAMETERS = [
  'kind',
  'year',
  'minGrade',
  'maxGrade',
  'authorityId',
  'region',
  'authorityKind',
  'complete',
  'orderBy',
  'direction',
] as const;

/**
 * Reads a download's parameters and checks the filter with the same class-validator rules the
 * GraphQL input type declares, so both ways in accept and refuse the same values.
 */
async function parse<T extends { filter: object }>(
  parameters: QueryParameters,
  known: readonly string[],
  read: () => T,
): Promise<Parsed<T>> {
  let value: T;
  try {
    refuseUnknown(parameters, known);
    value = read();
  } catch (error) {
    if (error instanceof BadParameter) return { ok: false, error: { parameter: error.parameter, message: error.message } };
    throw error;
  }
  const violation = firstViolation(await validate(value.filter, { forbidUnknownValues: false, skipMissingProperties: true }));
  return violation ? { ok: false, error: violation } : { ok: true, value };
}

/** The id of an authority in this API: digits only, as `parseId` accepts them. */
function id(parameters: QueryParameters, name: string): string | undefined {
  const value = text(parameters, name);
  if (value !== undefined && !/^\d{1,9}$/.test(value)) throw new BadParameter(name, `${name} must be an authority id (digits)`);
  return value;
}

export function authorityExportQuery(parameters: QueryParameters): Promise<Parsed<AuthorityExportQuery>> {
  return parse(parameters, AUTHORITY_EXPORT_PARAMETERS, () => ({
    filter: Object.assign(
      new AuthorityFilter(),
      defined({
        region: text(parameters, 'region'),
        kind: oneOf(parameters, 'kind', AuthorityKind),
        nameContains: text(parameters, 'nameContains'),
        laCodes: list(parameters, 'laCodes'),
        hasRating: boolean(parameters, 'hasRating'),
        ratedIn: integer(parameters, 'ratedIn'),
        includeAbolished: boolean(parameters, 'includeAbolished'),
      }),
    ),
    orderBy: order(parameters, AuthorityOrderField, () => new AuthorityOrder()),
  }));
}

export function assessmentExportQuery(parameters: QueryParameters): Promise<Parsed<AssessmentExportQuery>> {
  return parse(parameters, ASSESSMENT_EXPORT_PARAMETERS, () => ({
    filter: Object.assign(
      new AssessmentFilter(),
      defined({
        kind: oneOf(parameters, 'kind', AssessmentKind),
        year: integer(parameters, 'year'),
        minGrade: integer(parameters, 'minGrade'),
        maxGrade: integer(parameters, 'maxGrade'),
        authorityId: id(parameters, 'authorityId'),
        region: text(parameters, 'region'),
        authorityKind: oneOf(parameters, 'authorityKind', AuthorityKind),
        complete: boolean(parameters, 'complete'),
      }),
    ),
    orderBy: order(parameters, AssessmentOrderField, () => new AssessmentOrder()),
  }));
}
