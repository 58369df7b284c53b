/** Names and places of gradebook files, shared by the menu, the title bar and first start. */
import { basename, dirname, extname, join } from 'node:path';

export const gradebookExtension = '.proficio';

/** Save dialogs on Linux do not always add the extension the filter names. */
export function withGradebookExtension(path: string): string {
  return extname(path).toLowerCase() === gradebookExtension ? path : `${path}${gradebookExtension}`;
}

export function gradebookDisplayName(path: string): string {
  const name = basename(path);
  return name.toLowerCase().endsWith(gradebookExtension) ? name.slice(0, -gradebookExtension.length) : name;
}

/** A gradebook open for reading only says so in the title bar too, where every window of the OS shows it. */
export function windowTitle(gradebook: { path: string; title: string | null; readOnly?: object | null } | null): string {
  if (!gradebook) return 'Proficio';
  const title = gradebook.title?.trim();
  const readOnly = gradebook.readOnly ? ' (read only)' : '';
  return `Proficio — ${title ? title : gradebookDisplayName(gradebook.path)}${readOnly}`;
}

/** The gradebook a first start creates (as a demo, so there is something to explore). */
export function defaultGradebookPath(userDataPath: string): string {
  return join(userDataPath, 'Gradebooks', `My gradebook${gradebookExtension}`);
}

/** Suggested name for File → Save a copy…, next to the original. */
export function copyPathFor(path: string): string {
  return join(dirname(path), `${gradebookDisplayName(path)} copy${gradebookExtension}`);
}
