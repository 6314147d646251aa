import type { Grammar } from './types';

/**
 * Chinese, as the Convention's Chinese text and UN documents write it: the number comes between
 * "第" and its keyword ("第十六条第二款第（一）项", "第16条第2款(a)项", "第十一条第三款第一项"),
 * with Chinese or Arabic numerals; the instrument is named before the provision
 * ("《关于汞的水俣公约》第二十三条", "《斯德哥尔摩公约》第5条"); resolutions and decisions are
 * "第5/14号决议", "第 3/7 号决议", "第MC-5/3号决定". Annexes keep the Latin letter ("附件A"), as in
 * the UN's Chinese treaty texts; "附件一" is an annex I of some document, not the Convention's.
 * Chinese has no spaces, so none of these words needs a word boundary.
 */
export const zh: Grammar = {
  lang: 'zh',
  script: 'Han',
  stopWords: [],
  counterPrefix: '第',
  counterMeasure: '号',
  numerals: {
    digits: { '〇': 0, '零': 0, '一': 1, '二': 2, '两': 2, '三': 3, '四': 4, '五': 5, '六': 6, '七': 7, '八': 8, '九': 9 },
    units: { '十': 10, '百': 100 },
  },
  article: ['条'],
  paragraph: ['款'],
  subparagraph: ['项'],
  annex: ['附件'],
  part: ['部分'],
  partOrdinals: {},
  // (一)/（一）/一 and the heavenly stems (甲)(乙)(丙) used for (a)(b)(c) in older translations.
  subLetters: [['一', '甲'], ['二', '乙'], ['三', '丙'], ['四', '丁'], ['五', '戊'], ['六', '己'], ['七', '庚'], ['八', '辛'], ['九', '壬'], ['十', '癸']],
  annexLetters: { 'Ａ': 'A', 'Ｂ': 'B', 'Ｃ': 'C', 'Ｄ': 'D', 'Ｅ': 'E' },
  listAnd: ['和', '及', '以及', '或', '、'],
  range: ['至', '到'],
  of: [],
  determiners: ['本', '该'],
  resolution: ['号决议'],
  decision: ['号决定'],
  adoptedBy: ['通过的'],
  convention: ['公约'],
  conventionNamers: [],
  minamataNames: ['水俣'],
  topicWords: ['汞'],
  otherInstruments: ['巴塞尔', '鹿特丹', '斯德哥尔摩', '京都议定书', '维也纳公约', '蒙特利尔议定书', '巴黎协定', '生物多样性公约', '气候变化框架公约', '海洋法公约', '任择议定书'],
  instrumentWords: ['议定书', '法', '法规', '条例', '规则', '规定', '办法', '指令', '宪法', '协定', '决定', '决议'],
  uneaNames: ['联合国环境大会', '环境大会'],
  otherBodies: ['联合国大会', '人权理事会', '安全理事会', '理事会', '经济及社会理事会', '世界卫生大会', '执行局'],
  copNames: ['缔约方大会'],
  environmentWords: ['环境', '环境规划署', '化学品', '污染', '废物'],
};
