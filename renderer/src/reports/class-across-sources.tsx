import type { JSX } from 'react';
import type { ClassReport } from '../../../preload/contract/reports.js';
import { EmptyState } from '../ui/empty-state.js';
import { Field } from '../ui/field.js';
import { ClassReportSections, scopeWords } from './class-report-sections.js';
import { reportLevelProperties } from './report-levels.js';

/** One source's classes — a teacher's file, or a gradebook published to the school hub — under its name. */
export type ClassGroup = { sourceId: string; label: string; classes: readonly { classId: string; text: string }[] };
export type PickedClass = { sourceId: string; classId: string };

/** "Grade 5 Math — Room 12 (MATH5-01)": a class's title with its code, as the pickers show it. */
export function classTitleWords(klass: { title: string; code: string | null }): string {
  return `${klass.title}${klass.code === null ? '' : ` (${klass.code})`}`;
}

/** The class picker of a report across several sources: every source's classes, grouped under the source. */
export function ClassAcrossSources(props: { label: string; groups: readonly ClassGroup[]; picked: PickedClass | null; onPick: (picked: PickedClass) => void }): JSX.Element {
  const { picked } = props;
  return (
    <div className="report-filters" role="group" aria-label="Which class">
      <span className="report-filters__field">
        <Field label={props.label}>
          {(control) => (
            <select
              {...control}
              className="field"
              value={picked === null ? '' : `${picked.sourceId} ${picked.classId}`}
              onChange={(event) => {
                const [sourceId = '', classId = ''] = event.target.value.split(' ');
                props.onPick({ sourceId, classId });
              }}
            >
              {props.groups.map((group) => (
                <optgroup key={group.sourceId} label={group.label}>
                  {group.classes.map((klass) => (
                    <option key={klass.classId} value={`${group.sourceId} ${klass.classId}`}>
                      {klass.text}
                    </option>
                  ))}
                </optgroup>
              ))}
            </select>
          )}
        </Field>
      </span>
    </div>
  );
}

/**
 * A class's report read from another source: its scope line, then its sections, or why there are none.
 * `where` says where the class's data is, as the empty states say it: "in its teacher’s file", "on the hub".
 */
export function ClassReportFrom(props: { report: ClassReport; refreshing: boolean; where: string }): JSX.Element {
  const { report, where } = props;
  return (
    <div className="report-coach-class" style={reportLevelProperties(report.levels)}>
      <p className="report-scope" aria-live="polite">
        {report.title}: {scopeWords(report)}
        {props.refreshing && <span className="report-scope__busy"> Updating…</span>}
      </p>
      {report.cluster !== null && report.standards.length === 0 ? (
        <EmptyState icon="reports" title="No standards of this cluster are tracked in this class">
          <p>It tracks other standards {where}. Choose “Every tracked standard” in Cluster, or another class above.</p>
        </EmptyState>
      ) : report.learners.length === 0 || report.standards.length === 0 ? (
        <EmptyState icon="reports" title="Nothing to report in this class yet">
          <p>It has no learners or no tracked standards {where}. Choose another class above.</p>
        </EmptyState>
      ) : (
        <ClassReportSections report={report} />
      )}
    </div>
  );
}
