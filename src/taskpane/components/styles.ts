import { makeStyles, tokens } from "@fluentui/react-components";

/** Thai-capable system fonts first (Windows, macOS, Linux); nothing is downloaded. */
export const THAI_FONTS =
  '"Segoe UI", "Leelawadee UI", Leelawadee, Thonburi, Tahoma, "Noto Sans Thai", "Noto Sans Thai UI", Loma, Garuda, "TH Sarabun New", sans-serif';

export const useStyles = makeStyles({
  root: {
    display: "flex",
    flexDirection: "column",
    gap: tokens.spacingVerticalM,
    padding: `${tokens.spacingVerticalM} ${tokens.spacingHorizontalM}`,
    maxWidth: "560px",
    margin: "0 auto",
    boxSizing: "border-box",
  },
  header: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXS },
  section: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS },
  card: { display: "flex", flexDirection: "column", gap: tokens.spacingVerticalS, padding: tokens.spacingHorizontalM },
  row: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalS, flexWrap: "wrap" },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, display: "flex", flexDirection: "column", gap: tokens.spacingVerticalXXS },
  muted: { color: tokens.colorNeutralForeground3 },
  problem: { display: "flex", gap: tokens.spacingHorizontalS, alignItems: "flex-start" },
  problemIcon: { flexShrink: 0, marginTop: "2px" },
  errorIcon: { color: tokens.colorPaletteRedForeground1 },
  warningIcon: { color: tokens.colorPaletteDarkOrangeForeground1 },
  okIcon: { color: tokens.colorPaletteGreenForeground1 },
  grid2: { display: "grid", gridTemplateColumns: "minmax(0, 1fr) minmax(0, 1fr)", gap: tokens.spacingHorizontalM },
  scoreRow: { display: "flex", alignItems: "center", gap: tokens.spacingHorizontalM },
  score: { fontSize: tokens.fontSizeHero800, lineHeight: tokens.lineHeightHero800, fontWeight: tokens.fontWeightSemibold },
  tools: { display: "flex", gap: tokens.spacingHorizontalL, flexWrap: "wrap" },
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
});
