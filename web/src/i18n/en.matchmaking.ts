import type { zhMatchmaking } from './zh-CN.matchmaking';

export const enMatchmaking: Record<keyof typeof zhMatchmaking, string> = {
  'picks.title': 'Products for a streamer',
  'picks.hint': 'Pick products for a streamer in your units: the same ranking the streamer sees under "Picks for you".',
  'picks.pickStreamer': 'Choose a streamer',
  'picks.noProfile': 'This streamer has no profile yet; the ranking uses season and quality only',
  'picks.empty': 'Nothing to recommend yet',
};
