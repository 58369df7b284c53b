/** Whole numbers in an Int32Array that doubles as it fills: a column of a million numbers is 4 MB, not an array of 8-byte slots. */
export class IntColumn {
  private values = new Int32Array(1024);
  length = 0;

  push(value: number): void {
    if (this.length === this.values.length) {
      const grown = new Int32Array(this.values.length * 2);
      grown.set(this.values);
      this.values = grown;
    }
    this.values[this.length++] = value;
  }

  get(index: number): number {
    return this.values[index] ?? 0;
  }

  set(index: number, value: number): void {
    this.values[index] = value;
  }

  release(): void {
    this.values = new Int32Array(0);
    this.length = 0;
  }
}
