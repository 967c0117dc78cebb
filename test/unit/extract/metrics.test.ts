import { describe, expect, it } from 'vitest';
import { extractDeadlines } from '../../../scripts/extract/deadlines.ts';
import { extractMetrics } from '../../../scripts/extract/metrics.ts';
import { buildText } from '../../helpers/fixture-document.ts';

const metrics = (text: string, year = 2024) => extractMetrics(text, extractDeadlines(text, year), []);
const only = (text: string) => {
  const found = metrics(text);
  expect(found).toHaveLength(1);
  return found[0];
};

describe('metrics', () => {
  it('床位达到3.5张/千人, with the year the sentence gives', () => {
    expect(only('到 2025年，全县公立医疗机构床位达到 3.5张/千人')).toMatchObject({
      text: '3.5张/千人', value: 3.5, unit: '张', per: '千人', comparator: 'eq', year: 2025, indicator: '全县公立医疗机构床位',
    });
  });

  it('每千常住人口执业（助理）医师数达3.05人、注册护士数达3.5人', () => {
    const found = metrics('到 2025 年，县域内每千常住人口执业（助理）医师数达 3.05 人、注册护士数达 3.5 人。');
    expect(found.map((m) => [m.value, m.unit, m.per, m.year, m.indicator])).toEqual([
      [3.05, '人', '千人', 2025, '县域内每千常住人口执业（助理）医师数'],
      [3.5, '人', '千人', 2025, '注册护士数'],
    ]);
  });

  it('千人口, 万人口 opening the phrase without 每 are the rate’s base too (not 万人次)', () => {
    expect(metrics('万人口全科医生数达到4人，千人口床位数达到6.0张。').map((m) => [m.indicator, m.value, m.per])).toEqual([
      ['万人口全科医生数', 4, '万人'],
      ['千人口床位数', 6, '千人'],
    ]);
    // (a year's amount, 年门急诊量, is one per year; its name kept as written)
    expect(only('年门急诊量达到50万人次以上。')).toMatchObject({ per: '年', unit: '万人次', indicator: '年门急诊量' });
  });

  it('千人口 after where it is counted is the base too (全市县级医院千人口床位数), a count of people (5万人口) none', () => {
    expect(metrics('到2025年底，全市县级医院千人口床位数达到6.5张，病例组合指数不低于0.85。').map((m) => [m.indicator, m.value, m.per])).toEqual([
      ['全市县级医院千人口床位数', 6.5, '千人'],
      ['病例组合指数', 0.85, null],
    ]);
    expect(only('服务覆盖数万人口，县医院床位达到300张。')).toMatchObject({ indicator: '县医院床位', per: null });
  });

  it('a change said per year between what changes and the verb: 三级以上手术台次年增长10% (per 年)', () => {
    expect(only('推进日间手术，三级以上手术台次年增长10%。')).toMatchObject({ indicator: '三级以上手术台次', per: '年', value: 10, unit: '%' });
    expect(only('门诊量比上年增长10%。')).toMatchObject({ indicator: '门诊量', per: null });
  });

  it('a target naming no date takes the year of the time its annotation says the task is done by', () => {
    const text = '加强重症医学科建设，ICU床位数不少于床位总数的4%。（县卫健局、县医保局按职责分工负责，2024年底前完成）';
    const annotation: [number, number] = [text.indexOf('（'), text.length];
    expect(extractMetrics(text, extractDeadlines(text, 2024), [annotation])).toMatchObject([{ indicator: 'ICU床位数占床位总数', value: 4, comparator: 'ge', year: 2024 }]);
    // a date of its own sentence comes first
    const dated = '2025年底前，出院患者手术占比≥30%。（县人民医院负责，2024年底前启动）';
    expect(extractMetrics(dated, extractDeadlines(dated, 2024), [[dated.indexOf('（'), dated.length]])[0].year).toBe(2025);
  });

  it('a number opening a quoted name is no target: 实施“369人才工程”, “5G+急救”', () => {
    expect(metrics('实施“369人才工程”，推进“5G+急救”建设，选派医师20名。').map((m) => m.text)).toEqual(['20名']);
  });

  it('groups of a case-mix payment: DRG组数达到600组以上', () => {
    expect(only('于2024年10月底前完成DRG付费改革，DRG组数达到600组以上。')).toMatchObject({ indicator: 'DRG组数', value: 600, unit: '组', comparator: 'ge', year: 2024 });
  });

  it('where those counted are sent is not what is counted: 派驻医师不少于3名到乡镇卫生院', () => {
    expect(metrics('每年派驻医师不少于3名到乡镇卫生院，每人派驻时间不少于6个月。').map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['派驻医师', 3, '名'],
      ['每人派驻时间', 6, '个月'],
    ]);
  });

  it('a fund named after the verb that spends it is what is measured: 安排县人民医院建设资金1.2亿元', () => {
    expect(only('县财政局要积极筹措资金，2022年—2025年安排县人民医院建设资金1.2亿元。')).toMatchObject({ indicator: '县人民医院建设资金', value: 1.2, unit: '亿元' });
    expect(only('县财政局2024年安排县级医院能力提升资金3000万元。')).toMatchObject({ indicator: '县级医院能力提升资金', year: 2024 });
    // a verb of its purpose inside the fund's name is part of it
    expect(only('每年安排医共体建设专项资金不少于1200万元。')).toMatchObject({ indicator: '医共体建设专项资金', value: 1200 });
    // the verb with a noun of quantity alone stays: 设备购置资金, 县财政累计投入资金
    expect(only('县财政累计投入资金1.2亿元。')).toMatchObject({ indicator: '县财政累计投入资金' });
    // the doer before how often it acts is who counts (县医院每年下转…), its attribute (县医院床位) is what is counted
    expect(only('县医院每年下转康复期患者不少于1000人次。')).toMatchObject({ indicator: '下转康复期患者', value: 1000 });
    expect(only('县人民医院年均门诊量不少于30万人次。')).toMatchObject({ indicator: '门诊量' });
    // OCR's 一 for the dash of a range between digits
    expect(only('每个县要有1一2所好医院。')).toMatchObject({ comparator: 'range', min: 1, max: 2, unit: '所' });
    // half-width stops, as OCR reads a scan, part targets as full-width ones do (not 1,000 or 8:30)
    expect(metrics('县域内就诊率达到90%;基层诊疗量占比达到65%,县医院床位达到1,000张。').map((m) => [m.indicator, m.value])).toEqual([
      ['县域内就诊率', 90],
      ['基层诊疗量占比', 65],
      ['县医院床位', 1000],
    ]);
  });

  it('an item’s circled number is no part of what it measures: ③三四级手术占比提高5个百分点', () => {
    expect(metrics('①重点建设心血管内科等临床专科；②到2025年底，市级临床重点专科达到4个；③三四级手术占比提高5个百分点。').map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['市级临床重点专科', 4, '个'],
      ['三四级手术占比', 5, '百分点'],
    ]);
  });

  it('the base goes on over a comma to another count of its kind, not to what is added or totalled', () => {
    const rows = (text: string) => metrics(text).map((m) => [m.indicator, m.value, m.per]);
    expect(rows('到2025年，每千人口执业（助理）医师数达到3.2人，注册护士数达到3.8人，新增床位200张。')).toEqual([
      ['每千人口执业（助理）医师数', 3.2, '千人'],
      ['注册护士数', 3.8, '千人'],
      ['床位', 200, null],
    ]);
    expect(rows('到2025年，每千常住人口床位数达到6张，床位总数达到2000张。')).toEqual([
      ['每千常住人口床位数', 6, '千人'],
      ['床位总数', 2000, null],
    ]);
    expect(rows('每千人口床位数达到6.5张，精神科床位数达到15张。')).toEqual([
      ['每千人口床位数', 6.5, '千人'],
      ['精神科床位数', 15, null],
    ]);
    expect(rows('每千人口医师数达到3.2人。注册护士数达到3.8人。')).toEqual([
      ['每千人口医师数', 3.2, '千人'],
      ['注册护士数', 3.8, null],
    ]);
  });

  it('精神科床位到30张以上 (ge)', () => {
    expect(only('增加精神科床位到 30 张以上，更好满足县域患者需求')).toMatchObject({ value: 30, comparator: 'ge', indicator: '精神科床位' });
  });

  it('投入900万左右 (approx, money)', () => {
    expect(only('2024 年，投入 900 万左右购置内窥镜超声诊断设备')).toMatchObject({ value: 900, unit: '万元', comparator: 'approx', year: 2024 });
  });

  it('money counts the spending the phrase names: 县财政累计投入, 设备购置资金; a date after 其中 dates only that part', () => {
    expect(metrics('县财政累计投入不少于2.5亿元，其中2024年安排8000万元。').map((m) => [m.indicator, m.comparator, m.value, m.unit, m.year])).toEqual([
      ['县财政累计投入', 'ge', 2.5, '亿元', null],
      // a share after 其中 that names only its verb measures what the part before does
      ['县财政累计投入', 'eq', 8000, '万元', 2024],
    ]);
    expect(only('其中设备购置资金不少于3000万元')).toMatchObject({ indicator: '设备购置资金', value: 3000, unit: '万元' });
    // years listed before 分别 go with the values after it in turn; a date whose own part names an amount dates only that
    expect(metrics('县财政三年累计投入不少于1.2亿元，2024年、2025年、2026年分别安排3000万元、4000万元、5000万元。').map((m) => [m.text, m.indicator, m.year])).toEqual([
      ['不少于1.2亿元', '县财政三年累计投入', null],
      ['3000万元', '安排', 2024],
      ['4000万元', '安排', 2025],
      ['5000万元', '安排', 2026],
    ]);
    expect(only('开放床位达到500张，2025年底前完成。')).toMatchObject({ year: 2025 });
    // 以…为 names what the number is
    expect(only('健全以覆盖农村地区10—20公里为服务半径的县乡村三级农村急救转诊网络')).toMatchObject({ indicator: '服务半径', min: 10, max: 20, unit: '公里' });
    // a standard (按…) measures what it is given for
    expect(only('县财政按每人每年3万元给予生活补贴')).toMatchObject({ indicator: '生活补贴', value: 3, unit: '万元', per: '年' });
    expect(only('县级财政每年按人均不低于5元的标准安排公共卫生补助资金')).toMatchObject({ indicator: '公共卫生补助资金', comparator: 'ge', value: 5 });
    // a bound before the standard's base (was eq, the bound and base in the indicator)
    expect(only('公共卫生服务项目资金县级配套不少于每人每年5元。')).toMatchObject({ indicator: '公共卫生服务项目资金县级配套', comparator: 'ge', value: 5, unit: '元', per: '年' });
    // 招聘 as 招录: what is counted is who is recruited
    expect(only('每年招聘医学本科以上人才不少于30名')).toMatchObject({ indicator: '医学本科以上人才', value: 30, comparator: 'ge', per: '年' });
    // after two verbs, those the last is done to: named between them (not 选派骨干外出)
    expect(only('每年选派骨干外出培训20人以上')).toMatchObject({ indicator: '骨干外出培训', value: 20, comparator: 'ge', per: '年' });
    expect(only('开展培训1000人次')).toMatchObject({ indicator: '培训', unit: '人次' });
    // the standard's base said after what it is for is no part of it
    expect(only('县财政对规培人员给予生活补贴每人每月2000元')).toMatchObject({ indicator: '生活补贴', value: 2000, unit: '元', per: '月' });
    // a noun of quantity alone after the verb: the verb says of what (学时: hours of training)
    expect(only('县医院医师人均年培训时间不少于40学时')).toMatchObject({ indicator: '县医院医师人均年培训时间', comparator: 'ge', value: 40, unit: '学时' });
    // as is a share per head (人均): what the verb is done to is the phrase (was 人均)
    expect(only('医师培训人均≥40学时/年。')).toMatchObject({ indicator: '医师培训人均', comparator: 'ge', value: 40, unit: '学时', per: '年' });
    expect(only('2024 年，投入 900 万左右购置内窥镜超声诊断设备')).toMatchObject({ indicator: '投入' });
    expect(only('县财政每年安排1.2亿元专项资金')).toMatchObject({ indicator: '专项资金', per: '年' });
    // a count is still named by what follows the verb
    expect(only('每年选派30名骨干医师到三级医院进修')).toMatchObject({ indicator: '骨干医师到三级医院进修' });
  });

  it('安排 is a verb of spending, not part of the fund; a fund after its amount is named up to its noun', () => {
    expect(only('2023年起，每年安排县级医院能力提升资金不少于500万元。')).toMatchObject({ indicator: '县级医院能力提升资金', comparator: 'ge', value: 500, unit: '万元', per: '年' });
    expect(only('县财政安排资金800万元')).toMatchObject({ indicator: '县财政安排资金' });
    expect(only('设立100万元人才引进专项资金。')).toMatchObject({ indicator: '人才引进专项资金', value: 100, unit: '万元' });
    expect(only('每年安排200万元专项经费用于人才培养')).toMatchObject({ indicator: '专项经费' });
  });

  it('85%—93%: a range that says its unit on both ends is one metric', () => {
    expect(only('床位使用率保持在 85%—93% 之间')).toMatchObject({ text: '85%—93%', min: 85, max: 93, unit: '%', comparator: 'range', indicator: '床位使用率' });
  });

  it('开放床位由300张增加到500张: one target, 500, from a baseline of 300', () => {
    expect(only('到2025年，开放床位由 300 张增加到 500 张')).toMatchObject({ text: '500 张', value: 500, baseline: 300, unit: '张', comparator: 'eq', indicator: '开放床位', year: 2025 });
    expect(only('平均住院日从12天缩短至8天以内')).toMatchObject({ value: 8, baseline: 12, comparator: 'le', indicator: '平均住院日' });
    expect(metrics('床位使用率由70%提高到85%以上，新增床位100张').map((m) => [m.indicator, m.value, m.baseline])).toEqual([
      ['床位使用率', 85, 70],
      ['床位', 100, undefined],
    ]);
  });

  it('a part in brackets still open measures its own (其中ICU床位不少于20张); 突破 is a bound; a scope note after a verb names nothing', () => {
    const read = (text: string) => metrics(text).map((m) => [m.indicator, m.comparator, m.value, m.unit]);
    expect(read('新增床位不少于200张（其中ICU床位不少于20张）。')).toEqual([['床位', 'ge', 200, '张'], ['ICU床位', 'ge', 20, '张']]);
    expect(read('县人民医院年门急诊量突破50万人次。')).toEqual([['县人民医院年门急诊量', 'gt', 50, '万人次']]);
    expect(read('县财政投入（不含上级补助）不少于500万元。')).toEqual([['县财政投入（不含上级补助）', 'ge', 500, '万元']]);
    // a closed bracket stays in the name
    expect(read('县人民医院（含中医院）床位达到500张。')).toEqual([['县人民医院（含中医院）床位', 'eq', 500, '张']]);
  });

  it('a span of years with a lower bound is a target in 年: 派驻时间不少于1年; not a date, nor 3年以上临床经验 unbounded', () => {
    const read = (text: string) => metrics(text).map((m) => [m.indicator, m.comparator, m.value, m.unit]);
    expect(read('市级医院每年向每家县级医院派驻中级以上职称医师不少于5名，派驻时间不少于1年。')).toEqual([
      ['派驻中级以上职称医师', 'ge', 5, '名'],
      ['派驻时间', 'ge', 1, '年'],
    ]);
    expect(read('定向医学生服务期不少于五年。')).toEqual([['定向医学生服务期', 'ge', 5, '年']]);
    expect(read('优先招聘具有3年以上临床经验的医师。')).toEqual([]);
  });

  it('a target list’s forms: a label before a colon names the value (重点专科数：≥3个), a bracketed year after it is its own, an arrow is a change', () => {
    const read = (text: string) => metrics(text).map((m) => [m.text, m.indicator, m.comparator, m.value, m.baseline ?? null, m.year]);
    expect(read('县级医院重点专科数：≥3个（2024年），≥5个（2025年）。')).toEqual([
      ['≥3个', '县级医院重点专科数', 'ge', 3, null, 2024],
      ['≥5个', '县级医院重点专科数', 'ge', 5, null, 2025],
    ]);
    expect(read('开放床位数：500张→600张。')).toEqual([['600张', '开放床位数', 'eq', 600, 500, null]]);
    expect(read('床位数：由500张增加到600张。')).toEqual([['600张', '床位数', 'eq', 600, 500, null]]);
    expect(read('CMI值：≥0.9。')).toEqual([['≥0.9', 'CMI值', 'ge', 0.9, null, null]]);
    // words of its own after the colon keep their say
    expect(read('主要目标：县人民医院床位数达到500张。')).toEqual([['500张', '县人民医院床位数', 'eq', 500, null, null]]);
  });

  it('a target without a unit: CMI值达到1.0以上, 疑难病例CMI值≥0.9, 增长率控制在5以内; and 90分以上 in points', () => {
    expect(metrics('到2025年，CMI值达到1.0以上，疑难病例CMI值≥0.9，患者满意度评分达到90分以上，药品费用增长率控制在5以内。').map((m) => [m.text, m.indicator, m.comparator, m.value, m.unit, m.year])).toEqual([
      ['1.0以上', 'CMI值', 'ge', 1, null, 2025],
      ['≥0.9', '疑难病例CMI值', 'ge', 0.9, null, 2025],
      ['90分以上', '患者满意度评分', 'ge', 90, '分', 2025],
      ['5以内', '药品费用增长率', 'le', 5, null, 2025],
    ]);
  });

  it('a bare number that qualifies something, or names it, is no target: RW≥2的病例, 编号为1, 到2025年', () => {
    expect(metrics('RW≥2的病例占比逐年提高，编号为1，力争到2025年达到三级医院水平。').map((m) => m.text)).toEqual([]);
  });

  it('areas, buildings and beds as plans write them: 3.2万平方米, 1.5万㎡, 800平米, 2.8亿, 编制床位800床', () => {
    expect(metrics('新建门诊医技综合楼，建筑面积3.2万平方米，总投资约2.8亿').map((m) => [m.indicator, m.value, m.unit, m.comparator])).toEqual([
      ['建筑面积', 3.2, '万平方米', 'eq'],
      ['总投资', 2.8, '亿元', 'approx'],
    ]);
    expect(only('改扩建病房楼1.5万㎡')).toMatchObject({ value: 1.5, unit: '万平方米' });
    expect(only('新增业务用房800平米')).toMatchObject({ value: 800, unit: '平方米' });
    expect(only('编制床位达到800床')).toMatchObject({ value: 800, unit: '床', indicator: '编制床位' });
    expect(only('服务人口30万人')).toMatchObject({ value: 30, unit: '万人' });
  });

  it('durations: 驻点时间不少于6个月, 抗菌药物使用强度控制在40DDDs以内, 48小时内 (le)', () => {
    expect(only('每名专家驻点时间不少于6个月。')).toMatchObject({ text: '不少于6个月', indicator: '每名专家驻点时间', value: 6, unit: '个月', comparator: 'ge' });
    expect(only('抗菌药物使用强度控制在40DDDs以内。')).toMatchObject({ indicator: '抗菌药物使用强度', value: 40, unit: 'DDDs', comparator: 'le' });
    expect(only('发现问题后48小时内上报。')).toMatchObject({ text: '48小时内', value: 48, unit: '小时', comparator: 'le' });
    expect(only('3个月内完成整改。')).toMatchObject({ text: '3个月内', value: 3, unit: '个月', comparator: 'le' });
  });

  it('a second metric in a part without 、 is measured by what follows the first: 选派10名骨干医师进修3个月', () => {
    expect(metrics('每年选派10名骨干医师到上级医院进修3个月。').map((m) => [m.value, m.unit, m.indicator, m.per])).toEqual([
      [10, '名', '骨干医师到上级医院进修', '年'],
      [3, '个月', '骨干医师到上级医院进修', null],
    ]);
  });

  it('1000万—1500万元: a range whose first end says only its scale; 在…之间', () => {
    expect(only('资金投入在1000万—1500万元之间。')).toMatchObject({ text: '1000万—1500万元', indicator: '资金投入', min: 1000, max: 1500, unit: '万元', comparator: 'range' });
    expect(only('床位使用率在85%—93%之间。')).toMatchObject({ indicator: '床位使用率', min: 85, max: 93 });
    expect(only('在3个乡镇开展试点。')).toMatchObject({ indicator: '乡镇', value: 3 });
  });

  it('降到, 降低至 and 由…降到 are reach verbs', () => {
    expect(only('百元医疗收入中消耗的卫生材料降到20元以下。')).toMatchObject({ indicator: '百元医疗收入中消耗的卫生材料', value: 20, comparator: 'le' });
    expect(only('药占比由35%降到28%。')).toMatchObject({ indicator: '药占比', value: 28, baseline: 35 });
  });

  it('ratios: 医护比达到1∶2，床护比不低于1∶0.5 → 2 and 0.5, per one of the first term', () => {
    expect(metrics('县级医院医护比达到1∶2，床护比不低于1:0.5。').map((m) => [m.text, m.indicator, m.value, m.unit, m.comparator])).toEqual([
      ['1∶2', '县级医院医护比', 2, null, 'eq'],
      ['不低于1:0.5', '床护比', 0.5, null, 'ge'],
    ]);
    expect(metrics('市、县两级财政按照1:1比例安排配套资金，门诊每天8:30开诊。')).toEqual([]);
  });

  it('每十万人口精神科床位不少于30张: a rate per 100,000 people, as 10/10万 is', () => {
    expect(only('每十万人口精神科床位不少于30张。')).toMatchObject({ indicator: '每十万人口精神科床位', value: 30, per: '10万人', comparator: 'ge' });
  });

  it('an adverb before the verb is not the indicator: 医护比逐步达到1∶1.2, 乡镇卫生院均达到90% (人均 stays)', () => {
    expect(only('二级以上医院医护比逐步达到1∶1.2。')).toMatchObject({ indicator: '二级以上医院医护比', value: 1.2 });
    expect(only('乡镇卫生院均达到90%。')).toMatchObject({ indicator: '乡镇卫生院', value: 90 });
    expect(only('住院患者人均达到5000元。')).toMatchObject({ indicator: '住院患者人均' });
  });

  it('每百张床位配备护士不少于60名: a rate per 100 beds', () => {
    expect(only('每百张床位配备护士不少于60名。')).toMatchObject({ indicator: '护士', value: 60, unit: '名', per: '百床', comparator: 'ge' });
  });

  it('添置5—10张 (range)', () => {
    expect(only('县总医院 2024 年添置 5—10 张血液透析床位设备')).toMatchObject({
      min: 5, max: 10, unit: '张', comparator: 'range', indicator: '血液透析床位设备', year: 2024,
    });
  });

  it('95%以上', () => {
    expect(metrics('95%以上的村卫生室达到基本标准')[0]).toMatchObject({ value: 95, unit: '%', comparator: 'ge' });
  });

  it('每年提升2个百分点以上', () => {
    expect(only('县域基层就诊率每年提升 2 个百分点以上')).toMatchObject({ value: 2, unit: '百分点', per: '年', comparator: 'ge' });
  });

  it('a level reached in Chinese numerals: 达到四级, 达到四级甲等; not a grade of hospital (达到三级医院水平)', () => {
    expect(metrics('电子病历系统应用水平达到四级，互联互通标准化成熟度测评达到四级甲等。').map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['电子病历系统应用水平', 4, '级'],
      ['互联互通标准化成熟度测评', 4, '级'],
    ]);
    expect(metrics('县中医医院达到二级甲等中医医院水平，县人民医院达到三级医院水平。')).toEqual([]);
  });

  it('电子病历…四级水平 (Chinese numerals)', () => {
    expect(only('使电子病历应用水平分级评价达到《电子病历系统功能应用水平分级评价标准（2018版）》四级水平。')).toMatchObject({
      value: 4, unit: '级', comparator: 'eq',
    });
  });

  it('a count in Chinese numerals that a verb makes: 建成三个…, 新增两名…; not 一, an article there', () => {
    expect(metrics('县人民医院建成三个省级临床重点专科，新增两名学科带头人。').map((m) => [m.text, m.indicator, m.value, m.unit])).toEqual([
      ['三个', '省级临床重点专科', 3, '个'],
      ['两名', '学科带头人', 2, '名'],
    ]);
    expect(metrics('打造一支人才结构合理的重症医学科，推广一批适宜技术，建设三级医院，完成二期主体工程。')).toEqual([]);
  });

  it('changes in Chinese numerals: 下降三个百分点, 增长两成 (20 %), 翻一番 (2 倍), 零增长 (at most 0 %)', () => {
    expect(metrics('到2025年，县外转诊率较2022年下降三个百分点，手术量增长两成，三四级手术占比提高一个百分点，县医院门诊量翻一番。').map((m) => [m.text, m.indicator, m.value, m.unit, m.comparator, m.year])).toEqual([
      ['三个百分点', '县外转诊率', 3, '百分点', 'eq', 2025],
      ['两成', '手术量', 20, '%', 'eq', 2025],
      ['一个百分点', '三四级手术占比', 1, '百分点', 'eq', 2025],
      ['翻一番', '县医院门诊量', 2, '倍', 'eq', 2025],
    ]);
    expect(only('九成以上的患者在县域内就诊。')).toMatchObject({ text: '九成以上', value: 90, unit: '%', comparator: 'ge' });
    expect(only('床位数翻两番以上。')).toMatchObject({ value: 4, unit: '倍', comparator: 'ge' });
    expect(metrics('药占比零增长，公立医院债务零增长。').map((m) => [m.indicator, m.value, m.unit, m.comparator])).toEqual([
      ['药占比增长', 0, '%', 'le'],
      ['公立医院债务增长', 0, '%', 'le'],
    ]);
    // no number, no metric; 一成不变 and 形成三个机制 are no targets
    expect(metrics('公立医院床位不再新增，一成不变，形成三个机制。')).toEqual([]);
  });

  it('a count of what there is now is no target: 全省共有120个县, 全县3家县级医院全部达到…, 全市8个县中至少5家…', () => {
    expect(metrics('全省共有120个县（市、区），其中国家级贫困县40个。')).toEqual([]);
    expect(metrics('全县3家县级医院全部达到二级甲等水平。')).toEqual([]);
    expect(metrics('目前全县有卫生院12家。')).toEqual([]);
    // the present goes on over the sentence's parts until a verb or a date
    expect(metrics('全县现有卫生院12家，床位500张，卫生技术人员1200人。')).toEqual([]);
    expect(metrics('现有人员200人，计划新增50人。').map((m) => m.value)).toEqual([50]);
    expect(metrics('到2025年，全市8个县（市、区）中至少5家县医院达到三级医院医疗服务能力水平。').map((m) => [m.text, m.indicator])).toEqual([['至少5家', '县医院']]);
    // a verb or a date after the present: a target again
    expect(metrics('全县现有床位300张，到2025年达到500张。').map((m) => m.value)).toEqual([500]);
    expect(metrics('全县5家医院达到推荐标准，全县3家中医院达到推荐标准。').map((m) => m.value)).toEqual([5, 3]);
    // the place's things a verb gathers, all of them covered by a date, the subject of 共有
    expect(metrics('以县人民医院为龙头，整合全县10个乡镇卫生院组建紧密型县域医共体。')).toEqual([]);
    expect(metrics('到2025年全县10个乡镇卫生院中医馆实现全覆盖。')).toEqual([]);
    expect(metrics('全市6个县级市和2个县共有县级综合医院8家。')).toEqual([]);
  });

  it('what is measured, not when, where or how much so far: a year before the verb, 在… before 设立, 累计 alone, what the things counted can do', () => {
    expect(only('县级医院医疗服务收入占医疗收入的比例2027年达到38%。')).toMatchObject({ indicator: '县级医院医疗服务收入占医疗收入的比例', year: 2027 });
    expect(only('在中心乡镇卫生院设立急救站点8个。')).toMatchObject({ indicator: '急救站点', value: 8 });
    // 累计 names nothing: the part takes the indicator of the part before it
    expect(metrics('2024年新增市级临床重点专科1个，2025年累计达到3个。').map((m) => [m.indicator, m.value, m.year])).toEqual([['市级临床重点专科', 1, 2024], ['市级临床重点专科', 3, 2025]]);
    expect(only('100%的村卫生室能够提供中医药服务。')).toMatchObject({ indicator: '村卫生室', value: 100 });
    // a year in Chinese numerals too; 核增 as 新增; whom a sending is for
    expect(only('到二〇二五年全县镇卫生院中医馆达标率达到百分之百。')).toMatchObject({ indicator: '全县镇卫生院中医馆达标率', year: 2025 });
    expect(only('核增县人民医院编制80名。')).toMatchObject({ indicator: '县人民医院编制', value: 80 });
    expect(only('每个医共体派驻公共卫生专员不少于2名。')).toMatchObject({ indicator: '派驻公共卫生专员', comparator: 'ge' });
    expect(only('进修培训不少于2周。')).toMatchObject({ value: 2, unit: '周' });
  });

  it('counts and amounts in Chinese numerals when reached, made, decimal or bounded: 达到十二个, 四点五张, 新增床位一百五十张, 三千万元', () => {
    const read = (text: string) => metrics(text).map((m) => [m.indicator, m.value, m.unit, m.comparator]);
    expect(read('全县每千人口床位数达到四点五张，急救站点达到十二个。')).toEqual([['全县每千人口床位数', 4.5, '张', 'eq'], ['急救站点', 12, '个', 'eq']]);
    expect(read('项目总投资四点八亿元，设置床位八百张，新增床位一百五十张。')).toEqual([['项目总投资', 4.8, '亿元', 'eq'], ['床位', 800, '张', 'eq'], ['床位', 150, '张', 'eq']]);
    expect(read('县财政每年安排县级医院能力提升资金三千万元。')).toEqual([['县级医院能力提升资金', 3000, '万元', 'eq']]);
    expect(read('重症医学科床位数不少于床位总数的百分之五。')).toEqual([['重症医学科床位数占床位总数', 5, '%', 'ge']]);
    expect(read('卫生技术人员与床位之比达到一比一点三。')).toEqual([['卫生技术人员与床位之比', 1.3, null, 'eq']]);
    // numerals that name things stay names: grades, articles, a count before a noun
    expect(read('建设三级医院，打造一支队伍，推动县级医疗机构对标三类医院，实施三年行动。')).toEqual([]);
  });

  it('a count of what a verb gathers, or that a part opens with all of them doing it, is no target', () => {
    expect(metrics('由县人民医院牵头，联合县中医院和19个乡镇卫生院组建紧密型县域医共体。')).toEqual([]);
    expect(metrics('组建紧密型县域医共体，25个乡镇卫生院全部纳入。')).toEqual([]);
    // a rate reached is still a target
    expect(only('远程医疗覆盖率达到90%。')).toMatchObject({ indicator: '远程医疗覆盖率', value: 90 });
  });

  it('counts in 场次 and 场', () => {
    expect(metrics('每年开展健康教育讲座不少于200场次，义诊活动20场。').map((m) => [m.value, m.unit])).toEqual([[200, '场次'], [20, '场']]);
  });

  it('a sentence that opens looking back (2021年以来，, 近年来，) tells what was done, unless it turns ahead', () => {
    expect(metrics('2021年以来，全县累计投入卫生健康资金3.2亿元，新增床位300张。')).toEqual([]);
    expect(metrics('近三年来，县人民医院门诊量年均增长8%。')).toEqual([]);
    // bounds and ratios too: what was reached, not what is set
    expect(metrics('近三年来，引进各类人才50人以上，医护比达到1:1.1，CMI值达到0.9。')).toEqual([]);
    expect(metrics('近年来，县域内就诊率逐年提高，力争到2025年达到90%。').map((m) => m.value)).toEqual([90]);
  });

  it('the price of each item counted says which items: 购置单价50万元以上大型医疗设备3台', () => {
    expect(metrics('购置单价50万元以上大型医疗设备3台。').map((m) => [m.indicator, m.value, m.unit])).toEqual([['大型医疗设备', 3, '台']]);
    expect(metrics('新增单台价值100万元以上的设备5台。').map((m) => [m.indicator, m.value, m.unit])).toEqual([['设备', 5, '台']]);
  });

  it('ratios, shares and unitless targets in one list each name their own indicator; 较上年 and 同比 are no indicator', () => {
    expect(metrics('医护比达到1:1.5、护士占比达到50%以上，床护比1:0.6。').map((m) => [m.indicator, m.value])).toEqual([
      ['医护比', 1.5],
      ['护士占比', 50],
      ['床护比', 0.6],
    ]);
    expect(metrics('CMI值达到1.0、护士占比达到50%。').map((m) => m.indicator)).toEqual(['CMI值', '护士占比']);
    // a year before the list comma is no target: the list is the indicator
    expect(only('2024年计划选派中医内科、普通外科等专业进修人员5名。')).toMatchObject({ indicator: '中医内科、普通外科等专业进修人员' });
    expect(only('门诊量比上年增长10%。')).toMatchObject({ indicator: '门诊量' });
    expect(only('门诊量同比增长10%。')).toMatchObject({ indicator: '门诊量' });
    expect(only('较上年下降2至3个百分点。')).toMatchObject({ indicator: null, min: 2, max: 3 });
  });

  it('a rate’s base after the verb is its per, not the indicator: 床位数达到每千人口1.8张', () => {
    expect(only('至2025年，床位数达到每千人口1.8张')).toMatchObject({ indicator: '床位数', value: 1.8, unit: '张', per: '千人', year: 2025 });
  });

  it('每万人口拥有全科医生4名 is a target (拥有 after a rate is no present count)', () => {
    expect(metrics('每万人口拥有全科医生4名，每千人口执业医师3人。').map((m) => [m.value, m.per])).toEqual([[4, '万人'], [3, '千人']]);
  });

  it('a share of a whole is named with 占, bounded by the word before the whole: ICU床位达到床位总数的4%, 中医床位数不低于总床位数的20%', () => {
    expect(metrics('ICU床位达到床位总数的4%，中医床位数不低于总床位数的20%。').map((m) => [m.indicator, m.value, m.comparator])).toEqual([
      ['ICU床位占床位总数', 4, 'eq'],
      ['中医床位数占总床位数', 20, 'ge'],
    ]);
    expect(only('中医床位占总床位的比例不低于20%。')).toMatchObject({ indicator: '中医床位占总床位的比例', comparator: 'ge' });
    // 占比 is the share's noun, not its verb
    expect(only('重症医学科床位数占比不低于医院总床位数的4%。')).toMatchObject({ indicator: '重症医学科床位数占医院总床位数', value: 4, comparator: 'ge' });
  });

  it('至少 before the verb bounds the count: 至少配备1名全科医生, 至少达到90%', () => {
    expect(only('每个乡镇卫生院至少配备1名全科医生。')).toMatchObject({ indicator: '全科医生', value: 1, comparator: 'ge' });
    expect(only('每个县级医院至少建设1个省级重点专科。')).toMatchObject({ indicator: '省级重点专科', comparator: 'ge' });
    expect(only('县域内住院率至少达到90%。')).toMatchObject({ indicator: '县域内住院率', comparator: 'ge' });
    // any verb between (was eq)
    expect(only('各医共体成员单位每周至少召开1次例会。')).toMatchObject({ value: 1, unit: '次', per: '周', comparator: 'ge' });
  });

  it('a bound before the first of coordinated counts holds for each: 至少配备1名全科医生和2名护士', () => {
    const read = (text: string) => metrics(text).map((m) => [m.indicator, m.value, m.comparator]);
    expect(read('每个村卫生室至少配备1名全科医生和2名护士。')).toEqual([['全科医生', 1, 'ge'], ['护士', 2, 'ge']]);
    expect(read('每个县医院配备不少于2名学科带头人、5名骨干医师。')).toEqual([['学科带头人', 2, 'ge'], ['骨干医师', 5, 'ge']]);
    // not over a new verb or part, nor from a bound said after the first (以上)
    expect(read('至少配备1名医生，新增2名护士。')).toEqual([['医生', 1, 'ge'], ['护士', 2, 'eq']]);
    expect(read('配备2名以上医生和3名护士。')).toEqual([['医生', 2, 'ge'], ['护士', 3, 'eq']]);
  });

  it('a rate names itself, verb-like words and all: 村卫生室标准化建设达标率100%', () => {
    expect(only('村卫生室标准化建设达标率100%。')).toMatchObject({ indicator: '村卫生室标准化建设达标率', value: 100, unit: '%' });
  });

  it('实现 says what the number measures: 村卫生室实现百分之百全覆盖 measures 村卫生室, not 全覆盖', () => {
    expect(metrics('村卫生室实现百分之百全覆盖，家庭医生签约服务实现90%以上覆盖。').map((m) => [m.indicator, m.comparator, m.value, m.unit])).toEqual([
      ['村卫生室', 'eq', 100, '%'],
      ['家庭医生签约服务', 'ge', 90, '%'],
    ]);
    expect(only('医共体内实现检查检验结果互认率达到95%')).toMatchObject({ indicator: '检查检验结果互认率', value: 95 });
  });
  it('新建 is a verb: 新建门诊楼1.2万平方米 measures 门诊楼', () => {
    expect(only('新建门诊楼1.2万平方米。')).toMatchObject({ indicator: '门诊楼', value: 1.2, unit: '万平方米' });
    expect(only('区人民医院新建重症医学科、老年医学科等专科30个以上。')).toMatchObject({ indicator: '重症医学科、老年医学科等专科', comparator: 'ge' });
  });

  it('buildings and sites counted: 新建住院楼1栋, 改造业务用房2幢, 建设急救站点3处 (改造 and 扩建 are verbs too)', () => {
    expect(only('2025年前新建县人民医院住院楼1栋。')).toMatchObject({ indicator: '县人民医院住院楼', value: 1, unit: '栋', year: 2025 });
    expect(metrics('改造业务用房2幢，建设120急救站点3处。').map((m) => [m.indicator, m.value, m.unit])).toEqual([
      ['业务用房', 2, '幢'],
      ['120急救站点', 3, '处'],
    ]);
    expect(only('改扩建县中医院门诊楼1.5万平方米。')).toMatchObject({ indicator: '县中医院门诊楼', value: 1.5, unit: '万平方米' });
  });

  it('a level reached on a scale said after the verb: the indicator is what reaches and the scale, not the verb or a title', () => {
    expect(only('力争电子病历系统应用水平达到分级评价4级')).toMatchObject({ indicator: '电子病历系统应用水平分级评价', value: 4, unit: '级' });
    expect(only('县人民医院、县中医医院实验室达到生物安全二级水平')).toMatchObject({ indicator: '县人民医院、县中医医院实验室生物安全', value: 2 });
    expect(only('使电子病历应用水平分级评价达到《电子病历系统功能应用水平分级评价标准（2018版）》四级水平')).toMatchObject({ indicator: '电子病历应用水平分级评价', value: 4 });
  });

  it('a date without its year right before the measured noun is no part of it: 年底前县域内就诊率, 6月底前, 力争年底; 年末实有床位数 counts at the year’s end', () => {
    const named = (text: string) => metrics(text).map((m) => [m.indicator, m.value, m.year]);
    expect(named('到年底，县人民医院年门急诊量达到45万人次。年底前县域内就诊率达到90%。')).toEqual([
      ['县人民医院年门急诊量', 45, 2024],
      ['县域内就诊率', 90, 2024],
    ]);
    expect(named('6月底前三级、四级手术占比达到22%。')).toEqual([['三级、四级手术占比', 22, 2024]]);
    expect(named('力争年底床位使用率达到85%。')).toEqual([['床位使用率', 85, 2024]]);
    expect(named('年末实有床位数达到500张。')).toEqual([['年末实有床位数', 500, 2024]]);
  });
  it('a date with its month is no part of the indicator, and 成立 is a verb: 2024年9月底前成立县级质控中心12个', () => {
    expect(only('建立院科两级质控体系，2024年9月底前成立县级质控中心12个。')).toMatchObject({ indicator: '县级质控中心', value: 12, year: 2024 });
    expect(only('2025年6月30日前培训乡村医生500人次。')).toMatchObject({ indicator: '乡村医生', value: 500, unit: '人次' });
  });

  it('a span the plan sets itself is no part of the indicator and gives its year: 争取两年内再获得…1项以上', () => {
    const text = '推进两项已经立项的市级科研项目，争取两年内再获得市级或省级科研项目1项以上。';
    expect(extractMetrics(text, extractDeadlines(text, 2024, '2024-03-21'), [])).toMatchObject([{ indicator: '再获得市级或省级科研项目', value: 1, comparator: 'ge', year: 2025 }]);
  });

  it('a part that names only the word that differs measures what the part before it did, the word put in: 基本标准比例≥80%，推荐标准≥20%', () => {
    expect(metrics('乡镇卫生院达到服务能力基本标准比例≥80%，推荐标准≥20%。').map((m) => m.indicator)).toEqual([
      '乡镇卫生院达到服务能力基本标准比例',
      '乡镇卫生院达到服务能力推荐标准比例',
    ]);
    expect(metrics('三级手术占比≥25%，四级手术≥10%。').map((m) => m.indicator)).toEqual(['三级手术占比', '四级手术占比']);
    // a part that names its own measure keeps it
    expect(metrics('床位使用率≥85%，病床周转次数≥30次。').map((m) => m.indicator)).toEqual(['床位使用率', '病床周转次数']);
  });

  it('a part that names nothing it measures goes on with the part before it: 其中15%达到推荐标准, 较2023年下降5个百分点', () => {
    const indicators = (text: string) => metrics(text).map((m) => [m.text, m.indicator]);
    expect(indicators('95%以上的村卫生室达到基本标准，其中15%达到推荐标准。')).toEqual([['95%以上', '村卫生室'], ['15%', '村卫生室']]);
    expect(indicators('县外转诊率控制在10%以内，较2023年下降5个百分点。')).toEqual([['10%以内', '县外转诊率'], ['5个百分点', '县外转诊率']]);
    expect(indicators('每年新增全科医生10名，到2025年达到50名。')).toEqual([['10名', '全科医生'], ['50名', '全科医生']]);
    // not over a full stop
    expect(indicators('床位达到500张。达到90%以上。')).toEqual([['500张', '床位'], ['90%以上', null]]);
  });

  it('a percentage in words: 百分之九十以上, 不低于百分之七十五 (not 百 分)', () => {
    expect(only('到2025年，县域内就诊率达到百分之九十以上。')).toMatchObject({ text: '百分之九十以上', indicator: '县域内就诊率', value: 90, unit: '%', comparator: 'ge', year: 2025 });
    expect(only('家庭医生签约率不低于百分之七十五。')).toMatchObject({ text: '不低于百分之七十五', indicator: '家庭医生签约率', value: 75, unit: '%', comparator: 'ge' });
  });

  it('a rate per people: 孕产妇死亡率控制在10/10万以下 → 10 per 10万人 (not 10万以下)', () => {
    expect(metrics('孕产妇死亡率控制在10/10万以下，婴儿死亡率低于5‰。').map((m) => [m.text, m.indicator, m.value, m.unit, m.per, m.comparator])).toEqual([
      ['10/10万以下', '孕产妇死亡率', 10, null, '10万人', 'le'],
      ['低于5‰', '婴儿死亡率', 5, '‰', null, 'lt'],
    ]);
  });

  it('changes said 由原来的…增加到… and 由…增至…; 5000台次以上 in 台次', () => {
    expect(only('专科数量由原来的3个增加到5个。')).toMatchObject({ indicator: '专科数量', value: 5, baseline: 3 });
    expect(only('开放床位数由200张增至350张。')).toMatchObject({ indicator: '开放床位数', value: 350, baseline: 200 });
    expect(only('年手术量达到5000台次以上。')).toMatchObject({ text: '5000台次以上', unit: '台次', comparator: 'ge' });
  });

  it('至少1000家 (ge)', () => {
    expect(only('到2025年，全国至少1000家县医院达到三级医院医疗服务能力水平')).toMatchObject({
      text: '至少1000家', value: 1000, comparator: 'ge', year: 2025, indicator: '县医院',
    });
  });

  it('3个一级学科、5个二级学科', () => {
    const found = metrics('并选建 8个临床科室设置 3\n个一级学科、5个二级学科。');
    expect(found.map((m) => [m.value, m.indicator])).toEqual([
      [8, '临床科室'],
      [3, '一级学科'],
      [5, '二级学科'],
    ]);
  });

  it('村医岗位补助每月1000元', () => {
    expect(only('给予村医岗位补助每月 1000 元。')).toMatchObject({ value: 1000, unit: '元', per: '月', indicator: '村医岗位补助' });
  });
});

