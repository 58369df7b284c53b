/** For exhaustive switches: the compiler proves this is unreachable; at run time it names the surprise. */
export function assertNever(value: never): never {
  throw new Error(`Unexpected value: ${JSON.stringify(value)}`);
}
