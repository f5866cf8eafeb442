/* global CKEDITOR */
CKEDITOR.replace('content');
