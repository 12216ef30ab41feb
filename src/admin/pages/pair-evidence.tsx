import { Fragment } from 'preact';

interface Pair {
  score: number;
  reasons: string[];
  a: { id: string };
  b: { id: string };
  evidence: { field: string; outcome: string; weight: number; reason: string }[];
}

/** Each field's contribution to a pair's score as a bar left (against) or right (for) of zero, as Splink draws it. */
export function PairEvidence({
  pair,
  labelOf,
  onDismiss,
  disabled,
}: {
  pair: Pair;
  labelOf: (id: string) => string;
  onDismiss: () => void;
  disabled: boolean;
}) {
  const max = Math.max(1, ...pair.evidence.map((e) => Math.abs(e.weight)));
  const title = `${labelOf(pair.a.id)} and ${labelOf(pair.b.id)}`;
  return (
    <figure class="pair">
      <figcaption>
        {title}: {Math.round(pair.score * 100)} % ({pair.reasons.join(', ') || 'no strong reason'}){' '}
        <button type="button" onClick={onDismiss} disabled={disabled} aria-label={`Not duplicates: ${title}`}>
          Not duplicates
        </button>
      </figcaption>
      <div class="weights">
        {pair.evidence.map((e) => (
          <Fragment key={e.field}>
            <span>
              {e.field} <span class="muted">{e.reason}</span>
            </span>
            <span class="weight-track" aria-hidden="true">
              <span class="weight-neg">
                {e.weight < 0 && <span class="weight-bar-neg" style={{ width: `${(100 * -e.weight) / max}%` }} />}
              </span>
              <span>
                {e.weight > 0 && <span class="weight-bar-pos" style={{ width: `${(100 * e.weight) / max}%` }} />}
              </span>
            </span>
            <span>{e.weight > 0 ? `+${e.weight.toFixed(1)}` : e.weight.toFixed(1)}</span>
          </Fragment>
        ))}
      </div>
    </figure>
  );
}
