import { create } from 'zustand';
import { formatRoute, parseRoute, type Route } from '../routing/hash-route.js';
import type { ViewName } from '../routing/views.js';

type NavigationState = Route & {
  /** Opens another section for the same class. */
  navigate(view: ViewName): void;
  /** Shows another class in the current section; `replace` when the app (not the user) picks it. */
  selectClass(classId: string, options?: { replace?: boolean }): void;
  /** Follows the address bar: a link, back/forward, or a hand-edited hash. */
  followLocation(hash: string): void;
};

/** Which section and which class are on screen. The URL hash mirrors it (see hash-route.ts). */
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
    navigate: (view) => go({ view, classId: get().classId }, false),
    selectClass: (classId, { replace = false } = {}) => go({ view: get().view, classId }, replace),
    followLocation: (hash) => {
      const route = parseRoute(hash);
      if (route.view !== get().view || route.classId !== get().classId) set(route);
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
