import { plural } from '../format/plural.js';

/** A file for `import:preview`: its relative path (folder included for a folder upload) and its bytes as base64. */
export type ImportFile = { name: string; base64: string };

// btoa takes a "binary string"; building it in slices keeps String.fromCharCode's argument list
// well under the engine's limit for a multi-megabyte CASE package
const sliceBytes = 0x8000;

export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let start = 0; start < bytes.length; start += sliceBytes) {
    binary += String.fromCharCode(...bytes.subarray(start, start + sliceBytes));
  }
  return btoa(binary);
}

/** What the browser knows of a chosen file: a folder input fills `webkitRelativePath`, a file input leaves it empty. */
export type ChosenFile = { name: string; webkitRelativePath?: string; arrayBuffer(): Promise<ArrayBuffer> };

export function relativeName(file: ChosenFile): string {
  return file.webkitRelativePath !== undefined && file.webkitRelativePath !== '' ? file.webkitRelativePath : file.name;
}

/**
 * Reads the chosen files for the gradebook. A folder upload keeps only its CSV files (and zips): the
 * OneRoster reader ignores anything else, and a stray spreadsheet or picture would only cost bytes.
 */
export async function readChosenFiles(files: readonly ChosenFile[]): Promise<ImportFile[]> {
  const folder = files.some((file) => relativeName(file).includes('/'));
  const wanted = folder ? files.filter((file) => /\.(csv|zip)$/i.test(file.name)) : files;
  return Promise.all(wanted.map(async (file) => ({ name: relativeName(file), base64: bytesToBase64(new Uint8Array(await file.arrayBuffer())) })));
}

/** "Test_minimal_data_set (6 files)" or the one file's name, for the choose step. */
export function describeChoice(files: readonly ChosenFile[]): string {
  const [first] = files;
  if (!first) return '';
  const path = relativeName(first);
  if (files.length === 1 && !path.includes('/')) return path;
  const folder = path.split('/')[0] ?? path;
  return `${folder} (${plural(files.length, 'file')})`;
}
