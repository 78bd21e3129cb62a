#!/usr/bin/env node
"use strict";
// Builds the example workbooks in examples/ (made-up agencies, laid out the way staff keep ITA
// scores in Excel). Plain Node + exceljs; the output is byte-for-byte reproducible:
//   node scripts/make-examples.js            (or: npm run examples)
// Every figure is derived here from the question scores, so that the official tables in a
// workbook agree with its questions the way published ITA results do.

const path = require("path");
const fs = require("fs");
const ExcelJS = require("exceljs");
const JSZip = require("jszip");

const ROOT = path.join(__dirname, "..");
const OUT = path.join(ROOT, "examples");
const FIXED_DATE = new Date(Date.UTC(2024, 9, 1, 0, 0, 0));
const CATALOG = path.join(ROOT, "src", "core", "catalog", "data");
const fw2566 = JSON.parse(fs.readFileSync(path.join(CATALOG, "framework-2566.json"), "utf8"));
const fw2567 = JSON.parse(fs.readFileSync(path.join(CATALOG, "framework-2567.json"), "utf8"));

// ---------------------------------------------------------------------------------------------
// Arithmetic (the same rules as src/core/scoring: question → sub-indicator → indicator → tool → ITA)

const round2 = (v) => {
  const clean = Number(v.toPrecision(12));
  const sign = clean < 0 ? -1 : 1;
  return (sign * Math.round(Math.abs(clean) * 100 + 1e-9)) / 100;
};
const mean = (xs) => xs.reduce((a, b) => a + b, 0) / xs.length;
const thai = (s) => String(s).replace(/[0-9]/g, (d) => String.fromCharCode(0x0e50 + Number(d)));
const th2 = (n) => thai(n.toFixed(2));

/** Indicator scores (2 decimals, as published) from question scores. */
function indicatorsFrom(fw, scores) {
  const out = {};
  for (const ind of fw.indicators) {
    let value;
    if (ind.tool === "OIT") {
      const subs = fw.subIndicators.filter((s) => s.indicator === ind.number);
      const subMeans = subs
        .map((s) => fw.items.filter((i) => i.subIndicator === s.id && scores[i.code] !== undefined).map((i) => scores[i.code]))
        .filter((xs) => xs.length)
        .map(mean);
      if (subMeans.length) value = mean(subMeans);
    } else {
      const xs = fw.items.filter((i) => i.indicator === ind.number && scores[i.code] !== undefined).map((i) => scores[i.code]);
      if (xs.length) value = mean(xs);
    }
    if (value !== undefined) out[ind.number] = round2(value);
  }
  return out;
}

/** Tools and ITA from published indicators: IIT = mean 1–5, EIT = mean 6–8, OIT = mean 9–10. */
function toolsFrom(ind) {
  const IIT = round2(mean([1, 2, 3, 4, 5].map((n) => ind[n])));
  const EIT = round2(mean([6, 7, 8].map((n) => ind[n])));
  const OIT = round2(mean([9, 10].map((n) => ind[n])));
  const overall = round2(0.3 * IIT + 0.3 * EIT + 0.4 * OIT);
  return { IIT, EIT, OIT, overall };
}

function level(overall, tools) {
  if (overall < 85) return "ไม่ผ่าน";
  if (tools.some((t) => t < 85)) return "ผ่าน";
  return overall >= 95 ? "ผ่านดีเยี่ยม" : "ผ่านดี";
}

const itemOf = (fw, code) => fw.items.find((i) => i.code === code);

// ---------------------------------------------------------------------------------------------
// Workbook helpers

const BOLD = { bold: true };
const TITLE = { bold: true, size: 14 };
const HEAD_FILL = { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } };
const THIN = { style: "thin", color: { argb: "FFBFBFBF" } };
const BORDER = { top: THIN, left: THIN, bottom: THIN, right: THIN };

function newWorkbook() {
  const wb = new ExcelJS.Workbook();
  wb.creator = "ita examples";
  wb.lastModifiedBy = "ita examples";
  wb.created = FIXED_DATE;
  wb.modified = FIXED_DATE;
  return wb;
}

function header(ws, rowNumber, labels) {
  const row = ws.getRow(rowNumber);
  labels.forEach((label, i) => {
    const cell = row.getCell(i + 1);
    cell.value = label;
    cell.font = BOLD;
    cell.fill = HEAD_FILL;
    cell.border = BORDER;
    cell.alignment = { vertical: "middle", horizontal: "center", wrapText: true };
  });
}

