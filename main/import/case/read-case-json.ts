import type { FrameworkDocument, FrameworkPackage } from '../framework-package.js';
import { assembleStandards, type TreeItem } from '../framework-tree.js';
import { normalizeGradeLevels } from '../grade-levels.js';
import { createIssueLog, finishImport, type ImportResult, type IssueLog } from '../import-issue.js';
import { normalizeStandardType } from '../standard-type.js';
import { readCaseAssociations } from './case-associations.js';
import { firstTooDeep, maxJsonDepth, parseWellFormedJson } from './json-guards.js';
import { isJsonObject, jsonFields, normalizeTimestamp, showJson, type JsonFields, type JsonObject } from './json-fields.js';

/**
 * Reads a CASE 1.0 CFPackage (JSON text) into a FrameworkPackage. Tolerates what real packages do
 * (see fixtures/SOURCES.md): URL identifiers, `educationalLevel` as one string, timestamps without a
 * zone, extra fields, no sequenceNumber, CFItemTypeURI without CFItemType, empty packages.
 */
export function readCaseJson(text: string, file: string): ImportResult<FrameworkPackage> {
  const log = createIssueLog();
  const tooDeep = firstTooDeep(text);
  if (tooDeep >= 0) {
    log.error({
      file,
      expected: 'a CASE package, whose objects and lists nest a few levels deep',
      problem: `the JSON is nested more than ${maxJsonDepth} levels deep (at character ${tooDeep + 1}), deeper than any CASE package`,
    });
    return { ok: false, issues: log.list() };
  }
  let root: unknown;
  try {
    const parsed = parseWellFormedJson(text);
    root = parsed.value;
    if (parsed.repairs.count > 0) {
      log.warning({
        file,
        expected: 'text with whole characters only',
        problem: `${parsed.repairs.count} broken ${parsed.repairs.count === 1 ? 'character (a lone UTF-16 surrogate written as a \\ud800-style escape) was' : 'characters (lone UTF-16 surrogates written as \\ud800-style escapes) were'} replaced with \uFFFD (U+FFFD), first in ${parsed.repairs.firstKey || 'a list'}`,
      });
    }
  } catch (error) {
    log.error({
      file,
      expected: 'a CASE package: JSON text starting with { and ending with }',
      problem: `the file is not valid JSON (${describeJsonError(error, text)})`,
    });
    return { ok: false, issues: log.list() };
  }
  if (!isJsonObject(root)) {
    log.error({ file, value: showJson(root), expected: 'a JSON object with CFDocument, CFItems and CFAssociations', problem: 'the file is not a CASE package' });
    return { ok: false, issues: log.list() };
  }

  const fields = jsonFields(file, log);
  const documentJson = root['CFDocument'];
  if (!isJsonObject(documentJson)) {
    log.error({
      file,
      column: 'CFDocument',
      ...(documentJson === undefined ? {} : { value: showJson(documentJson) }),
      expected: 'a CFDocument object with identifier and title',
      problem: documentJson === undefined ? 'the package has no CFDocument' : 'CFDocument is not an object',
    });
    return { ok: false, issues: log.list() };
  }
  const document = readDocument(documentJson, fields, file, log);
  const itemsJson = readList(root, 'CFItems', file, log);
  const associationsJson = readList(root, 'CFAssociations', file, log);

  const items = readItems(itemsJson, fields, file, log);
  const itemIds = new Set(items.map((item) => item.identifier));
  if (document && itemIds.has(document.identifier)) {
    log.error({
      file,
      column: 'CFDocument.identifier',
      value: document.identifier,
      expected: 'identifiers that are unique across the document and its items',
      problem: 'the document and an item share the same identifier',
    });
  }
  const associations = readCaseAssociations(associationsJson, {
    file,
    log,
    fields,
    documentIdentifier: document?.identifier ?? null,
    items,
  });

  return finishImport(log, () => {
    const treeItems = items.map(({ path: _path, ...item }): TreeItem => {
      const link = associations.parents.get(item.identifier);
      return { ...item, parent: link?.parent, sequence: link?.sequence ?? null };
    });
    const paths = new Map(items.map((item) => [item.identifier, item.path]));
    const standards = assembleStandards(treeItems, {
      file,
      log,
      locate: (identifier) => ({ column: paths.get(identifier) ?? 'CFItems' }),
      parentLinkName: 'isChildOf association',
    });
    return {
      source: 'case',
      // finishImport only builds when there is no error, and a missing document field is an error
      document: document ?? { identifier: '', title: '', creator: '' },
      standards,
      prerequisites: associations.prerequisites,
      otherAssociations: associations.others,
    } satisfies FrameworkPackage;
  });
}

