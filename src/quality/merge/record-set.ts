import type { EntityType } from '../record-fields';
import { recordKey } from '../validation/record-key';

/** Leads, relations and contacts by type, each once. */
export class RecordSet {
  private readonly ids = new Map<EntityType, Set<number>>();

  add(entityType: EntityType, ids: number[]): void {
    const set = this.ids.get(entityType) ?? new Set<number>();
    for (const id of ids) set.add(id);
    this.ids.set(entityType, set);
  }

  byType(): [EntityType, number[]][] {
    return [...this.ids.entries()].map(([type, ids]) => [type, [...ids]]);
  }

  /** As findings and report entries key them. */
  keys(): number[] {
    return this.byType().flatMap(([type, ids]) => ids.map((id) => recordKey(type, id)));
  }
}
