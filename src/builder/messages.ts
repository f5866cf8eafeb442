import type { FieldType } from '../data/adapt/index.js';
import { localize, type Locale, type MessageTable } from '../core/i18n.js';

/** The builder's own words; the widgets' names and error sentences come from the widgets. */
export const builderMessages: MessageTable<
  | 'title'
  | 'intro'
  | 'language'
  | 'stepWidget'
  | 'widget'
  | 'stepData'
  | 'src'
  | 'srcHelp'
  | 'fetch'
  | 'fetching'
  | 'sample'
  | 'sampleHelp'
  | 'useSample'
  | 'noSrc'
  | 'badSrc'
  | 'crossOrigin'
  | 'badJson'
  | 'fetchFailed'
  | 'stepDetect'
  | 'waiting'
  | 'envelope'
  | 'noEnvelope'
  | 'envelopeOk'
  | 'envelopeFailed'
  | 'path'
  | 'pathHelp'
  | 'pathRoot'
  | 'pathItem'
  | 'pathAuto'
  | 'noList'
  | 'lists'
  | 'pathLists'
  | 'listName.points'
  | 'listName.cells'
  | 'listRowPrefix'
  | 'stepFields'
  | 'fieldsHelp'
  | 'required'
  | 'optional'
  | 'byAlias'
  | 'byMapped'
  | 'unusable'
  | 'notFound'
  | 'notFoundRequired'
  | 'automatic'
  | 'keyOption'
  | 'fitsType'
  | 'stepOptions'
  | 'optionsHelp'
  | 'optionDefault'
  | 'stepPreview'
  | 'previewHelp'
  | 'checks'
  | 'allGood'
  | 'issueCount'
  | 'rowPrefix'
  | 'issue.missing'
  | 'issue.unmapped'
  | 'issue.invalid'
  | 'issue.below-min'
  | 'issue.not-object'
  | 'issue.more'
  | 'stepCopy'
  | 'script'
  | 'scriptHelp'
  | 'scriptName'
  | 'form.tag'
  | 'form.tagHelp'
  | 'form.placeholder'
  | 'form.placeholderHelp'
  | 'form.text'
  | 'form.textHelp'
  | 'form.textUnavailable'
  | 'copy'
  | 'copied'
  | 'copyFailed'
  | 'fallback'
  | 'value.list'
  | 'value.object'
  | 'value.emptyObject'
  | 'value.nothing'
  | 'value.separator'
