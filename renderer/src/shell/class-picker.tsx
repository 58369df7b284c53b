import { useId, type JSX } from 'react';
import type { ClassSummary } from '../../../preload/contract/index.js';
import './class-picker.css';

type TermGroup = { term: string | null; classes: ClassSummary[] };

/** Consecutive classes of one term share an option group; the list arrives newest term first. */
function byTerm(classes: ClassSummary[]): TermGroup[] {
  const groups: TermGroup[] = [];
  for (const item of classes) {
    const last = groups.at(-1);
    if (last && last.term === item.termTitle) last.classes.push(item);
    else groups.push({ term: item.termTitle, classes: [item] });
  }
  return groups;
}

function optionLabel(item: ClassSummary): string {
  return item.code && !item.title.includes(item.code) ? `${item.title} (${item.code})` : item.title;
}

export function ClassPicker(props: {
  classes: ClassSummary[];
  selectedId: string | null;
  onSelect: (classId: string) => void;
}): JSX.Element {
  const id = useId();
  const { classes, selectedId, onSelect } = props;
  const known = classes.some((item) => item.id === selectedId);
  const groups = byTerm(classes);
  const options = (list: ClassSummary[]) =>
    list.map((item) => (
      <option key={item.id} value={item.id}>
        {optionLabel(item)}
      </option>
    ));
  return (
    <div className="class-picker">
      <label htmlFor={id} className="class-picker__label">
        Class
      </label>
      <select
        id={id}
        className="class-picker__select"
        value={known ? (selectedId ?? '') : ''}
        disabled={classes.length === 0}
        onChange={(event) => onSelect(event.target.value)}
      >
        {/* the address may name a class this gradebook lacks: say so instead of showing another class */}
        {!known && (
          <option value="" disabled>
            {classes.length === 0 ? 'No classes yet' : 'Choose a class…'}
          </option>
        )}
        {groups.length > 1 || groups[0]?.term
          ? groups.map((group, index) => (
              <optgroup key={`${group.term ?? ''}-${index}`} label={group.term ?? 'No term'}>
                {options(group.classes)}
              </optgroup>
            ))
          : options(classes)}
      </select>
    </div>
  );
}
