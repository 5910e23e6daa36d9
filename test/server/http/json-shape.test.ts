import { jsonShapeExcess } from '../../../src/server/http/json-shape';

const limits = { maxKeys: 3, maxListItems: 4, maxDepth: 3 };
const shape = (text: string, given = limits) => jsonShapeExcess(Buffer.from(text, 'utf8'), given);

describe('jsonShapeExcess', () => {
  it('counts keys at every level, and list items in every list together', () => {
    expect(shape('{"a":{"b":1},"c":[1,2]}')).toBeUndefined();
    expect(shape('{"a":1,"b":{"c":1,"d":1}}')).toEqual({ limit: 'keys', counted: 4 });
    expect(shape('{"a":[1,2,3],"b":[[4],5]}')).toEqual({ limit: 'listItems', counted: 5 });
  });

  it('counts empty lists and objects as nothing, and lists of objects by their items', () => {
    expect(shape('[[],[],{}]')).toBeUndefined();
    expect(shape('[ {"a":1} , {"b":2} , [ ] ]')).toBeUndefined();
    expect(shape('[{},{},{},{},{}]')).toEqual({ limit: 'listItems', counted: 5 });
  });

  it('ignores brackets, colons, commas and escaped quotes inside strings, in any script', () => {
    expect(shape('{"q":"query { a(x: [1,2,3,4,5]) } \\" :,:,[ ","é:[":"日本,:"}')).toBeUndefined();
  });

  it('measures nesting by objects and lists alike, the outer one being level 1', () => {
    expect(shape('{"a":[{"b":1}]}')).toBeUndefined();
    expect(shape('{"a":[{"b":[]}]}')).toEqual({ limit: 'depth', counted: 4 });
    expect(shape(`${'['.repeat(100_000)}${']'.repeat(100_000)}`)).toEqual({ limit: 'depth', counted: 4 });
  });

  it('stops at the first limit passed, whatever follows', () => {
    const keys = `{${Array.from({ length: 100_000 }, (_, index) => `"k${index}":${index}`).join(',')}}`;
    expect(shape(keys, { maxKeys: 10, maxListItems: 10, maxDepth: 10 })).toEqual({ limit: 'keys', counted: 11 });
  });
});
