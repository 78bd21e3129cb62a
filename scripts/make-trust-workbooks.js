#!/usr/bin/env node
"use strict";
// Builds the workbooks of issue 7 (test/fixtures/workbooks/): each one is a shape in which agencies
// really keep their scores and on which the engine once printed a figure the workbook does not
// support. Plain Node + exceljs, byte-for-byte reproducible:
//   node scripts/make-trust-workbooks.js
// The expected figures are derived here with this script's own arithmetic (question → sub-indicator
// → indicator → tool → ITA, compared at 2 decimals), written to expected.json for the tests.

const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const ROOT = path.join(__dirname, "..");
const OUT = process.argv[2] ? path.resolve(process.argv[2]) : path.join(ROOT, "test", "fixtures", "workbooks");
const FIXED_DATE = new Date(Date.UTC(2024, 9, 1, 0, 0, 0));
const CATALOG = path.join(ROOT, "src", "core", "catalog", "data");
const fw = (id) => JSON.parse(fs.readFileSync(path.join(CATALOG, `framework-${id}.json`), "utf8"));
const fw2566 = fw("2566");
const fw2567 = fw("2567");

// ---------------------------------------------------------------------------------------------
// Arithmetic, independent of src/core

const round2 = (v) => {
  const clean = Number(v.toPrecision(12));
  const sign = clean < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(clean) * 100 + 1e-9)) / 100;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const thai = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));

/** Unrounded indicator scores from item scores (OIT: mean of sub-indicator means). */
function indicatorsFrom(framework, scores) {
  const out = {};
  for (const ind of framework.indicators) {
    let value;
    if (ind.tool === "OIT") {
      const subs = framework.subIndicators
        .filter((s) => s.indicator === ind.number)
        .map((s) => framework.items.filter((i) => i.subIndicator === s.id && scores[i.code] !== undefined).map((i) => scores[i.code]))
        .filter((xs) => xs.length)
        .map(mean);
      if (subs.length) value = mean(subs);
    } else {
      const xs = framework.items.filter((i) => i.indicator === ind.number && scores[i.code] !== undefined).map((i) => scores[i.code]);
      if (xs.length) value = mean(xs);
    }
    if (value !== undefined) out[ind.number] = value;
  }
  return out;
}

const toolsFrom = (ind) => ({
  IIT: mean([1, 2, 3, 4, 5].map((n) => ind[n])),
  EIT: mean([6, 7, 8].map((n) => ind[n])),
  OIT: mean([9, 10].map((n) => ind[n])),
});
const overallOf = (t) => 0.3 * t.IIT + 0.3 * t.EIT + 0.4 * t.OIT;

/** 2566+ levels, compared as published (2 decimals). */
function level(overall, tools) {
  if (round2(overall) < 85) return "ไม่ผ่าน";
  if (tools.some((t) => round2(t) < 85)) return "ผ่าน";
  return round2(overall) >= 95 ? "ผ่านดีเยี่ยม" : "ผ่านดี";
}
/** 2563–2565 bands. */
function oldLevel(overall) {
  const s = round2(overall);
  for (const [l, from] of [
    ["AA", 95],
    ["A", 85],
    ["B", 75],
    ["C", 65],
    ["D", 55],
    ["E", 50],
  ])
    if (s >= from) return l;
  return "F";
}
const r2all = (o) => Object.fromEntries(Object.entries(o).map(([k, v]) => [k, round2(v)]));

// ---------------------------------------------------------------------------------------------
// The data: seed 004's published question scores (ทม.เพชรบูรณ์, 2566) and its EIT indicators

const SEED004 = {};
for (const i of fw2566.items.filter((x) => x.tool === "IIT")) SEED004[i.code] = i.code === "i10" || i.code === "i24" ? 98 : 100;
for (const i of fw2566.items.filter((x) => x.tool === "OIT"))
  SEED004[i.code] = ["o13", "o17", "o22", "o26", "o30"].includes(i.code) ? 0 : 100;