function describeJsonError(error: unknown, text: string): string {
  const message = error instanceof Error ? error.message : String(error);
  const offset = jsonErrorOffset(message, text);
  const reason = message.replace(/,? *(in JSON at position \d+.*|"[\s\S]*" is not valid JSON)$/, '');
  if (offset === null) return reason;
  const before = text.slice(0, offset);
  const line = before.split('\n').length;
  return `${reason} at line ${line}, character ${offset - before.lastIndexOf('\n')}`;
}

/** V8 gives "at position N" in some versions and a quoted excerpt around the error in others. */
function jsonErrorOffset(message: string, text: string): number | null {
  const position = /position (\d+)/.exec(message);
  if (position) return Number(position[1]);
  if (/end of JSON input|Unterminated/i.test(message)) return text.length;
  const excerpt = /"(?:\.\.\.)?([\s\S]*?)(?:\.\.\.)?" is not valid JSON/.exec(message)?.[1];
  if (excerpt === undefined || excerpt === '') return null;
  const start = text.indexOf(excerpt);
  if (start < 0) return null;
  const token = /Unexpected token '(.)'/.exec(message)?.[1];
  const within = token === undefined ? -1 : excerpt.indexOf(token);
  return start + Math.max(within, 0);
}

function readList(root: JsonObject, key: string, file: string, log: IssueLog): unknown[] {
  const value = root[key];
  if (Array.isArray(value)) return value;
  if (value === undefined || value === null) {
    log.warning({ file, column: key, expected: `a ${key} list (may be empty)`, problem: `the package has no ${key}; it is read as empty` });
    return [];
  }
  log.error({ file, column: key, value: showJson(value), expected: 'a list', problem: `${key} is not a list` });
  return [];
}

function readDocument(json: JsonObject, fields: JsonFields, file: string, log: IssueLog): FrameworkDocument | null {
  const path = 'CFDocument';
  const identifier = fields.required(json, 'identifier', path);
  const title = fields.required(json, 'title', path);
  const creator = fields.expected(json, 'creator', path, 'the framework is imported without a creator');
  fields.expected(json, 'uri', path, 'the framework is imported without a link to its source');
  const lastChange = readTimestamp(json, path, fields, file, log);
  if (identifier === null || title === null) return null;
  const document: FrameworkDocument = { identifier, title, creator: creator ?? '' };
  const optional = (key: string) => fields.optional(json, key, path);
  const publisher = optional('publisher');
  const version = optional('version');
  const adoptionStatus = optional('adoptionStatus');
  const uri = optional('uri');
  const subject = readSubject(json, fields);
  if (publisher !== undefined) document.publisher = publisher;
  if (version !== undefined) document.version = version;
  if (subject !== undefined) document.subject = subject;
  if (adoptionStatus !== undefined) document.adoptionStatus = adoptionStatus;
  if (uri !== undefined) document.uri = uri;
  if (lastChange !== undefined) document.lastChangeDateTime = lastChange;
  return document;
}

/** CASE says subject is a list of strings; the 2017 package has one string. */
function readSubject(json: JsonObject, fields: JsonFields): string | undefined {
  const subject = json['subject'];
  if (Array.isArray(subject)) {
    const names = subject.filter((name): name is string => typeof name === 'string' && name.trim() !== '');
    return names.length > 0 ? names.join(', ') : undefined;
  }
  return fields.optional(json, 'subject', 'CFDocument');
}

