import {
  getNamedType,
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  TypeInfo,
  valueFromAST,
  visit,
  visitWithTypeInfo,
  type DocumentNode,
  type GraphQLInputType,
  type GraphQLSchema,
} from 'graphql';
import { Extensions } from 'type-graphql';

/** How long a text and how many items a list given to the API may be. */
export interface InputBound {
  maxLength?: number;
  maxItems?: number;
}

/** Every String or ID argument and input field, unless it says otherwise. */
export const MAX_TEXT_LENGTH = 1_000;
/** Free text kept as such (an activity's body, a lead's message). */
export const LONG_TEXT_LENGTH = 65_535;
/** What a person types into a search box; a search reads every row of its table, so it stays short. */
export const MAX_SEARCH_LENGTH = 200;
/** Every list argument and input field, unless it says otherwise. */
export const MAX_LIST_ITEMS = 100;

/**
 * Every input field named search, whatever its filter (type-graphql drops the extensions of input fields a
 * filter inherits, so this bound cannot be declared on the field).
 */
const SEARCH_BOUND: InputBound = { maxLength: MAX_SEARCH_LENGTH };

/** On an input field: its own bound, in place of the defaults. */
export const Bounded = (bound: InputBound) => Extensions({ bound });
/** On a query or mutation: bounds of its arguments by name (type-graphql has no extensions on arguments). */
export const BoundedArgs = (bounds: Record<string, InputBound>) => Extensions({ argBounds: bounds });

type Refusal = string | null;

function checkValue(value: unknown, type: GraphQLInputType, path: string, bound: InputBound | undefined): Refusal {
  if (value == null) return null;
  const nullable = getNullableType(type);
  if (isListType(nullable)) {
    const items = Array.isArray(value) ? value : [value];
    const maxItems = bound?.maxItems ?? MAX_LIST_ITEMS;
    if (items.length > maxItems) return `${path} holds ${items.length} items; at most ${maxItems} are accepted`;
    for (const [index, item] of items.entries()) {
      const refusal = checkValue(item, nullable.ofType, `${path}[${index}]`, bound);
      if (refusal) return refusal;
    }
    return null;
  }
  if (isInputObjectType(nullable) && typeof value === 'object') {
    for (const field of Object.values(nullable.getFields())) {
      const fieldBound = field.name === 'search' ? SEARCH_BOUND : (field.extensions?.bound as InputBound | undefined);
      const refusal = checkValue(
        (value as Record<string, unknown>)[field.name],
        field.type,
        `${path}.${field.name}`,
        fieldBound,
      );
      if (refusal) return refusal;
    }
    return null;
  }
  if (isScalarType(nullable) && typeof value === 'string') {
    const maxLength = bound?.maxLength ?? MAX_TEXT_LENGTH;
    if (value.length > maxLength)
      return `${path} is ${value.length} characters long; at most ${maxLength} are accepted`;
  }
  return null;
}

/**
 * The first argument value of the document, literal or from a variable, that is longer or holds more items than
 * its bound; null when all fit. Variables must be coerced already (a variable's default applies).
 */
export function findUnboundedInput(
  schema: GraphQLSchema,
  document: DocumentNode,
  variables: Record<string, unknown>,
): Refusal {
  const typeInfo = new TypeInfo(schema);
  let refusal: Refusal = null;
  visit(
    document,
    visitWithTypeInfo(typeInfo, {
      Argument(node) {
        const argument = typeInfo.getArgument();
        if (refusal || !argument) return;
        const value = valueFromAST(node.value, argument.type, variables);
        const argBounds = typeInfo.getFieldDef()?.extensions?.argBounds as Record<string, InputBound> | undefined;
        const field = typeInfo.getFieldDef()?.name ?? getNamedType(argument.type).name;
        refusal = checkValue(value, argument.type, `${field}(${argument.name})`, argBounds?.[argument.name]);
      },
    }),
  );
  return refusal;
}
