/** Compares identifiers that only count when equal (registration number, phone, web site, relation). */
export function compareExactly<Agree extends string, Disagree extends string>(
  a: string | null,
  b: string | null,
  agree: Agree,
  disagree: Disagree,
): Agree | Disagree | null {
  if (a == null || b == null) return null;
  return a === b ? agree : disagree;
}
