(function(){
var box=document.getElementById('only-open');if(!box)return;
function apply(){Array.prototype.forEach.call(document.querySelectorAll('article.flag'),function(a){
 a.hidden=box.checked&&a.dataset.decision!=='open'})}
box.addEventListener('change',apply);
if(location.hash==='#open'){box.checked=true}apply();
})();
