/** A LIKE pattern (with ESCAPE '!') for text anywhere in a column. '!' escapes LIKE's wildcards: a backslash means different things in SQLite and MySQL string literals. */
export function likePattern(text: string): string {
  return `%${text.replace(/[!%_]/g, (c) => `!${c}`)}%`;
}
