import type { GraphQLError } from 'graphql';
import { conflict } from '../../schema/errors';
import type { Candidate } from './automatic-match.rule';

/**
 * AUTOMATIC found similar records but no 100% match: nothing is created behind
 * the user's back (the conversion duplicates CRM users complain about); the
 * candidates are listed so the user can pick one or choose CREATE.
 */
export function ambiguousMatch<T extends { globalId: string }>(
  step: 'relation' | 'contact',
  candidates: Candidate<T>[],
  nameOf: (record: T) => string,
): GraphQLError {
  return conflict(
    `The lead resembles ${candidates.length} existing ${step === 'relation' ? 'relation' : 'contact person'}${candidates.length === 1 ? '' : 's'}, none a 100% match: choose one with EXISTING, or CREATE a new one`,
    {
      field: `${step}.choice`,
      candidates: candidates.map((c) => ({
        id: c.record.globalId,
        name: nameOf(c.record),
        score: c.score,
        reasons: c.reasons,
      })),
    },
  );
}
