/** The site's UI strings: header, navigation, page shells (figure strings live in one module per figure). */
import { formatDate, formatNumber, formatUsdLarge } from './format';

export const site = {
  title: '基差交易',
  subtitle: '美国国债期现套利的图解',
  description: '用可以滚动、会动的图，一步步讲清美国国债基差交易：价差从何而来、三步怎么做、风险在哪，以及 2020 年 3 月的连锁平仓。',
  hook: '2020 年 3 月，全世界最安全、流动性最好的美国国债市场突然失灵：价格乱跳，卖盘找不到买家，直到美联储亲自下场买入。风暴中心有一笔看起来几乎稳赚的交易——对冲基金同时买入国债现货、卖出国债期货，赚两者之间微小的差价，再用借来的钱把它放大几十倍。这个网站用会动的图，陪你一步步拆开它。',
  chaptersHeading: '章节',
  minutes: (n: number) => `约 ${n} 分钟`,
  chapterLabel: (n: number) => `第 ${n} 章`,
  footer: '数据来源：美国商品期货交易委员会（CFTC）、纽约联储、美联储理事会（经 FRED）。本站不构成投资建议。',
  sourcesLink: '数据与来源',
  glossaryLink: '术语表',
  sandboxLink: '沙盘推演',
  teachLink: '教师指南',
};

export const ui = {
  skipLink: '跳到正文',
  home: '首页',
  motionToggle: '动画',
  motionOn: '动画：开',
  motionOff: '动画：关',
  themeToggle: '切换深浅色',
  objectivesHeading: '学完本章，你能够',
  prev: '上一章',
  next: '下一章',
  stepLink: '本步骤的链接',
  figureLabel: '图',
  tocHeading: '目录',
  glossaryClose: '关闭',
  glossaryHeading: '本章术语',
  correctionLabel: '更准确地说',
  noteLabel: '注',
  recapHeading: '本章要点',
  sourcesHeading: '本章资料来源',
  dataTable: '查看数据表',
  termCardMore: '在术语表中查看',
  copyStepLink: '复制本步骤的链接',
  quizHeading: '自测',
  quizShowAnswer: '看答案',
  quizAnswerIs: (choice: string) => `答案：${choice}。`,
  quizRight: '答对了。',
  quizWrong: '再想想。',
  quizScore: (right: string, total: string) => `第一次就答对 ${right} / ${total} 题。`,
  stepLinkCopied: '链接已复制',
};

/** The /data/ page shell (its prose is in src/pages/data/_content.mdx). */
export const dataPage = {
  title: '数据图',
  description: '基差交易相关的四组真实数据：国债期货持仓、回购利率、国债收益率和美联储的国债持有量，每张图都可以逐步浏览、悬停读数、展开数据表。',
  intro: '这一页收集了本站用到的四组真实数据。每张图都会随着文字滚动变化；在图上悬停或点按可以读出具体数值，图下可以展开完整的数据表。',
  sourcesLink: '每组数据的出处、单位和处理方法，见“数据与来源”页',
  homeLink: '数据图：持仓、回购利率、收益率与美联储购债',
};

