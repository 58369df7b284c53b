export type TextPart = { text: string; match: boolean };

/**
 * Splits `text` around what the search matched — the code prefix, or each word of the query (the
 * gradebook matches a statement holding every word) — case-insensitively, for <mark>.
 */
export function highlightParts(text: string, query: string): TextPart[] {
  const words = query
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '')
    .map((word) => word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
    .sort((a, b) => b.length - a.length);
  if (words.length === 0 || text === '') return [{ text, match: false }];
  // one capturing group: split puts the matches at the odd indexes
  return text
    .split(new RegExp(`(${words.join('|')})`, 'gi'))
    .map((part, index) => ({ text: part, match: index % 2 === 1 }))
    .filter((part) => part.text !== '');
}
