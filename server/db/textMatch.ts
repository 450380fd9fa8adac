/** Escapes user text for use inside a regular expression: search text is text, never a pattern. */
function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A filter on a lower-cased search field (`searchName`, `searchText`) that matches records whose
 * field contains `text`, case-insensitively: a `$regex`, as FerretDB has neither `$text` nor collation.
 */
export function containsText(text: string): { $regex: string } {
  return { $regex: escapeRegExp(text.trim().toLocaleLowerCase('nl')) };
}
