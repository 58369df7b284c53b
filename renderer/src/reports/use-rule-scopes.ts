import { useEffect, useMemo, useState } from 'react';
import type { StandardNode } from '../../../preload/contract/index.js';
import { call } from '../bridge/call.js';
import { ruleScopesOf } from './rule-scopes.js';
import type { RuleScope } from './rules-editor.js';
import { useLiveRead } from '../session/use-live-read.js';
import { ruleInputs } from './read-inputs.js';

/**
 * The domains and clusters a report-card rule can mark for the class, named in words: the class's
 * tracked standards, then their frameworks' trees for the ancestors. Until both have arrived (or if
 * the trees cannot be read) it answers `fallback`, the clusters the class report names by code.
 */
export function useRuleScopes(classId: string, fallback: readonly RuleScope[]): readonly RuleScope[] {
  const tracked = useLiveRead('standards:tracked', { classId }, classId, ruleInputs);
  const standards = tracked.status === 'ready' ? tracked.value : null;
  const frameworkIds = useMemo(() => (standards === null ? '' : [...new Set(standards.map((standard) => standard.frameworkId))].sort().join('\u0000')), [standards]);
  const [trees, setTrees] = useState<{ key: string; nodes: StandardNode[] } | null>(null);

  useEffect(() => {
    if (frameworkIds === '') return;
    let current = true;
    Promise.all(frameworkIds.split('\u0000').map((frameworkId) => call('standards:tree', { frameworkId }))).then(
      (answers) => current && setTrees({ key: frameworkIds, nodes: answers.flat() }),
      // the cluster codes from the report still let the teacher choose; nothing is lost but the words
      () => undefined,
    );
    return () => {
      current = false;
    };
  }, [frameworkIds]);

  return useMemo(() => {
    if (standards === null || trees === null || trees.key !== frameworkIds) return fallback;
    const scopes = ruleScopesOf(standards, trees.nodes);
    return scopes.length === 0 ? fallback : scopes;
  }, [standards, trees, frameworkIds, fallback]);
}
