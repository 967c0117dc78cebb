/** URLs of the province pages and of a province's group on a national clause page. */

/** What a plan without a province is filed under. */
export const UNKNOWN_PROVINCE = '省份未注明';

export function provinceOf(doc: { region: { province: string | null } }): string {
  return doc.region.province ?? UNKNOWN_PROVINCE;
}

export function provinceHref(province: string): string {
  return `/regions/${encodeURIComponent(province)}/`;
}

/** Anchor of a province's group of plans on a national clause page. */
export function provinceGroupAnchor(province: string): string {
  return `prov-${province}`;
}
