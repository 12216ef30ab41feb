import type { LeadSource } from '../gql/graphql';

export interface ArrivedLead {
  id: string;
  source: LeadSource;
  createdAt: string;
  label: string;
}

const MINUTE = 60_000;

export const startOfToday = (now: Date) => new Date(now.getFullYear(), now.getMonth(), now.getDate());

/** Where the dashboard's figures start: today's midnight, or an hour ago when that is earlier. */
export const figuresSince = (now: Date) => new Date(Math.min(startOfToday(now).getTime(), now.getTime() - 60 * MINUTE));

/** New leads in each of the last 60 minutes, oldest minute first; the last is the minute now running. */
export function perMinute(leads: Iterable<ArrivedLead>, now: Date): { start: Date; count: number }[] {
  const current = Math.floor(now.getTime() / MINUTE);
  const counts = new Array<number>(60).fill(0);
  for (const lead of leads) {
    const age = current - Math.floor(new Date(lead.createdAt).getTime() / MINUTE);
    if (age >= 0 && age < 60) counts[59 - age] += 1;
  }
  return counts.map((count, i) => ({ start: new Date((current - 59 + i) * MINUTE), count }));
}

/** Today's new leads per source, in the order given. */
export function perSource(leads: Iterable<ArrivedLead>, sources: LeadSource[], now: Date): Map<LeadSource, number> {
  const today = startOfToday(now).getTime();
  const counts = new Map(sources.map((source) => [source, 0]));
  for (const lead of leads)
    if (new Date(lead.createdAt).getTime() >= today) counts.set(lead.source, (counts.get(lead.source) ?? 0) + 1);
  return counts;
}

/** The newest leads first. */
export function latest(leads: Iterable<ArrivedLead>, count: number): ArrivedLead[] {
  return [...leads].sort((a, b) => b.createdAt.localeCompare(a.createdAt)).slice(0, count);
}