const SEED004_EIT = { 6: 94.02, 7: 90.35, 8: 91.77 };
const INDICATOR_NAMES = Object.fromEntries(fw2566.indicators.map((i) => [i.number, i.name]));

/** Invented EIT question scores of a municipality (2566): the weak spots are e13 and e14. */
const EIT_2566 = {
  e1: 96.4,
  e2: 95.85,
  e3: 96.1,
  e4: 99.2,
  e5: 94.75,
  e6: 93.6,
  e7: 92.95,
  e8: 97.3,
  e9: 92.4,
  e10: 95.1,
  e11: 93.85,
  e12: 92.6,
  e13: 83.2,
  e14: 88.45,
  e15: 94.3,
};

/** OIT titles as staff type them when they copy the list without its codes (o-code → title in the cell). */
const OIT_TITLE_AS_TYPED = {
  o2: "การเผยแพร่ข้อมูลผู้บริหาร",
  o12: "รายงานการกำกับติดตามการดำเนินงานและการใช้งบประมาณ รอบ 6 เดือน",
  o14: "คู่มือการปฏิบัติงาน",
  o16: "สถิติการให้บริการ",
  o18: "ระบบ E-Service",
  o21: "สรุปผลการจัดซื้อจัดจ้างรายเดือน",
  o22: "รายงานผลการจัดซื้อจัดจ้างประจำปี",
  o23: "นโยบายการบริหารทรัพยากรบุคคล",
  o34: "การประเมินความเสี่ยงการทุจริตประจำปี",
  o36: "แผนป้องกันการทุจริต",
};

// ---------------------------------------------------------------------------------------------
// Workbook helpers

const BOLD = { bold: true };
const HEAD_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ita trust workbooks";
  wb.lastModifiedBy = "ita trust workbooks";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

/** Writes rows from A1 (row 1 first); a header row gets bold and a fill. */
function sheet(wb, name, rows, { headers = [], widths = [] } = {}) {
  const ws = wb.addWorksheet(name);
  ws.columns = widths.map((width) => ({ width }));
  rows.forEach((row, r) =>
    row.forEach((v, c) => {
      if (v === null || v === undefined) return;
      const cell = ws.getCell(r + 1, c + 1);
      cell.value = v;
      if (headers.includes(r + 1)) {
        cell.font = BOLD;
        cell.fill = HEAD_FILL;
      }
    }),
  );
  return ws;
}

async function writeDeterministic(wb, file) {
  const buffer = await wb.xlsx.writeBuffer();
  const src = await JSZip.loadAsync(buffer);
  const zip = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const entry = src.files[name];
    if (entry.dir) continue;
    zip.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  fs.writeFileSync(file, await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } }));
}

/** A coded question table: title, header, one row per item (code | text | score). First data row is 3. */
function codedRows(title, items, scores, withText = true) {
  return [
    [title],
    withText ? ["ข้อ", "ข้อคำถาม", "คะแนน"] : ["ข้อ", "คะแนน"],
    ...items.map((i) => (withText ? [i.code, i.text, scores[i.code]] : [i.code, scores[i.code]])),
  ];
}

function indicatorRows(title, numbers, values) {
  return [[title], ["ตัวชี้วัด", "คะแนน"], ...numbers.map((n) => [`ตัวชี้วัดที่ ${n} ${INDICATOR_NAMES[n]}`, values[n]])];
}

const IIT66 = fw2566.items.filter((i) => i.tool === "IIT");
const EIT66 = fw2566.items.filter((i) => i.tool === "EIT");
const OIT66 = fw2566.items.filter((i) => i.tool === "OIT");

/** Seed 004's figures: IIT from its questions, EIT from its indicators, OIT from its items. */
function seed004Figures(oitScores = SEED004) {
  const ind = { ...indicatorsFrom(fw2566, { ...SEED004, ...oitScores }), ...SEED004_EIT };
  const tools = toolsFrom(ind);
  const overall = overallOf(tools);
  return { indicators: r2all(ind), tools: r2all(tools), overall: round2(overall), level: level(overall, Object.values(tools)) };
}

