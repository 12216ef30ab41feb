import type { BatchItem } from '../records/batch-result';
import { decodeRefs } from './decode-refs';

/**
 * Decodes the ids of every input of a batch; the ones that decode go to the
 * service, the others answer with their errors, all in input order.
 */
export async function runBatch<T extends object, K extends keyof T & string, R>(
  inputs: T[],
  refs: Record<K, string>,
  create: (data: ReturnType<typeof decodeRefs<T, K>>['data'][]) => Promise<BatchItem<R>[]>,
): Promise<BatchItem<R>[]> {
  const decoded = inputs.map((input) => decodeRefs(input, refs));
  const valid = decoded.map((d, index) => ({ ...d, index })).filter((d) => d.errors.length === 0);
  const created = await create(valid.map((v) => v.data));
  const items: BatchItem<R>[] = decoded.map((d, index) => ({ index, record: null, errors: d.errors }));
  created.forEach((item, n) => {
    items[valid[n].index] = { ...item, index: valid[n].index };
  });
  return items;
}
