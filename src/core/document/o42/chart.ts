import type { Paragraph } from "docx";
import { indicatorChart, CHART_SIZE } from "../chart/indicator-chart";
import { encodePng } from "../chart/png";
import { rasterize } from "../chart/raster";
import { toSvg } from "../chart/svg";
import type { DocContext } from "../kit/context";
import { cm, twipsToPixels } from "../kit/page";
import { picture } from "../kit/picture";
import type { O42Input } from "./model";
import { CHART_ALT } from "./wording";

/** Printed width of the chart; the PNG is drawn at about 200 dpi for it (1200 × 660 pixels). */
const WIDTH_CM = 15.5;
const PIXELS_PER_UNIT = 1.5;

export function hasTentative(input: O42Input): boolean {
  return input.indicators.some((i) => i.score && (i.score.basis === "partial" || i.score.basis === "provisional"));
}

/** The indicators chart as a picture: SVG and PNG drawn from the same drawing. */
export function chartPicture(ctx: DocContext, input: O42Input): Paragraph {
  const drawing = indicatorChart({
    passMark: 85,
    digits: ctx.digits,
    withPrevious: input.indicators.some((i) => i.previous !== undefined),
    bars: input.indicators.map((i) => ({
      number: i.number,
      tool: i.tool,
      score: i.score ? i.score.value : null,
      ...(i.previous !== undefined ? { previous: i.previous } : {}),
      tentative: i.score !== undefined && (i.score.basis === "partial" || i.score.basis === "provisional"),
    })),
  });
  const width = twipsToPixels(cm(WIDTH_CM));
  const height = Math.round((width * CHART_SIZE.height) / CHART_SIZE.width);
  const png = encodePng(rasterize(drawing, PIXELS_PER_UNIT));
  return picture(toSvg(drawing, width, height), png, { width, height }, CHART_ALT);
}
