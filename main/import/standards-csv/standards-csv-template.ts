/**
 * The file the app writes when a teacher asks for a template: the header and three rows that show a
 * small tree (a domain, a standard under it, a learning target under that). Quoted where a statement
 * holds a comma, as a spreadsheet would write it.
 */
export function standardsCsvTemplate(): string {
  return [
    'code,statement,parent code,grade,type',
    'SCI.5.E,"Earth and space: patterns, cycles and systems",,5,domain',
    'SCI.5.E.1,Explain how the Sun and Earth interact to produce day and night.,SCI.5.E,5,standard',
    'SCI.5.E.1.a,I can model the rotation of the Earth to show day and night.,SCI.5.E.1,5,learning target',
    '',
  ].join('\r\n');
}
