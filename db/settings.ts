import { qb, type GradebookReader, type GradebookWriter } from './handle.js';

/** Gradebook-wide key/value settings ('title', 'demo', …). Values are text; callers parse their own. */

export function setSetting(writer: GradebookWriter, key: string, value: string): void {
  writer.run(
    qb
      .insertInto('settings')
      .values({ key, value })
      .onConflict((conflict) => conflict.column('key').doUpdateSet({ value })),
  );
}

/** Sets several keys at once, all or none. */
export function setSettings(writer: GradebookWriter, values: Readonly<Record<string, string>>): void {
  writer.transaction(() => {
    for (const [key, value] of Object.entries(values)) setSetting(writer, key, value);
  });
}

export function getSetting(reader: GradebookReader, key: string): string | null {
  return reader.first(qb.selectFrom('settings').select('value').where('key', '=', key))?.value ?? null;
}

export function deleteSetting(writer: GradebookWriter, key: string): void {
  writer.run(qb.deleteFrom('settings').where('key', '=', key));
}