/** The /sources/ page. */
export const sourcesPage = {
  title: '数据与来源',
  description: '本站使用的数据集与引用事实：发布机构、序列代码、单位、时间范围和处理方法。',
  intro: '本站图表里的每个数字都来自下面这些公开数据，正文引用的事实也都列出了原始出处。数据文件由脚本从原始文件派生，不做插补；缺失的日期在图上留空。',
  datasetsHeading: '数据集',
  factsHeading: '正文引用的事实',
  dataPageLink: '在“数据图”页浏览这些数据',
  labels: {
    publisher: '发布机构',
    series: '序列代码',
    units: '单位',
    range: '时间范围',
    derivation: '处理方法',
    link: '原始数据',
    files: '原始文件',
  },
  rangeText: (from: string, to: string) => `${formatDate(from)}至 ${formatDate(to)}`,
  /** "2020-03" → 2020 年 3 月; "2020" → 2020 年; full dates as usual. */
  factDate: (date: string, end?: string) => {
    const one = (d: string) => {
      const [y, m, day] = d.split('-').map(Number);
      return day ? formatDate(d) : m ? `${y} 年 ${m} 月` : `${y} 年`;
    };
    return end ? `${one(date)}至 ${one(end)}` : one(date);
  },
  datasetName: {
    'positions-10y': '10 年期美国国债期货持仓（CFTC TFF）',
    'positions-all': '六种美国国债期货合计持仓（CFTC TFF）',
    'rates-stress': '回购利率 SOFR、联邦基金利率 EFFR 与目标区间',
    'yields-2020': '10 年期与 2 年期美国国债收益率（H.15）',
    'fed-holdings': '美联储持有的美国国债（H.4.1）',
  } as Record<string, string>,
  usedBy: '用于',
  figureName: {
    positions: '持仓图',
    'repo-rates': '回购利率图',
    'yields-2020': '收益率图',
    'fed-holdings': '美联储持有量图',
  } as Record<string, string>,
  gapsText: (n: number) => `缺失 ${n} 段（整周空白，不插补）`,
  sourceLink: '出处',
  derivedNote: '（由本站数据计算）',
  factLine: (date: string, value: string) => `${date}：${value}`,
  unit: {
    percent: (v: number) => `${v}%`,
    bp: (v: number) => `${v} 个基点`,
    usd_bn: (v: number) => formatUsdLarge(v * 1e9),
    usd_bn_per_day: (v: number) => `每天 ${formatUsdLarge(v * 1e9)}`,
    contracts: (v: number) => `${formatNumber(v, 0)} 张合约`,
    share_percent: (v: number) => `${v}%`,
  },
};

/** The /glossary/ page. */
export const glossaryPage = {
  title: '术语表',
  description: '本站用到的全部金融术语：中文、英文和一句话的定义，每个术语都有自己的链接。',
  intro: '本站各章用到的术语都在这里，按拼音排序。每个术语都可以直接链接，例如在章节里点开一个术语，再点“在术语表中查看”就会来到这里。',
  englishLabel: '英文',
};

/** The 404 page. */
export const notFoundPage = {
  title: '找不到这一页',
  text: '这个地址没有内容，可能是链接写错了，或者页面已经改名。可以从下面的章节重新开始：',
  homeLink: '回到首页',
};

/** The teacher's guide (/teach/). */
export const teachPage = {
  title: '教师指南',
  description: '给布置本站章节的老师：每章的学习目标、关键术语、讨论题和沙盘练习（附答案），以及一课时和三课时的安排与常见误解。',
  intro: '每一章都列出学习目标、关键术语、两三道讨论题和用沙盘完成的练习；练习链接会打开所需的预设情景，答案折叠在下面。页末是课时安排和值得专门纠正的误解。',
  tocLabel: '本页目录',
  plansHeading: '课时安排与常见误解',
  objectives: '学习目标',
  terms: '关键术语',
  discussion: '讨论题',
  exercises: '沙盘练习',
  openPreset: '在沙盘中打开这个情景',
  answer: '参考答案',
};

/** Share cards (Open Graph / Twitter images) and the page's share tags. */
export const share = {
  /** The line beside the site's name at the top of a chapter's card. */
  cardLine: site.subtitle,
  /** Above the title on the site's own card. */
  siteCardLabel: (chapters: number) => `共 ${chapters} 章 · 边读边看会动的图`,
  chapterImageAlt: (label: string, title: string, figure: string) => `${site.title}，${label}「${title}」。配图：${figure}`,
  siteImageAlt: (figure: string) => `${site.title}：${site.subtitle}。配图：${figure}`,
};

/** /embed/<figure>/<step>/: one figure at one step, for an iframe on another site. */
export const embedPage = {
  /** `where` is pageLabel(…): 第 4 章「基差交易的风险点」 or 数据图. */
  title: (where: string) => `${where}中的图 · ${site.title}`,
  description: (where: string) => `「${site.title}」${where}中的一张图，停在文中的一步。`,
  altHeading: '图的文字说明',
  /** The link back to the step in its page. */
  backLink: (where: string) => `在「${site.title}」中阅读${where}的这一步`,
  /** A chapter's label, or the data page's name (which is its own label). */
  pageLabel: (label: string, pageTitle: string) => (label === pageTitle ? label : `${label}「${pageTitle}」`),
};
