import { AuthorityKind } from '../domain/enums';

/**
 * Council names that do not follow the pattern of their kind. Keyed by DfE code so that
 * the table survives spelling changes in the source CSV.
 */
const NAME_EXCEPTIONS: Readonly<Record<string, string>> = {
  '201': 'City of London Corporation',
  '207': 'Royal Borough of Kensington and Chelsea',
  '213': 'Westminster City Council',
  '314': 'Royal Borough of Kingston upon Thames',
  '330': 'Birmingham City Council',
  '331': 'Coventry City Council',
  '336': 'Wolverhampton City Council',
  '341': 'Liverpool City Council',
  '342': 'St Helens Metropolitan Borough Council',
  '352': 'Manchester City Council',
  '355': 'Salford City Council',
  '373': 'Sheffield City Council',
  '380': 'City of Bradford Metropolitan District Council',
  '381': 'Calderdale Council',
  '382': 'Kirklees Council',
  '383': 'Leeds City Council',
  '384': 'Wakefield Council',
  '391': 'Newcastle City Council',
  '394': 'Sunderland City Council',
  '420': 'Council of the Isles of Scilly',
  '801': 'Bristol City Council',
  '810': 'Hull City Council',
  '816': 'City of York Council',
  '822': 'Bedford Borough Council',
  '831': 'Derby City Council',
  '835': 'Dorset County Council',
  '836': 'Borough of Poole',
  '837': 'Bournemouth Borough Council',
  '840': 'Durham County Council',
  '846': 'Brighton and Hove City Council',
  '851': 'Portsmouth City Council',
  '852': 'Southampton City Council',
  '856': 'Leicester City Council',
  '861': 'Stoke-on-Trent City Council',
  '874': 'Peterborough City Council',
  '876': 'Halton Borough Council',
  '877': 'Warrington Borough Council',
  '879': 'Plymouth City Council',
  '882': 'Southend-on-Sea Borough Council',
  '889': 'Blackburn with Darwen Borough Council',
  '892': 'Nottingham City Council',
  '929': 'Northumberland County Council',
  '820': 'Bedfordshire County Council',
  '875': 'Cheshire County Council',
};

/** Strips the reference data's annotations: "Bristol, City of" -> "Bristol". */
export function shortName(rawName: string): string {
  return rawName
    .replace(/\s*\(.*\)\s*$/, '')
    .replace(/,\s*City of$/i, '')
    .replace(/^St\.\s/, 'St ')
    .replace(/\bUpon\b/, 'upon')
    .trim();
}

/** The council's formal name as the letters address it, e.g. "Kent County Council". */
export function canonicalName(laCode: string, rawName: string, kind: AuthorityKind): string {
  const exception = NAME_EXCEPTIONS[laCode];
  if (exception) return exception;
  const name = shortName(rawName);
  switch (kind) {
    case AuthorityKind.COUNTY:
      return `${name} County Council`;
    case AuthorityKind.LONDON_BOROUGH:
      return `London Borough of ${name}`;
    case AuthorityKind.METROPOLITAN_DISTRICT:
      return `${name} Metropolitan Borough Council`;
    case AuthorityKind.UNITARY:
      return `${name} Council`;
  }
}
