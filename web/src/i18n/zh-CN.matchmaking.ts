/** Simplified Chinese for staff matchmaking: products for a streamer (issue 5). */
export const zhMatchmaking = {
  'picks.title': '为主播选品',
  'picks.hint': '为管辖范围内的主播挑选商品：与主播在“为你选品”中看到的排序相同。',
  'picks.pickStreamer': '选择主播',
  'picks.noProfile': '该主播尚未完善资料，推荐只按应季与品质排序',
  'picks.empty': '暂无可推荐的商品',
};
