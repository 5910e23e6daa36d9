/**
 * Other names letters use for an authority, keyed by DfE code. Only names the normalised
 * reference name does not already cover belong here.
 */
export const AUTHORITY_ALIASES: Readonly<Record<string, readonly string[]>> = {
  '810': ['Hull', 'Kingston upon Hull', 'City of Kingston upon Hull'],
  '840': ['County Durham', 'Durham'],
  '801': ['Bristol', 'City of Bristol'],
  '391': ['Newcastle', 'Newcastle upon Tyne'],
  '800': ['Bath and NE Somerset', 'BANES', 'B&NES'],
  '811': ['East Riding', 'East Riding of Yorkshire'],
  '882': ['Southend', 'Southend on Sea'],
  '861': ['Stoke', 'Stoke on Trent'],
  '808': ['Stockton', 'Stockton on Tees'],
  '318': ['Richmond', 'Richmond upon Thames'],
  '314': ['Kingston upon Thames', 'Kingston-upon-Thames'],
  '420': ['Scilly', 'Isles of Scilly', 'Scilly Isles'],
  '846': ['Brighton', 'Brighton and Hove'],
  '894': ['Telford', 'Telford and Wrekin', 'Wrekin'],
  '889': ['Blackburn', 'Blackburn with Darwen'],
  '807': ['Redcar', 'Redcar and Cleveland'],
  '868': ['Windsor and Maidenhead', 'Windsor & Maidenhead'],
  '822': ['Bedford'],
  '380': ['Bradford'],
  '884': ['Herefordshire', 'Hereford', 'County of Herefordshire'],
  '921': ['Isle of Wight', 'IoW'],
  '205': ['Hammersmith', 'Hammersmith & Fulham'],
  '207': ['Kensington', 'Kensington & Chelsea'],
  '301': ['Barking', 'Barking & Dagenham'],
  '213': ['City of Westminster'],
};