describe('not metrics', () => {
  it('years, dates and document numbers', () => {
    expect(metrics('（晋人社厅发〔2022〕5号）于每年11月15日前报送，2024年6月前完成')).toEqual([]);
  });
  it('ordinal item numbers and names with numerals', () => {
    expect(metrics('第3条；（1）消化内科；5G+远程医疗；2型糖尿病；65岁以上老年人')).toEqual([]);
    expect(metrics('争创三级医院，提高乡镇卫生院二级以下常规手术能力，推动“四个下沉”，一个行政村一所村卫生室')).toEqual([]);
    // an attachment's or a table's number is not a count: 附表1所列 is not 1 所
    expect(metrics('附表1所列指标由各单位落实，详见附件2、表3所示')).toEqual([]);
  });
  it('a time or distance in the name of a service: 15分钟健康服务圈, 24小时远程会诊服务 (a time limit stays a target)', () => {
    expect(metrics('到2025年，建成“15分钟健康服务圈”，县医院实现24小时远程会诊服务，全面落实24小时值班制度。')).toEqual([]);
    expect(metrics('建立24小时远程会诊中心，全年开展远程会诊不少于5000例次。').map((m) => m.text)).toEqual(['不少于5000例次']);
    const found = metrics('构建县域30分钟急救圈，急救反应时间缩短至15分钟以内，急救人员15分钟到达现场。');
    expect(found.map((m) => [m.text, m.comparator, m.value, m.indicator])).toEqual([
      ['15分钟以内', 'le', 15, '急救反应时间'],
      ['15分钟', 'eq', 15, '急救人员到达现场'],
    ]);
    // a time measures what is done in it
    expect(metrics('检查检验结果2小时内出具，急诊患者30分钟内得到处置。').map((m) => [m.indicator, m.value, m.comparator])).toEqual([
      ['检查检验结果出具', 2, 'le'],
      ['急诊患者得到处置', 30, 'le'],
    ]);
    // a count in a quoted requirement is still one
    expect(metrics('全面贯彻落实“每个县要有1—2所好医院”要求')).toMatchObject([{ indicator: '好医院', min: 1, max: 2, unit: '所' }]);
  });
});

