/* global Quill */
window.quill = new Quill('#content', { theme: 'snow' });
