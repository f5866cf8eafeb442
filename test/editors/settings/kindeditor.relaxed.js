/* global KindEditor */
KindEditor.ready(function (K) {
  // 组件的标签和它们的属性（第三节各表里的属性名），加在默认的 htmlTags 之外
  var tags =
    'civic-unit-leaderboard,civic-progress-gauge,civic-event-timeline,civic-labor-heatmap,' +
    'civic-key-figures';
  var attributes =
    'id,class,src,refresh,path,fields,live,timeout,max-bytes,theme,lang,metric,limit,group,' +
    'auto-scroll,interval,order,unit,category,max-items,label,heading-level,mode,target,' +
    'deadline,days,end,sort,point,mark-days,map-src,name-field,bars,duration';
  var htmlTags = {};
  for (var name in K.options.htmlTags) htmlTags[name] = K.options.htmlTags[name];
  htmlTags[tags] = attributes.split(',');
  window.editor = K.create('#content', { htmlTags: htmlTags });
});
