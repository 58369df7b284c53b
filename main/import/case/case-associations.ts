import type { FrameworkAssociation, FrameworkPrerequisite } from '../framework-package.js';
import { labelOf } from '../framework-tree.js';
import type { IssueLog } from '../import-issue.js';
import type { CaseItem } from './read-case-json.js';
import { isJsonObject, showJson, type JsonFields, type JsonObject } from './json-fields.js';

export const caseAssociationTypes = [
  'isChildOf',
  'isPeerOf',
  'isPartOf',
  'exactMatchOf',
  'precedes',
  'isRelatedTo',
  'replacedBy',
  'exemplar',
  'hasSkillLevel',
] as const;

export type CaseAssociations = {
  /** Child identifier → its parent (null = the document) and the isChildOf sequenceNumber. */
  parents: Map<string, { parent: string | null; sequence: number | null }>;
  prerequisites: FrameworkPrerequisite[];
  others: FrameworkAssociation[];
};

type Context = {
  file: string;
  log: IssueLog;
  fields: JsonFields;
  documentIdentifier: string | null;
  items: readonly CaseItem[];
};

/**
 * Sorts CFAssociations into the tree (isChildOf), prerequisites (precedes inside the package) and the
 * rest. A broken tree link is an error because the framework cannot be shown without it; any other
 * edge may point to another framework, which CASE allows, so that is only a warning.
 */
export function readCaseAssociations(list: readonly unknown[], context: Context): CaseAssociations {
  const { file, log, fields } = context;
  const itemsById = new Map(context.items.map((item) => [item.identifier, item]));
  const itemsByUri = new Map(context.items.filter((item) => item.uri !== undefined).map((item) => [item.uri, item.identifier]));
  const parents: CaseAssociations['parents'] = new Map();
  const parentPath = new Map<string, string>();
  const prerequisites: FrameworkPrerequisite[] = [];
  const others: FrameworkAssociation[] = [];
  const seenIds = new Map<string, string>();
  const seenPrerequisites = new Set<string>();

  const label = (identifier: string) => {
    const item = itemsById.get(identifier);
    return item ? labelOf(item) : identifier === context.documentIdentifier ? 'the document' : identifier;
  };

  list.forEach((json, index) => {
    const path = `CFAssociations[${index}]`;
    if (!isJsonObject(json)) {
      log.error({ file, column: path, value: showJson(json), expected: 'a CFAssociation object', problem: 'this association is not an object' });
      return;
    }
    const identifier = fields.required(json, 'identifier', path);
    const rawType = fields.required(json, 'associationType', path);
    const origin = readEnd(json, 'origin', path, context, itemsByUri);
    const destination = readEnd(json, 'destination', path, context, itemsByUri);
    if (identifier === null || rawType === null || origin === null || destination === null) return;

    const earlier = seenIds.get(identifier);
    if (earlier !== undefined) {
      log.error({
        file,
        column: `${path}.identifier`,
        value: identifier,
        expected: 'each association identifier to appear once',
        problem: `the identifier is already used by ${earlier}`,
      });
      return;
    }
    seenIds.set(identifier, path);

    const type = caseAssociationTypes.find((known) => known.toLowerCase() === rawType.toLowerCase()) ?? rawType;
    if (type !== rawType) {
      log.repeatedWarning(`association-case:${rawType}`, {
        file,
        column: `${path}.associationType`,
        value: rawType,
        expected: `"${type}" (the names are case-sensitive)`,
        problem: `the association type was read as ${type}`,
      });
    }
    const isItem = (end: string) => itemsById.has(end);
    const inPackage = (end: string) => isItem(end) || end === context.documentIdentifier;

    if (type === 'isChildOf') {
      if (!isItem(origin) || !inPackage(destination)) {
        const bad = !isItem(origin) ? origin : destination;
        const end = !isItem(origin) ? 'originNodeURI' : 'destinationNodeURI';
        log.error({
          file,
          column: `${path}.${end}.identifier`,
          value: bad,
          expected: !isItem(origin) ? 'the identifier of an item in this package' : 'the identifier of an item or of the document in this package',
          problem: `the isChildOf association points to something that is not in the package`,
        });
        return;
      }
      const parent = destination === context.documentIdentifier ? null : destination;
      const existing = parents.get(origin);
      if (existing) {
        if (existing.parent === parent) {
          log.repeatedWarning('duplicate-isChildOf', {
            file,
            column: path,
            value: identifier,
            expected: 'one isChildOf association per item',
            problem: `${label(origin)} is placed under ${parent === null ? 'the document' : label(parent)} twice; the repeat is ignored`,
          });
        } else {
          log.error({
            file,
            column: path,
            value: identifier,
            expected: 'each item to have one parent',
            problem: `${label(origin)} has two parents: ${existing.parent === null ? 'the document' : label(existing.parent)} (${parentPath.get(origin) ?? ''}) and ${parent === null ? 'the document' : label(parent)}`,
          });
        }
        return;
      }
      parents.set(origin, { parent, sequence: readSequence(json, path, context) });
      parentPath.set(origin, path);
      return;
    }

    if (type === 'precedes' && isItem(origin) && isItem(destination)) {
      if (origin === destination) {
        log.error({
          file,
          column: path,
          value: identifier,
          expected: 'a precedes association between two different items',
          problem: `${label(origin)} is marked as its own prerequisite`,
        });
        return;
      }
      const key = `${origin}\u0000${destination}`;
      if (seenPrerequisites.has(key)) {
        log.repeatedWarning('duplicate-precedes', {
          file,
          column: path,
          value: identifier,
          expected: 'each prerequisite once',
          problem: `${label(origin)} precedes ${label(destination)} more than once; the repeat is ignored`,
        });
        return;
      }
      seenPrerequisites.add(key);
      prerequisites.push({ identifier, prerequisiteIdentifier: origin, standardIdentifier: destination });
      return;
    }

    if (!inPackage(origin) || !inPackage(destination)) {
      const outside = !inPackage(origin) ? origin : destination;
      log.repeatedWarning(`outside:${type}`, {
        file,
        column: `${path}.${!inPackage(origin) ? 'originNodeURI' : 'destinationNodeURI'}.identifier`,
        value: outside,
        expected: 'an item of this package (edges to other frameworks are kept as links)',
        problem: `the ${type} association points outside this package; it is kept as a link`,
      });
    }
    others.push({ identifier, type, originIdentifier: origin, destinationIdentifier: destination });
  });

  reportPrerequisiteCycles(prerequisites, context, label);
  return { parents, prerequisites, others };
}