// ---------------------------------------------------------------------------------------------
// The workbooks

const made = [];
const add = (file, expected) => made.push({ file, ...expected });

/** 1. OIT rows with their titles but no codes, under "ตัวชี้วัดย่อยที่ 9.1 …" headings. */
async function oitTitles() {
  const wb = newWorkbook();
  sheet(wb, "IIT", codedRows("ผลคะแนน IIT รายข้อ ปีงบประมาณ พ.ศ. 2566", IIT66, SEED004), { headers: [2], widths: [8, 90, 10] });
  sheet(wb, "EIT", indicatorRows("ผลคะแนน EIT รายตัวชี้วัด ปีงบประมาณ พ.ศ. 2566", [6, 7, 8], SEED004_EIT), { headers: [2], widths: [50, 10] });
  const rows = [["ผลการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. 2566"], ["รายการ", "ผลการประเมิน"]];
  const titleCells = {};
  let sub;
  for (const item of OIT66) {
    if (item.subIndicator !== sub) {
      sub = item.subIndicator;
      const info = fw2566.subIndicators.find((s) => s.id === sub);
      rows.push([`ตัวชี้วัดย่อยที่ ${sub} ${info.name}`]);
    }
    rows.push([OIT_TITLE_AS_TYPED[item.code] ?? item.text, SEED004[item.code]]);
    titleCells[item.code] = `OIT!A${rows.length}`;
  }
  sheet(wb, "OIT", rows, { headers: [2], widths: [70, 14] });
  await writeDeterministic(wb, path.join(OUT, "oit-titles-2566.xlsx"));
  add("oit-titles-2566.xlsx", {
    year: 2566,
    framework: "2566",
    ...seed004Figures(),
    titleCells,
    urgent: ["o13", "o17", "o22", "o26", "o30"],
  });
}

/** 2. IIT and EIT rows with the question text but no code (some without their answer prompt, Thai digits). */
async function questionTexts() {
  const wb = newWorkbook();
  const scores = { ...SEED004, ...EIT_2566 };
  const rows = [["ผลคะแนนรายข้อ IIT และ EIT ประจำปีงบประมาณ พ.ศ. ๒๕๖๖"], ["ข้อคำถาม", "คะแนน"]];
  const titleCells = {};
  [...IIT66, ...EIT66].forEach((item, k) => {
    const text = k % 3 === 0 ? item.text.replace(/\s*มากน้อยเพียงใด$/, "") : item.text;
    rows.push([text, k % 4 === 0 ? thai(scores[item.code].toFixed(2)) : scores[item.code]]);
    titleCells[item.code] = `รายข้อ!A${rows.length}`;
  });
  sheet(wb, "รายข้อ", rows, { headers: [2], widths: [100, 12] });
  sheet(wb, "OIT", codedRows("ผลการประเมิน OIT ปีงบประมาณ พ.ศ. 2566", OIT66, SEED004), { headers: [2], widths: [8, 70, 10] });
  await writeDeterministic(wb, path.join(OUT, "question-texts-2566.xlsx"));
  const ind = indicatorsFrom(fw2566, scores);
  const tools = toolsFrom(ind);
  const overall = overallOf(tools);
  add("question-texts-2566.xlsx", {
    year: 2566,
    framework: "2566",
    indicators: r2all(ind),
    tools: r2all(tools),
    overall: round2(overall),
    level: level(overall, Object.values(tools)),
    titleCells,
    urgent: ["e13", "o13", "o17", "o22", "o26", "o30"],
  });

  // The same table with a row whose text is no question of any framework: named, and nothing is computed.
  const bad = newWorkbook();
  const badRows = rows.slice(0, 8).concat([["ความพึงพอใจต่อการจัดงานประเพณีประจำปีของตำบล", 88.5]], rows.slice(8));
  sheet(bad, "รายข้อ", badRows, { headers: [2], widths: [100, 12] });
  await writeDeterministic(bad, path.join(OUT, "question-unknown-2566.xlsx"));
  add("question-unknown-2566.xlsx", { year: 2566, errorCells: ["รายข้อ!B9"] });
}

