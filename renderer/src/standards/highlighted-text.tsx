import type { JSX } from 'react';
import { highlightParts } from './highlight.js';

/** Text with what the search matched marked. */
export function HighlightedText({ text, query }: { text: string; query: string }): JSX.Element {
  return (
    <>
      {highlightParts(text, query).map((part, index) => (part.match ? <mark key={index}>{part.text}</mark> : <span key={index}>{part.text}</span>))}
    </>
  );
}