function dataRow(ws, rowNumber, values, numFmt = "0.00") {
  const row = ws.getRow(rowNumber);
  values.forEach((v, i) => {
    const cell = row.getCell(i + 1);
    cell.value = v;
    cell.border = BORDER;
    if (typeof v === "number" || (v && typeof v === "object" && "formula" in v)) cell.numFmt = numFmt;
    cell.alignment = { vertical: "top", wrapText: typeof v === "string" && v.length > 30 };
  });
}

function title(ws, ref, text) {
  ws.mergeCells(ref);
  const cell = ws.getCell(ref.split(":")[0]);
  cell.value = text;
  cell.font = TITLE;
  cell.alignment = { horizontal: "center", vertical: "middle", wrapText: true };
}

/** exceljs stamps zip entries with the current time; rewrite them with a fixed date. */
async function writeDeterministic(wb, file) {
  const buffer = await wb.xlsx.writeBuffer();
  const src = await JSZip.loadAsync(buffer);
  const zip = new JSZip();
  for (const name of Object.keys(src.files).sort()) {
    const entry = src.files[name];
    if (entry.dir) continue;
    zip.file(name, await entry.async("uint8array"), { date: FIXED_DATE, createFolders: false });
  }
  const out = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 9 } });
  fs.writeFileSync(file, out);
  return out.length;
}

// ---------------------------------------------------------------------------------------------
// 1. อบต. 2566: per question with the question text in the code cell, plus the official indicator table

const SAO = {
  name: "องค์การบริหารส่วนตำบลห้วยทรายงาม",
  place: "อำเภอเมือง จังหวัดตัวอย่าง",
};

const SAO_SCORES = {
  // IIT: staff answers, mostly high; budget participation and the anti-corruption items lower.
  i1: 98.43,
  i2: 97.64,
  i3: 96.85,
  i4: 100,
  i5: 100,
  i6: 99.21,
  i7: 89.76,
  i8: 78.35,
  i9: 96.06,
  i10: 98.43,
  i11: 100,
  i12: 97.64,
  i13: 95.28,
  i14: 94.49,
  i15: 92.13,
  i16: 99.21,
  i17: 100,
  i18: 98.43,
  i19: 97.64,
  i20: 96.85,
  i21: 97.64,
  i22: 100,
  i23: 99.21,
  i24: 93.7,
  i25: 98.43,
  i26: 92.91,
  i27: 96.06,
  i28: 90.55,
  i29: 86.61,
  i30: 95.28,
  // EIT: service users; online services (e13) and participation (e14) are the weak spots.
  e1: 95.12,
  e2: 94.67,
  e3: 95.48,
  e4: 98.8,
  e5: 93.25,
  e6: 92.4,
  e7: 91.85,
  e8: 96.3,
  e9: 90.72,
  e10: 94.1,
  e11: 92.66,
  e12: 91.9,
  e13: 82.6,
  e14: 87.95,
  e15: 93.4,
};
const SAO_OIT_ZERO = ["o13", "o17", "o22", "o26", "o30"];
for (const item of fw2566.items) if (item.tool === "OIT") SAO_SCORES[item.code] = SAO_OIT_ZERO.includes(item.code) ? 0 : 100;

/** How staff wrote each code: mixed spellings, as found in real sheets. */
function saoLabel(code) {
  const item = itemOf(fw2566, code);
  const n = Number(code.slice(1));
  const letter = code[0];
  let label;
  if (letter === "i") label = n % 7 === 3 ? `ข้อ ${code}` : n >= 10 && n % 4 === 0 ? `i${thai(n)}` : code;
  else if (letter === "e") label = n === 3 || n === 11 ? `(${code})` : n === 7 ? `E${n}` : code;
  else label = n === 14 || n === 21 ? `๐${thai(String(n).padStart(2, "0"))}` : code;
  return `${label} ${item.text}`;
}

/** Thai digits for some scores, the way they are typed from the printed results. */
function saoScore(code, score) {
  const n = Number(code.slice(1));
  if (code[0] === "i" && n % 5 === 0) return th2(score);
  if (code[0] === "e" && n % 4 === 1) return th2(score);
  return score;
}

