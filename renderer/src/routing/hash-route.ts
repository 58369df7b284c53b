import { isViewName, startView, type ViewName } from './views.js';

/**
 * The route lives in the URL hash (`#/learners/<classId>`): it survives a reload in Electron and the
 * browser harness alike, back/forward work, and in-page hash changes are not navigations that the
 * desktop shell's navigation guard has to allow.
 */
export type Route = { view: ViewName; classId: string | null };

export function parseRoute(hash: string): Route {
  const [view = '', classId = ''] = hash.replace(/^#\/?/, '').split('/');
  return {
    view: isViewName(view) ? view : startView,
    classId: classId === '' ? null : safeDecode(classId),
  };
}

export function formatRoute({ view, classId }: Route): string {
  return classId === null ? `#/${view}` : `#/${view}/${encodeURIComponent(classId)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // a hand-typed "%" is still an id the gradebook can refuse with a proper message
    return text;
  }
}
