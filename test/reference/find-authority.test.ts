import { resolveAuthority } from '../../src/reference/find-authority';
import { normaliseAuthorityName } from '../../src/reference/normalise-authority-name';
import { referenceAuthorities } from '../../src/reference/reference-authorities';

describe('resolveAuthority', () => {
  it.each([
    ['London Borough of Haringey', '309', 'London Borough of Haringey'],
    ['Royal Borough of Kensington and Chelsea', '207', 'Royal Borough of Kensington and Chelsea'],
    ['Leeds City Council', '383', 'Leeds City Council'],
    ['Doncaster Metropolitan Borough Council', '371', 'Doncaster Metropolitan Borough Council'],
    ['City of London Corporation', '201', 'City of London Corporation'],
    ['Bath & North East Somerset Council', '800', 'Bath and North East Somerset Council'],
    ['Kingston upon Hull City Council', '810', 'Hull City Council'],
    ['Hull City Council', '810', 'Hull City Council'],
    ['Durham County Council', '840', 'Durham County Council'],
    ['County Durham', '840', 'Durham County Council'],
    ['Bristol City Council', '801', 'Bristol City Council'],
    ['St. Helens Metropolitan Borough Council', '342', 'St Helens Metropolitan Borough Council'],
    ['Saint Helens Council', '342', 'St Helens Metropolitan Borough Council'],
    ['Stockton-on-Tees Borough Council', '808', 'Stockton-on-Tees Council'],
    ['Telford & Wrekin Council', '894', 'Telford and Wrekin Council'],
    ['Council of the Isles of Scilly', '420', 'Council of the Isles of Scilly'],
    ['North Somerset Council', '802', 'North Somerset Council'],
    ['Somerset County Council', '933', 'Somerset County Council'],
    ['Dorset County Council', '835', 'Dorset County Council'],
    ['Bournemouth Borough Council', '837', 'Bournemouth Borough Council'],
    ['Borough of Poole', '836', 'Borough of Poole'],
    ['Bedfordshire County Council', '820', 'Bedfordshire County Council'],
    ['Bedford Borough Council', '822', 'Bedford Borough Council'],
    ['Cheshire County Council', '875', 'Cheshire County Council'],
    ['City of Bradford Metropolitan District Council', '380', 'City of Bradford Metropolitan District Council'],
    ['the LONDON BOROUGH OF HARINGEY,', '309', 'London Borough of Haringey'],
  ])('resolves "%s" to %s', (written, laCode, name) => {
    const authority = resolveAuthority(written);
    expect(authority.laCode).toBe(laCode);
    expect(authority.name).toBe(name);
    expect(authority.onsCode ?? 'none').toMatch(/^E\d{8}$|^none$/);
    expect(authority.region).toBeTruthy();
  });

  it('keeps the name as written beside the canonical name', () => {
    expect(resolveAuthority('Bath & North East Somerset Council')).toMatchObject({
      name: 'Bath and North East Somerset Council',
      nameAsWritten: 'Bath & North East Somerset Council',
    });
  });

  it('resolves every reference authority by its canonical and its short name', () => {
    for (const authority of referenceAuthorities()) {
      expect(resolveAuthority(authority.name).laCode).toBe(authority.laCode);
      expect(resolveAuthority(authority.shortName).laCode).toBe(authority.laCode);
    }
  });

  it('gives the cleaned written name and no codes for an unknown council', () => {
    expect(resolveAuthority('Atlantis District Council.')).toEqual({
      name: 'Atlantis District Council',
      nameAsWritten: 'Atlantis District Council',
      laCode: null,
      onsCode: null,
      region: null,
      kind: null,
    });
  });
});

describe('normaliseAuthorityName', () => {
  it('drops the words that name the kind of council', () => {
    expect(normaliseAuthorityName('London Borough of Barking & Dagenham')).toBe('barking and dagenham');
    expect(normaliseAuthorityName('Leeds City Council')).toBe('leeds');
  });
});