async function makeSao() {
  const wb = newWorkbook();
  const ws = wb.addWorksheet("คะแนนรายข้อ");
  ws.columns = [{ width: 90 }, { width: 14 }];
  title(ws, "A1:B1", "ผลคะแนนการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) รายข้อ ประจำปีงบประมาณ พ.ศ. ๒๕๖๖");
  ws.getRow(1).height = 36;
  ws.getCell("A2").value = `${SAO.name} ${SAO.place}`;
  let r = 4;
  const section = (label) => {
    ws.getCell(`A${r}`).value = label;
    ws.getCell(`A${r}`).font = BOLD;
    r++;
    header(ws, r++, ["ข้อคำถาม", "คะแนน"]);
  };
  section("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายใน (IIT)");
  for (const item of fw2566.items.filter((i) => i.tool === "IIT"))
    dataRow(ws, r++, [saoLabel(item.code), saoScore(item.code, SAO_SCORES[item.code])]);
  r++;
  section("แบบวัดการรับรู้ของผู้มีส่วนได้ส่วนเสียภายนอก (EIT)");
  for (const item of fw2566.items.filter((i) => i.tool === "EIT"))
    dataRow(ws, r++, [saoLabel(item.code), saoScore(item.code, SAO_SCORES[item.code])]);

  const oit = wb.addWorksheet("OIT");
  oit.columns = [{ width: 70 }, { width: 16 }, { width: 40 }];
  title(oit, "A1:C1", "ผลการประเมินแบบวัดการเปิดเผยข้อมูลสาธารณะ (OIT) ปีงบประมาณ พ.ศ. ๒๕๖๖");
  header(oit, 3, ["รายการ", "ผลการประเมิน", "ข้อสังเกตของผู้ประเมิน"]);
  r = 4;
  for (const item of fw2566.items.filter((i) => i.tool === "OIT")) {
    const zero = SAO_SCORES[item.code] === 0;
    dataRow(oit, r++, [saoLabel(item.code), SAO_SCORES[item.code], zero ? "ข้อมูลไม่ครบองค์ประกอบตามเกณฑ์" : null]);
  }

  const ind = indicatorsFrom(fw2566, SAO_SCORES);
  const tools = toolsFrom(ind);
  const sum = wb.addWorksheet("สรุปตัวชี้วัด");
  sum.columns = [{ width: 12 }, { width: 12 }, { width: 34 }, { width: 12 }];
  title(sum, "A1:D1", "สรุปผลการประเมิน ITA รายตัวชี้วัด ปีงบประมาณ พ.ศ. ๒๕๖๖");
  sum.getCell("A2").value = SAO.name;
  header(sum, 4, ["เครื่องมือ", "ตัวชี้วัดที่", "รายละเอียดตัวชี้วัด", "คะแนน"]);
  r = 5;
  for (const info of fw2566.indicators) {
    const tool = info.number === 1 ? "IIT" : info.number === 6 ? "EIT" : info.number === 9 ? "OIT" : null;
    dataRow(sum, r++, [tool, thai(info.number), info.name, ind[info.number]]);
  }
  dataRow(sum, r++, [null, null, "คะแนนรวม ITA", tools.overall]);
  await writeDeterministic(wb, path.join(OUT, "sao-2566-questions.xlsx"));
  return {
    file: "sao-2566-questions.xlsx",
    year: 2566,
    indicators: ind,
    ...tools,
    level: level(tools.overall, [tools.IIT, tools.EIT, tools.OIT]),
  };
}

// ---------------------------------------------------------------------------------------------
// 2. เทศบาลตำบล 2567: two-year summary (2566 and 2567 + comparison) and 2567 questions i1–i15, e1–e9

const MUNI = { name: "เทศบาลตำบลบ้านใหม่สามัคคี", place: "อำเภอเมือง จังหวัดตัวอย่าง" };

/** 2566 as published (the 2566 framework): indicators, EIT parts. */
const MUNI_2566 = {
  indicators: { 1: 96.8, 2: 88.45, 3: 94.1, 4: 97.25, 5: 90.3, 6: 91.2, 7: 86.45, 8: 84.1, 9: 78.5, 10: 81.25 },
  eitSpread: 4.85,
};

const MUNI_2567_SCORES = {
  i1: 100,
  i2: 98.75,
  i3: 100,
  i4: 97.5,
  i5: 100,
  i6: 98.75,
  i7: 100,
  i8: 100,
  i9: 100,
  i10: 96.25,
  i11: 100,
  i12: 91.25,
  i13: 98.75,
  i14: 97.5,
  i15: 96.25,
  e1: 97.36,
  e2: 96.84,
  e3: 97.1,
  e4: 95.62,
  e5: 88.3,
  e6: 96.05,
  e7: 94.48,
  e8: 93.9,
  e9: 81.2,
};
const MUNI_2567_OIT = { 9: 95, 10: 100 };
const MUNI_2567_SPREAD = 1.18;

function withParts(ind, spread) {
  const tools = toolsFrom(ind);
  return { ...tools, public: round2(tools.EIT + spread), survey: round2(tools.EIT - spread) };
}