/** 3. A stated level (ระดับผลการประเมิน: ผ่าน) under seed 004's indicator table, whose scores give ผ่านดี. */
async function statedLevel() {
  const wb = newWorkbook();
  const f = seed004Figures();
  const rows = indicatorRows("ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566 เทศบาลเมืองตัวอย่าง", [1, 2, 3, 4, 5, 6, 7, 8, 9, 10], f.indicators);
  rows.push(["คะแนนรวม ITA", f.overall], [], ["ระดับผลการประเมิน: ผ่าน"]);
  sheet(wb, "ผลการประเมิน", rows, { headers: [2], widths: [50, 12] });
  await writeDeterministic(wb, path.join(OUT, "stated-level-2566.xlsx"));
  add("stated-level-2566.xlsx", {
    year: 2566,
    framework: "2566",
    ...f,
    overallCell: "ผลการประเมิน!B13",
    level: "ผ่าน",
    computedLevel: f.level,
    levelCell: "ผลการประเมิน!A15",
  });
}

/** 4. A summary-only workbook: tools and indicators, no questions, OIT 78.50. */
async function summaryOnly() {
  const wb = newWorkbook();
  const ind = { 1: 97, 2: 95, 3: 96, 4: 96, 5: 96, 6: 92, 7: 90, 8: 91, 9: 72, 10: 85 };
  const tools = toolsFrom(ind);
  const rows = [["สรุปผลการประเมิน ITA ประจำปีงบประมาณ พ.ศ. 2566"], ["รายการ", "คะแนน"]];
  rows.push(["ผลการประเมินบุคลากรภายใน (IIT)", round2(tools.IIT)]);
  rows.push(["ผลการประเมินผู้รับบริการภายนอก (EIT)", round2(tools.EIT)]);
  rows.push(["ผลการประเมินการเปิดเผยข้อมูลสาธารณะ (OIT)", round2(tools.OIT)]);
  for (let n = 1; n <= 10; n++) rows.push([`${n}. ${INDICATOR_NAMES[n]}`, ind[n]]);
  sheet(wb, "สรุป", rows, { headers: [2], widths: [50, 12] });
  await writeDeterministic(wb, path.join(OUT, "summary-only-2566.xlsx"));
  const overall = overallOf(tools);
  add("summary-only-2566.xlsx", {
    year: 2566,
    framework: "2566",
    indicators: r2all(ind),
    tools: r2all(tools),
    overall: round2(overall),
    level: level(overall, Object.values(tools)),
    // Indicator → status at the bars 85 / 95 (indicator 2 at 95.00 keeps its standard).
    indicatorStatus: {
      1: "maintain",
      2: "maintain",
      3: "maintain",
      4: "maintain",
      5: "maintain",
      6: "improve",
      7: "improve",
      8: "improve",
      9: "urgent",
      10: "improve",
    },
  });
}

/** 5. Excel error values where scores should be. */
async function errorValues() {
  const wb = newWorkbook();
  const ws = sheet(wb, "คะแนน", codedRows("ผลคะแนน IIT ปีงบประมาณ พ.ศ. 2566", IIT66.slice(0, 6), SEED004), { headers: [2] });
  ws.getCell("C4").value = { error: "#DIV/0!" };
  ws.getCell("C6").value = { formula: "VLOOKUP(A6,ข้อมูล!A:B,2,FALSE)", result: { error: "#N/A" } };
  ws.getCell("C8").value = { error: "#REF!" };
  await writeDeterministic(wb, path.join(OUT, "error-values-2566.xlsx"));
  add("error-values-2566.xlsx", { year: 2566, errorCells: ["คะแนน!C4", "คะแนน!C6", "คะแนน!C8"] });
}