describe('target year over a sentence of ；-joined targets', () => {
  it('到2025年，A达到90%；B达到3.5张/千人 gives both 2025', () => {
    expect(metrics('到2025年，县域就诊率达到90%；每千人口床位达到3.5张。').map((m) => [m.value, m.year, m.per])).toEqual([
      [90, 2025, null],
      [3.5, 2025, '千人'],
    ]);
  });
  it('2024年度达到4级: the year is no part of the indicator', () => {
    expect(only('2024年度电子病历系统应用水平达到4级。')).toMatchObject({ indicator: '电子病历系统应用水平', value: 4, unit: '级', year: 2024 });
  });
  it('门诊量比2020年增长10%: the year compared with is neither the indicator nor the target year', () => {
    expect(only('到2025年，门诊量比2020年增长10%。')).toMatchObject({ indicator: '门诊量', value: 10, year: 2025 });
    expect(only('门诊人次较2022年同期增长15%以上。')).toMatchObject({ indicator: '门诊人次', comparator: 'ge', year: null });
  });
  it('a year range or a year after 其中 is no part of the indicator: 2022—2025年每年安排…, 其中2023年安排…', () => {
    expect(only('2022—2025年每年安排不低于2000万元。')).toMatchObject({ indicator: '安排', per: '年', comparator: 'ge' });
    expect(metrics('县财政安排1.2亿元用于县医院改扩建，其中2023年安排3000万元。').map((m) => m.indicator)).toEqual(['县财政安排', '县财政安排']);
    expect(metrics('县财政三年累计安排县级医院能力提升专项资金不少于3000万元，其中2023年安排800万元。').map((m) => [m.indicator, m.year])).toEqual([
      ['县级医院能力提升专项资金', null],
      ['县级医院能力提升专项资金', 2023],
    ]);
    expect(only('县藏医院可开展的三级手术不少于30种。')).toMatchObject({ indicator: '三级手术', value: 30 });
  });
  it('达到分级评价4级 and ≥ signs', () => {
    expect(only('力争电子病历系统应用水平达到分级评价 4 级。')).toMatchObject({ value: 4, unit: '级' });
    expect(only('门诊患者满意度≥90%')).toMatchObject({ value: 90, comparator: 'ge' });
  });

  it('a paragraph that opens with its horizon (到2025年，…。) gives it to the targets of the sentences after; a date inside a sentence does not', () => {
    expect(metrics('到2025年，县人民医院达到三级医院医疗服务能力水平。实际开放床位数达到500张，县域内就诊率达到90%以上。').map((m) => m.year)).toEqual([2025, 2025]);
    expect(metrics('工作目标。到2025年，县医院综合能力全面提升。每千人口医疗卫生机构床位数控制在6.5张以内。').map((m) => m.year)).toEqual([2025]);
    expect(metrics('2023年完成门诊楼建设。床位数达到500张。').map((m) => m.year)).toEqual([null]);
    // a heading on its own line before the horizon
    expect(metrics('主要目标\n到2025年底，县人民医院实际开放床位达到800张。县财政累计投入不少于2.5亿元，其中2024年安排8000万元。').map((m) => m.year)).toEqual([2025, 2025, 2024]);
  });
});

