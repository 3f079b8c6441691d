/**
 * Real queries in Chinese and the page each must find in the top 5 (tests/browser/search-queries.test.ts).
 */
import type { QuerySet } from './query-set.ts';

export default [
  ['网络安全', '/zh-cn/activities/arb-regional-cyberdrill-2023/'],
  ['频谱管理', '/zh-cn/activities/ams-spectrum-management-conference-2024/'],
  ['元宇宙', '/zh-cn/activities/afr-cities-metaverse-forum-2023/'],
  ['数字金融服务', '/zh-cn/activities/asp-dfs-security-clinic-2023/'],
  ['智慧城市', '/zh-cn/activities/arb-egypt-smart-cities-project/'],
  ['巴巴多斯', '/zh-cn/countries/bb/'],
  ['阿鲁沙', '/zh-cn/activities/afr-sg20-meeting-arusha-2023/'],
  // ICU cuts 白俄罗斯 into 白 + 俄罗斯 while the index (jieba) keeps it whole: found only thanks to icuTerms.
  ['白俄罗斯', '/zh-cn/countries/by/'],
  ['第25号决议', '/zh-cn/resolutions/pp-25/'],
  ['基加利行动计划', '/zh-cn/references/kigali-action-plan/'],
  ['美洲国家电信委员会', '/zh-cn/organizations/citel/'],
  ['应急号码', '/zh-cn/activities/afr-wtsa-100-emergency-number/'],
  ['欧洲区域发展论坛', '/zh-cn/forums/rdf-eur-2023/'],
  ['无障碍美洲', '/zh-cn/activities/ams-accessible-americas-2023/'],
  ['哥伦比亚5G拍卖', '/zh-cn/activities/ams-colombia-5g-auction-assistance/'],
  ['阿布扎比', '/zh-cn/activities/arb-regional-cyberdrill-2023/'],
  ['博布鲁伊斯克', '/zh-cn/activities/cis-ssc-training-bobruisk-2023/'],
  ['乌克兰广播电台', '/zh-cn/activities/eur-ukraine-broadcasting-assessment/'],
  ['连通学校', '/zh-cn/activities/ams-giga-oecs-school-connectivity/'],
  ['VoLTE互连', '/zh-cn/activities/cis-volte-roundtable-2023/'],
] satisfies QuerySet;
