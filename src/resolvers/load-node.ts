import type DataLoader from 'dataloader';
import type { Node } from '../entities/node';
import type { EntityType } from '../quality/record-fields';
import type { Context } from '../schema/context';
import { RECORD_LOADERS } from './record-loaders';

/** A relation, contact or lead by its type and id, through the request's DataLoader. */
export function loadNode(ctx: Context, entityType: EntityType, id: number): Promise<Node | null> {
  return (ctx.loaders[RECORD_LOADERS[entityType].record] as DataLoader<number, Node | null>).load(id);
}
