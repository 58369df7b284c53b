import type { IssueLog } from '../import-issue.js';

/**
 * Typed reads from parsed JSON that report, with a JSON path, what is missing or of the wrong type.
 * CASE leaves much optional and real packages bend the rest, so each read says how strict it is.
 */
export type JsonObject = { [key: string]: unknown };

export function isJsonObject(value: unknown): value is JsonObject {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describeType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

export function showJson(value: unknown): string {
  if (typeof value === 'string') return value;
  try {
    return JSON.stringify(value) ?? String(value);
  } catch {
    return String(value);
  }
}

export type JsonFields = {
  /** A non-empty string, or an error and null. */
  required(object: JsonObject, key: string, path: string): string | null;
  /** A string when present; numbers are accepted as text (a certain meaning), other types are errors. */
  optional(object: JsonObject, key: string, path: string): string | undefined;
  /** A required string the package can do without: a warning instead of an error when missing. */
  expected(object: JsonObject, key: string, path: string, why: string): string | undefined;
};

export function jsonFields(file: string, log: IssueLog): JsonFields {
  function read(object: JsonObject, key: string, path: string): { value?: string; wrong?: unknown } {
    const value = object[key];
    if (value === undefined || value === null) return {};
    if (typeof value === 'string') return value.trim() === '' ? {} : { value };
    if (typeof value === 'number' && Number.isFinite(value)) return { value: String(value) };
    log.error({
      file,
      column: `${path}.${key}`,
      value: showJson(value),
      expected: 'text',
      problem: `the field "${key}" is ${describeType(value)}`,
    });
    return { wrong: value };
  }
  return {
    required(object, key, path) {
      const { value, wrong } = read(object, key, path);
      if (value !== undefined) return value;
      if (wrong === undefined) {
        log.error({ file, column: `${path}.${key}`, expected: 'non-empty text', problem: `the required field "${key}" is missing or empty` });
      }
      return null;
    },
    optional(object, key, path) {
      return read(object, key, path).value;
    },
    expected(object, key, path, why) {
      const { value, wrong } = read(object, key, path);
      if (value === undefined && wrong === undefined) {
        log.repeatedWarning(`missing:${path.replace(/\[\d+\]/g, '[]')}.${key}`, {
          file,
          column: `${path}.${key}`,
          expected: `a "${key}" field (CASE requires it)`,
          problem: `the field "${key}" is missing; ${why}`,
        });
      }
      return value;
    },
  };
}

/**
 * CASE timestamps are ISO 8601 with a zone; pre-final packages omit the zone or use a space for the T.
 * Read those as UTC and return ISO 8601 UTC, or null when the text is not a timestamp at all.
 */
export function normalizeTimestamp(text: string): string | null {
  const match = /^(\d{4}-\d{2}-\d{2})(?:[T ](\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?)(Z|[+-]\d{2}:?\d{2})?)?$/.exec(text.trim());
  if (!match) return null;
  const [, date, time, zone] = match;
  const iso = `${date}T${time ?? '00:00:00'}${zone ?? 'Z'}`;
  const parsed = new Date(iso);
  if (Number.isNaN(parsed.getTime())) return null;
  // reject dates JavaScript silently rolls over (2023-02-30)
  if (zone === undefined && parsed.toISOString().slice(0, 10) !== date) return null;
  return parsed.toISOString();
}