/** 6. One 0.95 among scores out of 100. */
async function loneFraction() {
  const wb = newWorkbook();
  const scores = { ...SEED004, i5: 0.95 };
  sheet(wb, "IIT", codedRows("ผลคะแนน IIT รายข้อ ปีงบประมาณ พ.ศ. 2566", IIT66, scores), { headers: [2] });
  await writeDeterministic(wb, path.join(OUT, "lone-fraction-2566.xlsx"));
  add("lone-fraction-2566.xlsx", { year: 2566, warningCells: ["IIT!C7"], indicators: r2all({ 1: mean([100, 100, 100, 100, 0.95, 100]) }) });
}

/** 7. A 2567-shaped question table (i1–i15 with the 2567 texts) under a 2566 title. */
async function questions2567Under2566() {
  const wb = newWorkbook();
  const items = fw2567.items.filter((i) => i.tool === "IIT");
  const scores = Object.fromEntries(items.map((i) => [i.code, i.code === "i5" ? 82.5 : 97]));
  sheet(wb, "IIT", codedRows("ผลคะแนน IIT รายข้อ ปีงบประมาณ พ.ศ. 2566", items, scores), { headers: [2], widths: [8, 90, 10] });
  await writeDeterministic(wb, path.join(OUT, "questions-2567-title-2566.xlsx"));
  add("questions-2567-title-2566.xlsx", {
    year: 2566,
    errorCells: ["IIT!A3"],
    // With the 2567 framework chosen: indicator 2 = i4–i6.
    as2567: { indicators: r2all({ 2: mean([97, 82.5, 97]) }), i5: 82.5 },
  });
}

/** 8. A 2569 workbook (no 2569 framework yet) with the provisional OIT list coded. */
async function year2569() {
  const wb = newWorkbook();
  const fw68 = fw("2568");
  const scores = {};
  for (const i of fw68.items) scores[i.code] = i.tool === "OIT" ? (["o8", "o20"].includes(i.code) ? 0 : 100) : 96;
  sheet(wb, "ITA 2569", codedRows("ผลการประเมิน ITA รายข้อ ปีงบประมาณ พ.ศ. 2569", fw68.items, scores, false), { headers: [2] });
  await writeDeterministic(wb, path.join(OUT, "year-2569.xlsx"));
  const ind = indicatorsFrom(fw68, scores);
  const tools = toolsFrom(ind);
  const overall = overallOf(tools);
  add("year-2569.xlsx", {
    year: 2569,
    framework: "2568",
    indicators: r2all(ind),
    tools: r2all(tools),
    overall: round2(overall),
    level: level(overall, Object.values(tools)),
  });
}

/** 9. A 2565 workbook: the 2566 questions, but its OIT list is numbered differently. */
async function year2565() {
  const wb = newWorkbook();
  const scores = {};
  for (const i of OIT66) scores[i.code] = i.code === "o10" ? 0 : 100;
  sheet(wb, "IIT", codedRows("ผลคะแนน IIT ปีงบประมาณ พ.ศ. 2565", IIT66, SEED004, false), { headers: [2] });
  sheet(wb, "OIT", codedRows("ผลคะแนน OIT ปีงบประมาณ พ.ศ. 2565", OIT66, scores, false), { headers: [2] });
  const ind = { 6: 88.4, 7: 86.1, 8: 84.7, 9: 87.5, 10: 100 };
  sheet(wb, "ตัวชี้วัด", indicatorRows("ผลคะแนนรายตัวชี้วัด ปีงบประมาณ พ.ศ. 2565", [6, 7, 8, 9, 10], ind), { headers: [2] });
  await writeDeterministic(wb, path.join(OUT, "year-2565.xlsx"));
  const all = { ...indicatorsFrom(fw2566, SEED004), ...ind };
  for (const n of [9, 10]) all[n] = ind[n];
  const tools = toolsFrom(all);
  const overall = overallOf(tools);
  add("year-2565.xlsx", {
    year: 2565,
    framework: "2565",
    indicators: r2all(all),
    tools: r2all(tools),
    overall: round2(overall),
    level: oldLevel(overall),
  });
}

