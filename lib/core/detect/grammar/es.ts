import type { Grammar } from './types';

/** Spanish, in the UN's style ("el apartado a) del párrafo 2 del artículo 16") and the press's. */
export const es: Grammar = {
  lang: 'es',
  script: 'Latin',
  adoptedBy: ['adoptada por'],
  stopWords: ['el', 'los', 'las', 'del', 'y', 'que', 'por', 'una', 'con', 'para', 'como', 'sobre', 'este', 'esta', 'se', 'al', 'lo'],
  article: ['artículo', 'artículos', 'articulo', 'articulos', 'art.', 'arts.', 'artìculo', 'artíulo'],
  // "parágrafo" is the Portuguese-influenced variant some Latin American texts use for "párrafo".
  // "apartado 3" (with a number, no letter) is a numbered paragraph in EU and Spanish drafting.
  paragraph: ['párrafo', 'párrafos', 'parrafo', 'parrafos', 'párr.', 'parágrafo', 'parágrafos', 'paragrafo', 'paragrafos', 'apartado', 'apartados'],
  subparagraph: ['apartado', 'apartados', 'inciso', 'incisos', 'letra', 'letras'],
  annex: ['anexo', 'anexos'],
  part: ['parte', 'partes'],
  partOrdinals: { primera: 'I', segunda: 'II', tercera: 'III' },
  listAnd: ['y', 'e', 'o', 'y/o', '&'],
  range: ['a', 'al'],
  of: ['del', 'de la', 'de', 'al', 'a la'],
  determiners: ['el', 'la', 'los', 'las', 'este', 'esta', 'dicho', 'dicha', 'presente'],
  resolution: ['resolución', 'resoluciones', 'resolucion'],
  decision: ['decisión', 'decisiones', 'decision'],
  convention: ['convenio', 'convención', 'convencion', 'tratado', 'acuerdo'],
  conventionNamers: ['sobre', 'relativo', 'relativa', 'para', 'marco', 'de las', 'de los', 'europeo'],
  minamataNames: ['Minamata', 'Convenio sobre el Mercurio'],
  topicWords: ['mercurio'],
  otherInstruments: [
    'Basilea', 'Rotterdam', 'Estocolmo', 'Kyoto', 'Kioto', 'Convención de Viena', 'Protocolo de Montreal',
    'Acuerdo de París', 'Escazú', 'Escazu', 'diversidad biológica', 'cambio climático', 'desertificación',
    'derecho del mar', 'CITES', 'CMNUCC', 'TFUE', 'TUE', 'ley n°', 'ley nº', 'ley no.',
    'decreto supremo', 'decreto ejecutivo', 'reglamento (UE)', 'directiva (UE)',
    'contaminación atmosférica transfronteriza', 'capa de ozono'
  ],
  instrumentWords: [
    'protocolo', 'pacto', 'reglamento', 'directiva', 'código', 'codigo', 'ley', 'decreto', 'ordenanza',
    'constitución', 'constitucion', 'carta', 'acuerdo', 'estatuto', 'norma', 'normas', 'decisión', 'decision',
    'resolución', 'resolucion', 'documento', 'informe', 'nota', 'anexo', 'apéndice', 'marco', 'Acta Final',
    'directrices'
  ],
  lawWords: ['reglamento', 'directiva', 'ley', 'decreto', 'ordenanza'],
  glossWords: ['sobre', 'titulada', 'titulado', 'relativa a', 'relativo a'],
  uneaNames: ['Asamblea de las Naciones Unidas sobre el Medio Ambiente', 'UNEA', 'ANUMA'],
  otherBodies: [
    'Asamblea General', 'Consejo de Derechos Humanos', 'Consejo de Seguridad', 'Consejo de Administración',
    'Consejo Económico y Social', 'Asamblea Mundial de la Salud', 'Consejo Ejecutivo', 'CMNUCC',
  ],
  copNames: ['Conferencia de las Partes', 'COP'],
  environmentWords: ['medio ambiente', 'ambiental', 'ambientales', 'PNUMA', 'productos químicos', 'contaminación', 'desechos', 'residuos'],
};
