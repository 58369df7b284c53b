/**
 * Saves text as a file through the browser's own download (a Blob and a temporary link): no Node, no
 * dialog of our own, and Electron shows its usual save prompt.
 */
export function downloadText(fileName: string, text: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: `${type};charset=utf-8` }));
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