/** 10. Rounding at the bars: tools 80 / 81.85 / 91.10 (ITA 84.995), and EIT parts 84.99 / 85. */
async function rounding() {
  const wb = newWorkbook();
  sheet(wb, "สรุป", [["ผลการประเมิน ITA ปีงบประมาณ พ.ศ. 2566"], ["เครื่องมือ", "คะแนน"], ["IIT", 80], ["EIT", 81.85], ["OIT", 91.1]], {
    headers: [2],
  });
  await writeDeterministic(wb, path.join(OUT, "rounding-tools-2566.xlsx"));
  const overall = overallOf({ IIT: 80, EIT: 81.85, OIT: 91.1 });
  add("rounding-tools-2566.xlsx", { year: 2566, overall: round2(overall), level: level(overall, [80, 81.85, 91.1]) });

  const parts = newWorkbook();
  const rows = [["ผลการประเมิน EIT รายข้อ ปีงบประมาณ พ.ศ. 2566"], ["ข้อ", "ข้อคำถาม", "EIT Public", "EIT Survey"]];
  for (const i of EIT66) rows.push(i.code === "e13" ? [i.code, i.text, 84.99, 85] : [i.code, i.text, 96, 95]);
  sheet(parts, "EIT", rows, { headers: [2] });
  await writeDeterministic(parts, path.join(OUT, "eit-parts-edge-2566.xlsx"));
  add("eit-parts-edge-2566.xlsx", { year: 2566, e13: round2((84.99 + 85) / 2) });
}

/** 11. A catalog sheet that adds o44, and the same scores without it. */
async function catalogO44() {
  const scores = { ...SEED004, o44: 0 };
  const items = [...OIT66, { code: "o44", text: "รายงานผลการขับเคลื่อนมาตรการส่งเสริมคุณธรรมของหน่วยงาน", subIndicator: "10.2" }];
  const withCatalog = newWorkbook();
  sheet(withCatalog, "OIT", codedRows("ผลการประเมิน OIT ปีงบประมาณ พ.ศ. 2566", items, scores), { headers: [2] });
  sheet(
    withCatalog,
    "แคตตาล็อก",
    [
      ["รหัส", "ข้อคำถาม/ชื่อรายการ", "เครื่องมือ", "ตัวชี้วัด", "ตัวชี้วัดย่อย", "ประเด็น", "กรอบปี"],
      ["o44", items[items.length - 1].text, "OIT", 10, "10.2", "7", "2566"],
    ],
    { headers: [1] },
  );
  await writeDeterministic(withCatalog, path.join(OUT, "catalog-o44-2566.xlsx"));
  const sub102 = mean(["o39", "o40", "o41", "o42", "o43", "o44"].map((c) => scores[c]));
  const sub101 = mean(fw2566.items.filter((i) => i.subIndicator === "10.1").map((i) => scores[i.code]));
  add("catalog-o44-2566.xlsx", { year: 2566, subIndicator102: round2(sub102), indicator10: round2(mean([sub101, sub102])) });

  const without = newWorkbook();
  sheet(without, "OIT", codedRows("ผลการประเมิน OIT ปีงบประมาณ พ.ศ. 2566", items, scores), { headers: [2] });
  await writeDeterministic(without, path.join(OUT, "score-o44-2566.xlsx"));
  add("score-o44-2566.xlsx", { year: 2566, warningCells: [`OIT!C${items.length + 2}`], indicator10: 100 });
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  await oitTitles();
  await questionTexts();
  await statedLevel();
  await summaryOnly();
  await errorValues();
  await loneFraction();
  await questions2567Under2566();
  await year2569();
  await year2565();
  await rounding();
  await catalogO44();
  fs.writeFileSync(path.join(OUT, "expected.json"), JSON.stringify(made, null, 2) + "\n");
  process.stdout.write(`${made.length} workbooks in ${path.relative(ROOT, OUT) || "."}\n`);
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
