import { Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { PageInfo as PagePosition } from '../../paging/page';

@ObjectType({ description: 'Relay page information' })
export class PageInfo implements PagePosition {
  @Field() hasNextPage: boolean;
  @Field() hasPreviousPage: boolean;
  @Field(() => String, { nullable: true }) startCursor: string | null;
  @Field(() => String, { nullable: true }) endCursor: string | null;
}

/** Builds the `XEdge` and `XConnection` object types of a node type. */
export function connectionType<T extends object>(node: ClassType<T>, name = node.name) {
  @ObjectType(`${name}Edge`)
  class EdgeType {
    @Field() cursor: string;
    @Field(() => node) node: T;
  }

  @ObjectType(`${name}Connection`)
  class ConnectionType {
    @Field(() => [EdgeType]) edges: EdgeType[];
    @Field(() => PageInfo) pageInfo: PageInfo;
    totalCount: () => Promise<number> | number;

    @Field(() => Int, { name: 'totalCount', description: 'How many records match, over all pages' })
    count(): Promise<number> | number {
      return this.totalCount();
    }
  }
  return { EdgeType, ConnectionType };
}