/** originNodeURI.identifier; pre-final packages also carry originNodeIdentifier; last resort, the uri. */
function readEnd(
  json: JsonObject,
  end: 'origin' | 'destination',
  path: string,
  context: Context,
  itemsByUri: Map<string | undefined, string>,
): string | null {
  const key = `${end}NodeURI`;
  const link = json[key];
  if (isJsonObject(link)) {
    const identifier = context.fields.optional(link, 'identifier', `${path}.${key}`);
    if (identifier !== undefined) return identifier;
    const uri = context.fields.optional(link, 'uri', `${path}.${key}`);
    const byUri = uri === undefined ? undefined : itemsByUri.get(uri);
    if (byUri !== undefined) return byUri;
  }
  const flat = context.fields.optional(json, `${end}NodeIdentifier`, path);
  if (flat !== undefined) return flat;
  context.log.error({
    file: context.file,
    column: `${path}.${key}`,
    ...(link === undefined ? {} : { value: showJson(link) }),
    expected: `an object {title, identifier, uri} naming the ${end}`,
    problem: `the association has no ${end} identifier`,
  });
  return null;
}

function readSequence(json: JsonObject, path: string, context: Context): number | null {
  const raw = json['sequenceNumber'];
  if (raw === undefined || raw === null) return null;
  const value = typeof raw === 'number' ? raw : typeof raw === 'string' && raw.trim() !== '' ? Number(raw) : Number.NaN;
  if (Number.isFinite(value)) return value;
  context.log.warning({
    file: context.file,
    column: `${path}.sequenceNumber`,
    value: showJson(raw),
    expected: 'a whole number',
    problem: 'the sequence number is not a number and is ignored',
  });
  return null;
}

/** A loop of prerequisites makes "ready to learn" impossible for every standard on it. */
function reportPrerequisiteCycles(
  prerequisites: readonly FrameworkPrerequisite[],
  context: Context,
  label: (identifier: string) => string,
): void {
  const next = new Map<string, string[]>();
  for (const edge of prerequisites) {
    const list = next.get(edge.prerequisiteIdentifier) ?? [];
    list.push(edge.standardIdentifier);
    next.set(edge.prerequisiteIdentifier, list);
  }
  const state = new Map<string, 'open' | 'done'>();
  for (const start of next.keys()) {
    if (state.has(start)) continue;
    // iterative depth-first search: deep prerequisite chains must not overflow the stack
    const stack: { node: string; edges: string[]; at: number }[] = [{ node: start, edges: next.get(start) ?? [], at: 0 }];
    state.set(start, 'open');
    while (stack.length > 0) {
      const top = stack[stack.length - 1];
      if (!top) break;
      const target = top.edges[top.at];
      top.at += 1;
      if (target === undefined) {
        state.set(top.node, 'done');
        stack.pop();
        continue;
      }
      const seen = state.get(target);
      if (seen === 'open') {
        const cycle = stack.slice(stack.findIndex((frame) => frame.node === target)).map((frame) => frame.node);
        context.log.error({
          file: context.file,
          column: 'CFAssociations',
          value: target,
          expected: 'prerequisites that never lead back to themselves',
          problem: `the precedes associations form a loop: ${[...cycle, target].map(label).join(' → ')}`,
        });
        continue;
      }
      if (seen === undefined) {
        state.set(target, 'open');
        stack.push({ node: target, edges: next.get(target) ?? [], at: 0 });
      }
    }
  }
}
