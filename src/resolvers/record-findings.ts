import type { Finding } from '../entities';
import type { EntityType } from '../quality/record-fields';
import { recordKey } from '../quality/validation/record-key';
import type { Context } from '../schema/context';

export const INCLUDE_IGNORED = { defaultValue: false, description: 'Also the findings ignored as false alarms' };

/** A record's findings through the request's DataLoader; the ignored ones only when asked for. */
export async function recordFindings(
  ctx: Context,
  entityType: EntityType,
  id: number,
  includeIgnored: boolean,
): Promise<Finding[]> {
  const findings = await ctx.loaders.findings.load(recordKey(entityType, id));
  return includeIgnored ? findings : findings.filter((finding) => !finding.ignored);
}