describe('task tables', () => {
  it('a row’s target takes the year of its 完成时限 when its own cell names none', () => {
    const text = '某县“千县工程”实施方案\n\n一、任务分工表\n\n序号\t重点任务\t牵头单位\t完成时限\n1\t建设县域医学检验中心，投入资金800万元\t县卫健局\t2025年6月底前\n2\t到2024年引进高层次人才不少于10名\t县人社局\t2025年底\n3\t每年引进医学类本科生不少于20名\t县人社局\t长期\n';
    const rows = buildText('row-year.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((r) => r.metrics.map((m) => [m.text, m.year]))).toEqual([[['800万元', 2025]], [['不少于10名', 2024]], [['不少于20名', null]]]);
  });
  it('a bare value in a 指标 cell measures the task of the text cell before it', () => {
    const text = '某县重点任务清单\n\n一、任务清单\n\n序号\t工作任务\t具体内容\t完成时间\t预期指标\n1\t人才引进\t引进高层次人才\t2025年6月\t不少于20名\n2\t设备购置\t购置CT、MRI等设备\t2025年底\t投入资金不少于3000万元\n';
    const rows = buildText('row-indicator.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((r) => r.metrics.map((m) => [m.indicator, m.comparator, m.value, m.unit]))).toEqual([
      [['引进高层次人才', 'ge', 20, '名']],
      [['投入资金', 'ge', 3000, '万元']],
    ]);
  });
});

