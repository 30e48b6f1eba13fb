import { useEffect, useState } from 'react';

const QUERY = '(max-width: 767.98px)';

/** Below 768 px the sider becomes a drawer. Read synchronously so the first paint is right. */
export function useIsMobile(): boolean {
  const [mobile, setMobile] = useState(() => typeof window !== 'undefined' && window.matchMedia(QUERY).matches);
  useEffect(() => {
    const mq = window.matchMedia(QUERY);
    const onChange = () => setMobile(mq.matches);
    mq.addEventListener('change', onChange);
    onChange();
    return () => mq.removeEventListener('change', onChange);
  }, []);
  return mobile;
}
