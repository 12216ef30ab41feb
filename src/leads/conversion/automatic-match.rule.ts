/** One comparison of a field, as the matching engine explains a match (its evidence). */
export interface FieldReason {
  field: string;
  reason: string;
}

const NAME_FIELDS = new Set(['companyName', 'firstName', 'lastName']);
const AGREEING_NAMES = new Set(['NAME_EXACT', 'NAME_SIMILAR']);

/**
 * EASI'R's "100% match", decided from the reasons rather than the score: the
 * same registration number, or the same e-mail or phone together with a name
 * that agrees wherever both records have one. Two registration numbers that
 * differ are two legal entities, whatever else they share.
 */
export function isAutomaticMatch(evidence: readonly FieldReason[]): boolean {
  const reasons = new Set(evidence.map((e) => e.reason));
  if (reasons.has('REGNO_CONFLICT')) return false;
  if (reasons.has('REGNO_EXACT')) return true;
  if (!reasons.has('EMAIL_EXACT') && !reasons.has('PHONE_EXACT')) return false;
  const names = evidence.filter((e) => NAME_FIELDS.has(e.field) && e.reason !== 'NAME_MISSING');
  return names.length > 0 && names.every((e) => AGREEING_NAMES.has(e.reason));
}

export interface Candidate<T> {
  record: T;
  /** 0..1, the matching engine's probability that the lead is this record */
  score: number;
  reasons: string[];
  automatic: boolean;
}

export type AutomaticOutcome<T> =
  { kind: 'EXISTING'; candidate: Candidate<T> } | { kind: 'SIMILAR'; candidates: Candidate<T>[] } | { kind: 'CREATE' };

/** The automatic choice among candidates (best first): the best 100% match, else a new record unless similar ones exist. */
export function automaticOutcome<T>(candidates: readonly Candidate<T>[], similarScore: number): AutomaticOutcome<T> {
  const match = candidates.find((c) => c.automatic);
  if (match) return { kind: 'EXISTING', candidate: match };
  const similar = candidates.filter((c) => c.score >= similarScore);
  return similar.length > 0 ? { kind: 'SIMILAR', candidates: similar } : { kind: 'CREATE' };
}
