
function printNotice(){document.body.classList.add('print-notice');window.print();
 setTimeout(function(){document.body.classList.remove('print-notice')},0)}
