// The output's shared strings: the input's items first, unchanged and at their indices (copied
// cells refer to them by number), then each distinct text of the generated sheets once.
import { textElement } from "./xml";

export class SharedStrings {
  private readonly added: string[] = [];
  private readonly index = new Map<string, number>();

  constructor(
    private readonly inputItems: readonly string[] = [],
    private readonly rootAttrs = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"',
  ) {}

  /** The index of a text in the table (added on first use). */
  of(text: string): number {
    let i = this.index.get(text);
    if (i === undefined) {
      i = this.inputItems.length + this.added.length;
      this.added.push(text);
      this.index.set(text, i);
    }
    return i;
  }

  get size(): number {
    return this.inputItems.length + this.added.length;
  }

  toXml(): string {
    const n = this.size;
    return (
      `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<sst ${this.rootAttrs} count="${n}" uniqueCount="${n}">` +
      this.inputItems.join("") +
      this.added.map((t) => `<si>${textElement(t)}</si>`).join("") +
      "</sst>"
    );
  }
}