describe('indicator tables', () => {
  it('a row is one metric: name and unit from 指标名称, base from 基期值, target and year from 2025年目标值', () => {
    const text = [
      '某县医疗卫生服务能力提升实施方案', '', '一、主要指标', '',
      '序号\t指标名称\t2022年基期值\t2025年目标值\t指标属性',
      '1\t每千常住人口医疗卫生机构床位数（张）\t5.2\t6.5\t预期性',
      '2\t县域内住院率（%）\t82\t≥90\t约束性',
      '3\t床护比\t1:0.45\t1:0.6\t预期性', '', '二、重点任务', '', '加强县医院建设。',
    ].join('\n');
    const rows = buildText('indicators.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.metrics.map(({ at, ...m }) => m))).toEqual([
      [{ text: '6.5', indicator: '每千常住人口医疗卫生机构床位数', value: 6.5, baseline: 5.2, unit: '张', per: '千人', comparator: 'eq', year: 2025 }],
      [{ text: '≥90', indicator: '县域内住院率', value: 90, baseline: 82, unit: '%', per: null, comparator: 'ge', year: 2025 }],
      [{ text: '1:0.6', indicator: '床护比', value: 0.6, baseline: 0.45, unit: null, per: null, comparator: 'eq', year: 2025 }],
    ]);
    for (const row of rows) for (const m of row.metrics) expect(row.text.slice(...m.at)).toBe(m.text);
  });
  it('a target range in its cell (80—90, 85%~93%) is min and max (was none); years (2023—2025) are no range; a base of 32% is no metric of its own', () => {
    const text = [
      '某县县医院能力提升三年行动实施方案', '', '一、主要指标', '',
      '序号\t指标名称\t2022年现状\t2025年目标\t指标属性',
      '1\t病床使用率（%）\t78\t80—90\t预期性',
      '2\t药占比\t32%\t25%~28%\t预期性',
      '3\t实施周期\t—\t2023—2025\t预期性',
    ].join('\n');
    const rows = buildText('ranges.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.metrics.map(({ at, ...m }) => m))).toEqual([
      [{ text: '80—90', indicator: '病床使用率', min: 80, max: 90, baseline: 78, unit: '%', per: null, comparator: 'range', year: 2025 }],
      [{ text: '25%~28%', indicator: '药占比', min: 25, max: 28, baseline: 32, unit: '%', per: null, comparator: 'range', year: 2025 }],
      [],
    ]);
  });
  it('a target a year: one metric for each year’s column (2024年 | 2025年 | 2026年); a year before the plan’s is the base', () => {
    const table = (rows: string[], closing = '') =>
      buildText('by-year.txt', ['某县县级医院能力提升实施方案', '', '一、分年度目标', '', ...rows, '', closing].join('\n'))
        .clauses.filter((c) => c.cells.length)
        .map((c) => c.metrics.map((m) => [m.text, m.comparator, m.value, m.baseline ?? null, m.year]));
    expect(table(['序号\t指标名称\t2023年现状\t2024年\t2025年\t2026年', '1\t县域内就诊率（%）\t85\t87\t89\t≥90'])).toEqual([
      [['87', 'eq', 87, 85, 2024], ['89', 'eq', 89, 85, 2025], ['≥90', 'ge', 90, 85, 2026]],
    ]);
    // 2020年 | 2025年 in a plan of 2021: the first is where it starts from
    expect(table(['序号\t指标名称\t2020年\t2025年\t指标属性', '1\t床位数（张）\t450\t520\t预期性'], '某县卫生健康局\n2021年6月1日')).toEqual([
      [['520', 'eq', 520, 450, 2025]],
    ]);
  });

  it('a 单位 column says the unit of measure, no body; year headers in full-width or spaced digits are years', () => {
    const table = (header: string, rows: string[]) =>
      buildText('units-column.txt', ['某县县级医院能力提升实施办法', '', '附件', '', '年度目标表', '', header, ...rows].join('\n')).clauses.filter((c) => c.cells.length);
    const rows = table('指标名称\t单位\t2023年\t2024年\t2025年', ['县域内就诊率\t%\t85\t88\t90', '急救平均反应时间\t分钟\t≤30\t≤25\t≤20']);
    expect(rows.map((r) => r.metrics.map((m) => [m.indicator, m.comparator, m.value, m.unit, m.year]))).toEqual([
      [['县域内就诊率', 'eq', 85, '%', 2023], ['县域内就诊率', 'eq', 88, '%', 2024], ['县域内就诊率', 'eq', 90, '%', 2025]],
      [['急救平均反应时间', 'le', 30, '分钟', 2023], ['急救平均反应时间', 'le', 25, '分钟', 2024], ['急救平均反应时间', 'le', 20, '分钟', 2025]],
    ]);
    expect(rows.flatMap((r) => r.units)).toEqual([]);
    const wide = table('指标名称\t单位\t２０２４年\t2 0 2 5年', ['县域内就诊率\t％\t８８\t９０']);
    expect(wide.map((r) => r.metrics.map((m) => [m.value, m.year]))).toEqual([[[88, 2024], [90, 2025]]]);
  });

  it('a column whose header names its measure (a city’s targets per county): 2025年床位数（张）, an earlier year’s column its base', () => {
    const text = [
      '某某市县级医院综合能力提升行动方案（2024—2026年）', '', '一、分县目标', '', '各县（市、区）主要指标如下：', '',
      '序号\t县（市、区）\t2023年床位数（张）\t2025年床位数（张）\t执业（助理）医师数目标值（人）\t责任单位',
      '1\t沛县\t1000\t1200\t650\t沛县卫生健康局',
      '2\t阳曲县\t800\t980\t不少于520\t阳曲县卫生健康局',
    ].join('\n');
    const rows = buildText('per-county.txt', text).clauses.filter((c) => c.cells.length);
    expect(rows.map((c) => c.metrics.map((m) => [m.text, m.indicator, m.comparator, m.value, m.baseline ?? null, m.unit, m.year]))).toEqual([
      [['1200', '床位数', 'eq', 1200, 1000, '张', 2025], ['650', '执业（助理）医师数', 'eq', 650, null, '人', null]],
      [['980', '床位数', 'eq', 980, 800, '张', 2025], ['不少于520', '执业（助理）医师数', 'ge', 520, null, '人', null]],
    ]);
    for (const row of rows) for (const m of row.metrics) expect(row.text.slice(...m.at)).toBe(m.text);
  });
});

