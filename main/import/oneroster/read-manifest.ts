import { readCsvTable } from '../csv-table.js';
import type { IssueLog } from '../import-issue.js';
import type { OneRosterVersion } from '../roster-package.js';

export type ManifestMode = 'absent' | 'bulk' | 'delta';

export type Manifest = {
  /** null when the manifest does not say (or says something we cannot use): inferred from the files. */
  version: OneRosterVersion | null;
  /** `file.users` → 'bulk', keyed by the file's name without `.csv`. */
  modes: Map<string, ManifestMode>;
  sourceSystem: { name: string | null; code: string | null };
};

/** manifest.csv: `propertyName,value` rows (INTEROP.md). */
export function readManifest(text: string, file: string, log: IssueLog): Manifest | null {
  const { table, issues } = readCsvTable(text, {
    file,
    columns: [
      { name: 'propertyName', required: true },
      { name: 'value', required: true },
    ],
    headerMatch: 'strict',
  });
  log.add(issues);
  if (!table) return null;

  const manifest: Manifest = { version: null, modes: new Map(), sourceSystem: { name: null, code: null } };
  for (const { row, values } of table.rows) {
    const property = values['propertyName'] ?? '';
    const value = values['value'] ?? '';
    if (property === 'oneroster.version') {
      if (value === '1.1' || value === '1.2') manifest.version = value;
      else if (value === '1.0') {
        // 1.0 files are 1.1 files with older column names, which the bindings accept as aliases
        manifest.version = '1.1';
        log.warning({ file, row, column: 'value', value, expected: '1.1 or 1.2', problem: 'OneRoster 1.0 is read as 1.1' });
      } else {
        log.warning({
          file,
          row,
          column: 'value',
          value,
          expected: '1.1 or 1.2',
          problem: 'the OneRoster version is not one Proficio reads; the version is worked out from the files instead',
        });
      }
    } else if (property.startsWith('file.')) {
      const mode = value.toLowerCase();
      if (mode === 'absent' || mode === 'bulk' || mode === 'delta') {
        if (mode !== value) {
          log.warning({ file, row, column: 'value', value, expected: `lower-case ${mode}`, problem: `"${value}" was read as ${mode}` });
        }
        manifest.modes.set(property.slice('file.'.length), mode);
      } else {
        log.error({ file, row, column: 'value', value, expected: 'absent, bulk or delta', problem: `the mode of ${property} is not one OneRoster defines` });
      }
    } else if (property === 'source.systemName' || property === 'source.systemCode') {
      // some systems write the placeholder "absent" here, which means "not given"
      const given = value === '' || value.toLowerCase() === 'absent' ? null : value;
      if (property === 'source.systemName') manifest.sourceSystem.name = given;
      else manifest.sourceSystem.code = given;
    }
  }
  return manifest;
}
