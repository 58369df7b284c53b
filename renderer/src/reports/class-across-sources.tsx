import type { JSX } from 'react';
import { Field } from '../ui/field.js';

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