async function makeMunicipality() {
  const ind66 = MUNI_2566.indicators;
  const t66 = withParts(ind66, MUNI_2566.eitSpread);
  const ind67 = { ...indicatorsFrom(fw2567, MUNI_2567_SCORES), ...MUNI_2567_OIT };
  const t67 = withParts(ind67, MUNI_2567_SPREAD);

  const wb = newWorkbook();
  const ws = wb.addWorksheet("สรุปผล 2 ปี");
  ws.columns = [{ width: 52 }, { width: 20 }, { width: 12 }, { width: 12 }, { width: 14 }];
  title(ws, "A1:E1", `ผลการประเมินคุณธรรมและความโปร่งใสในการดำเนินงานของหน่วยงานภาครัฐ (ITA) ประจำปีงบประมาณ พ.ศ. ๒๕๖๗ ${MUNI.name}`);
  ws.getRow(1).height = 36;
  ws.getCell("A2").value = MUNI.place;
  header(ws, 4, ["ตัวชี้วัด", "เครื่องมือการประเมิน", "ผลคะแนน", null, "เปรียบเทียบ"]);
  ws.mergeCells("C4:D4");
  header(ws, 5, [null, null, "๒๕๖๖", "๒๕๖๗", "ผลต่าง"]);
  ws.mergeCells("A4:A5");
  ws.mergeCells("B4:B5");
  let r = 6;
  const row = (label, tool, a, b) => {
    // The comparison column is a formula, as staff build it; readers use its cached result.
    dataRow(ws, r, [label, tool, a, b, { formula: `D${r}-C${r}`, result: round2(b - a) }]);
    ws.getCell(`E${r}`).numFmt = "+0.00;-0.00;0.00";
    r++;
  };
  row("ผลการประเมินบุคลากรภายใน (IIT)", null, t66.IIT, t67.IIT);
  row("ผลการประเมินผู้รับบริการภายนอก (EIT) (เข้าตอบเอง)", null, t66.public, t67.public);
  row("ผลการประเมินผู้รับบริการภายนอก (EIT) (สำนักงาน ป.ป.ช. ประเมิน)", null, t66.survey, t67.survey);
  const firstIndicatorRow = r;
  for (const info of fw2567.indicators) {
    const tool = info.number === 1 ? "การประเมิน IIT" : info.number === 6 ? "การประเมิน EIT" : info.number === 9 ? "การประเมิน OIT" : null;
    row(`${thai(info.number)}. ${info.name}`, tool, ind66[info.number], ind67[info.number]);
  }
  ws.mergeCells(`B${firstIndicatorRow}:B${firstIndicatorRow + 4}`);
  ws.mergeCells(`B${firstIndicatorRow + 5}:B${firstIndicatorRow + 7}`);
  ws.mergeCells(`B${firstIndicatorRow + 8}:B${firstIndicatorRow + 9}`);
  row("คะแนนเฉลี่ย", null, t66.overall, t67.overall);

  const q = wb.addWorksheet("รายข้อ 2567");
  q.columns = [{ width: 8 }, { width: 90 }, { width: 12 }];
  title(q, "A1:C1", "คะแนนรายข้อ IIT และ EIT ปีงบประมาณ พ.ศ. 2567");
  header(q, 3, ["ข้อ", "ข้อคำถาม", "คะแนน"]);
  r = 4;
  for (const item of fw2567.items.filter((i) => i.tool !== "OIT")) {
    dataRow(q, r++, [item.code, item.textKnown ? item.text : null, MUNI_2567_SCORES[item.code]]);
  }
  await writeDeterministic(wb, path.join(OUT, "municipality-2567-two-years.xlsx"));
  return {
    file: "municipality-2567-two-years.xlsx",
    year: 2567,
    indicators: ind67,
    ...t67,
    level: level(t67.overall, [t67.IIT, t67.public, t67.survey, t67.OIT]),
    previous: { year: 2566, indicators: ind66, ...t66, level: level(t66.overall, [t66.IIT, t66.public, t66.survey, t66.OIT]) },
  };
}

// ---------------------------------------------------------------------------------------------
// 3. เทศบาลเมือง 2566: EIT per question in two columns (Public, Survey), plus IIT and OIT; no official table

const TOWN = { name: "เทศบาลเมืองริมน้ำ", place: "จังหวัดตัวอย่าง" };

