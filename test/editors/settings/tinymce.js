/* global tinymce */
tinymce.init({ selector: '#content', license_key: 'gpl' });
