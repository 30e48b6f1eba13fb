import { api } from './client';
import type { CalendarCheck, CalendarEntry, CalendarYears, YearEntries } from './types';

export const calendarApi = {
  years: () => api.get<CalendarYears>('/api/calendar/years'),
  year: (year: number) => api.get<YearEntries>(`/api/calendar/years/${year}`),
  saveYear: (year: number, entries: CalendarEntry[]) => api.put<YearEntries>(`/api/calendar/years/${year}`, { entries }),
  check: (date: string, add = 0) => api.get<CalendarCheck>('/api/calendar/check', { date, add }),
};
