import { In, type EntityManager } from 'typeorm';
import { Contact, Relation, type Lead } from '../../entities';
import { findMatches, type MatchCandidate } from '../../quality/matching/find-matches';
import type { EntityType } from '../../quality/record-fields';
import { LIVE_STATUSES } from '../../relations/relation-query';
import { type Candidate, isAutomaticMatch } from './automatic-match.rule';

/** From this score on a record counts as similar: listed for the user to pick, and never passed over by AUTOMATIC. */
export const SIMILAR_SCORE = 0.05;

/** Enough that the people at one relation are among them even when the lead resembles many elsewhere. */
const MAX_MATCHES = 200;

/** The stored records of one type the lead may be, across every division, by record id. */
async function matchesOf(
  manager: EntityManager,
  lead: Lead,
  entityType: EntityType,
): Promise<Map<number, MatchCandidate>> {
  const matches = await findMatches(
    manager,
    { entityType: 'LEAD', fields: lead, recordId: lead.id },
    { entityTypes: [entityType], minScore: SIMILAR_SCORE, limit: MAX_MATCHES },
  );
  return new Map(matches.map((m) => [m.recordId, m]));
}

function candidate<T>(record: T, match: MatchCandidate | undefined): Candidate<T> {
  return {
    record,
    score: match?.score ?? 0,
    reasons: match?.reasons ?? [],
    automatic: match ? isAutomaticMatch(match.evidence) : false,
  };
}

const bestFirst = <T>(a: Candidate<T>, b: Candidate<T>) => b.score - a.score;

/** The customers the lead may already be, best first; a customer another division knows is still the same customer. */
export async function relationCandidates(manager: EntityManager, lead: Lead): Promise<Candidate<Relation>[]> {
  const matches = await matchesOf(manager, lead, 'RELATION');
  if (matches.size === 0) return [];
  const relations = await manager.find(Relation, {
    where: { id: In([...matches.keys()]), status: In(LIVE_STATUSES) },
    order: { id: 'ASC' },
  });
  return relations.map((relation) => candidate(relation, matches.get(relation.id))).sort(bestFirst);
}

/** Every person at the relation, those resembling the lead first; the others score 0. */
export async function contactCandidates(
  manager: EntityManager,
  lead: Lead,
  relation: Relation,
): Promise<Candidate<Contact>[]> {
  const contacts = await manager.find(Contact, {
    where: { relationId: relation.id, status: In(LIVE_STATUSES) },
    order: { id: 'ASC' },
  });
  if (contacts.length === 0) return [];
  const matches = await matchesOf(manager, lead, 'CONTACT');
  return contacts.map((contact) => candidate(contact, matches.get(contact.id))).sort(bestFirst);
}
