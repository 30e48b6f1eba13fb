import type { zhMatching } from './zh-CN.matching';

export const enMatching: Record<keyof typeof zhMatching, string> = {
  'module.matching.recommendations': 'Picks for you',
  'module.matching.samples': 'My samples',
  'module.matching.profile': 'Profile & credit',
  'module.matching.sampleRequests': 'Sample requests',
  'module.matching.matchmaking': 'Streamer matching',
  'menu.matchingGroup': 'Matching',
};
