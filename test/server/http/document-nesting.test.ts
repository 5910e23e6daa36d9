import { getIntrospectionQuery } from 'graphql';
import { documentNesting, MAX_DOCUMENT_NESTING } from '../../../src/server/http/document-nesting';

describe('documentNesting', () => {
  it('counts brackets of every kind, not those in strings, block strings or comments', () => {
    expect(documentNesting('{ a(b: [{ c: 1 }]) { d } }', 100)).toBe(4);
    expect(documentNesting('{ a(b: "[[[[{{{{(((") }', 100)).toBe(2);
    expect(documentNesting('{ a(b: "\\"[[[") }', 100)).toBe(2);
    expect(documentNesting('{ a(b: """ [[[ \\""" [[[ """) }', 100)).toBe(2);
    expect(documentNesting('# [[[[[[\n{ a }', 100)).toBe(1);
  });

  it('stops counting past the limit', () => {
    expect(documentNesting('['.repeat(100_000), 10)).toBe(11);
  });

  it('lets the deepest standard document through: the full introspection query', () => {
    const query = getIntrospectionQuery({
      descriptions: true,
      specifiedByUrl: true,
      directiveIsRepeatable: true,
      schemaDescription: true,
      inputValueDeprecation: true,
    });
    expect(documentNesting(query, MAX_DOCUMENT_NESTING)).toBeLessThan(MAX_DOCUMENT_NESTING);
  });
});
