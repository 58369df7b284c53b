import { isViewName, startView, type ViewName } from './views.js';

/**
 * The route lives in the URL hash (`#/<view>/<classId>/<itemId>`): it survives a reload in Electron and
 * the browser harness alike, back/forward work, and in-page hash changes are not navigations that the
 * desktop shell's navigation guard has to allow.
 *
 * `itemId` is one thing inside the section — a learner's profile, a path, a group set — so it can be
 * linked, reloaded and opened from another section. It belongs to a class: without a class there is no item.
 */
export type Route = { view: ViewName; classId: string | null; itemId: string | null };

export function parseRoute(hash: string): Route {
  const [view = '', classId = '', itemId = ''] = hash.replace(/^#\/?/, '').split('/');
  const hasClass = classId !== '';
  return {
    view: isViewName(view) ? view : startView,
    classId: hasClass ? safeDecode(classId) : null,
    itemId: hasClass && itemId !== '' ? safeDecode(itemId) : null,
  };
}

export function formatRoute({ view, classId, itemId }: Route): string {
  if (classId === null || classId === '') return `#/${view}`;
  const route = `#/${view}/${encodeURIComponent(classId)}`;
  return itemId === null || itemId === '' ? route : `${route}/${encodeURIComponent(itemId)}`;
}

function safeDecode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    // a hand-typed "%" is still an id the gradebook can refuse with a proper message
    return text;
  }
}
