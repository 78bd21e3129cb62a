import { makeStyles, tokens } from "@fluentui/react-components";

/** Thai-capable system fonts first (Windows, macOS, Linux); nothing is downloaded. */
export const THAI_FONTS =
  '"Segoe UI", "Leelawadee UI", Leelawadee, Thonburi, Tahoma, "Noto Sans Thai", "Noto Sans Thai UI", Loma, Garuda, "TH Sarabun New", sans-serif';

export const useStyles = makeStyles({
  // The whole page: the theme's background down to the bottom, even when the content is short.
  provider: { minHeight: "100vh", backgroundColor: tokens.colorNeutralBackground2 },
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} 0`,
    maxWidth: "560px",
    margin: "0 auto",
    boxSizing: "border-box",
    minWidth: 0,
    // Long words (cell references, file names, URLs) wrap instead of pushing the pane sideways.
    overflowWrap: "anywhere",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  headerRow: { display: "flex", alignItems: "center", justifyContent: "space-between", gap: tokens.spacingHorizontalS, minWidth: 0 },
  fileRow: { display: "flex", alignItems: "center", flexWrap: "wrap", gap: tokens.spacingHorizontalS, minWidth: 0 },
  title: { margin: 0, fontSize: tokens.fontSizeBase400, lineHeight: tokens.lineHeightBase400, fontWeight: tokens.fontWeightSemibold },
  sectionTitle: {
    margin: 0,
    fontSize: tokens.fontSizeBase300,
    lineHeight: tokens.lineHeightBase300,
    fontWeight: tokens.fontWeightSemibold,
    // Headings take the focus only to tell screen readers where the new content is (tabIndex -1): no ring.
    ":focus": { outline: "none" },
  },
  subTitle: { margin: 0, fontSize: tokens.fontSizeBase200, lineHeight: tokens.lineHeightBase200, fontWeight: tokens.fontWeightSemibold },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, minWidth: 0 },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM, minWidth: 0 },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  actions: { display: "flex", flexWrap: "wrap", gap: tokens.spacingHorizontalS, alignItems: "center" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  plainList: { margin: 0, paddingLeft: 0, listStyleType: "none", display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  muted: { color: tokens.colorNeutralForeground3 },
  problem: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  problemIcon: { flexShrink: 0, marginTop: "2px" },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  okIcon: { color: tokens.colorPaletteGreenForeground1 },
  // Two fields side by side only where each gets 13rem ("อัตโนมัติ (กรอบปี 2566)" and the select's
  // chevron need about 190 px), else one under the other.
  fields: {
    display: "grid",
    gridTemplateColumns: "repeat(auto-fit, minmax(13rem, 1fr))",
    alignItems: "start",
    gap: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM}`,
  },
  scoreRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM, flexWrap: "wrap" },
  score: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  tools: {
    display: "grid",
    gridTemplateColumns: "minmax(0, 1fr) auto",
    columnGap: tokens.spacingHorizontalM,
    rowGap: tokens.spacingVerticalXXS,
    margin: 0,
    "& dd": { margin: 0, textAlign: "right", fontWeight: tokens.fontWeightSemibold, fontVariantNumeric: "tabular-nums" },
    "& dt": { minWidth: 0 },
  },
  part: { paddingLeft: tokens.spacingHorizontalL },
  tool: { display: "flex", flexDirection: "column" },
  table: {
    borderCollapse: "collapse",
    width: "100%",
    fontSize: tokens.fontSizeBase200,
    "& th, & td": {
      padding: `${tokens.spacingVerticalXXS} ${tokens.spacingHorizontalXS}`,
      borderBottom: `1px solid ${tokens.colorNeutralStroke2}`,
    },
    "& th": { textAlign: "left", fontWeight: tokens.fontWeightSemibold },
    "& td.n, & th.n": { textAlign: "right", whiteSpace: "nowrap" },
  },
  urgent: { color: tokens.colorPaletteRedForeground1, fontWeight: tokens.fontWeightSemibold },
  improve: { color: tokens.colorPaletteDarkOrangeForeground1, fontWeight: tokens.fontWeightSemibold },
  fileInput: { display: "none" },
  stretch: { width: "100%", minWidth: 0 },
  // "31/12/2568" and room to correct it; never wider than the pane.
  dateInput: { width: "100%", maxWidth: "14rem", minWidth: 0 },
  // The primary action stays in view at the bottom of the pane, whatever the length above it.
  footer: {
    position: "sticky",
    bottom: 0,
    zIndex: 1,
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalXS,
    margin: `0 calc(-1 * ${tokens.spacingHorizontalM})`,
    padding: `${tokens.spacingVerticalS} ${tokens.spacingHorizontalM} ${tokens.spacingVerticalM}`,
    backgroundColor: tokens.colorNeutralBackground2,
    borderTop: `1px solid ${tokens.colorNeutralStroke2}`,
  },
  bottomSpace: { height: tokens.spacingVerticalM },
  details: { fontSize: tokens.fontSizeBase200, "& summary": { cursor: "pointer" }, "& pre": { whiteSpace: "pre-wrap", margin: 0 } },
  visuallyHidden: {
    position: "absolute",
    width: "1px",
    height: "1px",
    margin: "-1px",
    padding: 0,
    overflow: "hidden",
    clip: "rect(0 0 0 0)",
    whiteSpace: "nowrap",
    border: 0,
  },
});
