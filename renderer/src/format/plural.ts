/** "1 learner", "24 learners" — English only, for now the UI's only language. */
export function plural(count: number, one: string, many = `${one}s`): string {
  return `${count.toLocaleString('en')} ${count === 1 ? one : many}`;
}
