import { createRequire } from 'node:module';
import type PdfKit from 'pdfkit';

// not named after Node's CommonJS loader: electron-vite takes a call of that name for CommonJS and adds its
// own declaration of it to the worker bundle, which clashes with fflate's (the worker then fails to load)
const load = createRequire(import.meta.url);

/** DejaVu Sans, embedded (subset) in every PDF so any name in any script prints, on every computer. */
const fontFiles = {
  regular: load.resolve('dejavu-fonts-ttf/ttf/DejaVuSans.ttf'),
  bold: load.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Bold.ttf'),
  italic: load.resolve('dejavu-fonts-ttf/ttf/DejaVuSans-Oblique.ttf'),
};
export type PdfFont = keyof typeof fontFiles;

let PdfDocument: typeof PdfKit | undefined;

/**
 * A new pdfkit document with Proficio's fonts registered under their names ('regular', 'bold', 'italic').
 * pdfkit is loaded on the first PDF, not when the gradebook worker starts: most sessions never print, and
 * loading it costs every start a few hundred milliseconds.
 */
export function newPdfDocument(options: PDFKit.PDFDocumentOptions, fonts: readonly PdfFont[] = ['regular', 'bold']): PDFKit.PDFDocument {
  PdfDocument ??= load('pdfkit') as typeof PdfKit;
  const doc = new PdfDocument(options);
  for (const font of fonts) doc.registerFont(font, fontFiles[font]);
  return doc;
}
