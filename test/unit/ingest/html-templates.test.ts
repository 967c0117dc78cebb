/**
 * Web pages of other government CMS templates: an article in div.article-content (#UCAP-CONTENT)
 * beside a side column, its title in an h2 outside it, a 附件下载 list after it; a TRS page whose
 * content div (.view.TRS_UEDITOR) holds the editor's <style> and Word's pasted markup (MsoNormal,
 * <o:p>, spans per run), a 相关附件 link after it. The article is read, and the attachments the page
 * links as files are named in a message: before, they were left out without a word, though a plan's
 * task list is often one of them (the second page's article does not even say it has an attachment).
 */
import { describe, expect, it } from 'vitest';
import { readHtml } from '../../../scripts/ingest/formats/html.ts';

const articleContent = `<!DOCTYPE html>
<html lang="zh-CN"><head><meta charset="utf-8">
<meta name="ArticleTitle" content="某县人民政府办公室关于印发某县推进“千县工程”县医院综合能力提升工作实施方案的通知">
<meta name="PubDate" content="2024-05-20 10:30">
<meta name="ContentSource" content="县卫健局">
<title>某县人民政府办公室关于印发某县推进“千县工程”县医院综合能力提升工作实施方案的通知 - 某县人民政府门户网站</title>
<link rel="stylesheet" href="/css/common.css">
</head>
<body>
<div class="top-bar"><span>您好，欢迎访问某县人民政府门户网站！</span><a href="#">无障碍浏览</a><a href="#">长者模式</a><a href="#">繁體</a></div>
<div class="header"><img src="/images/logo.png" alt="某县人民政府"><form class="search"><input name="q" placeholder="请输入关键字"><button>搜索</button></form></div>
<div class="nav"><a href="/">首页</a><a href="/zwgk/">政务公开</a><a href="/zwfw/">政务服务</a><a href="/hdjl/">互动交流</a><a href="/zjxx/">走进某县</a></div>
<div class="container">
  <div class="crumb">您当前的位置：<a href="/">首页</a> > <a href="/zwgk/">政务公开</a> > <a href="/zwgk/zcwj/">政策文件</a> > 县政府办文件</div>
  <div class="side-left">
    <h3>政策文件</h3>
    <ul><li><a href="/a1">县政府文件</a></li><li><a href="/a2">县政府办文件</a></li><li><a href="/a3">部门文件</a></li><li><a href="/a4">政策解读</a></li></ul>
  </div>
  <div class="detail-main">
    <div class="article-head">
      <h2 class="article-title">某县人民政府办公室关于印发某县推进“千县工程”县医院综合能力提升工作实施方案的通知</h2>
      <div class="article-info"><span>发布日期：2024-05-20</span><span>来源：县卫健局</span><span>阅读量：<em id="readCount">587</em></span><span class="font-size">【字体：<a>大</a> <a>中</a> <a>小</a>】</span></div>
    </div>
    <div class="article-content" id="UCAP-CONTENT">
      <p style="text-align:center">某政办发〔2024〕12号</p>
      <p>各乡镇人民政府，县直各有关单位：</p>
      <p style="text-indent:2em">《某县推进“千县工程”县医院综合能力提升工作实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。</p>
      <p style="text-align:right">某县人民政府办公室</p>
      <p style="text-align:right">2024年5月16日</p>
      <p style="text-align:center"><strong>某县推进“千县工程”县医院综合能力提升工作实施方案</strong></p>
      <p style="text-indent:2em">为贯彻落实国家卫生健康委“千县工程”县医院综合能力提升工作部署，结合我县实际，制定本方案。</p>
      <p style="text-indent:2em"><strong>一、工作目标</strong></p>
      <p style="text-indent:2em">到2025年，县人民医院达到三级医院服务能力，县域内就诊率达到90%以上。</p>
      <p style="text-indent:2em"><strong>二、重点任务</strong></p>
      <p style="text-indent:2em">（一）加强专科建设。县人民医院牵头，2024年底前建成胸痛中心、卒中中心。</p>
      <p style="text-indent:2em">（二）加强人才队伍建设。县人社局、县卫健局负责，每年招聘医学本科以上人才10名。</p>
      <p style="text-indent:2em">附件：1.某县“千县工程”重点任务分解表</p>
      <p style="text-indent:5em">2.某县“千县工程”工作领导小组成员名单</p>
    </div>
    <div class="article-attachment">
      <span>附件下载：</span>
      <ul>
        <li><a href="/uploads/2024/05/P020240520.xlsx">附件1：某县“千县工程”重点任务分解表.xlsx</a></li>
        <li><a href="/uploads/2024/05/P020240521.docx">附件2：某县“千县工程”工作领导小组成员名单.docx</a></li>
      </ul>
    </div>
    <div class="article-tools"><a href="javascript:window.print()">【打印本页】</a><a href="javascript:window.close()">【关闭窗口】</a><span>分享到：</span><a class="wx">微信</a><a class="wb">微博</a></div>
    <div class="qr">扫一扫在手机打开当前页</div>
    <div class="prev-next"><p>上一篇：<a href="/p1">关于做好2024年基本公共卫生服务项目工作的通知</a></p><p>下一篇：<a href="/n1">某县2024年卫生健康工作要点</a></p></div>
  </div>
</div>
<div class="footer"><p>主办：某县人民政府办公室　承办：某县融媒体中心</p><p>网站标识码：1400000001　晋ICP备2021000001号-1　晋公网安备 14000002000001号</p><p>联系电话：0350-0000000　<a href="/sitemap">网站地图</a></p></div>
<script>var pageId = 12345;</script>
</body></html>
`;

