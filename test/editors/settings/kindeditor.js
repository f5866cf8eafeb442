/* global KindEditor */
KindEditor.ready(function (K) {
  window.editor = K.create('#content');
});
