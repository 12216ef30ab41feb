import { useQuery } from '@urql/preact';
import type { ComponentChildren } from 'preact';
import { MeDocument } from '../../me';
import { href } from '../../route';

/** A relation's or contact's name, a link to its page for those who may open it (data stewards), text for others. */
export function RecordLink({ id, children }: { id: string; children: ComponentChildren }) {
  const [{ data }] = useQuery({ query: MeDocument, requestPolicy: 'cache-first' });
  const steward = data?.me.role === 'STEWARD' || data?.me.role === 'ADMIN';
  return steward ? <a href={href('record', id)}>{children}</a> : <strong>{children}</strong>;
}
