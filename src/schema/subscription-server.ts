import type http from 'node:http';
import type { ApolloServerPlugin } from '@apollo/server';
import {
  GraphQLError,
  NoSchemaIntrospectionCustomRule,
  parse,
  specifiedRules,
  validate,
  type GraphQLSchema,
} from 'graphql';
import { CloseCode } from 'graphql-ws';
import { useServer } from 'graphql-ws/use/ws';
import { WebSocketServer } from 'ws';
import type { DataSource } from 'typeorm';
import type { Config } from '../config';
import type { User } from '../entities';
import type { LeadFeed } from '../leads/lead-feed';
import { authenticate } from './auth';
import { createSubscriptionContext } from './context';
import { assertOperationLimits, depthRule } from './limits';

const UNAUTHENTICATED_REASON =
  'Send a valid API token in connectionParams: { authorization: "Bearer <token>" } or { token }';

/** A validation error without its "Did you mean …?", which would tell what introspection does not (as Apollo's option does over HTTP). */
function withoutSuggestions(error: GraphQLError): GraphQLError {
  return new GraphQLError(error.message.replace(/ ?Did you mean(.+?)\?$/, ''), { nodes: error.nodes });
}

/** The bearer token of graphql-ws connectionParams, as an Authorization header. */
function authorizationOf(params: Record<string, unknown> | undefined): string | undefined {
  if (typeof params?.authorization === 'string') return params.authorization;
  if (typeof params?.token === 'string') return `Bearer ${params.token}`;
  return undefined;
}

/**
 * graphql-ws on the HTTP server's /graphql: connections authenticate with the
 * API tokens of HTTP, operations meet the same depth and complexity limits.
 * Returns the Apollo plugin that closes it when Apollo drains.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  config: Config,
  dataSource: DataSource,
  leadFeed: LeadFeed,
): ApolloServerPlugin {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const rules = [
    ...specifiedRules,
    depthRule(config.maxQueryDepth),
    ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const subscriptions = useServer<Record<string, unknown>, { user: User }>(
    {
      async onConnect({ connectionParams, extra }) {
        const user = await authenticate(dataSource, authorizationOf(connectionParams));
        if (!user) {
          extra.socket.close(CloseCode.Forbidden, UNAUTHENTICATED_REASON);
          return false;
        }
        extra.user = user;
        return true;
      },
      onSubscribe({ extra }, _id, payload) {
        try {
          const document = parse(payload.query, { maxTokens: config.maxQueryTokens });
          const errors = validate(schema, document, rules);
          if (errors.length > 0) return config.production ? errors.map(withoutSuggestions) : errors;
          assertOperationLimits(
            schema,
            document,
            payload.variables ?? undefined,
            payload.operationName ?? undefined,
            config,
          );
          const contextValue = createSubscriptionContext(dataSource, extra.user!, config, leadFeed);
          return {
            schema,
            document,
            variableValues: payload.variables,
            operationName: payload.operationName,
            contextValue,
          };
        } catch (error) {
          // a syntax error, or an operation over the limits
          return [error instanceof GraphQLError ? error : new GraphQLError((error as Error).message)];
        }
      },
      isProd: config.production,
    },
    wsServer,
  );
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          await subscriptions.dispose();
        },
      };
    },
  };
}
