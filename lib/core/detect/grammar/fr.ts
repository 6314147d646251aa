import type { Grammar } from './types';

/** French, in the UN's style ("l'alinéa b) du paragraphe 5 de l'article 23") and the press's. */
export const fr: Grammar = {
  lang: 'fr',
  script: 'Latin',
  adoptedBy: ['adoptée par'],
  stopWords: ['les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'au', 'aux', 'avec', 'ces', 'cette', 'sont', 'par', 'le'],
  article: ['article', 'articles', 'art.', 'arts.', 'artcle', 'aritcle'],
  paragraph: ['paragraphe', 'paragraphes', 'par.', 'paragrahe', 'paragaphe'],
  subparagraph: ['alinéa', 'alinéas', 'alinea', 'alineas', 'point', 'points'],
  annex: ['annexe', 'annexes'],
  part: ['partie', 'parties'],
  partOrdinals: { 'première': 'I', premiere: 'I', 'deuxième': 'II', deuxieme: 'II', seconde: 'II', 'troisième': 'III', troisieme: 'III' },
  listAnd: ['et', 'ou', 'et/ou', '&'],
  range: ['à', 'a'],
  of: ["de l'", 'de la', 'du', 'de', 'des', 'à la', "à l'", 'au'],
  determiners: ['la', 'le', "l'", 'les', 'cette', 'ladite', 'présente', 'presente'],
  resolution: ['résolution', 'résolutions', 'resolution', 'resolutions'],
  decision: ['décision', 'décisions', 'decision', 'decisions'],
  convention: ['convention', 'traité', 'traite', 'accord'],
  conventionNamers: ['sur', 'relative', 'pour', 'concernant', 'des', 'cadre', 'européenne'],
  minamataNames: ['Minamata', 'Convention sur le mercure'],
  topicWords: ['mercure'],
  otherInstruments: [
    'Bâle', 'Bale', 'Rotterdam', 'Stockholm', 'Kyoto', 'Convention de Vienne', 'Protocole de Montréal',
    'Accord de Paris', 'Aarhus', 'diversité biologique', 'changements climatiques', 'désertification',
    'droit de la mer', 'CITES', 'CCNUCC', 'TFUE', 'TUE', "code de l'environnement",
    'code de la santé publique', 'loi n°', 'loi no', 'décret n°', 'décret no', 'règlement (UE)', 'directive (UE)',
    'pollution atmosphérique transfrontière', 'couche d\'ozone'
  ],
  instrumentWords: [
    'protocole', 'pacte', 'règlement', 'reglement', 'directive', 'code', 'loi', 'décret', 'decret',
    'arrêté', 'arrete', 'ordonnance', 'constitution', 'charte', 'accord', 'statut', 'règles', 'regles', 'décision',
    'decision', 'résolution', 'resolution', 'document', 'rapport', 'note', 'annexe', 'appendice', 'cadre',
    'Acte final', 'lignes directrices'
  ],
  lawWords: ['règlement', 'reglement', 'directive', 'loi', 'décret', 'decret', 'arrêté', 'arrete', 'ordonnance'],
  glossWords: ['sur', 'intitulée', 'intitulee', 'relative à', 'concernant'],
  uneaNames: ["Assemblée des Nations Unies pour l'environnement", 'ANUE', 'UNEA'],
  otherBodies: [
    'Assemblée générale', "Conseil des droits de l'homme", 'Conseil de sécurité', "Conseil d'administration",
    'Conseil économique et social', 'Assemblée mondiale de la Santé', 'Conseil exécutif', 'CCNUCC',
  ],
  copNames: ['Conférence des Parties', 'Conference des Parties', 'COP'],
  environmentWords: ['environnement', 'environnemental', 'environnementale', 'environnementaux', 'PNUE', 'produits chimiques', 'pollution', 'déchets'],
};
