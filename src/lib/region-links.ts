/** URLs of the province pages and of a province's group on a national clause page. */

/** What a plan without a province is filed under: a key (in URLs and anchors), so always Chinese. */
export const UNKNOWN_PROVINCE = '省份未注明';

export function provinceOf(doc: { region: { province: string | null } }): string {
  return doc.region.province ?? UNKNOWN_PROVINCE;
}

/** A province as shown: its name, or the interface's words (s.provinceUnknown) for the plans without one. */
export function provinceLabel(province: string, unknown: string): string {
  return province === UNKNOWN_PROVINCE ? unknown : province;
}

export function provinceHref(province: string): string {
  return `/regions/${encodeURIComponent(province)}/`;
}

/** Anchor of a province's group of plans on a national clause page or a reuse family's page. */
export function provinceGroupAnchor(province: string): string {
  return `prov-${province}`;
}
