import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from '../schema/global-id';

/**
 * Relay's Node: every record has an opaque global id. Entity class names are their GraphQL type names; a record's
 * type is the entity class it is an instance of (type-graphql's own resolveType, which answers at once: a resolveType
 * given here would be wrapped in a promise, which graphql-jit, see schema/compiled-execution, does not wait for).
 */
@InterfaceType('Node')
export abstract class Node {
  abstract id: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id; resolve it with node(id)' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
