import type { EntityManager } from 'typeorm';
import type { EntityType } from '../entities/enums';
import type { LeadTopic } from '../live/pubsub';
import type { NormalisedRecord } from '../quality/normalise/normalised-record';
import type { Actor } from '../schema/access';

/**
 * One transaction's work, as db/transaction begins it and passes it down to every service it calls: the manager
 * that runs its statements, the actor it acts for (null for the system's own work), and what it gathers on the way
 * for the moment it commits. An attempt that is run again starts with a new one, so nothing of a rolled-back attempt
 * stays.
 */
export class UnitOfWork<A extends Actor | null = Actor | null> {
  constructor(
    readonly manager: EntityManager,
    readonly actor: A,
    private readonly committedWork: (() => void)[] = [],
    /** The leads to announce once it commits, by topic (live/lead-events). */
    readonly leadEvents = new Map<LeadTopic, number[]>(),
    /** The records it wrote, normalised as they now stand, by candidate key (quality/matching/find-matches). */
    readonly writtenRecords = new Map<number, NormalisedRecord>(),
    /** The types of the records it creates now that its caller matched already (quality/duplicates/matched-before-writing). */
    readonly matchedBeforeWriting = new Set<EntityType>(),
  ) {}

  /** The same transaction's work, acting for another actor (the demo data is written by several users). */
  as<B extends Actor>(actor: B): UnitOfWork<B> {
    return new UnitOfWork(
      this.manager,
      actor,
      this.committedWork,
      this.leadEvents,
      this.writtenRecords,
      this.matchedBeforeWriting,
    );
  }

  /** Runs fn once the transaction has committed; never when it rolls back. */
  afterCommit(fn: () => void): void {
    this.committedWork.push(fn);
  }

  /** db/transaction calls this once the transaction has committed. */
  committed(): void {
    for (const fn of this.committedWork) fn();
  }
}
