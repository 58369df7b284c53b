/**
 * Saves a file the gradebook made (a PDF, as base64) through the browser's own download: a Blob and a
 * temporary link, so Electron shows its usual save prompt and no path ever crosses the bridge.
 */
export function downloadBase64(fileName: string, base64: string, type: string): void {
  const bytes = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0));
  const url = URL.createObjectURL(new Blob([bytes], { type }));
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
