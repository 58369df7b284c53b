import type { CsvColumn } from '../csv-table.js';

/**
 * Proficio's own standards CSV, for teachers who write their learning targets in a spreadsheet:
 *
 *   code,statement,parent code,grade,type
 *
 * `code` and `statement` are required; header names ignore case, spaces and underscores ("Parent_Code"
 * works). `parent code` names another row's code (empty = top level); `grade` takes "5", "K", "9-12"
 * or "09,10"; `type` is free text (domain, cluster, standard, learning target…). Rows keep their file
 * order among siblings.
 */
export const standardsCsvColumns = [
  { name: 'code', required: true },
  { name: 'statement', required: true, aliases: ['description', 'standard'] },
  { name: 'parent code', required: false, aliases: ['parent'] },
  { name: 'grade', required: false, aliases: ['grades', 'grade level', 'grade levels'] },
  { name: 'type', required: false },
] as const satisfies readonly CsvColumn[];
