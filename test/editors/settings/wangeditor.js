/* global wangEditor */
window.editor = wangEditor.createEditor({ selector: '#content' });
wangEditor.createToolbar({ editor: window.editor, selector: '#toolbar' });
