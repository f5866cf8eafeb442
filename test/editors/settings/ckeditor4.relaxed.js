/* global CKEDITOR */
// 1. 在创建编辑器之前执行一次：告诉 CKEditor 这些标签像 div 一样是块，里面可以有文字
[
  'civic-unit-leaderboard',
  'civic-progress-gauge',
  'civic-event-timeline',
  'civic-labor-heatmap',
  'civic-key-figures',
].forEach(function (tag) {
  CKEDITOR.dtd[tag] = CKEDITOR.dtd.div;
  CKEDITOR.dtd.$block[tag] = 1;
  CKEDITOR.dtd.body[tag] = 1;
  CKEDITOR.dtd.div[tag] = 1;
});
// 2. 创建编辑器时允许这些标签和它们的属性
CKEDITOR.replace('content', {
  extraAllowedContent:
    'civic-unit-leaderboard civic-progress-gauge civic-event-timeline civic-labor-heatmap civic-key-figures[*]',
});
