import type { JSX } from 'react';
import { gradebookTitle, useGradebookStore } from '../session/gradebook-store.js';
import { useNavigationStore } from '../session/navigation-store.js';
import { LearnerPickerButton } from '../learners/learner-picker.js';
import { useReportSourceStore } from '../reports/report-source.js';
import { ClassPicker } from './class-picker.js';
import { ScreenShareToggle } from './screen-share-toggle.js';
import './app-header.css';

export function AppHeader(): JSX.Element {
  const info = useGradebookStore((state) => state.info);
  const classes = useGradebookStore((state) => state.classes);
  const classId = useNavigationStore((state) => state.classId);
  const selectClass = useNavigationStore((state) => state.selectClass);
  // a report on teachers' files or on the school hub picks its classes in the report itself: the menu of
  // this gradebook's classes would do nothing there, so it is not shown
  const view = useNavigationStore((state) => state.view);
  const reportSource = useReportSourceStore((state) => state.source.kind);
  const readingOtherSources = view === 'reports' && reportSource !== 'this';
  return (
    <header className="app-header">
      <div className="app-header__gradebook">
        <span className="app-header__eyebrow">Gradebook</span>
        <span className="app-header__title" title={info?.path}>
          {info ? gradebookTitle(info) : 'Opening…'}
        </span>
      </div>
      <div className="app-header__tools">
        <ScreenShareToggle />
        <LearnerPickerButton />
        {!readingOtherSources && <ClassPicker classes={classes} selectedId={classId} onSelect={(id) => selectClass(id)} />}
      </div>
    </header>
  );
}
