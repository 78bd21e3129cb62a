// The words of the limitations sheet (part 4 of the o42 document), apart from the document's other
// wording: the sheet renderer needs them in every run, the document only when it is made (so the
// pane's first load does not carry the document's text).
export const COL_SIDE = "ด้าน";
export const COL_DETAIL = "รายละเอียด";
/** The four usual sides (people, money, method, technology and materials). */
export const DEFAULT_LIMITATION_SIDES = ["บุคลากร", "งบประมาณ", "วิธีการ", "เทคโนโลยีและวัสดุ"];
export const LIMITATIONS_SHEET_TITLE = "ข้อจำกัดของหน่วยงาน";
export const LIMITATIONS_SHEET_HINT =
  "แทนข้อความในวงเล็บด้วยข้อจำกัดของหน่วยงาน (เพิ่มแถวได้): การวิเคราะห์ครั้งต่อไปจะไม่เขียนทับแผ่นงานนี้ และเอกสาร o42 ส่วนที่ 4 จะใช้ข้อความในแผ่นงานนี้";
/** What the limitations sheet says in each side's cell until staff write their own. */
export const LIMITATION_PROMPTS: Record<string, string> = {
  บุคลากร: "(แทนข้อความนี้ด้วยข้อจำกัดด้านบุคลากร เช่น จำนวนผู้ปฏิบัติงาน การโยกย้าย ความรู้เรื่องการประเมิน)",
  งบประมาณ: "(แทนข้อความนี้ด้วยข้อจำกัดด้านงบประมาณ เช่น งบที่ใช้พัฒนาเว็บไซต์หรือระบบบริการออนไลน์)",
  วิธีการ: "(แทนข้อความนี้ด้วยข้อจำกัดด้านวิธีการ เช่น ภาระงานประจำ ช่วงเวลาเตรียมข้อมูลที่สั้น)",
  เทคโนโลยีและวัสดุ: "(แทนข้อความนี้ด้วยข้อจำกัดด้านเทคโนโลยีและวัสดุ เช่น อุปกรณ์ อินเทอร์เน็ต พื้นที่เว็บไซต์)",
};
