import type { PrerequisiteMapResult } from '../../../preload/contract/index.js';
import { plural } from '../format/plural.js';

/** Why a prerequisite map can (or cannot) be imported, in one sentence beside the buttons. */
export function mapVerdict(result: PrerequisiteMapResult): { tone: 'ok' | 'blocked' | 'same'; text: string } {
  if (!result.canCommit) {
    return {
      tone: 'blocked',
      text: `The map has ${plural(result.issueTotals.errors, 'error')}, so none of it can be imported: a map comes in whole or not at all. Fix the rows listed and choose the file again.`,
    };
  }
  if (result.added === 0) return { tone: 'same', text: `${result.frameworkTitle} already has every link this map draws: importing changes nothing.` };
  return { tone: 'ok', text: 'Nothing has been written yet. Import adds every one of these links in one step, or none at all.' };
}

/** The preview's "Links to add": a refused map adds nothing, whatever its good rows match. */
export function linksToAddText(result: PrerequisiteMapResult): string {
  if (result.canCommit) return plural(result.added, 'new link');
  if (result.added === 0) return 'None: no row can be used yet';
  return `None yet: ${plural(result.added, 'row matches', 'rows match')}, but the problems below must be fixed first`;
}

/** What importing did, as the report says it. */
export function mapReport(result: PrerequisiteMapResult): string {
  const already = result.unchanged === 0 ? '' : ` ${plural(result.unchanged, 'link was', 'links were')} already there.`;
  if (result.added === 0) return `Nothing needed to change: ${result.frameworkTitle} already had every link in ${result.fileName}.`;
  return `Added ${plural(result.added, 'prerequisite link')} to ${result.frameworkTitle} from ${result.fileName}.${already}`;
}
