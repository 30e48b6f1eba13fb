import { usersApi } from '../../../api/users';
import type { User } from '../../../api/types';
import { useT } from '../../../i18n/context';
import { RevealPhone } from '../../../components/RevealPhone';

/** Masked phone with a "查看完整号码" action; the server writes every such read to the audit log. */
export function SensitivePhone({ user }: { user: User }) {
  const t = useT();
  return (
    <RevealPhone
      phone={user.phone}
      load={async () => (await usersApi.sensitive(user.id)).phone}
      label={t('user.revealPhone')}
      note={t('user.revealPhoneNote')}
      testId={`user-phone-reveal-${user.username}`}
      fullTestId={`user-phone-full-${user.username}`}
    />
  );
}
