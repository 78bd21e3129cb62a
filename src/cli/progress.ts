import type { CliIo } from "./io";

// The batch's progress on stderr: on a terminal one bar redrawn in place (count, rate, time left);
// otherwise (a log, CI) a plain line at every tenth of the way.

const clock = (seconds: number) => {
  const s = Math.max(0, Math.round(seconds));
  const h = Math.floor(s / 3600);
  const m = Math.floor((s % 3600) / 60);
  const ss = String(s % 60).padStart(2, "0");
  return h ? `${h}:${String(m).padStart(2, "0")}:${ss}` : `${m}:${ss}`;
};

export class Progress {
  private done = 0;
  private failed = 0;
  private readonly started: number;
  private lastDraw = 0;
  private lastStep = 0;

  constructor(
    private readonly total: number,
    private readonly io: CliIo,
    private readonly terminal: boolean,
    private readonly now: () => number = Date.now,
  ) {
    this.started = now();
  }

  private line(): string {
    const seconds = (this.now() - this.started) / 1000;
    const rate = seconds > 0 ? this.done / seconds : 0;
    const left = rate > 0 ? (this.total - this.done) / rate : 0;
    const failed = this.failed ? ` · ไม่สำเร็จ ${this.failed}` : "";
    return `${this.done}/${this.total} ไฟล์ · ${rate.toFixed(1)} ไฟล์/วินาที · เหลือประมาณ ${clock(left)}${failed}`;
  }

  async tick(ok: boolean): Promise<void> {
    this.done++;
    if (!ok) this.failed++;
    if (this.terminal) {
      const t = this.now();
      if (t - this.lastDraw < 100 && this.done < this.total) return;
      this.lastDraw = t;
      const width = 24;
      const filled = Math.round((this.done / this.total) * width);
      await this.io.stderr(`\r[${"#".repeat(filled)}${"-".repeat(width - filled)}] ${this.line()}\x1b[K`);
      return;
    }
    const step = Math.floor((this.done / this.total) * 10);
    if (step > this.lastStep || this.done === this.total) {
      this.lastStep = step;
      await this.io.stderr(`ita: ${this.line()}\n`);
    }
  }

  async finish(): Promise<void> {
    if (this.terminal) await this.io.stderr("\n");
  }
}
