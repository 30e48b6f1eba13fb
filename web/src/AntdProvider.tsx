import type { ReactNode } from 'react';
import { App as AntApp, ConfigProvider } from 'antd';
import zh_CN from 'antd/locale/zh_CN';
import en_US from 'antd/locale/en_US';
import dayjs from 'dayjs';
import 'dayjs/locale/zh-cn';
import 'dayjs/locale/en';
import { useI18n } from './i18n/context';

const theme = { token: { colorPrimary: '#c41d1d', borderRadius: 6 } };

export function AntdProvider({ children }: { children: ReactNode }) {
  const { locale } = useI18n();
  dayjs.locale(locale === 'en' ? 'en' : 'zh-cn');
  return (
    <ConfigProvider locale={locale === 'en' ? en_US : zh_CN} theme={theme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}
