// Saving a file the pane made (the preview's workbook, the o42 document) through the browser.

export interface PaneFile {
  name: string;
  blob: Blob;
}

export function download(file: PaneFile): void {
  const url = URL.createObjectURL(file.blob);
  const a = document.createElement("a");
  a.href = url;
  a.download = file.name;
  document.body.appendChild(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
