import { formatCount } from './numbers.js';

/** "1 learner", "24 learners", "1,000 learners" — English words (the UI's only language for now). */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${formatCount(count)} ${count === 1 ? one : many}`;
}
