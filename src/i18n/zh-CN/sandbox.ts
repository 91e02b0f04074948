/** The sandbox page (/sandbox/ 「沙盘推演」): its controls, presets and notices. */
export const sandbox = {
  title: '沙盘推演',
  description: '自己动手改参数：基差头寸和多基金连锁平仓的每一个参数都可以调，网址会记下全部设置，复制就能分享。',
  intro: '这里把各章的模型摊开给你调。每个参数都有说明和单位；改动后图会立刻重算，网址也随之更新，复制下来发给别人，对方看到的就是同一张图。',
  modelLabel: '模型',
  presetLabel: '预设情景',
  noPreset: '（不用预设）',
  reset: '恢复默认',
  copyLink: '复制链接',
  copied: '链接已复制',
  noScript: '沙盘需要 JavaScript 才能调参数；上面是各模型的默认状态。',
  /** The notice after a URL with values that had to be changed. */
  noticeTemplate: '网址里有些参数无法照用，已按最接近的有效值处理：{items}。',
  noticeItem: '{label}（“{given}”→ {used}）',
  noticeUnknown: '未知参数“{key}”已忽略',
  noticeDropped: '{label}“{given}”不存在，未采用',
  noticeJoin: '；',
  models: {
    'position-lab': '一笔基差头寸',
    cascade: '多基金连锁平仓',
    'repo-carry': '回购利率与到期盈亏',
  } as Record<string, string>,
  presets: {
    'toy-trade': '原文的玩具例子（100 / 100.01）',
    'repo-spike-2019': '2019 年 9 月回购利率飙升',
    'sofr-spike-2019': '2019 年 9 月 17 日的 SOFR（第 4 章）',
    'march-2020-fed': '2020 年 3 月，美联储入场',
    'march-2020-no-fed': '2020 年 3 月，假如美联储不买',
  } as Record<string, string>,
};
