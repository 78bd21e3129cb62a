import type { CatalogItem, ClassificationOptions, ItemStatus } from "../types";
import { format2 } from "../text/round";
import { textHash } from "../text/hash";
import { TOOL_IN_TEXT } from "../vocabulary";

const RESPONDENT: Record<CatalogItem["tool"], string> = {
  IIT: "บุคลากรภายใน",
  EIT: "ผู้รับบริการ",
  OIT: "การเปิดเผยข้อมูล",
};

/** A gap this large between the two EIT parts of a question says which part is weak. */
export const EIT_PART_GAP = 5;

/** What a finding may know beside the item's own score: its EIT parts and the scores of its OIT evidence. */
export interface FindingFacts {
  parts?: { public: number | null; survey: number | null };
  /** Scores of OIT items by code (the evidence the question refers to). */
  oit?: ReadonlyMap<string, number>;
}

/** The question without its answer prompt ("… มากน้อยเพียงใด", "… หรือไม่"). */
export function questionTopic(text: string): string {
  return text
    .replace(/\s*(?:มากน้อยเพียงใด|หรือไม่)\s*$/u, "")
    .replace(/^ในช่วง\s*1\s*ปีที่ผ่านมา\s*/u, "")
    .trim();
}

function evidenceNote(item: CatalogItem): string {
  return item.evidence && item.evidence.length ? ` (อ้างอิง ${item.evidence.join(", ")})` : "";
}

function label(item: CatalogItem): string {
  return item.textKnown ? `${item.code} “${questionTopic(item.text)}”` : item.code;
}

/** The "no" a yes/no question would take: "ไม่เคย" for "ท่านเคย…", "ไม่มี" for "…มี…", else "ไม่ใช่". */
export function noAnswer(text: string): string {
  if (/เคย/u.test(text)) return "ไม่เคย";
  if (/มี/u.test(text)) return "ไม่มี";
  return "ไม่ใช่";
}

/** A question about using a service or channel oneself ("ท่านเคยใช้งาน…"), a kind of participation. */
function asksUse(item: CatalogItem): boolean {
  return item.asks === "participation" && /ใช้(?:งาน|บริการ|ช่องทาง|ระบบ)/u.test(item.text);
}

/** Which EIT part holds the question down, when the workbook gives both. */
function partClause(parts: FindingFacts["parts"]): string {
  if (!parts || parts.public === null || parts.survey === null) return "";
  const pub = `${TOOL_IN_TEXT.EIT_PUBLIC} ${format2(parts.public)}`;
  const sur = `${TOOL_IN_TEXT.EIT_SURVEY} ${format2(parts.survey)}`;
  if (Math.abs(parts.public - parts.survey) < EIT_PART_GAP) return ` ทั้งสองส่วนใกล้เคียงกัน (${pub}, ${sur})`;
  return parts.survey < parts.public
    ? ` โดยคะแนนต่ำที่ ${TOOL_IN_TEXT.EIT_SURVEY} (${format2(parts.survey)}) มากกว่า ${TOOL_IN_TEXT.EIT_PUBLIC} (${format2(parts.public)}) ผู้รับบริการที่ผู้ประเมินสอบถามจึงเป็นกลุ่มที่ต้องให้ความสำคัญ`
    : ` โดยคะแนนต่ำที่ ${TOOL_IN_TEXT.EIT_PUBLIC} (${format2(parts.public)}) มากกว่า ${TOOL_IN_TEXT.EIT_SURVEY} (${format2(parts.survey)}) ผู้รับบริการที่ตอบแบบสำรวจเองจึงเป็นกลุ่มที่ต้องให้ความสำคัญ`;
}

/**
 * What a low score on a question of perception (how well something is done) asks for. The wording
 * varies from question to question (chosen by its code, so the same question reads the same on every
 * run), and an urgent item is asked to be put right sooner than one to improve.
 */
const PERCEPTION_URGENT: ((who: string) => string)[] = [
  (who) => `สะท้อนว่า${who}จำนวนไม่น้อยยังไม่มั่นใจในเรื่องนี้: ต้องหาสาเหตุและแก้ไขเป็นลำดับแรก`,
  (who) => `เป็นเรื่องที่${who}ให้คะแนนต่ำ: ต้องทบทวนวิธีปฏิบัติในเรื่องนี้และแก้ไขโดยเร็ว`,
  (who) => `แสดงว่าการดำเนินงานเรื่องนี้ยังไม่เป็นที่ยอมรับของ${who}: ต้องกำหนดวิธีแก้ไขที่ชัดเจนและติดตามผลอย่างใกล้ชิด`,
];
const PERCEPTION_IMPROVE: ((who: string) => string)[] = [
  (who) => `${who}ส่วนใหญ่เห็นว่าดี แต่ยังมีบางส่วนเห็นว่าควรดีกว่านี้: ควรพัฒนาเรื่องนี้ต่อและแจ้งผลการพัฒนาให้ทราบ`,
  (who) => `ยังมีช่องว่างให้พัฒนา: ควรรับฟังความเห็นของ${who}เพื่อหาจุดที่ต้องปรับปรุง`,
  (who) => `ใกล้ระดับที่ดีแล้ว: ควรปรับปรุงวิธีการในรายละเอียดให้${who}เห็นผลในรอบการประเมินถัดไป`,
  (who) => `ควรยกระดับการดำเนินงานเรื่องนี้ให้สม่ำเสมอ และเผยแพร่สิ่งที่หน่วยงานดำเนินการให้${who}รับทราบ`,
];

