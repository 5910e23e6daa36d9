import { readFileSync } from 'node:fs';
import path from 'node:path';
import { parse } from 'csv-parse/sync';
import { AuthorityKind } from '../domain/enums';
import { authorityKindFromLaType } from './authority-kind';
import { canonicalName, shortName } from './canonical-name';

/** One local authority as the reference data describes it, in its 2009 form. */
export interface ReferenceAuthority {
  /** DfE 3-digit code, e.g. "886". */
  laCode: string;
  /** Formal council name, e.g. "Kent County Council". */
  name: string;
  /** The place name alone, e.g. "Kent". */
  shortName: string;
  /** GSS code as of 2011 where the authority had one, else today's. */
  onsCode: string | null;
  region: string;
  kind: AuthorityKind;
  /** Date the authority was abolished, for those abolished before the 2009 rating. */
  abolishedOn: string | null;
  /**
   * Date the authority took on children's services, for those that did so after the APA
   * letters began in 2005; null for authorities that did so earlier.
   */
  establishedOn: string | null;
  /** DfE codes of statistical neighbours, restricted to authorities in this data set. */
  statisticalNeighbourCodes: string[];
}

/** Where the CSVs live: the same folder from `src/reference` under ts-jest and from `dist/reference`. */
export const REFERENCE_DATA_DIR = path.resolve(__dirname, '../../reference-data');

/**
 * The 2009 structural changes in Bedfordshire and Cheshire: the Bedfordshire (Structural
 * Changes) Order 2008 (SI 2008/907) and the Cheshire (Structural Changes) Order 2008
 * (SI 2008/634) abolished both county councils on 1 April 2009 and made their successors the
 * sole principal authorities from that day. So Bedfordshire and Cheshire received APA letters
 * in 2005-2008 but no 2009 rating, and their successors the 2009 rating but no APA letter
 * (Bedford Borough Council existed before as a district council, but only became responsible
 * for children's services that day; the Cheshire councils were shadow authorities until then).
 */
const ABOLISHED_2009: Readonly<Record<string, string>> = { '820': '2009-04-01', '875': '2009-04-01' };

/** The successors of Bedfordshire (Bedford 822, Central Bedfordshire 823) and Cheshire (Cheshire East 895, Cheshire West and Chester 896): see ABOLISHED_2009. */
const ESTABLISHED_2009: Readonly<Record<string, string>> = {
  '822': '2009-04-01',
  '823': '2009-04-01',
  '895': '2009-04-01',
  '896': '2009-04-01',
};

/**
 * Today's neighbour lists name authorities created after 2009; each maps to the 2009
 * authority that covered the same area.
 */
const SUCCESSOR_TO_2009: Readonly<Record<string, readonly string[]>> = {
  '838': ['835'],
  '839': ['836', '837'],
  '940': ['928'],
  '941': ['928'],
  '942': ['909'],
  '943': ['909'],
};

/** Where a 2009 authority has no row of its own in the neighbour lookup, borrow its successor's. */
const NEIGHBOUR_SOURCE: Readonly<Record<string, string>> = {
  '835': '838',
  '836': '839',
  '837': '839',
  '928': '940',
};

type CsvRow = Record<string, string>;

function readCsv(fileName: string): CsvRow[] {
  const text = readFileSync(path.join(REFERENCE_DATA_DIR, fileName), 'utf8');
  return parse(text, { columns: true, bom: true, skip_empty_lines: true, trim: true }) as CsvRow[];
}

function splitCodes(list: string | undefined): string[] {
  return (list ?? '')
    .split(',')
    .map((code) => code.trim())
    .filter((code) => code.length > 0);
}

function neighbourCodes(laCode: string, lookup: Map<string, CsvRow>, known: Set<string>): string[] {
  const row = lookup.get(NEIGHBOUR_SOURCE[laCode] ?? laCode);
  const current = splitCodes(row?.stat_neighbours);
  const listed = current.length > 0 ? current : splitCodes(row?.stat_neighbours_previous);
  const mapped = listed.flatMap((code) => SUCCESSOR_TO_2009[code] ?? [code]);
  return [...new Set(mapped)].filter((code) => code !== laCode && known.has(code));
}

let cached: readonly ReferenceAuthority[] | undefined;

/**
 * The 152 authorities of the 2009 rating plus Bedfordshire and Cheshire (abolished on
 * 1 April 2009, rated in the APA letters before that), sorted by DfE code.
 */
export function referenceAuthorities(): readonly ReferenceAuthority[] {
  if (cached) return cached;
  const rows = readCsv('la-codes-england.csv').filter((row) => row.in_2009_set === 'yes' || row.dfe_la_code in ABOLISHED_2009);
  const lookup = new Map(readCsv('la-lookup-with-statistical-neighbours.csv').map((row) => [row.la_code, row]));
  const known = new Set(rows.map((row) => row.dfe_la_code));
  cached = rows
    .map((row): ReferenceAuthority => {
      const laCode = row.dfe_la_code;
      const kind = authorityKindFromLaType(row.la_type);
      return {
        laCode,
        name: canonicalName(laCode, row.la_name, kind),
        shortName: shortName(row.la_name),
        onsCode: row.gss_code_2011 || row.gss_code_current || null,
        region: row.region_name,
        kind,
        abolishedOn: ABOLISHED_2009[laCode] ?? null,
        establishedOn: ESTABLISHED_2009[laCode] ?? null,
        statisticalNeighbourCodes: neighbourCodes(laCode, lookup, known),
      };
    })
    .sort((a, b) => a.laCode.localeCompare(b.laCode));
  return cached;
}
