import { grade5Clusters, grade5Domains, grade5Prerequisites, grade5Standards, grade5Units, type FrameworkItem } from './grade5-framework.js';
import { learningSkills } from './learning-skills.js';

/**
 * Which framework rows a demo gradebook gets for a requested number of standards: the built-in grade 5
 * standards in teaching order (cut short when fewer are asked for), then synthesised "extension strands"
 * when more are asked for — benchmarks want hundreds — plus the learning-related skills.
 */

export type PlannedItem = FrameworkItem & {
  type: 'domain' | 'cluster' | 'standard';
  parentCode: string | null;
  /** Order among siblings. */
  position: number;
};

export type PlannedStandard = {
  code: string;
  topic: string;
  /** Index into `units`. */
  unit: number;
  /** Index of its domain among the plan's domains; learners have strengths and needs by domain. */
  domain: number;
};

export type StandardsPlan = {
  /** Framework rows, parents before children. */
  academicItems: PlannedItem[];
  /** Assessable academic standards in teaching order. */
  academic: PlannedStandard[];
  units: { title: string; project: string }[];
  /** [standard code, prerequisite code]. */
  prerequisites: (readonly [string, string])[];
  domainCount: number;
  skillItems: PlannedItem[];
  skills: PlannedStandard[];
};

/** The skills framework is dropped when so few standards are asked for that it would crowd out the academic ones. */
const skillsFrom = 8;

export function planStandards(requested: number): StandardsPlan {
  const skillCount = requested >= skillsFrom ? learningSkills.length : 0;
  const academicCount = requested - skillCount;

  const units: StandardsPlan['units'] = [];
  const academic: PlannedStandard[] = [];
  const builtInByCode = new Map(grade5Standards.map((standard) => [standard.code, standard]));
  const domainOrder = grade5Domains.map((domain) => domain.code);
  for (const unit of grade5Units) {
    if (academic.length >= academicCount) break;
    units.push({ title: unit.title, project: unit.project });
    for (const code of unit.standards) {
      if (academic.length >= academicCount) break;
      const standard = builtInByCode.get(code);
      if (!standard) throw new Error(`The unit "${unit.title}" lists ${code}, which the framework lacks.`);
      academic.push({ code, topic: standard.topic, unit: units.length - 1, domain: domainOrder.indexOf(domainOf(code)) });
    }
  }
  const kept = new Set(academic.map((standard) => standard.code));
  const prerequisites = grade5Prerequisites.filter(([standard, prerequisite]) => kept.has(standard) && kept.has(prerequisite));

  const keptStandards = grade5Standards.filter((standard) => kept.has(standard.code));
  const keptClusters = grade5Clusters.filter((cluster) => keptStandards.some((s) => clusterOf(s.code) === cluster.code));
  const keptDomains = grade5Domains.filter((domain) => keptClusters.some((c) => domainOf(c.code) === domain.code));
  const academicItems: PlannedItem[] = [
    ...withPositions(keptDomains, 'domain', () => null),
    ...withPositions(keptClusters, 'cluster', domainOf),
    ...withPositions(keptStandards, 'standard', clusterOf),
  ];
  // the domain index must count kept domains only, as learners' domain strengths are indexed by it
  const keptDomainCodes = keptDomains.map((domain) => domain.code);
  for (const standard of academic) standard.domain = keptDomainCodes.indexOf(domainOf(standard.code));

  const extra = synthesiseStrands(academicCount - academic.length, keptDomains.length, units.length);
  academicItems.push(...extra.items);
  academic.push(...extra.standards);
  units.push(...extra.units);
  prerequisites.push(...extra.prerequisites);

  const skillSource = learningSkills.slice(0, skillCount);
  return {
    academicItems,
    academic,
    units,
    prerequisites,
    domainCount: keptDomains.length + extra.domainCount,
    skillItems: withPositions(skillSource, 'standard', () => null),
    skills: skillSource.map((skill) => ({ code: skill.code, topic: skill.topic, unit: -1, domain: -1 })),
  };
}