describe('indicators of counts a verb of buying or aiming opens', () => {
  it('配置, 更新, 争创 name no part of what is counted, as 新增 and 购置 do not', () => {
    expect(metrics('10. 加强医疗设备配置。新购置CT1台，配置负压救护车2辆，完善医技科室设备条件。')).toMatchObject([
      { indicator: 'CT', value: 1, unit: '台' },
      { indicator: '负压救护车', value: 2, unit: '辆' },
    ]);
    expect(metrics('三是完善后勤保障设施，更新负压救护车3辆。')).toMatchObject([{ indicator: '负压救护车', value: 3, unit: '辆' }]);
    expect(metrics('建设4个县级重点专科，争创市级重点专科2个。')).toMatchObject([
      { value: 4, unit: '个' },
      { indicator: '市级重点专科', value: 2, unit: '个' },
    ]);
  });
});

describe('a count in Chinese numerals after the items a verb lists', () => {
  it('打造骨伤、针灸推拿两个优势专科 counts the specialties made; a grade after a list stays none', () => {
    expect(metrics('15. 发展中医药服务。一是加强县中医院特色专科建设，打造骨伤、针灸推拿两个优势专科；二是所有乡镇卫生院建成中医馆。')).toMatchObject([
      { indicator: '优势专科', value: 2, unit: '个', comparator: 'eq' },
    ]);
    expect(metrics('建设县人民医院、县中医院两个三级医院。')).toMatchObject([{ value: 2, unit: '个' }]);
    expect(metrics('推进胸痛、卒中中心建设，创建三级医院。')).toEqual([]);
  });
});