function readTimestamp(json: JsonObject, path: string, fields: JsonFields, file: string, log: IssueLog): string | undefined {
  const raw = fields.expected(json, 'lastChangeDateTime', path, 'the change time is left empty');
  if (raw === undefined) return undefined;
  const normalized = normalizeTimestamp(raw);
  if (normalized === null) {
    log.repeatedWarning(`timestamp:${path.replace(/\[\d+\]/g, '[]')}`, {
      file,
      column: `${path}.lastChangeDateTime`,
      value: raw,
      expected: 'a date-time like 2017-09-22T23:13:54+00:00',
      problem: 'the change time is not a date-time and is left empty',
    });
    return undefined;
  }
  return normalized;
}

export type CaseItem = Omit<TreeItem, 'parent' | 'sequence'> & { path: string };

function readItems(list: readonly unknown[], fields: JsonFields, file: string, log: IssueLog): CaseItem[] {
  const items: CaseItem[] = [];
  const firstPath = new Map<string, string>();
  list.forEach((json, index) => {
    const path = `CFItems[${index}]`;
    if (!isJsonObject(json)) {
      log.error({ file, column: path, value: showJson(json), expected: 'a CFItem object', problem: 'this item is not an object' });
      return;
    }
    const identifier = fields.required(json, 'identifier', path);
    const statement = fields.required(json, 'fullStatement', path);
    const lastChange = readTimestamp(json, path, fields, file, log);
    if (identifier === null || statement === null) return;
    const earlier = firstPath.get(identifier);
    if (earlier !== undefined) {
      log.error({
        file,
        column: `${path}.identifier`,
        value: identifier,
        expected: 'each item identifier to appear once',
        problem: `the identifier is already used by ${earlier}`,
      });
      return;
    }
    firstPath.set(identifier, path);

    const code = fields.optional(json, 'humanCodingScheme', path) ?? null;
    const typeUri = json['CFItemTypeURI'];
    const typeName =
      fields.optional(json, 'CFItemType', path) ??
      (isJsonObject(typeUri) && typeof typeUri['title'] === 'string' ? typeUri['title'] : undefined);
    const uri = fields.optional(json, 'uri', path);
    const notes = fields.optional(json, 'notes', path);
    const item: CaseItem = {
      identifier,
      code: code?.trim() ?? null,
      statement,
      abbreviated: fields.optional(json, 'abbreviatedStatement', path) ?? null,
      type: normalizeStandardType(typeName),
      gradeLevels: readGradeLevels(json, path, file, log),
      listEnumeration: fields.optional(json, 'listEnumeration', path) ?? null,
      index,
      path,
    };
    if (uri !== undefined) item.uri = uri;
    if (notes !== undefined) item.notes = notes;
    if (lastChange !== undefined) item.lastChangeDateTime = lastChange;
    items.push(item);
  });
  return items;
}

function readGradeLevels(json: JsonObject, path: string, file: string, log: IssueLog): string[] {
  let raw = json['educationLevel'];
  let column = `${path}.educationLevel`;
  if (raw === undefined && json['educationalLevel'] !== undefined) {
    raw = json['educationalLevel'];
    column = `${path}.educationalLevel`;
    log.repeatedWarning('educationalLevel', {
      file,
      column,
      expected: 'educationLevel, a list of grade codes',
      problem: 'the item uses the pre-final field name "educationalLevel"; it was read as educationLevel',
    });
  }
  if (raw === undefined || raw === null) return [];
  const parts = typeof raw === 'string' ? [raw] : Array.isArray(raw) ? raw : null;
  if (!parts || !parts.every((part): part is string => typeof part === 'string')) {
    log.error({ file, column, value: showJson(raw), expected: 'a list of grade codes like ["KG", "01"]', problem: 'the grade levels are not text' });
    return [];
  }
  const { levels, unrecognized } = normalizeGradeLevels(parts);
  for (const code of unrecognized) {
    log.repeatedWarning(`grade:${code}`, {
      file,
      column,
      value: code,
      expected: 'a grade code: PK, KG, 01 … 13',
      problem: 'the grade level is not a known code and is kept as written',
    });
  }
  return levels;
}
