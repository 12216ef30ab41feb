import type { LeadSource } from '../gql/graphql';

export interface ArrivedLead {
  id: string;
  source: LeadSource;
  createdAt: string;
  label: string;
}

const MINUTE = 60_000;

export const startOfToday = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate());

export interface MinuteCount {
  start: Date;
  count: number;
}

/** New leads in each of the last 60 minutes, oldest minute first, the last the minute now running: counted ones plus leads. */
export function perMinute(counted: MinuteCount[], leads: Iterable<ArrivedLead>, now: Date): MinuteCount[] {
  const current = Math.floor(now.getTime() / MINUTE);
  const counts = new Array<number>(60).fill(0);
  for (const { start, count } of counted) {
    const age = current - Math.floor(start.getTime() / MINUTE);
    if (age >= 0 && age < 60) counts[59 - age] += count;
  }
  for (const lead of leads) {
    const age = current - Math.floor(new Date(lead.createdAt).getTime() / MINUTE);
    if (age >= 0 && age < 60) counts[59 - age] += 1;
  }
  return counts.map((count, i) => ({ start: new Date((current - 59 + i) * MINUTE), count }));
}

/** Today's new leads per source, in the order given: counted ones plus leads. */
export function perSource(
  counted: Map<LeadSource, number>,
  leads: Iterable<ArrivedLead>,
  sources: LeadSource[],
  now: Date,
): Map<LeadSource, number> {
  const today = startOfToday(now).getTime();
  const counts = new Map(sources.map((source) => [source, counted.get(source) ?? 0]));
  for (const lead of leads)
    if (new Date(lead.createdAt).getTime() >= today) counts.set(lead.source, (counts.get(lead.source) ?? 0) + 1);
  return counts;
}

/** The newest leads first, each once. */
export function latest(leads: Iterable<ArrivedLead>, count: number): ArrivedLead[] {
  const once = new Map([...leads].map((lead) => [lead.id, lead]));
  return [...once.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, count);
}
