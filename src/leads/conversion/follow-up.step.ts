import type { UnitOfWork } from '../../db/unit-of-work';
import type { Activity, Lead, User } from '../../entities';
import { ActivityType } from '../../entities/enums';
import { addActivity, type NewActivity } from '../../activities/activity.service';
import { findColleague } from '../../users/user.service';
import { ActivityChoice } from './conversion-choices';
import type { ActivityStep } from './conversion-plan';
import { leadDisplayName, personName } from './lead-record-data';

const VERBS: Record<ActivityType, string> = {
  [ActivityType.CALL]: 'Call',
  [ActivityType.MEETING]: 'Meet',
  [ActivityType.TASK]: 'Follow up',
  [ActivityType.EMAIL]: 'E-mail',
  [ActivityType.NOTE]: 'Note on',
};

/** The planned follow-up (ChannelCRM): by default a phone call due now, owned by the user who converts. */
export async function planFollowUp(
  uow: UnitOfWork<User>,
  lead: Lead,
  parent: NewActivity['parent'],
  step: ActivityStep,
  now: Date,
): Promise<Activity | null> {
  const { manager, actor } = uow;
  if (step.choice === ActivityChoice.NONE) return null;
  const type = step.type ?? ActivityType.CALL;
  const owner = step.ownerId ? await findColleague(manager, step.ownerId, lead.divisionId, 'activity.ownerId') : actor;
  const subject = step.subject ?? `${VERBS[type]} ${personName(lead) ?? leadDisplayName(lead)}`;
  return addActivity(manager, { type, subject, dueAt: step.dueAt ?? now, owner, parent });
}
