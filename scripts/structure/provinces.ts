/** One-character names of provincial-level divisions as used in 文号 (晋政发…); names shared with a city (宁, 青) are left out. */
const provinces: Record<string, string> = {
  京: '北京市', 津: '天津市', 沪: '上海市', 渝: '重庆市', 冀: '河北省', 晋: '山西省', 辽: '辽宁省',
  吉: '吉林省', 黑: '黑龙江省', 苏: '江苏省', 浙: '浙江省', 皖: '安徽省', 闽: '福建省', 赣: '江西省',
  鲁: '山东省', 豫: '河南省', 鄂: '湖北省', 湘: '湖南省', 粤: '广东省', 琼: '海南省', 川: '四川省',
  蜀: '四川省', 黔: '贵州省', 贵: '贵州省', 滇: '云南省', 云: '云南省', 陕: '陕西省', 秦: '陕西省',
  甘: '甘肃省', 陇: '甘肃省', 蒙: '内蒙古自治区', 桂: '广西壮族自治区', 藏: '西藏自治区',
  新: '新疆维吾尔自治区',
};

export function provinceByAbbreviation(ch: string): string | null {
  return provinces[ch] ?? null;
}