const trsEditor = `<html><head><meta http-equiv="Content-Type" content="text/html; charset=utf-8"><title>某县卫生健康局关于印发某县“千县工程”实施方案的通知</title></head><body>
<div class="wrap"><div class="location">当前位置：首页 >> 信息公开 >> 通知公告</div>
<div class="xl_title">某县卫生健康局关于印发某县“千县工程”实施方案的通知</div>
<div class="xl_info">时间：2023-08-01　 来源：某县卫生健康局　 作者：办公室　 浏览：<script>document.write(321)</script></div>
<div class="view TRS_UEDITOR trs_paper_default trs_word">
<style type="text/css">.TRS_Editor P{margin-top:0px;margin-bottom:12px;line-height:2;font-family:宋体;font-size:12pt;}.TRS_Editor DIV{line-height:2;}</style>
<div class="TRS_Editor"><p class="MsoNormal" align="center" style="text-align:center"><b><span style="font-size:22pt;font-family:方正小标宋简体">某县“千县工程”实施方案<span lang="EN-US"><o:p></o:p></span></span></b></p>
<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:仿宋_GB2312">为提升县域医疗服务能力，制定本方案。<span lang="EN-US"><o:p></o:p></span></span></p>
<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:黑体">一、工作目标</span></p>
<p class="MsoNormal" style="text-indent:32pt"><span>到</span><span lang="EN-US">2025</span><span>年，县医院达到二级甲等水平。</span></p>
<p class="MsoNormal"><span lang="EN-US">&nbsp;</span></p>
<p class="MsoNormal" style="text-indent:32pt"><span style="font-family:黑体">二、保障措施</span></p>
<p class="MsoNormal" style="text-indent:32pt"><span>县卫健局负责统筹，县财政局保障资金。</span></p>
</div></div>
<div class="fj">相关附件：<a href="/attach/0/abc.doc" target="_blank">某县“千县工程”重点任务清单.doc</a></div>
<div class="bottom">【<a href="javascript:window.print()">打印</a>】【<a href="javascript:window.close()">关闭</a>】</div>
</div></body></html>
`;

const read = (html: string) => readHtml(new TextEncoder().encode(html));
const text = (lines: string[]) => lines.filter((line) => line.trim() !== '');

describe('web pages of other CMS templates', () => {
  it('div.article-content: the article with its own 附件 lines, the title from <title>; the 附件下载 files named', () => {
    const page = read(articleContent);
    expect(text(page.lines)).toEqual([
      '某县人民政府办公室关于印发某县推进“千县工程”县医院综合能力提升工作实施方案的通知',
      '某政办发〔2024〕12号',
      '各乡镇人民政府，县直各有关单位：',
      '《某县推进“千县工程”县医院综合能力提升工作实施方案》已经县人民政府同意，现印发给你们，请认真贯彻执行。',
      '某县人民政府办公室',
      '2024年5月16日',
      '某县推进“千县工程”县医院综合能力提升工作实施方案',
      '为贯彻落实国家卫生健康委“千县工程”县医院综合能力提升工作部署，结合我县实际，制定本方案。',
      '一、工作目标',
      '到2025年，县人民医院达到三级医院服务能力，县域内就诊率达到90%以上。',
      '二、重点任务',
      '（一）加强专科建设。县人民医院牵头，2024年底前建成胸痛中心、卒中中心。',
      '（二）加强人才队伍建设。县人社局、县卫健局负责，每年招聘医学本科以上人才10名。',
      '附件：1.某县“千县工程”重点任务分解表',
      '2.某县“千县工程”工作领导小组成员名单',
    ]);
    expect(page.notes).toEqual([
      'web page links its attachments as files of their own, whose text is not in the page: 附件1：某县“千县工程”重点任务分解表.xlsx (/uploads/2024/05/P020240520.xlsx); 附件2：某县“千县工程”工作领导小组成员名单.docx (/uploads/2024/05/P020240521.docx); save them into the corpus to read them',
    ]);
  });

  it('a TRS page: the editor’s <style> and Word’s markup left out, one line a paragraph; the 相关附件 file named', () => {
    const page = read(trsEditor);
    expect(text(page.lines)).toEqual([
      '某县卫生健康局关于印发某县“千县工程”实施方案的通知',
      '某县“千县工程”实施方案',
      '为提升县域医疗服务能力，制定本方案。',
      '一、工作目标',
      '到2025年，县医院达到二级甲等水平。',
      '二、保障措施',
      '县卫健局负责统筹，县财政局保障资金。',
    ]);
    expect(page.notes).toEqual(['web page links its attachments as files of their own, whose text is not in the page: 某县“千县工程”重点任务清单.doc (/attach/0/abc.doc); save them into the corpus to read them']);
  });

  it('a site’s other downloads (a form in the side column) are no attachment of the page', () => {
    const page = read(articleContent.replace(/<div class="article-attachment">[\s\S]*?<\/div>/, '').replace('<h3>政策文件</h3>', '<h3>政策文件</h3><a href="/down/shenqingbiao.docx">政府信息公开申请表.docx</a>'));
    expect(page.notes).toEqual([]);
  });
});
