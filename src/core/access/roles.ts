/** The roles of SPEC §1. A user holds roles per organisation unit. */
export const ROLES = [
  'admin',
  'base_staff',
  'org_secretary',
  'instructor',
  'dept_officer',
  'reviewer',
  'streamer',
  'producer',
] as const;

export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, { zh: string; en: string }> = {
  admin: { zh: '平台管理员', en: 'Administrator' },
  base_staff: { zh: '基地运营', en: 'Base staff' },
  org_secretary: { zh: '党组织书记', en: 'Party secretary' },
  instructor: { zh: '党建指导员', en: 'Party-building instructor' },
  dept_officer: { zh: '部门工作人员', en: 'Department officer' },
  reviewer: { zh: '五星创评评审', en: 'Star-rating reviewer' },
  streamer: { zh: '主播', en: 'Streamer' },
  producer: { zh: '生产者', en: 'Producer' },
};