const TOWN_IIT = {
  i1: 97.92,
  i2: 96.88,
  i3: 95.83,
  i4: 100,
  i5: 98.96,
  i6: 100,
  i7: 93.75,
  i8: 84.38,
  i9: 95.83,
  i10: 97.92,
  i11: 100,
  i12: 96.88,
  i13: 94.79,
  i14: 93.75,
  i15: 91.67,
  i16: 97.92,
  i17: 98.96,
  i18: 96.88,
  i19: 96.88,
  i20: 94.79,
  i21: 95.83,
  i22: 98.96,
  i23: 100,
  i24: 92.71,
  i25: 97.92,
  i26: 94.79,
  i27: 95.83,
  i28: 93.75,
  i29: 89.58,
  i30: 96.88,
};
/** [Public, Survey]: users who answered online rate far higher than those the assessors reached (EIT < 85). */
const TOWN_EIT = {
  e1: [94.5, 79.25],
  e2: [95.1, 78.8],
  e3: [93.85, 77.9],
  e4: [99.2, 89.4],
  e5: [92.7, 75.15],
  e6: [91.45, 73.6],
  e7: [90.8, 72.95],
  e8: [95.6, 81.2],
  e9: [92.35, 76.1],
  e10: [94.25, 78.5],
  e11: [91.2, 74.35],
  e12: [90.65, 73.4],
  e13: [88.4, 63.2],
  e14: [89.3, 69.85],
  e15: [92.05, 75.6],
};
const TOWN_OIT_ZERO = ["o12", "o17", "o26", "o33"];

async function makeTown() {
  const scores = { ...TOWN_IIT };
  for (const [code, [p, s]] of Object.entries(TOWN_EIT)) scores[code] = (p + s) / 2;
  for (const item of fw2566.items) if (item.tool === "OIT") scores[item.code] = TOWN_OIT_ZERO.includes(item.code) ? 0 : 100;
  const ind = indicatorsFrom(fw2566, scores);
  const tools = toolsFrom(ind);
  const pub = round2(mean(Object.values(TOWN_EIT).map((x) => x[0])));
  const sur = round2(mean(Object.values(TOWN_EIT).map((x) => x[1])));

  const wb = newWorkbook();
  const iit = wb.addWorksheet("IIT");
  iit.columns = [{ width: 8 }, { width: 90 }, { width: 12 }];
  title(iit, "A1:C1", `ผลการประเมิน IIT รายข้อ ปีงบประมาณ พ.ศ. 2566 ${TOWN.name}`);
  header(iit, 3, ["ข้อ", "ข้อคำถาม", "คะแนน"]);
  let r = 4;
  for (const item of fw2566.items.filter((i) => i.tool === "IIT"))
    dataRow(iit, r++, [item.code.toUpperCase(), item.text, TOWN_IIT[item.code]]);

  const eit = wb.addWorksheet("EIT แยกส่วน");
  eit.columns = [{ width: 8 }, { width: 80 }, { width: 14 }, { width: 14 }];
  title(eit, "A1:D1", "ผลการประเมิน EIT รายข้อ แยก EIT Public และ EIT Survey ปีงบประมาณ พ.ศ. 2566");
  header(eit, 3, ["ข้อ", "ข้อคำถาม", "EIT Public", "EIT Survey"]);
  r = 4;
  for (const item of fw2566.items.filter((i) => i.tool === "EIT")) {
    const [p, s] = TOWN_EIT[item.code];
    dataRow(eit, r++, [item.code, item.text, p, s]);
  }

  const oit = wb.addWorksheet("OIT");
  oit.columns = [{ width: 8 }, { width: 70 }, { width: 12 }];
  title(oit, "A1:C1", "ผลการประเมิน OIT ปีงบประมาณ พ.ศ. 2566");
  header(oit, 3, ["ข้อ", "รายการ", "คะแนน"]);
  r = 4;
  for (const item of fw2566.items.filter((i) => i.tool === "OIT")) dataRow(oit, r++, [item.code, item.text, scores[item.code]]);

  await writeDeterministic(wb, path.join(OUT, "eit-two-parts-2566.xlsx"));
  return {
    file: "eit-two-parts-2566.xlsx",
    year: 2566,
    indicators: ind,
    ...tools,
    public: pub,
    survey: sur,
    level: level(tools.overall, [tools.IIT, tools.EIT, tools.OIT]),
  };
}

async function main() {
  fs.mkdirSync(OUT, { recursive: true });
  const made = [await makeSao(), await makeMunicipality(), await makeTown()];
  // The expected figures, for the README and the tests.
  fs.writeFileSync(path.join(OUT, "expected.json"), JSON.stringify(made, null, 2) + "\n");
  for (const m of made)
    process.stdout.write(`${m.file}: ${m.year} ITA ${m.overall.toFixed(2)} ${m.level} (IIT ${m.IIT}, EIT ${m.EIT}, OIT ${m.OIT})\n`);
}

main().catch((err) => {
  process.stderr.write(String(err && err.stack ? err.stack : err) + "\n");
  process.exit(1);
});
