import { GraphQLError, GraphQLScalarType, Kind, type ValueNode } from 'graphql';
import { GraphQLISODateTime } from 'type-graphql';
import { isoDay } from '../fields/calendar-day';

/** A calendar date alone (2020-01-01) as that day's start in UTC; undefined when the text is not one. */
const dayStart = (value: unknown): Date | undefined => (typeof value === 'string' && isoDay(value)) || undefined;

/** graphql-scalars' parser, its refusal coded BAD_USER_INPUT (uncoded, it reached clients as INTERNAL_SERVER_ERROR). */
function parseDateTime<T>(parse: () => T, value: unknown): T {
  try {
    return parse();
  } catch {
    throw new GraphQLError(
      `${JSON.stringify(value)} is neither a date-time (2021-02-01T09:30:00Z) nor a date (2021-02-01) of the calendar`,
      { extensions: { code: 'BAD_USER_INPUT' } },
    );
  }
}

/**
 * graphql-scalars' DateTimeISO (what type-graphql maps Date to), which also takes a plain date as input, so that
 * `createdAfter: "2020-01-01"` means the start of that day in UTC. Output is unchanged: always a full timestamp.
 */
export const DateTimeISO = new GraphQLScalarType({
  name: GraphQLISODateTime.name,
  description: `${GraphQLISODateTime.description} As input a date alone (YYYY-MM-DD) is also taken, as the start of that day in UTC.`,
  serialize: GraphQLISODateTime.serialize,
  parseValue: (value) => dayStart(value) ?? parseDateTime(() => GraphQLISODateTime.parseValue(value), value),
  parseLiteral: (node: ValueNode, variables) =>
    (node.kind === Kind.STRING && dayStart(node.value)) ||
    parseDateTime(() => GraphQLISODateTime.parseLiteral(node, variables), 'value' in node ? node.value : node.kind),
  specifiedByURL: GraphQLISODateTime.specifiedByURL,
});
