import { basename } from 'node:path';

/**
 * How a coach's report names teachers' files, in the app's school summary and on the command line alike:
 * by the file's own name (never its folder, which is the coach's business), and a second file of the
 * same name as "name (2)", so two teachers' "gradebook.proficio" stay two.
 */
export function fileLabels(paths: readonly string[]): string[] {
  const seen = new Map<string, number>();
  return paths.map((path) => {
    const name = basename(path);
    const count = (seen.get(name) ?? 0) + 1;
    seen.set(name, count);
    return count === 1 ? name : `${name} (${count})`;
  });
}
