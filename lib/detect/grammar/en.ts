import type { Grammar } from './types';

/** English, as written by the UN, the secretariat, the press and national legislation. */
export const en: Grammar = {
  lang: 'en',
  script: 'Latin',
  adoptedBy: ['adopted by'],
  stopWords: ['the', 'of', 'and', 'to', 'is', 'that', 'for', 'with', 'this', 'on', 'are', 'by', 'which', 'its'],
  article: ['article', 'articles', 'art.', 'arts.'],
  paragraph: ['paragraph', 'paragraphs', 'para.', 'paras.'],
  subparagraph: ['subparagraph', 'subparagraphs', 'sub-paragraph', 'sub-paragraphs'],
  annex: ['annex', 'annexes'],
  part: ['part', 'parts'],
  partOrdinals: {},
  listAnd: ['and', 'or', 'and/or'],
  range: ['to', 'through'],
  of: ['of', 'to', 'in'],
  determiners: ['the', 'this', 'that', 'said'],
  resolution: ['resolution', 'resolutions'],
  decision: ['decision', 'decisions'],
  convention: ['convention', 'treaty'],
  conventionNamers: ['on', 'for', 'of', 'concerning', 'relating'],
  minamataNames: ['Minamata', 'Convention on Mercury'],
  topicWords: ['mercury', 'UNEP/MC'],
  otherInstruments: [
    'Basel', 'Rotterdam', 'Stockholm', 'Kyoto', 'Vienna Convention', 'Montreal Protocol', 'Paris Agreement', 'Aarhus',
    'Espoo', 'Biological Diversity', 'Climate Change', 'Desertification', 'Law of the Sea', 'CITES', 'UNFCCC', 'CBD',
    'UNCCD', 'TFEU', 'TEU', 'Treaty on European Union', 'Regulation (EU)',
    'Directive (EU)', 'Clean Air Act', 'Toxic Substances Control Act'
  ],
  instrumentWords: [
    'protocol', 'covenant', 'regulation', 'directive', 'act', 'code', 'law', 'decree', 'statute',
    'rules of procedure', 'rules', 'constitution', 'charter', 'agreement', 'ordinance', 'bill', 'decision',
    'resolution', 'document', 'report', 'note', 'annex', 'appendix', 'framework', 'Final Act', 'guidelines'
  ],
  uneaNames: ['UNEA', 'Environment Assembly', 'UNEP/EA'],
  otherBodies: [
    'General Assembly', 'UNGA', 'Human Rights Council', 'HRC', 'Security Council', 'Governing Council',
    'Economic and Social Council', 'ECOSOC', 'World Health Assembly', 'Executive Board',
    'UNFCCC', 'CMP', 'CMA', 'ICCM', 'IMO', 'FAO Conference',
  ],
  copNames: ['Conference of the Parties', 'COP'],
  environmentWords: ['environment', 'environmental', 'UNEP', 'chemicals', 'pollution', 'waste', 'wastes'],
};
