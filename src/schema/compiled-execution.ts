import type { ApolloServerOptionsWithGateway } from '@apollo/server';
import {
  execute,
  getVariableValues,
  GraphQLError,
  type DocumentNode,
  type ExecutionResult,
  type GraphQLSchema,
} from 'graphql';
import { compileQuery, isCompiledQuery, type CompiledQuery } from 'graphql-jit';

type Gateway = ApolloServerOptionsWithGateway<never>['gateway'];
type Executor = NonNullable<Awaited<ReturnType<Gateway['load']>>['executor']>;
type Compile = (
  schema: GraphQLSchema,
  document: DocumentNode,
  operationName?: string,
) => ReturnType<typeof compileQuery<Record<string, unknown>, Record<string, unknown>>>;

/** graphql-jit's error as graphql-js makes it (extensions always an object, the original error's by default), which Apollo formats. */
function asGraphQLError(error: GraphQLError): GraphQLError {
  const converted = new GraphQLError(error.message, {
    path: error.path,
    originalError: error.originalError,
    extensions: error.extensions,
  });
  (converted as { locations?: GraphQLError['locations'] }).locations = error.locations;
  return converted;
}

/**
 * Runs queries through graphql-jit, each document compiled once (Apollo hands the same parsed document back for the
 * same query text) and kept as long as Apollo keeps the document. Apollo still parses, validates, runs its plugins
 * and formats the errors; this replaces only graphql-js's execute, and answers what it would (test/api/compiled-execution):
 * a query with variables either refuses, a mutation, or a document graphql-jit cannot compile runs in graphql-js itself.
 */
export function compiledExecution(schema: GraphQLSchema, compile: Compile = compileQuery): Gateway {
  const compiled = new WeakMap<DocumentNode, Map<string, CompiledQuery | null>>();
  const compiledQuery = (document: DocumentNode, operationName: string | undefined) => {
    const byName = compiled.get(document) ?? compiled.set(document, new Map()).get(document)!;
    let query = byName.get(operationName ?? '');
    if (query === undefined) {
      const result = compile(schema, document, operationName);
      query = isCompiledQuery(result) ? result : null;
      byName.set(operationName ?? '', query);
    }
    return query;
  };

  const executor: Executor = async ({ document, operation, operationName, request, context }) => {
    const variables = request.variables ?? {};
    const query = operation?.operation === 'query' ? compiledQuery(document, operationName ?? undefined) : null;
    const coercible =
      !operation?.variableDefinitions?.length ||
      !getVariableValues(schema, operation.variableDefinitions, variables).errors;
    const plainly = () =>
      execute({ schema, document, contextValue: context, variableValues: variables, operationName });
    if (!query || !coercible) return plainly();
    const result = (await query.query(undefined, context, variables)) as ExecutionResult;
    // no data: graphql-jit refused variables graphql-js takes (an input field left out for its default), before running
    if (result.data === undefined) return plainly();
    return result.errors ? { ...result, errors: result.errors.map(asGraphQLError) } : result;
  };

  return {
    onSchemaLoadOrUpdate(callback) {
      callback({ apiSchema: schema, coreSupergraphSdl: '' });
      return () => undefined;
    },
    async load() {
      return { schema, executor };
    },
    async stop() {},
  };
}