describe('indicators found on the unseen plans nobody annotated', () => {
  it('a grade with 以上 names what is counted (2个市级以上临床重点专科); a share set 按照… names what it sets (设置, 配置, 配备)', () => {
    expect(metrics('每家县医院至少建成2个市级以上临床重点专科，补齐专科能力短板。')).toMatchObject([
      { indicator: '市级以上临床重点专科', value: 2, unit: '个', comparator: 'ge' },
    ]);
    expect(metrics('提升重症救治和麻醉服务能力。按照床位总数的4%设置重症医学科床位，推广舒适化医疗。')).toMatchObject([
      { indicator: '重症医学科床位', value: 4, unit: '%' },
    ]);
  });
});

describe('the total of a list of what a plan includes', () => {
  it('包括…，共11家 counts what there is; a total spent stays a target', () => {
    expect(metrics('全市纳入“千县工程”的县医院，包括甲县人民医院、乙县人民医院、丙县人民医院，共11家。')).toEqual([]);
    expect(metrics('新建住院楼、门诊楼，共计投资5000万元。')).toMatchObject([{ value: 5000, unit: '万元' }]);
  });
});

describe('found on the twelfth and thirteenth probes', () => {
  it('a change from a dated or adjusted first value: 由2023年的82.6%提高到88%, 由680人调整到850人 (the first the baseline, its year no deadline)', () => {
    expect(metrics('2024年12月底前，县域内就诊率由2023年的82.6%提高到88%。')).toMatchObject([{ text: '88%', value: 88, baseline: 82.6, year: 2024, indicator: '县域内就诊率' }]);
    expect(extractDeadlines('2024年12月底前，县域内就诊率由2023年的82.6%提高到88%。', 2024).map((d) => d.text)).toEqual(['2024年12月底前']);
    expect(metrics('县人民医院人员总量由680人调整到850人。')).toMatchObject([{ value: 850, baseline: 680, indicator: '县人民医院人员总量' }]);
  });

  it('one more action of the doer after a comma keeps the time rate (每年招聘…，选派…进修不少于15人次); a new subject does not', () => {
    expect(metrics('县医院每年公开招聘医学类本科以上毕业生不少于20名，选派骨干医师到省级医院进修不少于15人次；县级医院三年内引进人才20名。').map((m) => [m.value, m.per])).toEqual([
      [20, '年'],
      [15, '年'],
      [20, null],
    ]);
  });

  it('no target in a count of a whole or definite set (与全县13个乡镇卫生院签订…, 评估反馈的12个问题全部整改到位, 统一管理11个镇卫生院, 覆盖全部18个乡镇卫生院)', () => {
    expect(metrics('与全县13个乡镇卫生院签订胸痛卒中网络医院协议。')).toEqual([]);
    expect(metrics('评估反馈的12个问题全部整改到位，县外转诊率下降3个百分点。')).toMatchObject([{ value: 3, unit: '百分点' }]);
    expect(metrics('统一管理11个镇卫生院，建设医学影像中心。')).toEqual([]);
    expect(metrics('年底前远程影像诊断覆盖全部18个乡镇卫生院。')).toEqual([]);
    expect(metrics('以县医院为牵头医院、县中医院和全县11个乡镇卫生院为成员单位，组建紧密型县域医共体。')).toEqual([]);
  });

  it('no score of a rubric (分值 15分, 得5分, 扣2分) nor its step (每降低1个百分点, 每建成1个); points reached are a target', () => {
    expect(metrics('15分\t日间手术占择期手术比例达到10%得5分；患者满意度达到90%以上得10分，每降低1个百分点扣2分。').map((m) => m.text)).toEqual(['10%', '90%以上']);
    expect(metrics('五大资源共享中心每建成1个得3分，未实现检查检验结果互认的扣3分。')).toEqual([]);
    expect(metrics('到2025年，患者满意度测评达到90分以上。')).toMatchObject([{ value: 90, unit: '分', comparator: 'ge' }]);
  });

  it('a year’s amount is one per year, its name kept as written (年手术量, MDT病例年诊疗量); a date, a span or an age is none', () => {
    expect(metrics('心血管内科年手术量不少于300例，MDT病例年诊疗量≥500例。').map((m) => [m.indicator, m.per])).toEqual([
      ['心血管内科年手术量', '年'],
      ['MDT病例年诊疗量', '年'],
    ]);
    expect(metrics('到2025年，老年医学科床位达到30张，全年门诊量达到20万人次。').map((m) => m.per)).toEqual([null, null]);
  });

  it('no target in hours a service keeps (7×24小时值班, 急诊CT 24小时开放)', () => {
    expect(metrics('导管室实行7×24小时值班，导管室激活时间≤30分钟。')).toMatchObject([{ value: 30, unit: '分钟', comparator: 'le' }]);
    expect(metrics('影像科保证急诊CT 24小时开放。')).toEqual([]);
  });
});
