import type { UnitType } from '../core/identity/units.schema.js';

/**
 * The demo organisation tree (SPEC §1, issue 2): Sichuan with Chengdu Jinniu's base and joint
 * branch, Luzhou's two-level internet-industry party committees and 网络人才之家, Dazhou's
 * counties and industry party organisations, and 泸定 as a training site. Keys name units for
 * later seeds; region codes are real GB/T 2260 codes.
 */
export interface DemoUnit {
  key: string;
  parent: string | null;
  name: string;
  type: UnitType;
  regionCode: string | null;
}

export const DEMO_UNITS: DemoUnit[] = [
  { key: 'sichuan', parent: null, name: '四川省', type: 'province', regionCode: '51' },

  { key: 'chengdu', parent: 'sichuan', name: '成都市', type: 'city', regionCode: '5101' },
  { key: 'jinniu', parent: 'chengdu', name: '金牛区', type: 'county', regionCode: '510106' },
  { key: 'jinniu_base', parent: 'jinniu', name: '金牛区电商直播产业基地', type: 'base', regionCode: '510106' },
  { key: 'jinniu_branch', parent: 'jinniu', name: '金牛区电商直播产业基地联合党支部', type: 'joint_branch', regionCode: '510106' },

  { key: 'luzhou', parent: 'sichuan', name: '泸州市互联网行业党委', type: 'industry_committee', regionCode: '5105' },
  { key: 'naxi', parent: 'luzhou', name: '纳溪区互联网行业党委', type: 'industry_committee', regionCode: '510503' },
  { key: 'jiangyang', parent: 'luzhou', name: '江阳区互联网行业党委', type: 'industry_committee', regionCode: '510502' },
  { key: 'hejiang', parent: 'luzhou', name: '合江县互联网行业党委', type: 'industry_committee', regionCode: '510522' },
  { key: 'gulin', parent: 'luzhou', name: '古蔺县互联网行业党委', type: 'industry_committee', regionCode: '510525' },
  { key: 'xuyong', parent: 'luzhou', name: '叙永县互联网行业党委', type: 'industry_committee', regionCode: '510524' },
  { key: 'luzhou_talent_home', parent: 'luzhou', name: '泸州市网络人才之家', type: 'venue', regionCode: '5105' },

  { key: 'dazhou', parent: 'sichuan', name: '达州市', type: 'city', regionCode: '5117' },
  { key: 'tongchuan', parent: 'dazhou', name: '通川区', type: 'county', regionCode: '511702' },
  { key: 'dachuan', parent: 'dazhou', name: '达川区', type: 'county', regionCode: '511703' },
  { key: 'xuanhan', parent: 'dazhou', name: '宣汉县', type: 'county', regionCode: '511722' },
  { key: 'wanyuan', parent: 'dazhou', name: '万源市', type: 'county', regionCode: '511781' },
  { key: 'dazhou_ecommerce_org', parent: 'dazhou', name: '达州市电商行业联合党组织', type: 'joint_org', regionCode: '5117' },
  { key: 'dazhou_media_branch', parent: 'dazhou', name: '达州市自媒体行业联合党支部', type: 'joint_branch', regionCode: '5117' },

  // Departments that answer the service desk (issue 6), placed under the area they serve.
  { key: 'jinniu_commerce', parent: 'jinniu', name: '金牛区商务局', type: 'department', regionCode: '510106' },
  { key: 'jinniu_tax', parent: 'jinniu', name: '国家税务总局成都市金牛区税务局', type: 'department', regionCode: '510106' },
  { key: 'jinniu_justice', parent: 'jinniu', name: '金牛区司法局', type: 'department', regionCode: '510106' },
  { key: 'jinniu_market', parent: 'jinniu', name: '金牛区市场监督管理局', type: 'department', regionCode: '510106' },
  { key: 'jinniu_hr', parent: 'jinniu', name: '金牛区人力资源和社会保障局', type: 'department', regionCode: '510106' },
  { key: 'jinniu_cyber', parent: 'jinniu', name: '中共成都市金牛区委网信办', type: 'department', regionCode: '510106' },
  { key: 'naxi_tax', parent: 'naxi', name: '国家税务总局泸州市纳溪区税务局', type: 'department', regionCode: '510503' },
  { key: 'naxi_commerce', parent: 'naxi', name: '纳溪区商务局', type: 'department', regionCode: '510503' },
  { key: 'naxi_hr', parent: 'naxi', name: '纳溪区人力资源和社会保障局', type: 'department', regionCode: '510503' },
  { key: 'luzhou_market', parent: 'luzhou', name: '泸州市市场监督管理局', type: 'department', regionCode: '5105' },
  { key: 'luzhou_justice', parent: 'luzhou', name: '泸州市司法局', type: 'department', regionCode: '5105' },
  { key: 'luzhou_cyber', parent: 'luzhou', name: '中共泸州市委网信办', type: 'department', regionCode: '5105' },
  { key: 'dazhou_market', parent: 'dazhou', name: '达州市市场监督管理局', type: 'department', regionCode: '5117' },
  { key: 'dazhou_tax', parent: 'dazhou', name: '国家税务总局达州市税务局', type: 'department', regionCode: '5117' },

  { key: 'ganzi', parent: 'sichuan', name: '甘孜藏族自治州', type: 'city', regionCode: '5133' },
  { key: 'luding', parent: 'ganzi', name: '泸定县直播实训基地', type: 'training_site', regionCode: '513322' },
];

/** One demo login per role, named after the role (issue 2). */
export const DEMO_USERS = [
  { username: 'admin', displayName: '省平台管理员', role: 'admin', unit: 'sichuan', phone: '13800028001' },
  { username: 'base_staff', displayName: '金牛基地运营·李娜', role: 'base_staff', unit: 'jinniu_base', phone: '13800028002' },
  { username: 'org_secretary', displayName: '联合党支部书记·王强', role: 'org_secretary', unit: 'jinniu_branch', phone: '13800028003' },
  { username: 'instructor', displayName: '党建指导员·赵敏', role: 'instructor', unit: 'luzhou', phone: '13800028004' },
  { username: 'dept_officer', displayName: '纳溪区税务·陈静', role: 'dept_officer', unit: 'naxi_tax', phone: '13800028005' },
  { username: 'reviewer', displayName: '五星创评评审·周杰', role: 'reviewer', unit: 'dazhou', phone: '13800028006' },
  { username: 'streamer', displayName: '主播·明二锅', role: 'streamer', unit: 'naxi', phone: '13800028007' },
  { username: 'luzhou_staff', displayName: '泸州市基地运营·何静', role: 'base_staff', unit: 'luzhou', phone: '13800028009' },
  { username: 'dazhou_staff', displayName: '达州市基地运营·杨帆', role: 'base_staff', unit: 'dazhou', phone: '13800028010' },
  { username: 'producer', displayName: '纳溪特早茶合作社·刘芳', role: 'producer', unit: 'naxi', phone: '13800028008' },
] as const;
