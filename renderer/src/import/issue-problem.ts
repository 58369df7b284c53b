import type { ImportIssueView } from '../../../preload/contract/index.js';

/**
 * The middle of an issue's message — what is wrong — without the place (the table's own columns show
 * file, row and column) and without the found/expected tail (columns too). "(and 5 more rows like it)"
 * is kept: it says the one row stands for several.
 */
export function issueProblem(issue: ImportIssueView): string {
  let text = issue.message;
  const colon = text.indexOf(': ');
  if (colon !== -1 && text.startsWith(issue.file)) text = text.slice(colon + 2);
  const more = /\(and \d[\d,]* more rows? like it\)/.exec(text)?.[0];
  const cut = [text.indexOf(' (found '), text.indexOf('; expected ')].filter((index) => index > 0);
  if (cut.length > 0) text = text.slice(0, Math.min(...cut));
  text = text.replace(/\.$/, '');
  return more && !text.includes(more) ? `${text} ${more}` : text;
}
