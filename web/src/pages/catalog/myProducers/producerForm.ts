import type { CreateProducerBody, FileRef, Producer, UpdateProducerBody } from '../../../api/types';

export interface ProducerFormValues {
  unitId?: string;
  name: string;
  type: Producer['type'];
  regionCode: string | null;
  address?: string | null;
  contactName: string;
  contactPhone: string;
  creditCode?: string | null;
  scLicenceNo?: string | null;
  foodBusinessLicenceNo?: string | null;
  bankName?: string | null;
  /** Empty on edit means "keep the stored one" (the form only ever sees it masked). */
  bankAccount?: string | null;
  intro?: string | null;
  licences: FileRef[];
}

export const PRODUCER_FIELD_RENAME: Record<string, string> = { licenceFileIds: 'licences' };

const opt = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);
const upper = (s: string | null | undefined) => opt(s)?.toUpperCase() ?? null;

export function toCreateBody(v: ProducerFormValues): CreateProducerBody {
  return {
    unitId: v.unitId,
    name: v.name.trim(),
    type: v.type,
    regionCode: v.regionCode ?? '',
    address: opt(v.address),
    contactName: v.contactName.trim(),
    contactPhone: v.contactPhone.trim(),
    creditCode: upper(v.creditCode),
    scLicenceNo: upper(v.scLicenceNo),
    foodBusinessLicenceNo: upper(v.foodBusinessLicenceNo),
    bankName: opt(v.bankName),
    bankAccount: opt(v.bankAccount),
    intro: opt(v.intro),
    licenceFileIds: v.licences.map((f) => f.id),
  };
}

export function toUpdateBody(v: ProducerFormValues): UpdateProducerBody {
  const { unitId: _unit, bankAccount, ...rest } = toCreateBody(v);
  return bankAccount ? { ...rest, bankAccount } : rest;
}

export function fromProducer(p: Producer): ProducerFormValues {
  return {
    name: p.name,
    type: p.type,
    regionCode: p.regionCode,
    address: p.address,
    contactName: p.contactName,
    contactPhone: p.contactPhone,
    creditCode: p.creditCode,
    scLicenceNo: p.scLicenceNo,
    foodBusinessLicenceNo: p.foodBusinessLicenceNo,
    bankName: p.bankName,
    bankAccount: null,
    intro: p.intro,
    licences: p.licences,
  };
}
