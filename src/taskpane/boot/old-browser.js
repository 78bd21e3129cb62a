/* The pane's guard for old browser engines, in ES5 on purpose: it must run where the pane cannot.
 * Excel 2016 and 2019 (volume-licensed, or without WebView2) open add-ins in Internet Explorer 11
 * ("Trident") or the old Edge ("EdgeHTML"), where React 18 and Fluent UI v9 give a blank pane.
 * This script (loaded before everything else) shows a Thai message there instead: at once when the
 * engine says it is one of those, or when one of the add-in's own scripts fails before the pane has
 * started (a syntax the engine does not know). Office.js failing to load is not such a failure:
 * the pane then runs as the browser preview. */
(function () {
  "use strict";
  var w = window;
  var d = document;
  var ua = navigator.userAgent || "";
  var engine = /Trident\/|MSIE /.test(ua) ? "ie" : /\bEdge\/\d+/.test(ua) ? "edge" : "";

  var TEXT = {
    title: "บานหน้าต่างวิเคราะห์ ITA เปิดใน Excel รุ่นนี้ไม่ได้",
    ie: "Excel เครื่องนี้เปิด add-in ด้วย Internet Explorer ซึ่งเก่าเกินไปสำหรับบานหน้าต่างนี้",
    edge: "Excel เครื่องนี้เปิด add-in ด้วย Microsoft Edge รุ่นเก่า (EdgeHTML) ซึ่งเก่าเกินไปสำหรับบานหน้าต่างนี้",
    script: "บานหน้าต่างเริ่มทำงานไม่ได้ เพราะ Excel เครื่องนี้เปิด add-in ด้วยเบราว์เซอร์รุ่นเก่า",
    load: "โหลดไฟล์ของ add-in ไม่ครบ: ตรวจการเชื่อมต่ออินเทอร์เน็ต แล้วปิดบานหน้าต่างและเปิดใหม่อีกครั้ง ถ้ายังไม่ได้ให้แจ้งผู้ดูแลระบบ",
    todo: "ทำอย่างใดอย่างหนึ่ง:",
    steps: [
      "ใช้ Excel ของ Microsoft 365, Excel 2021 ขึ้นไป หรือ Excel บนเว็บ (office.com)",
      "Office 2016 หรือ 2019 แบบซื้อขาด (retail): ติดตั้ง Microsoft Edge WebView2 Runtime จากเว็บไซต์ Microsoft แล้วเปิด Excel ใหม่",
      "บันทึกสมุดงานเป็นไฟล์ .xlsx แล้วเปิดหน้าทดลองนี้ในเบราว์เซอร์ Chrome หรือ Edge รุ่นใหม่ (ไฟล์ไม่ถูกส่งออกจากเครื่อง):",
      "หรือให้ผู้ดูแลระบบใช้คำสั่ง ita กับไฟล์ .xlsx นั้น",
    ],
  };

  function el(tag, text, style) {
    var e = d.createElement(tag);
    if (text) e.appendChild(d.createTextNode(text));
    if (style) e.style.cssText = style;
    return e;
  }

  function previewAddress() {
    var l = w.location;
    return l.protocol === "https:" || l.protocol === "http:"
      ? l.protocol + "//" + l.host + l.pathname.replace(/[^/]*$/, "") + "taskpane.html"
      : "";
  }

  function show(reason) {
    if (w.__itaShown) return;
    w.__itaShown = true;
    w.__itaUnsupported = reason;
    var root = d.getElementById("root");
    if (!root) return;
    while (root.firstChild) root.removeChild(root.firstChild);
    var box = el(
      "div",
      "",
      "padding:16px;font-size:14px;line-height:1.6;color:#242424;background:#fff;word-wrap:break-word;overflow-wrap:break-word"
    );
    box.setAttribute("role", "alert");
    box.appendChild(el("h1", TEXT.title, "font-size:16px;margin:0 0 8px 0"));
    box.appendChild(el("p", TEXT[reason], "margin:0 0 8px 0"));
    root.appendChild(box);
    if (reason === "load") return;
    box.appendChild(el("p", TEXT.todo, "margin:0 0 4px 0"));
    var list = el("ol", "", "margin:0;padding-left:20px");
    for (var i = 0; i < TEXT.steps.length; i++) {
      var item = el("li", TEXT.steps[i], "margin-bottom:4px");
      if (i === 2 && previewAddress())
        item.appendChild(el("div", previewAddress(), "font-family:Consolas,monospace;font-size:12px;word-break:break-all"));
      list.appendChild(item);
    }
    box.appendChild(list);
  }

  function whenReady(f) {
    if (d.readyState === "loading") d.addEventListener("DOMContentLoaded", f);
    else f();
  }

  // Known old engines: the pane must not start even where its scripts happen to parse.
  if (engine) {
    w.__itaUnsupported = engine;
    whenReady(function () {
      show(engine);
    });
  }

  // Capture phase: a script that fails to load reports on its element, not on window.
  w.addEventListener(
    "error",
    function (event) {
      if (w.__itaStarted) return;
      var target = event.target;
      // An ErrorEvent is a script that ran and failed; an event on a <script> is one that never arrived.
      var ran = typeof ErrorEvent !== "undefined" && event instanceof ErrorEvent;
      if (!ran && !(target && target.tagName === "SCRIPT")) return;
      var source = event.filename || (target && target.src) || "";
      if (!source || /appsforoffice\.microsoft\.com/.test(source)) return;
      var reason = engine || (ran ? "script" : "load");
      whenReady(function () {
        show(reason);
      });
    },
    true
  );
})();
