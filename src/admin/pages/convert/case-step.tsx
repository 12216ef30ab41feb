import type { ActivityType } from '../../gql/graphql';
import { defaultFollowUp, type ActivityPlan, type DealPlan, type Preview } from './plan';

export const ACTIVITY_LABELS: Record<ActivityType, string> = {
  CALL: 'Call',
  MEETING: 'Meeting',
  TASK: 'Task',
  EMAIL: 'E-mail',
  NOTE: 'Note',
};
const FOLLOW_UP_TYPES: ActivityType[] = ['CALL', 'MEETING', 'TASK', 'EMAIL'];

interface User {
  id: string;
  name: string;
}

function UserSelect({
  label,
  value,
  users,
  onChange,
}: {
  label: string;
  value: string;
  users: User[];
  onChange: (id: string) => void;
}) {
  return (
    <label>
      {label}
      <select value={value} onChange={(e) => onChange(e.currentTarget.value)}>
        {users.map((u) => (
          <option key={u.id} value={u.id}>
            {u.name}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Step 3: an open deal (new, or one the relation has) or none, and the follow-up activity. */
export function CaseStep({
  preview,
  openDeals,
  users,
  deal,
  activity,
  onDeal,
  onActivity,
}: {
  preview: Preview;
  /** those of the contact and relation chosen now, none while they load */
  openDeals: Preview['openDeals'];
  users: User[];
  deal: DealPlan;
  activity: ActivityPlan;
  onDeal: (plan: DealPlan) => void;
  onActivity: (plan: ActivityPlan) => void;
}) {
  const pipelines = preview.pipelines;
  const firstPipeline = pipelines.find((p) => p.isDefault) ?? pipelines[0];
  const creating = deal.choice === 'CREATE' ? deal : null;
  const pipeline = pipelines.find((p) => p.id === creating?.pipelineId) ?? firstPipeline;
  const following = activity.choice === 'CREATE' ? activity : null;
  const people = users.some((u) => u.id === preview.defaultManager.id) ? users : [preview.defaultManager, ...users];
  return (
    <>
      <fieldset>
        <legend>The case</legend>
        <ul class="choices">
          <li>
            <label>
              <input
                type="radio"
                name="deal"
                checked={deal.choice === 'NONE'}
                onChange={() => onDeal({ choice: 'NONE' })}
              />
              <strong>No case</strong>
            </label>
          </li>
          <li>
            <label>
              <input
                type="radio"
                name="deal"
                checked={Boolean(creating)}
                disabled={!firstPipeline}
                onChange={() =>
                  firstPipeline &&
                  onDeal({
                    choice: 'CREATE',
                    title: '',
                    pipelineId: firstPipeline.id,
                    stage: firstPipeline.stages[0] ?? '',
                    value: '',
                    managerId: preview.defaultManager.id,
                  })
                }
              />
              <strong>Open a new deal</strong>
            </label>
          </li>
          {openDeals.map((d) => (
            <li key={d.id}>
              <label>
                <input
                  type="radio"
                  name="deal"
                  checked={deal.choice === 'EXISTING' && deal.dealId === d.id}
                  onChange={() => onDeal({ choice: 'EXISTING', dealId: d.id })}
                />
                <strong>Add the lead to {d.title}</strong>
                <span class="muted">
                  {' '}
                  · {d.pipeline.name}, {d.stage}
                </span>
              </label>
            </li>
          ))}
        </ul>
        {creating && pipeline && (
          <div class="fields-form">
            <label>
              Title
              <input
                value={creating.title}
                placeholder={preview.lead.companyName ?? ''}
                onInput={(e) => onDeal({ ...creating, title: e.currentTarget.value })}
              />
            </label>
            <label>
              Pipeline
              <select
                value={pipeline.id}
                onChange={(e) => {
                  const next = pipelines.find((p) => p.id === e.currentTarget.value)!;
                  onDeal({ ...creating, pipelineId: next.id, stage: next.stages[0] ?? '' });
                }}
              >
                {pipelines.map((p) => (
                  <option key={p.id} value={p.id}>
                    {p.name}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Stage
              <select value={creating.stage} onChange={(e) => onDeal({ ...creating, stage: e.currentTarget.value })}>
                {pipeline.stages.map((stage) => (
                  <option key={stage}>{stage}</option>
                ))}
              </select>
            </label>
            <label>
              Value (optional)
              <input
                type="number"
                min="0"
                step="0.01"
                inputMode="decimal"
                value={creating.value}
                onInput={(e) => onDeal({ ...creating, value: e.currentTarget.value })}
              />
            </label>
            <UserSelect
              label="Case manager"
              value={creating.managerId}
              users={people}
              onChange={(managerId) => onDeal({ ...creating, managerId })}
            />
          </div>
        )}
      </fieldset>
      <fieldset>
        <legend>The follow-up</legend>
        <label class="checkbox">
          <input
            type="checkbox"
            checked={Boolean(following)}
            onChange={(e) => onActivity(e.currentTarget.checked ? defaultFollowUp(preview) : { choice: 'NONE' })}
          />
          Plan a follow-up
        </label>
        {following && (
          <div class="fields-form">
            <label>
              Type
              <select
                value={following.type}
                onChange={(e) => onActivity({ ...following, type: e.currentTarget.value as ActivityType })}
              >
                {FOLLOW_UP_TYPES.map((type) => (
                  <option key={type} value={type}>
                    {ACTIVITY_LABELS[type]}
                  </option>
                ))}
              </select>
            </label>
            <label>
              Subject (optional)
              <input
                value={following.subject}
                onInput={(e) => onActivity({ ...following, subject: e.currentTarget.value })}
              />
            </label>
            <label>
              Due
              <input
                type="date"
                value={following.dueDate}
                onInput={(e) => onActivity({ ...following, dueDate: e.currentTarget.value })}
              />
            </label>
            <UserSelect
              label="Owner"
              value={following.ownerId}
              users={people}
              onChange={(ownerId) => onActivity({ ...following, ownerId })}
            />
          </div>
        )}
      </fieldset>
    </>
  );
}
