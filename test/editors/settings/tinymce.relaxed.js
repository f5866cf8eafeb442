/* global tinymce */
tinymce.init({
  selector: '#content',
  license_key: 'gpl',
  custom_elements:
    'civic-unit-leaderboard,civic-progress-gauge,civic-event-timeline,civic-labor-heatmap,' +
    'civic-key-figures',
  extended_valid_elements:
    'civic-unit-leaderboard[*],civic-progress-gauge[*],civic-event-timeline[*],civic-labor-heatmap[*],' +
    'civic-key-figures[*]',
  convert_urls: false,
});
