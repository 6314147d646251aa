import type { Grammar } from './types';

/** English, as written by the UN, the secretariat, the press and national legislation. */
export const en: Grammar = {
  lang: 'en',
  script: 'Latin',
  adoptedBy: ['adopted by'],
  stopWords: ['the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'this', 'on', 'are', 'by', 'which', 'its'],
  // With the typos a reader reads through ("artcle 8", "paragrah 3").
  article: ['article', 'articles', 'art.', 'arts.', 'artcle', 'artilce', 'aritcle'],
  paragraph: ['paragraph', 'paragraphs', 'para.', 'paras.', 'paragrah', 'pargraph', 'paragaph'],
  // "point (c)" is the EU's word for a lettered subparagraph ("Article 11(2), point (c)").
  subparagraph: ['subparagraph', 'subparagraphs', 'sub-paragraph', 'sub-paragraphs', 'point', 'points'],
  annex: ['annex', 'annexes'],
  part: ['part', 'parts'],
  partOrdinals: {},
  listAnd: ['and', 'or', 'and/or', '&'],
  range: ['to', 'through'],
  of: ['of', 'to', 'in'],
  determiners: ['the', 'this', 'that', 'said'],
  resolution: ['resolution', 'resolutions'],
  decision: ['decision', 'decisions'],
  // EU acts call the Convention "the Agreement" (the Union concludes it as an international agreement).
  convention: ['convention', 'treaty', 'agreement'],
  conventionNamers: ['on', 'for', 'of', 'concerning', 'relating'],
  minamataNames: ['Minamata', 'Minimata', 'Convention on Mercury'],
  topicWords: ['mercury', 'UNEP/MC'],
  otherInstruments: [
    'Basel', 'Rotterdam', 'Stockholm', 'Kyoto', 'Vienna Convention', 'Montreal Protocol', 'Paris Agreement', 'Aarhus',
    'Espoo', 'Biological Diversity', 'Climate Change', 'Desertification', 'Law of the Sea', 'CITES', 'UNFCCC', 'CBD',
    'UNCCD', 'TFEU', 'TEU', 'Treaty on European Union', 'Regulation (EU)',
    'Directive (EU)', 'Clean Air Act', 'Toxic Substances Control Act', 'Long-range Transboundary Air Pollution', 'LRTAP',
    'Ozone Layer'
  ],
  instrumentWords: [
    'protocol', 'covenant', 'regulation', 'directive', 'act', 'code', 'law', 'decree', 'statute',
    'rules of procedure', 'rules', 'constitution', 'charter', 'agreement', 'ordinance', 'bill', 'decision',
    'resolution', 'document', 'report', 'note', 'annex', 'appendix', 'framework', 'Final Act', 'guidelines'
  ],
  lawWords: ['regulation', 'directive', 'act', 'law', 'decree', 'ordinance'],
  glossWords: ['on', 'entitled', 'concerning', 'regarding', 'relating to'],
  uneaNames: ['UNEA', 'Environment Assembly', 'UNEP/EA'],
  otherBodies: [
    'General Assembly', 'UNGA', 'Human Rights Council', 'HRC', 'Security Council', 'Governing Council',
    'Economic and Social Council', 'ECOSOC', 'World Health Assembly', 'Executive Board',
    'UNFCCC', 'CMP', 'CMA', 'ICCM', 'IMO', 'FAO Conference',
  ],
  copNames: ['Conference of the Parties', 'COP'],
  environmentWords: ['environment', 'environmental', 'UNEP', 'chemicals', 'pollution', 'waste', 'wastes'],
};
