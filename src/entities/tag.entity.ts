import { Field, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryGeneratedColumn } from 'typeorm';
import { Node } from './node';

@ObjectType({
  implements: Node,
  description: 'A label on leads, relations and contacts, to find them again for campaigns',
})
@Entity('tag')
export class Tag extends Node {
  @PrimaryGeneratedColumn() id: number;

  @Field() @Column({ type: 'varchar', length: 100, unique: true }) name: string;
}
