import type { FileRef, Product, ProductInput } from '../../../api/types';
import { fenToYuan, percentToBp, yuanToFen } from '../../../components/money';

/** The product form in the units people type: yuan, percent, files. */
export interface ProductFormValues {
  producerId?: string;
  name: string;
  categoryId: string;
  originRegionCode: string | null;
  specWeight: string;
  grade?: string | null;
  packaging?: string | null;
  shelfLifeDays: number;
  storage: ProductInput['storage'];
  freeShipping: boolean;
  shippingExcludes?: string | null;
  coldChain: boolean;
  sellingPoints: string;
  supplyPrice: number;
  retailPrice: number;
  commissionPct: number;
  capacityPerDay: number;
  capacitySeason: number;
  seasonMonths: number[];
  preorderFrom?: string | null;
  preorderTo?: string | null;
  tags: string[];
  images: FileRef[];
}

/** Server field → form field, for putting validation messages on the right input. */
export const PRODUCT_FIELD_RENAME: Record<string, string> = {
  supplyPriceFen: 'supplyPrice',
  retailPriceFen: 'retailPrice',
  commissionBp: 'commissionPct',
  imageIds: 'images',
};

export const NEW_PRODUCT: Partial<ProductFormValues> = {
  storage: 'ambient',
  freeShipping: true,
  coldChain: false,
  seasonMonths: [],
  tags: [],
  images: [],
  commissionPct: 20,
  capacityPerDay: 100,
  capacitySeason: 3000,
};

const opt = (s: string | null | undefined) => (s?.trim() ? s.trim() : null);

export function toProductInput(v: ProductFormValues): ProductInput {
  return {
    name: v.name.trim(),
    categoryId: v.categoryId,
    originRegionCode: v.originRegionCode ?? '',
    specWeight: v.specWeight.trim(),
    grade: opt(v.grade),
    packaging: opt(v.packaging),
    shelfLifeDays: v.shelfLifeDays,
    storage: v.storage,
    freeShipping: v.freeShipping,
    shippingExcludes: v.freeShipping ? opt(v.shippingExcludes) : null,
    coldChain: v.coldChain,
    sellingPoints: v.sellingPoints.trim(),
    supplyPriceFen: yuanToFen(v.supplyPrice) ?? 0,
    retailPriceFen: yuanToFen(v.retailPrice) ?? 0,
    commissionBp: percentToBp(v.commissionPct) ?? 0,
    capacityPerDay: v.capacityPerDay,
    capacitySeason: v.capacitySeason,
    seasonMonths: [...v.seasonMonths].sort((a, b) => a - b),
    preorderFrom: v.preorderFrom || null,
    preorderTo: v.preorderTo || null,
    tags: v.tags.map((s) => s.trim()).filter(Boolean),
    imageIds: v.images.map((f) => f.id),
  };
}

export function fromProduct(p: Product): ProductFormValues {
  return {
    producerId: p.producerId,
    name: p.name,
    categoryId: p.categoryId,
    originRegionCode: p.originRegionCode,
    specWeight: p.specWeight,
    grade: p.grade,
    packaging: p.packaging,
    shelfLifeDays: p.shelfLifeDays,
    storage: p.storage,
    freeShipping: p.freeShipping,
    shippingExcludes: p.shippingExcludes,
    coldChain: p.coldChain,
    sellingPoints: p.sellingPoints,
    supplyPrice: fenToYuan(p.supplyPriceFen) ?? 0,
    retailPrice: fenToYuan(p.retailPriceFen) ?? 0,
    commissionPct: p.commissionBp / 100,
    capacityPerDay: p.capacityPerDay,
    capacitySeason: p.capacitySeason,
    seasonMonths: p.seasonMonths,
    preorderFrom: p.preorderFrom,
    preorderTo: p.preorderTo,
    tags: p.tags,
    images: p.images,
  };
}
