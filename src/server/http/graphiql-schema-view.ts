import type { IntrospectionQuery } from 'graphql';

/** An introspection answer as it comes over HTTP. */
export interface IntrospectionResult {
  data?: IntrospectionQuery | null;
  errors?: unknown;
}

/**
 * The schema an analyst sees in GraphiQL: the introspection answer without what Apollo
 * Federation adds for the gateway (the `_entities` and `_service` root fields, the `_Any`,
 * `_Entity` and `_Service` types, `@key`, `@link`, `@shareable` and the `federation__*`
 * directives with their argument types). GraphiQL's Docs, autocomplete and explorer are built
 * from this answer only; the server's schema is untouched, so the gateway and any client
 * that sends `_entities` or `_service { sdl }` get them as before.
 *
 * It runs in the browser: the GraphiQL page embeds its source text, so it uses nothing from
 * outside its own body.
 */
export function hideFederationInternals(result: IntrospectionResult): IntrospectionResult {
  const schema = result.data?.__schema;
  if (!schema) return result;
  const hiddenRootFields = ['_entities', '_service'];
  const isHiddenType = (name: string): boolean =>
    ['_Any', '_Entity', '_Service'].includes(name) || name.startsWith('link__') || name.startsWith('federation__');
  const isHiddenDirective = (name: string): boolean => ['link', 'key', 'shareable'].includes(name) || name.startsWith('federation__');
  const queryTypeName = schema.queryType?.name;
  const types = schema.types
    .filter((type) => !isHiddenType(type.name))
    .map((type) =>
      type.kind === 'OBJECT' && type.name === queryTypeName
        ? { ...type, fields: type.fields.filter((field) => !hiddenRootFields.includes(field.name)) }
        : type,
    );
  const directives = schema.directives.filter((directive) => !isHiddenDirective(directive.name));
  return { ...result, data: { ...result.data, __schema: { ...schema, types, directives } } };
}