> = {
  'zh-CN': {
    title: '组件配置器',
    intro:
      '不用写代码：选一个组件，给出接口地址或一段接口返回的数据，核对字段，然后复制生成的代码粘贴到网站页面里。',
    language: '语言',
    stepWidget: '第一步：选择组件',
    widget: '组件',
    stepData: '第二步：给出数据',
    src: '接口地址',
    srcHelp: '本网站上的接口地址，例如 /api/rank。它会写进生成的代码里。',
    fetch: '读取接口',
    fetching: '正在读取接口…',
    sample: '或者：粘贴接口返回的一段数据（JSON）',
    sampleHelp: '在浏览器里打开接口地址，全选、复制，再粘贴到这里。',
    useSample: '使用这段数据',
    noSrc: '请先填写接口地址。',
    badSrc: '这不是一个有效的地址，请检查后再试。',
    crossOrigin:
      '配置器只能读取本网站上的接口（{origin}）。其他网站的接口，请把它返回的数据粘贴到下面的框里。',
    badJson: '粘贴的内容不是有效的 JSON：{message}',
    fetchFailed: '读取失败：{sentence}',
    stepDetect: '第三步：识别结果',
    waiting: '给出数据后，这里显示识别到的结构。',
    envelope: '外层包装',
    noEnvelope: '没有外层包装，数据直接就是内容。',
    envelopeOk: '接口表示成功。',
    envelopeFailed: '接口表示失败：{message}。请换一个能正常返回数据的地址或示例。',
    path: '数据所在位置（path）',
    pathHelp: '组件从这里读取数据。一般不用改，识别不对时从列表里另选一个。',
    pathRoot: '整个返回内容',
    pathItem: '{path}（{count} 条）',
    pathAuto: '{label}，组件可自动找到',
    noList: '返回内容里没有找到这个组件能用的数据。请检查接口地址或示例数据。',
    lists:
      '识别为“点位表 + 记录表”：{points} 个点位，{cells} 条记录。日期、数值和点位名称取自记录表，街道和经纬度取自点位表；点位表里没有记录的点位显示为无人参与。',
    pathLists: '{path}（点位表 + 记录表）',
    'listName.points': '点位表',
    'listName.cells': '记录表',
    listRowPrefix: '{list}第 {row} 条数据：',
    stepFields: '第四步：核对字段',
    fieldsHelp:
      '左边是组件需要的内容，右边是接口里的字段。已自动识别的不用管；“未识别”的，请从下拉列表里选出对应的字段。',
    required: '必填',
    optional: '可选',
    byAlias: '已自动识别：{source}',
    byMapped: '已选择：{source}',
    unusable: '找到字段 {source}，但它的值不能用，请另选一个',
    notFound: '未识别（可不填）',
    notFoundRequired: '未识别，请选择',
    automatic: '（自动识别）',
    keyOption: '{key}，例如 {sample}',
    fitsType: '{option}，类型相符',
    stepOptions: '第五步：组件设置',
    optionsHelp: '不填的项按组件的默认值显示。',
    optionDefault: '（默认）',
    stepPreview: '第六步：预览',
    previewHelp: '下面就是网站页面上将显示的组件，用的是上面的数据和设置。',
    checks: '检查结果',
    allGood: '没有发现问题，数据都能显示。',
    issueCount: '发现 {count} 个问题：',
    rowPrefix: '第 {row} 条数据：',
    'issue.missing': '缺少“{field}”：所选的字段 {source} 没有值。',
    'issue.unmapped': '没有找到“{field}”：请在第四步为它选择接口里的字段。',
    'issue.invalid': '“{field}”取自字段 {source}，值是{value}，{type}。',
    'issue.below-min': '“{field}”取自字段 {source}，值是{value}，不能小于 {min}。',
    'issue.not-object': '这一条不是一条记录，而是 {value}。',
    'issue.more': '另有 {count} 个问题没有列出。',
    stepCopy: '第七步：复制代码',
    script: '页面模板里的脚本（整个页面只放一次）',
    scriptHelp: '放在页面模板里，不要放在文章正文里。',
    scriptName: '脚本',
    'form.tag': '标签写法',
    'form.tagHelp': '用于能保留自定义标签的页面模板或源代码。',
    'form.placeholder': '占位块写法',
    'form.placeholderHelp': '用于会删掉自定义标签的富文本编辑器（在源代码模式粘贴）。',
    'form.text': '文字写法',
    'form.textHelp':
      '用于只保留段落文字的编辑器：把这一行作为正文里单独的一段。页面模板里正文所在的区域须带 data-civic-scan 属性。',
    'form.textUnavailable':
      '接口地址或字段里同时有单引号和双引号，文字写法无法表示，请用上面两种写法。',
    copy: '复制{form}',
    copied: '已复制{form}。',
    copyFailed: '无法自动复制，请选中框里的文字后按 Ctrl+C。',
    fallback: '{title}加载中…',
    'value.list': '一个有 {count} 项的列表',
    'value.object': '一个对象（含 {keys}）',
    'value.emptyObject': '一个空对象',
    'value.nothing': '空值',
    'value.separator': '、',
  },
  en: {
    title: 'Tag builder',
    intro:
      'No code needed: pick a widget, give the API address or a sample answer, check the fields, then copy the code into a page of your site.',
    language: 'Language',
    stepWidget: 'Step 1: pick a widget',
    widget: 'Widget',
    stepData: 'Step 2: give the data',
    src: 'API address',
    srcHelp: 'An address on this site, such as /api/rank. It goes into the code.',
    fetch: 'Read the API',
    fetching: 'Reading the API…',
    sample: 'Or paste a sample answer of the API (JSON)',
    sampleHelp: 'Open the API address in the browser, select all, copy, and paste it here.',
    useSample: 'Use this sample',
    noSrc: 'Please enter the API address first.',
    badSrc: 'This is not a valid address: please check it.',
    crossOrigin:
      'The builder can only read APIs of this site ({origin}). For another site, paste its answer into the box below.',
    badJson: 'The pasted text is not valid JSON: {message}',
    fetchFailed: 'Could not read it: {sentence}',
    stepDetect: 'Step 3: what was found',
    waiting: 'Once there is data, its structure shows here.',
    envelope: 'Envelope',
    noEnvelope: 'No envelope: the answer is the content itself.',
    envelopeOk: 'The API reports success.',
    envelopeFailed:
      'The API reports a failure: {message}. Use an address or sample that answers with data.',
    path: 'Where the data is (path)',
    pathHelp: 'The widget reads its data here. Change it only when the guess is wrong.',
    pathRoot: 'the whole answer',
    pathItem: '{path} ({count} rows)',
    pathAuto: '{label}, found by the widget itself',
    noList: 'Nothing in the answer fits this widget. Check the address or the sample.',
    lists:
      'Recognised as “points + cells”: {points} points, {cells} records. Date, value and point name come from the cells, street and coordinates from the points; points without records show as nobody went.',
    pathLists: '{path} (points + cells)',
    'listName.points': 'points',
    'listName.cells': 'cells',
    listRowPrefix: 'Row {row} of the {list}: ',
    stepFields: 'Step 4: check the fields',
    fieldsHelp:
      'On the left what the widget needs, on the right the field of the API. Recognised ones need nothing; for “not recognised” ones, pick the matching field.',
    required: 'required',
    optional: 'optional',
    byAlias: 'Recognised: {source}',
    byMapped: 'Picked: {source}',
    unusable: 'Found {source}, but its values do not fit: please pick another',
    notFound: 'Not recognised (optional)',
    notFoundRequired: 'Not recognised: please pick one',
    automatic: '(recognised automatically)',
    keyOption: '{key}, e.g. {sample}',
    fitsType: '{option}, matching type',
    stepOptions: 'Step 5: widget options',
    optionsHelp: 'Options left empty keep the widget’s default.',
    optionDefault: '(default)',
    stepPreview: 'Step 6: preview',
    previewHelp: 'This is the widget as your page will show it, with the data and settings above.',
    checks: 'Checks',
    allGood: 'No problems found: all the data can be shown.',
    issueCount: '{count} problem(s) found:',
    rowPrefix: 'Row {row}: ',
    'issue.missing': '“{field}” is missing: the picked field {source} has no value.',
    'issue.unmapped': '“{field}” was not found: pick its field of the API in step 4.',
    'issue.invalid': '“{field}” comes from {source}, whose value {value} is {type}.',
    'issue.below-min': '“{field}” comes from {source}, whose value {value} is below {min}.',
    'issue.not-object': 'this is not a record but {value}.',
    'issue.more': '{count} more problem(s) not listed.',
    stepCopy: 'Step 7: copy the code',
    script: 'The script of the page template (once per page)',
    scriptHelp: 'Put it in the page template, not in the article text.',
    scriptName: 'script',
    'form.tag': 'Tag',
    'form.tagHelp': 'For page templates and source code that keep custom tags.',
    'form.placeholder': 'Placeholder',
    'form.placeholderHelp':
      'For rich-text editors that remove custom tags (paste it in source mode).',
    'form.text': 'Text form',
    'form.textHelp':
      'For editors that keep only paragraphs: type this line as a paragraph of its own. The area of the template that holds the article needs the data-civic-scan attribute.',
    'form.textUnavailable':
      'The address or fields hold both single and double quotes, which the text form cannot carry: use one of the forms above.',
    copy: 'Copy the {form}',
    copied: '{form} copied.',
    copyFailed: 'Could not copy automatically: select the text in the box and press Ctrl+C.',
    fallback: 'Loading {title}…',
    'value.list': 'a list of {count} items',
    'value.object': 'an object with {keys}',
    'value.emptyObject': 'an empty object',
    'value.nothing': 'nothing',
    'value.separator': ', ',
  },
};

/**
 * What a value is when it is not what a field of this type needs, in Chinese; in English
 * the adapter's own words are used (`IssueExplanation.expected`).
 */
export const zhTypeWords: Readonly<Record<FieldType, string>> = {
  string: '不是文字',
  number: '不是数字',
  count: '不是数字',
  integer: '不是整数',
  date: '不是能识别的日期',
  url: '不是 http(s) 网址',
  boolean: '不是“是/否”',
  list: '不是列表',
};

export type BuilderMessage = keyof (typeof builderMessages)['en'];

/** The builder's words in one language: `words('zh-CN')('copy', { form })`. */
export function words(locale: Locale) {
  return (key: BuilderMessage, params?: Readonly<Record<string, string | number>>): string =>
    localize(builderMessages, locale, key, params);
}
