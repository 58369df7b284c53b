import Sqlite from 'better-sqlite3';
import { closeSync, openSync, writeSync } from 'node:fs';

/**
 * Overwrites one leaf page of a table's data with garbage, the way a failing disk or a bad copy would:
 * the table's last leaf page, or the one in the middle of its leaves.
 */
export function garbleLeafPage(path: string, table: string, which: 'last' | 'middle' = 'last'): void {
  const sqlite = new Sqlite(path, { readonly: true });
  const pageSize = Number(sqlite.pragma('page_size', { simple: true }));
  const pages = sqlite.prepare(`SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno`).pluck().all(table) as number[];
  sqlite.close();
  const page = which === 'last' ? pages[pages.length - 1] : pages[Math.floor(pages.length / 2)];
  if (page === undefined) throw new Error(`${table} has no leaf page to garble in ${path}`);
  const fd = openSync(path, 'r+');
  writeSync(fd, Buffer.alloc(pageSize, 0xa5), 0, pageSize, (page - 1) * pageSize);
  closeSync(fd);
}
