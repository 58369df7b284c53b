/**
 * Saves what the gradebook made as a file through the browser's own download (a Blob and a temporary
 * link): no Node, no dialog of our own, Electron shows its usual save prompt, and no path ever crosses
 * the bridge.
 */
function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // the click has handed the blob to the download; revoke on the next turn, not before
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** Text, such as a CSV template. */
export function downloadText(fileName: string, text: string, type: string): void {
  downloadBlob(fileName, new Blob([text], { type: `${type};charset=utf-8` }));
}

/** A file the gradebook sent as base64, such as a PDF. */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  downloadBlob(fileName, new Blob([Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))], { type }));
}