function pick<T>(list: T[], code: string): T {
  return list[parseInt(textHash(code), 16) % list.length];
}

/** The OIT evidence of the question all found complete (every one 100): the thing exists and is published. */
function evidencePublished(item: CatalogItem, oit: FindingFacts["oit"]): string[] | undefined {
  if (!oit || !item.evidence?.length) return undefined;
  const scores = item.evidence.map((c) => oit.get(c));
  return scores.every((s) => s !== undefined && s >= 100) ? item.evidence : undefined;
}

/**
 * One Thai sentence for an urgent or improve item, read from what the question asks: knowledge
 * ("ท่านทราบ…": people do not know, not that nothing is done), participation or use ("ท่านเคย…":
 * they have not taken part or used it), perceived misconduct (a negatively worded question), the
 * availability of something (a yes/no question, with the "no" the question would use, and whether
 * its OIT evidence shows it is there) or how well something is done; with the EIT part that is weak
 * when the workbook gives both, and the OIT evidence that backs it.
 */
export function findingSentence(
  item: CatalogItem,
  score: number,
  status: ItemStatus,
  options: ClassificationOptions,
  facts: FindingFacts = {},
): string {
  const who = RESPONDENT[item.tool];
  const s = format2(score);
  if (item.tool === "OIT") {
    // OIT items are judged 0 or 100: urgent means nothing acceptable was found.
    if (status === "urgent")
      return `${label(item)} ได้ 0 คะแนน: ผู้ประเมินไม่พบข้อมูลที่ครบถ้วนตามเกณฑ์บนเว็บไซต์ของหน่วยงาน ต้องจัดทำและเผยแพร่ให้ครบองค์ประกอบก่อนการตรวจประเมินรอบถัดไป`;
    return `${label(item)} ได้ ${s} คะแนน: ข้อมูลที่เผยแพร่ยังไม่ครบทุกองค์ประกอบ ควรตรวจสอบและปรับปรุงให้ครบถ้วนและเป็นปัจจุบัน`;
  }
  const gap = status === "urgent" ? `ต่ำกว่าเกณฑ์ ${options.urgentBelow}` : `ยังไม่ถึง ${options.improveBelow}`;
  const said = `${who}ให้คะแนนข้อ ${label(item)} ${s} คะแนน (${gap})${partClause(facts.parts)}`;
  const ref = evidenceNote(item);
  if (asksUse(item))
    return `${said} แปลว่ายังมี${who}บางส่วนไม่เคยใช้ด้วยตนเอง: ควรแนะนำวิธีใช้ ณ จุดบริการ และประชาสัมพันธ์ช่องทางให้${who}ทดลองใช้จริง${ref}`;
  if (item.asks === "knowledge")
    return `${said} แปลว่ายังมี${who}บางส่วนไม่ทราบหรือไม่แน่ใจในเรื่องนี้ ไม่ได้แปลว่าหน่วยงานไม่ได้ดำเนินการ: ต้องชี้แจง สื่อสาร และอบรมให้${who}ทุกคนรับทราบอย่างทั่วถึง${ref}`;
  if (item.asks === "participation")
    return `${said} แปลว่ายังมี${who}บางส่วนไม่เคยเข้าร่วมด้วยตนเอง ไม่ได้แปลว่าหน่วยงานไม่ได้ดำเนินการ: ต้องเปิดโอกาส เชิญชวน และแจ้งช่องทางให้${who}เข้ามามีส่วนร่วม${ref}`;
  if (item.reverse)
    return `${said} ข้อนี้เป็นคำถามเชิงลบ คะแนนที่ไม่เต็มจึงหมายถึงมี${who}บางส่วนรับรู้ว่าพฤติกรรมดังกล่าวยังเกิดขึ้นอยู่: ต้องป้องกันและสร้างความเชื่อมั่นว่าหน่วยงานไม่ยอมรับการกระทำนี้${ref}`;
  if (item.yesNo) {
    const answer = `แปลว่ายังมี${who}บางส่วนตอบว่า “${noAnswer(item.text)}” หรือไม่ทราบ`;
    const published = evidencePublished(item, facts.oit);
    return published
      ? `${said} ${answer} ทั้งที่หน่วยงานเผยแพร่เรื่องนี้ครบตามเกณฑ์แล้ว (อ้างอิง ${published.join(", ")} ได้ 100 คะแนน): ต้องประชาสัมพันธ์ให้${who}รู้จักและเข้าถึงได้ง่ายขึ้น`
      : `${said} ${answer}: ต้องจัดให้มีอย่างครบถ้วนและประชาสัมพันธ์ให้${who}รู้จัก${ref}`;
  }
  const clause = pick(status === "urgent" ? PERCEPTION_URGENT : PERCEPTION_IMPROVE, item.code)(who);
  return `${said} ${clause}${ref}`;
}
