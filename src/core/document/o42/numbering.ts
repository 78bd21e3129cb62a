/** Tables and pictures are numbered through the document ("ตารางที่ 3", "ภาพที่ 1"). */
export interface Numbering {
  table(): number;
  figure(): number;
}

export function numbering(): Numbering {
  let tables = 0;
  let figures = 0;
  return { table: () => ++tables, figure: () => ++figures };
}
