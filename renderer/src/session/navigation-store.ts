import { create } from 'zustand';
import { formatRoute, parseRoute, type Route } from './hash-route.js';
import type { ViewName } from './views.js';

type NavigationState = Route & {
  /** Opens another section for the same class; the item belonged to the old section, so it goes. */
  navigate(view: ViewName): void;
  /** Shows another class in the current section; `replace` when the app (not the user) picks it. */
  selectClass(classId: string, options?: { replace?: boolean }): void;
  /** Opens one item (a learner's profile, a path, a group set) of the current class, from any section. */
  openItem(view: ViewName, itemId: string | null): void;
  /** Follows the address bar: a link, back/forward, or a hand-edited hash. */
  followLocation(hash: string): void;
};

/** Which section, class and item are on screen. The URL hash mirrors it (see hash-route.ts). */
export const useNavigationStore = create<NavigationState>()((set, get) => {
  const go = (route: Route, replace: boolean) => {
    set(route);
    const hash = formatRoute(route);
    if (location.hash === hash) return;
    if (replace) history.replaceState(null, '', hash);
    else history.pushState(null, '', hash);
  };
  return {
    ...parseRoute(''),
    navigate: (view) => go({ view, classId: get().classId, itemId: null }, false),
    selectClass: (classId, { replace = false } = {}) => go({ view: get().view, classId, itemId: null }, replace),
    openItem: (view, itemId) => {
      const classId = get().classId;
      go({ view, classId, itemId: classId === null ? null : itemId }, false);
    },
    followLocation: (hash) => {
      const route = parseRoute(hash);
      const now = get();
      if (route.view !== now.view || route.classId !== now.classId || route.itemId !== now.itemId) set(route);
    },
  };
});

/** Reads the address once and then follows it; called once at startup, before the first render. */
export function startRouting(): void {
  const follow = () => useNavigationStore.getState().followLocation(location.hash);
  follow();
  window.addEventListener('hashchange', follow);
  window.addEventListener('popstate', follow);
}
