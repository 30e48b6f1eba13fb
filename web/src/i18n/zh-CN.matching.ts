/** Simplified Chinese for matching and cooperation (issue 5). */
export const zhMatching = {
  'module.matching.recommendations': '为你选品',
  'module.matching.samples': '我的样品',
  'module.matching.profile': '主播资料与信用',
  'module.matching.sampleRequests': '样品申请',
  'module.matching.matchmaking': '主播匹配',
  'menu.matchingGroup': '选品对接',
};
