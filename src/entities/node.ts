import { Field, ID, InterfaceType } from 'type-graphql';
import { toGlobalId } from '../schema/global-id';

/** Relay's Node: every record has an opaque global id. Entity class names are their GraphQL type names. */
@InterfaceType('Node', { resolveType: (value: object) => value.constructor.name })
export abstract class Node {
  abstract id: number;

  @Field(() => ID, { name: 'id', description: 'Opaque global id; resolve it with node(id)' })
  get globalId(): string {
    return toGlobalId(this.constructor.name, this.id);
  }
}