function domainOf(code: string): string {
  return code.split('.').slice(0, 2).join('.');
}

function clusterOf(code: string): string {
  return code.split('.').slice(0, 3).join('.');
}

function withPositions(
  items: readonly FrameworkItem[],
  type: PlannedItem['type'],
  parentOf: (code: string) => string | null,
): PlannedItem[] {
  const counters = new Map<string | null, number>();
  return items.map((item) => {
    const parentCode = parentOf(item.code);
    const position = counters.get(parentCode) ?? 0;
    counters.set(parentCode, position + 1);
    return { code: item.code, statement: item.statement, abbreviated: item.abbreviated, type, parentCode, position };
  });
}

const strandThemes: readonly (readonly [title: string, topic: string])[] = [
  ['Estimation and mental computation', 'estimation'],
  ['Ratio reasoning', 'ratio reasoning'],
  ['Data and statistics', 'data displays'],
  ['Money and financial literacy', 'money problems'],
  ['Area and perimeter', 'area and perimeter'],
  ['Angles and measurement', 'angle measurement'],
  ['Factors and multiples', 'factors and multiples'],
  ['Time, rates and speed', 'rates and elapsed time'],
];
const verbs = ['Estimate with', 'Model', 'Explain', 'Compare strategies for', 'Solve multi-step problems with', 'Justify answers about'];
const contexts = [
  'in everyday situations',
  'using diagrams and tables',
  'and check the result for reasonableness',
  'in a short written explanation',
  'with tools the learner chooses',
  'in problems from science and social studies',
];
const standardsPerCluster = 6;
const clustersPerDomain = 4;

/** Extension strands 5.X1, 5.X2…: made-up but well-formed domains, clusters and standards for large demos. */
function synthesiseStrands(count: number, domainOffset: number, unitOffset: number) {
  const items: PlannedItem[] = [];
  const standards: PlannedStandard[] = [];
  const units: StandardsPlan['units'] = [];
  const prerequisites: (readonly [string, string])[] = [];
  let domainCount = 0;
  for (let made = 0; made < count; ) {
    const domainNumber = domainCount + 1;
    const [themeTitle, themeTopic] = strandThemes[domainCount % strandThemes.length] ?? ['Extension', 'extension'];
    const domainCode = `5.X${domainNumber}`;
    items.push({
      code: domainCode,
      statement: `Extension strand ${domainNumber}: ${themeTitle}`,
      abbreviated: themeTitle,
      type: 'domain',
      parentCode: null,
      position: domainOffset + domainCount,
    });
    for (let c = 0; c < clustersPerDomain && made < count; c++) {
      const letter = String.fromCharCode(65 + c);
      const clusterCode = `${domainCode}.${letter}`;
      items.push({
        code: clusterCode,
        statement: `Use ${themeTopic} ${contexts[c % contexts.length] ?? ''} (set ${letter}).`,
        abbreviated: `${themeTitle} ${letter}`,
        type: 'cluster',
        parentCode: domainCode,
        position: c,
      });
      units.push({ title: `${themeTitle} ${letter}`, project: `${themeTitle} project ${letter}` });
      for (let s = 1; s <= standardsPerCluster && made < count; s++, made++) {
        const code = `${clusterCode}.${s}`;
        const verb = verbs[(s - 1) % verbs.length] ?? 'Use';
        const context = contexts[(c + s) % contexts.length] ?? '';
        items.push({
          code,
          statement: `${verb} ${themeTopic} ${context}.`,
          abbreviated: `${themeTitle} ${letter}${s}`,
          type: 'standard',
          parentCode: clusterCode,
          position: s - 1,
        });
        standards.push({ code, topic: `${themeTopic}, part ${letter}${s}`, unit: unitOffset + units.length - 1, domain: domainOffset + domainCount });
        if (s > 1) prerequisites.push([code, `${clusterCode}.${s - 1}`]);
      }
    }
    domainCount++;
  }
  return { items, standards, units, prerequisites, domainCount };
}
