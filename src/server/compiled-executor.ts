import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import { type DocumentNode, execute, type ExecutionResult, type GraphQLSchema, type OperationDefinitionNode } from 'graphql';
import { compileQuery, type CompiledQuery, isCompiledQuery } from 'graphql-jit';

/** Apollo Server's gateway interface and its executor, as @apollo/server exports them. */
type GatewayInterface = ApolloServerOptionsWithGateway<never>['gateway'];
type GatewayExecutor = NonNullable<Awaited<ReturnType<GatewayInterface['load']>>['executor']>;

/** Compiled documents kept per server: enough for every operation a set of clients sends, bounded against one-off documents. */
export const COMPILED_QUERY_CACHE_SIZE = 1_000;

/** A least-recently-used map: a Map keeps insertion order, so the first key is the oldest. */
class LruMap<K, V> {
  private readonly entries = new Map<K, V>();

  constructor(private readonly capacity: number) {}

  get(key: K): V | undefined {
    const value = this.entries.get(key);
    if (value !== undefined) {
      this.entries.delete(key);
      this.entries.set(key, value);
    }
    return value;
  }

  set(key: K, value: V): void {
    this.entries.delete(key);
    this.entries.set(key, value);
    if (this.entries.size > this.capacity) this.entries.delete(this.entries.keys().next().value as K);
  }

  get size(): number {
    return this.entries.size;
  }
}

/** Why a document runs on graphql-js rather than compiled; null when it can be compiled. */
function reasonNotToCompile(operation: OperationDefinitionNode | undefined): string | null {
  if (operation === undefined) return 'no operation';
  if (operation.operation !== 'query') return operation.operation;
  const rootFields = operation.selectionSet.selections;
  if (
    rootFields.some(
      (selection) => selection.kind === 'Field' && selection.name.value.startsWith('__') && selection.name.value !== '__typename',
    )
  ) {
    return 'introspection';
  }
  return null;
}

/** What the compiled path did with each document: for tests and metrics. */
export interface CompiledExecutorStats {
  compiled: number;
  reused: number;
  interpreted: number;
  cached: () => number;
}

/**
 * Runs operations through graphql-jit over the same schema, resolvers and per-request context
 * as graphql-js. Apollo Server 5 has no executor option, so this is the gateway interface
 * (`load` gives the schema and an executor); Apollo still parses, validates, applies the
 * plugins and formats errors. Queries are compiled once per document (keyed by Apollo's query
 * hash and operation name) and kept in a bounded LRU. graphql-js runs what the compiler is not
 * given: mutations, introspection, requests that ask for a federated trace (Apollo instruments
 * resolvers for them), documents it cannot compile, and any compiled run that reports an error
 * (see below), so that every error and partial answer is exactly graphql-js's.
 */
export function compiledGateway(schema: GraphQLSchema): { gateway: GatewayInterface; stats: CompiledExecutorStats } {
  const cache = new LruMap<string, CompiledQuery | null>(COMPILED_QUERY_CACHE_SIZE);
  const stats: CompiledExecutorStats = { compiled: 0, reused: 0, interpreted: 0, cached: () => cache.size };

  const interpret = (
    document: DocumentNode,
    context: unknown,
    variables: Record<string, unknown> | undefined,
    operationName: string | null | undefined,
  ) => {
    stats.interpreted += 1;
    return execute({ schema, document, contextValue: context, variableValues: variables, operationName });
  };

  const executor: GatewayExecutor = async (requestContext) => {
    const { document, operation, queryHash, request, context } = requestContext;
    const operationName = request.operationName ?? null;
    const traced = request.http?.headers.get('apollo-federation-include-trace') === 'ftv1';
    if (traced || reasonNotToCompile(operation) !== null) return interpret(document, context, request.variables, operationName);
    const key = `${queryHash}:${operationName ?? ''}`;
    let compiled = cache.get(key);
    if (compiled === undefined) {
      const result = compileQuery(schema, document, operationName ?? undefined);
      compiled = isCompiledQuery(result) ? result : null;
      cache.set(key, compiled);
      stats.compiled += 1;
    } else {
      stats.reused += 1;
    }
    if (compiled === null) return interpret(document, context, request.variables, operationName);
    const result = (await compiled.query(undefined, context, request.variables ?? {})) as ExecutionResult;
    // Errors and the partial data beside them are graphql-js's own: the compiler words some
    // differently and leaves a failed last list item out rather than null. Queries have no
    // side effects, so running one again costs only time, and only on a failing request.
    if (result.errors?.length) return interpret(document, context, request.variables, operationName);
    return result;
  };

  const gateway: GatewayInterface = {
    async load() {
      return { schema, executor };
    },
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async stop() {},
  };
  return { gateway, stats };
}
