import { insertClass } from '../../db/classes.js';
import { insertEducator } from '../../db/educators.js';
import type { GradebookWriter } from '../../db/handle.js';
import { insertLearner } from '../../db/learners.js';
import { insertScale } from '../../db/scales.js';
import { insertCourse, insertSchool, insertTerm } from '../../db/school.js';
import { insertFramework } from '../../db/frameworks.js';
import { insertStandard } from '../../db/standards.js';

export type ParentRows = {
  schoolId: string;
  termId: string;
  courseId: string;
  scaleId: string;
  classId: string;
  educatorId: string;
  learnerId: string;
  frameworkId: string;
  standardId: string;
};

/** The smallest set of rows that evidence, enrollments, assessments and contacts can point at. */
export function insertParentRows(writer: GradebookWriter): ParentRows {
  return writer.transaction(() => {
    const schoolId = insertSchool(writer, { name: 'Test School' });
    const termId = insertTerm(writer, { schoolId, title: 'Fall 2025', type: 'semester', startsOn: '2025-08-20', endsOn: '2026-01-30' });
    const courseId = insertCourse(writer, { schoolId, title: 'Grade 5 Mathematics' });
    const scaleId = insertScale(writer, {
      title: 'Proficiency',
      purpose: 'academic',
      masteryThreshold: 3,
      levels: [1, 2, 3, 4].map((value) => ({ value, label: `Level ${value}`, shortLabel: String(value), colour: '#2C72A3' })),
    });
    const classId = insertClass(writer, { schoolId, courseId, termId, scaleId, title: 'Room 12' });
    const educatorId = insertEducator(writer, { givenName: 'Ana', familyName: 'Reyes' });
    const learnerId = insertLearner(writer, { givenName: 'Kofi', familyName: 'Mensah' });
    const frameworkId = insertFramework(writer, { title: 'Test framework' });
    const standardId = insertStandard(writer, { frameworkId, position: 0, code: '5.NF.A.1', statement: 'Add fractions with unlike denominators.' });
    return { schoolId, termId, courseId, scaleId, classId, educatorId, learnerId, frameworkId, standardId };
  });
}
