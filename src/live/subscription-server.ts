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
import type { ApiToken, User } from '../entities';
import type { LeadFeed } from './lead-feed';
import type { Logger } from '../logger';
import { tokenRefusal } from '../tokens/api-token.service';
import { createSubscriptionContext } from '../schema/context';
import { apiError, unauthenticated } from '../schema/errors';
import { assertOperationLimits, depthRule } from '../schema/limits';
import type { TokenAuthenticator } from '../schema/token-authenticator';
import { recheckTokens, TokenSockets } from './token-sockets';

const UNAUTHENTICATED_REASON =
  'Send a valid API token in connectionParams: { authorization: "Bearer <token>" } or { token }';
/** WebSocket's "policy violation": graphql-ws clients do not retry it */
const POLICY_VIOLATION = 1008;

interface Connection {
  user: User;
  apiToken: ApiToken;
}

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
 * The token is checked again on every subscribe and every config.tokenRecheckMs
 * (in the database, so a token revoked on any instance counts); a socket whose
 * token is refused is closed with 4403 and the reason; every config.wsPingMs a
 * socket is pinged, and closed when it did not answer the last ping. Returns the Apollo plugin
 * that closes it when Apollo drains.
 */
export function serveSubscriptions(
  httpServer: http.Server,
  schema: GraphQLSchema,
  config: Config,
  dataSource: DataSource,
  leadFeed: LeadFeed,
  authenticator: TokenAuthenticator,
  logger: Logger,
): ApolloServerPlugin {
  const wsServer = new WebSocketServer({ server: httpServer, path: '/graphql' });
  const rules = [
    ...specifiedRules,
    depthRule(config.maxQueryDepth),
    ...(config.production ? [NoSchemaIntrospectionCustomRule] : []),
  ];
  const sockets = new TokenSockets();
  const subscriptions = useServer<Record<string, unknown>, Partial<Connection>>(
    {
      async onConnect({ connectionParams, extra }) {
        const authentication = await authenticator.authenticate(authorizationOf(connectionParams));
        if (!authentication || 'refused' in authentication) {
          const reason = authentication ? `${authentication.refused}; send a valid one in connectionParams` : undefined;
          extra.socket.close(CloseCode.Forbidden, reason ?? UNAUTHENTICATED_REASON);
          return false;
        }
        const tokenId = authentication.apiToken.id;
        if (sockets.count(tokenId) >= config.maxConnectionsPerToken) {
          extra.socket.close(
            POLICY_VIOLATION,
            `This API token has ${config.maxConnectionsPerToken} connections open already, the most it may; close one first`,
          );
          return false;
        }
        sockets.add(tokenId, extra.socket);
        Object.assign(extra, authentication);
        return true;
      },
      onClose({ extra }) {
        if (extra.apiToken) sockets.remove(extra.apiToken.id, extra.socket);
      },
      async onSubscribe({ extra, subscriptions: open }, _id, payload) {
        const { user, apiToken } = extra as Connection;
        // the one being subscribed is among them already
        if (Object.keys(open).length > config.maxSubscriptionsPerConnection)
          return [
            apiError(
              'TOO_MANY_SUBSCRIPTIONS',
              `This connection has ${config.maxSubscriptionsPerConnection} operations running, the most one may; complete one first or open another connection`,
              { limit: config.maxSubscriptionsPerConnection },
            ),
          ];
        const refused = await authenticator.refusals([apiToken.id]);
        if (refused.size > 0) {
          sockets.closeRefused(refused);
          return [unauthenticated(refused.get(apiToken.id))];
        }
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
          const contextValue = createSubscriptionContext(dataSource, user, config, leadFeed);
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
      onNext({ extra }) {
        // an expiry needs no database: end the socket at its first message after it
        const refusal = tokenRefusal(extra.apiToken!);
        if (refusal) extra.socket.close(CloseCode.Forbidden, refusal);
      },
      isProd: config.production,
    },
    wsServer,
    // a socket that does not answer a ping by the next one is gone (a laptop asleep, a dropped network): closed
    config.wsPingMs,
  );
  const stopRecheck = recheckTokens(sockets, authenticator, config.tokenRecheckMs, logger);
  return {
    async serverWillStart() {
      return {
        async drainServer() {
          stopRecheck();
          await subscriptions.dispose();
        },
      };
    },
  };
}
