/*
 * What an old CMS template puts on every page, written the way such templates are: jQuery 1.x,
 * a classic script, a tab switcher and a scrolling notice. It does not touch the widgets; it is
 * here to show that they live side by side with it.
 *
 * This file belongs to a GBK page: it is kept ASCII-only.
 */
/* global window, jQuery */
(function ($) {
  'use strict';

  $(function () {
    // tab switcher: hovering or clicking a tab shows its list
    $('.tabs').each(function () {
      var $tabs = $(this).find('.tab');
      var $bodies = $(this).next('.box_c').find('.tab_c');
      $tabs.on('mouseenter click', function () {
        var index = $tabs.index(this);
        $tabs.removeClass('on').eq(index).addClass('on');
        $bodies.addClass('hide').eq(index).removeClass('hide');
      });
    });

    // scrolling notice: one line up every 3 seconds, paused while the mouse is over it
    $('.marquee').each(function () {
      var $box = $(this);
      var $list = $box.children('ul');
      var paused = false;
      $box.on('mouseenter', function () {
        paused = true;
      });
      $box.on('mouseleave', function () {
        paused = false;
      });
      window.setInterval(function () {
        if (paused || $list.children().length < 2) return;
        var height = $list.children().first().outerHeight();
        $list.animate({ marginTop: -height }, 400, function () {
          $list.css('marginTop', 0).children().first().appendTo($list);
        });
      }, 3000);
    });

    $('body').addClass('js-ready');
  });
})(jQuery);
