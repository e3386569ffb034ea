
(function(){
var table=document.getElementById('applicants'),body=table.tBodies[0];
var ids=['q','status','severity','code','unit','department','review'];
function val(id){return document.getElementById(id).value}
function apply(){
 var q=val('q').trim(),st=val('status'),sv=val('severity'),cd=val('code'),un=val('unit'),dp=val('department'),rv=val('review'),n=0;
 Array.prototype.forEach.call(body.rows,function(r){
  var d=r.dataset,ok=(!st||d.status===st)&&(!sv||(' '+d.severities+' ').indexOf(' '+sv+' ')>=0)
   &&(!cd||(' '+d.codes+' ').indexOf(' '+cd+' ')>=0)&&(!un||d.unit===un)&&(!dp||d.department===dp)&&(!rv||d.review===rv)
   &&(!q||r.textContent.indexOf(q)>=0||d.codes.toLowerCase().indexOf(q.toLowerCase())>=0);
  r.hidden=!ok;if(ok)n++});
 document.getElementById('shown').textContent=n;
}
function sortBy(th){
 var col=th.cellIndex,num=th.dataset.num==='1',asc=th.getAttribute('aria-sort')!=='ascending';
 Array.prototype.forEach.call(th.parentNode.cells,function(c){c.removeAttribute('aria-sort')});
 th.setAttribute('aria-sort',asc?'ascending':'descending');
 var rows=Array.prototype.slice.call(body.rows);
 rows.sort(function(a,b){
  var x=a.cells[col].dataset.v,y=b.cells[col].dataset.v;
  if(x===undefined)x=a.cells[col].textContent;if(y===undefined)y=b.cells[col].textContent;
  var c=num?(+x)-(+y):x.localeCompare(y,'zh-CN');
  if(c===0)c=a.dataset.id.localeCompare(b.dataset.id);
  return asc?c:-c});
 rows.forEach(function(r){body.appendChild(r)});
}
Array.prototype.forEach.call(table.tHead.rows[0].cells,function(th){
 th.addEventListener('click',function(){sortBy(th)})});
ids.forEach(function(id){var e=document.getElementById(id);e.addEventListener(id==='q'?'input':'change',apply)});
document.getElementById('reset').addEventListener('click',function(){
 ids.forEach(function(id){document.getElementById(id).value=''});apply()});
function fromHash(){
 var h=decodeURIComponent(location.hash.replace(/^#/,''));if(!h)return;
 h.split('&').forEach(function(kv){var i=kv.indexOf('='),k=kv.slice(0,i),v=kv.slice(i+1),e=document.getElementById(k);
  if(i<1||!e||ids.indexOf(k)<0)return;
  if(e.tagName==='SELECT'&&!Array.prototype.some.call(e.options,function(o){return o.value===v}))return;
  e.value=v});
 apply();
}
window.addEventListener('hashchange',fromHash);fromHash();
})();
