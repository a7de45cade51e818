var fe=Object.defineProperty;var ge=Object.getOwnPropertyDescriptor;var l=(i,e,t,s)=>{for(var o=s>1?void 0:s?ge(e,t):e,r=i.length-1,n;r>=0;r--)(n=i[r])&&(o=(s?n(e,t,o):n(o))||o);return s&&o&&fe(e,t,o),o};var lt=globalThis,ct=lt.ShadowRoot&&(lt.ShadyCSS===void 0||lt.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,vt=Symbol(),zt=new WeakMap,G=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==vt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(ct&&e===void 0){let s=t!==void 0&&t.length===1;s&&(e=zt.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&zt.set(t,e))}return e}toString(){return this.cssText}},Lt=i=>new G(typeof i=="string"?i:i+"",void 0,vt),_=(i,...e)=>{let t=i.length===1?i[0]:e.reduce((s,o,r)=>s+(n=>{if(n._$cssResult$===!0)return n.cssText;if(typeof n=="number")return n;throw Error("Value passed to 'css' function must be a 'css' function result: "+n+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(o)+i[r+1],i[0]);return new G(t,i,vt)},It=(i,e)=>{if(ct)i.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let s=document.createElement("style"),o=lt.litNonce;o!==void 0&&s.setAttribute("nonce",o),s.textContent=t.cssText,i.appendChild(s)}},_t=ct?i=>i:i=>i instanceof CSSStyleSheet?(e=>{let t="";for(let s of e.cssRules)t+=s.cssText;return Lt(t)})(i):i;var{is:ve,defineProperty:_e,getOwnPropertyDescriptor:ye,getOwnPropertyNames:$e,getOwnPropertySymbols:we,getPrototypeOf:be}=Object,dt=globalThis,Vt=dt.trustedTypes,xe=Vt?Vt.emptyScript:"",Ae=dt.reactiveElementPolyfillSupport,tt=(i,e)=>i,et={toAttribute(i,e){switch(e){case Boolean:i=i?xe:null;break;case Object:case Array:i=i==null?i:JSON.stringify(i)}return i},fromAttribute(i,e){let t=i;switch(e){case Boolean:t=i!==null;break;case Number:t=i===null?null:Number(i);break;case Object:case Array:try{t=JSON.parse(i)}catch{t=null}}return t}},pt=(i,e)=>!ve(i,e),jt={attribute:!0,type:String,converter:et,reflect:!1,useDefault:!1,hasChanged:pt};Symbol.metadata??=Symbol("metadata"),dt.litPropertyMetadata??=new WeakMap;var P=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=jt){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let s=Symbol(),o=this.getPropertyDescriptor(e,s,t);o!==void 0&&_e(this.prototype,e,o)}}static getPropertyDescriptor(e,t,s){let{get:o,set:r}=ye(this.prototype,e)??{get(){return this[t]},set(n){this[t]=n}};return{get:o,set(n){let p=o?.call(this);r?.call(this,n),this.requestUpdate(e,p,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??jt}static _$Ei(){if(this.hasOwnProperty(tt("elementProperties")))return;let e=be(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(tt("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(tt("properties"))){let t=this.properties,s=[...$e(t),...we(t)];for(let o of s)this.createProperty(o,t[o])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[s,o]of t)this.elementProperties.set(s,o)}this._$Eh=new Map;for(let[t,s]of this.elementProperties){let o=this._$Eu(t,s);o!==void 0&&this._$Eh.set(o,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let s=new Set(e.flat(1/0).reverse());for(let o of s)t.unshift(_t(o))}else e!==void 0&&t.push(_t(e));return t}static _$Eu(e,t){let s=t.attribute;return s===!1?void 0:typeof s=="string"?s:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return It(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){let s=this.constructor.elementProperties.get(e),o=this.constructor._$Eu(e,s);if(o!==void 0&&s.reflect===!0){let r=(s.converter?.toAttribute!==void 0?s.converter:et).toAttribute(t,s.type);this._$Em=e,r==null?this.removeAttribute(o):this.setAttribute(o,r),this._$Em=null}}_$AK(e,t){let s=this.constructor,o=s._$Eh.get(e);if(o!==void 0&&this._$Em!==o){let r=s.getPropertyOptions(o),n=typeof r.converter=="function"?{fromAttribute:r.converter}:r.converter?.fromAttribute!==void 0?r.converter:et;this._$Em=o;let p=n.fromAttribute(t,r.type);this[o]=p??this._$Ej?.get(o)??p,this._$Em=null}}requestUpdate(e,t,s,o=!1,r){if(e!==void 0){let n=this.constructor;if(o===!1&&(r=this[e]),s??=n.getPropertyOptions(e),!((s.hasChanged??pt)(r,t)||s.useDefault&&s.reflect&&r===this._$Ej?.get(e)&&!this.hasAttribute(n._$Eu(e,s))))return;this.C(e,t,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:o,wrapped:r},n){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,n??t??this[e]),r!==!0||n!==void 0)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),o===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[o,r]of this._$Ep)this[o]=r;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[o,r]of s){let{wrapped:n}=r,p=this[o];n!==!0||this._$AL.has(o)||p===void 0||this.C(o,void 0,r,p)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(t)):this._$EM()}catch(s){throw e=!1,this._$EM(),s}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};P.elementStyles=[],P.shadowRootOptions={mode:"open"},P[tt("elementProperties")]=new Map,P[tt("finalized")]=new Map,Ae?.({ReactiveElement:P}),(dt.reactiveElementVersions??=[]).push("2.1.2");var St=globalThis,Dt=i=>i,ht=St.trustedTypes,qt=ht?ht.createPolicy("lit-html",{createHTML:i=>i}):void 0,Yt="$lit$",z=`lit$${Math.random().toFixed(9).slice(2)}$`,Jt="?"+z,Se=`<${Jt}>`,F=document,ot=()=>F.createComment(""),it=i=>i===null||typeof i!="object"&&typeof i!="function",Et=Array.isArray,Ee=i=>Et(i)||typeof i?.[Symbol.iterator]=="function",yt=`[ 	
\f\r]`,st=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Bt=/-->/g,Wt=/>/g,B=RegExp(`>|${yt}(?:([^\\s"'>=/]+)(${yt}*=${yt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Ft=/'/g,Zt=/"/g,Qt=/^(?:script|style|textarea|title)$/i,kt=i=>(e,...t)=>({_$litType$:i,strings:e,values:t}),a=kt(1),Xt=kt(2),Gt=kt(3),Z=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),Kt=new WeakMap,W=F.createTreeWalker(F,129);function te(i,e){if(!Et(i)||!i.hasOwnProperty("raw"))throw Error("invalid template strings array");return qt!==void 0?qt.createHTML(e):e}var ke=(i,e)=>{let t=i.length-1,s=[],o,r=e===2?"<svg>":e===3?"<math>":"",n=st;for(let p=0;p<t;p++){let d=i[p],g,$,m=-1,R=0;for(;R<d.length&&(n.lastIndex=R,$=n.exec(d),$!==null);)R=n.lastIndex,n===st?$[1]==="!--"?n=Bt:$[1]!==void 0?n=Wt:$[2]!==void 0?(Qt.test($[2])&&(o=RegExp("</"+$[2],"g")),n=B):$[3]!==void 0&&(n=B):n===B?$[0]===">"?(n=o??st,m=-1):$[1]===void 0?m=-2:(m=n.lastIndex-$[2].length,g=$[1],n=$[3]===void 0?B:$[3]==='"'?Zt:Ft):n===Zt||n===Ft?n=B:n===Bt||n===Wt?n=st:(n=B,o=void 0);let E=n===B&&i[p+1].startsWith("/>")?" ":"";r+=n===st?d+Se:m>=0?(s.push(g),d.slice(0,m)+Yt+d.slice(m)+z+E):d+z+(m===-2?p:E)}return[te(i,r+(i[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]},rt=class i{constructor({strings:e,_$litType$:t},s){let o;this.parts=[];let r=0,n=0,p=e.length-1,d=this.parts,[g,$]=ke(e,t);if(this.el=i.createElement(g,s),W.currentNode=this.el.content,t===2||t===3){let m=this.el.content.firstChild;m.replaceWith(...m.childNodes)}for(;(o=W.nextNode())!==null&&d.length<p;){if(o.nodeType===1){if(o.hasAttributes())for(let m of o.getAttributeNames())if(m.endsWith(Yt)){let R=$[n++],E=o.getAttribute(m).split(z),q=/([.?@])?(.*)/.exec(R);d.push({type:1,index:r,name:q[2],strings:E,ctor:q[1]==="."?wt:q[1]==="?"?bt:q[1]==="@"?xt:J}),o.removeAttribute(m)}else m.startsWith(z)&&(d.push({type:6,index:r}),o.removeAttribute(m));if(Qt.test(o.tagName)){let m=o.textContent.split(z),R=m.length-1;if(R>0){o.textContent=ht?ht.emptyScript:"";for(let E=0;E<R;E++)o.append(m[E],ot()),W.nextNode(),d.push({type:2,index:++r});o.append(m[R],ot())}}}else if(o.nodeType===8)if(o.data===Jt)d.push({type:2,index:r});else{let m=-1;for(;(m=o.data.indexOf(z,m+1))!==-1;)d.push({type:7,index:r}),m+=z.length-1}r++}}static createElement(e,t){let s=F.createElement("template");return s.innerHTML=e,s}};function Y(i,e,t=i,s){if(e===Z)return e;let o=s!==void 0?t._$Co?.[s]:t._$Cl,r=it(e)?void 0:e._$litDirective$;return o?.constructor!==r&&(o?._$AO?.(!1),r===void 0?o=void 0:(o=new r(i),o._$AT(i,t,s)),s!==void 0?(t._$Co??=[])[s]=o:t._$Cl=o),o!==void 0&&(e=Y(i,o._$AS(i,e.values),o,s)),e}var $t=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:s}=this._$AD,o=(e?.creationScope??F).importNode(t,!0);W.currentNode=o;let r=W.nextNode(),n=0,p=0,d=s[0];for(;d!==void 0;){if(n===d.index){let g;d.type===2?g=new nt(r,r.nextSibling,this,e):d.type===1?g=new d.ctor(r,d.name,d.strings,this,e):d.type===6&&(g=new At(r,this,e)),this._$AV.push(g),d=s[++p]}n!==d?.index&&(r=W.nextNode(),n++)}return W.currentNode=F,o}p(e){let t=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}},nt=class i{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,o){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=o,this._$Cv=o?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=Y(this,e,t),it(e)?e===c||e==null||e===""?(this._$AH!==c&&this._$AR(),this._$AH=c):e!==this._$AH&&e!==Z&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Ee(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==c&&it(this._$AH)?this._$AA.nextSibling.data=e:this.T(F.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:s}=e,o=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=rt.createElement(te(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===o)this._$AH.p(t);else{let r=new $t(o,this),n=r.u(this.options);r.p(t),this.T(n),this._$AH=r}}_$AC(e){let t=Kt.get(e.strings);return t===void 0&&Kt.set(e.strings,t=new rt(e)),t}k(e){Et(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,s,o=0;for(let r of e)o===t.length?t.push(s=new i(this.O(ot()),this.O(ot()),this,this.options)):s=t[o],s._$AI(r),o++;o<t.length&&(this._$AR(s&&s._$AB.nextSibling,o),t.length=o)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let s=Dt(e).nextSibling;Dt(e).remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},J=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,o,r){this.type=1,this._$AH=c,this._$AN=void 0,this.element=e,this.name=t,this._$AM=o,this.options=r,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=c}_$AI(e,t=this,s,o){let r=this.strings,n=!1;if(r===void 0)e=Y(this,e,t,0),n=!it(e)||e!==this._$AH&&e!==Z,n&&(this._$AH=e);else{let p=e,d,g;for(e=r[0],d=0;d<r.length-1;d++)g=Y(this,p[s+d],t,d),g===Z&&(g=this._$AH[d]),n||=!it(g)||g!==this._$AH[d],g===c?e=c:e!==c&&(e+=(g??"")+r[d+1]),this._$AH[d]=g}n&&!o&&this.j(e)}j(e){e===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},wt=class extends J{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===c?void 0:e}},bt=class extends J{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==c)}},xt=class extends J{constructor(e,t,s,o,r){super(e,t,s,o,r),this.type=5}_$AI(e,t=this){if((e=Y(this,e,t,0)??c)===Z)return;let s=this._$AH,o=e===c&&s!==c||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,r=e!==c&&(s===c||o);o&&this.element.removeEventListener(this.name,this,s),r&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},At=class{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){Y(this,e)}};var He=St.litHtmlPolyfillSupport;He?.(rt,nt),(St.litHtmlVersions??=[]).push("3.3.3");var ee=(i,e,t)=>{let s=t?.renderBefore??e,o=s._$litPart$;if(o===void 0){let r=t?.renderBefore??null;s._$litPart$=o=new nt(e.insertBefore(ot(),r),r,void 0,t??{})}return o._$AI(i),o};var Ht=globalThis,v=class extends P{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=ee(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return Z}};v._$litElement$=!0,v.finalized=!0,Ht.litElementHydrateSupport?.({LitElement:v});var Re=Ht.litElementPolyfillSupport;Re?.({LitElement:v});(Ht.litElementVersions??=[]).push("4.2.2");var w=i=>(e,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(i,e)}):customElements.define(i,e)};var Ce={attribute:!0,type:String,converter:et,reflect:!1,hasChanged:pt},Te=(i=Ce,e,t)=>{let{kind:s,metadata:o}=t,r=globalThis.litPropertyMetadata.get(o);if(r===void 0&&globalThis.litPropertyMetadata.set(o,r=new Map),s==="setter"&&((i=Object.create(i)).wrapped=!0),r.set(t.name,i),s==="accessor"){let{name:n}=t;return{set(p){let d=e.get.call(this);e.set.call(this,p),this.requestUpdate(n,d,i,!0,p)},init(p){return p!==void 0&&this.C(n,void 0,i,p),p}}}if(s==="setter"){let{name:n}=t;return function(p){let d=this[n];e.call(this,p),this.requestUpdate(n,d,i,!0,p)}}throw Error("Unsupported decorator location: "+s)};function h(i){return(e,t)=>typeof t=="object"?Te(i,e,t):((s,o,r)=>{let n=o.hasOwnProperty(r);return o.constructor.createProperty(r,s),n?Object.getOwnPropertyDescriptor(o,r):void 0})(i,e,t)}function u(i){return h({...i,state:!0,attribute:!1})}var K=(i,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(i,e,t),t);function se(i,e){return(t,s,o)=>{let r=n=>n.renderRoot?.querySelector(i)??null;if(e){let{get:n,set:p}=typeof s=="object"?t:o??(()=>{let d=Symbol();return{get(){return this[d]},set(g){this[d]=g}}})();return K(t,s,{get(){let d=n.call(this);return d===void 0&&(d=r(this),(d!==null||this.hasUpdated)&&p.call(this,d)),d}})}return K(t,s,{get(){return r(this)}})}}var y=_`
  :host {
    display: block;
    color: var(--primary-text-color);
    font-family: var(--paper-font-body1_-_font-family, var(--ha-font-family-body, Roboto, "Noto Sans SC", sans-serif));
    --cs-gap: 16px;
  }
  .card {
    background: var(--card-background-color, #fff);
    border-radius: var(--ha-card-border-radius, 12px);
    border: 1px solid var(--divider-color, #e0e0e0);
    padding: 16px;
    margin-bottom: var(--cs-gap);
  }
  .card h2 {
    font-size: 18px;
    font-weight: 500;
    margin: 0 0 12px;
    display: flex;
    align-items: center;
    gap: 8px;
  }
  .muted { color: var(--secondary-text-color); }
  .error { color: var(--error-color, #db4437); }
  .ok { color: var(--success-color, #43a047); }
  .warn { color: var(--warning-color, #ffa600); }
  table { width: 100%; border-collapse: collapse; }
  th, td { text-align: start; padding: 8px 6px; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  th { font-weight: 500; color: var(--secondary-text-color); font-size: 13px; }
  button, .button {
    font: inherit;
    min-height: 36px;
    padding: 0 14px;
    border-radius: 18px;
    border: 1px solid var(--primary-color, #03a9f4);
    background: transparent;
    color: var(--primary-color, #03a9f4);
    cursor: pointer;
  }
  button.primary { background: var(--primary-color, #03a9f4); color: var(--text-primary-color, #fff); }
  button.danger { border-color: var(--error-color, #db4437); color: var(--error-color, #db4437); }
  button:disabled { opacity: 0.5; cursor: default; }
  input, select, textarea {
    font: inherit;
    color: var(--primary-text-color);
    background: var(--input-fill-color, var(--secondary-background-color, #f5f5f5));
    border: 1px solid var(--divider-color, #ccc);
    border-radius: 6px;
    padding: 8px;
    min-height: 20px;
    box-sizing: border-box;
  }
  label { display: block; font-size: 13px; color: var(--secondary-text-color); margin-bottom: 4px; }
  .row { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
  .grid { display: grid; gap: var(--cs-gap); grid-template-columns: repeat(auto-fit, minmax(320px, 1fr)); }
  .chip {
    display: inline-block; padding: 2px 8px; border-radius: 10px; font-size: 12px;
    background: var(--secondary-background-color, #eee);
  }
  .chip.alarm { background: var(--error-color, #db4437); color: #fff; }
  .chip.granted { background: var(--success-color, #43a047); color: #fff; }
  .chip.denied { background: var(--error-color, #db4437); color: #fff; }
`;var L=class extends v{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return a`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};L.styles=[y,_`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],l([h()],L.prototype,"heading",2),l([h({type:Boolean,reflect:!0})],L.prototype,"open",2),l([se("dialog")],L.prototype,"dialog",2),L=l([w("cs-dialog")],L);var I=class extends v{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return a`<label>${this.label}</label>
      <slot></slot>
      ${this.error?a`<div class="error" role="alert">${this.error}</div>`:c}
      ${this.hint&&!this.error?a`<div class="muted">${this.hint}</div>`:c}`}};I.styles=[y,_`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],l([h()],I.prototype,"label",2),l([h()],I.prototype,"error",2),l([h()],I.prototype,"hint",2),I=l([w("cs-field")],I);var oe={cameras:{health:"Camera health",none:"No cameras are set up.",offline:"Offline",offline_count:"{count} offline",offline_since:"Offline since {time}",online:"Online",overdue:"Repair overdue",public:"Public",repair_by:"repair by {time}",unknown:"Not checked yet"},common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{alarm_kind:{camera_offline:"Camera offline",door_held_open:"Door held open",fire_release:"Fire release",forced_entry:"Door forced open",lost_card:"Lost card used",over_usage:"Usage far above the compound",pin_guessing:"Visitor PIN guessing",police_watch:"Police watch",repeated_denials:"Repeated denied swipes",vehicle_theft:"Possible vehicle theft",wanted_person:"Wanted-list match",watchlist:"Watched resident passed"},alarm_state:{acknowledged:"Acknowledged",open:"Open"},credential:{card:"Card",pin:"Visitor PIN",qr:"Visitor QR code",vehicle_chip:"Vehicle chip"},decision:{denied:"Denied",granted:"Granted"},direction:{both:"In/out",in:"In",out:"Out"},gate_command:{close:"Close",hold_open:"Hold open",open:"Open once"},gate_state:{closed:"Closed",held_open:"Held open",open:"Open"},reason:{expired:"Card expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card reported lost",moved_out:"Holder moved out",not_permitted_here:"Not permitted here",not_yet_valid:"Card not yet valid",outside_schedule:"Outside permitted hours",owner_absent:"Vehicle owner's card not shown",pin_locked:"PIN entry paused",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Visitor pass used up",vehicle_locked:"Vehicle locked by owner"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},zone:{compound_gate:"Compound gate",garage:"E-bike garage",unit_door:"Unit door"}},guard:{acknowledge:"Acknowledge",acknowledge_heading:"Acknowledge the alarm",alarms:"Open alarms",close_alarm:"Close",close_heading:"Close the alarm",compound_view:"Compound",enlarge:"Show the snapshot large",entries_left:"{count} entries left",figures:"Compound figures",fire_hold:"Held open: fire alarm",gate_unavailable:"Not answering",gates:"Gates",more_alarms:"Showing the newest {shown} of {total}.",no_alarms:"No open alarms.",no_gates:"No gate can be operated from here.",no_passages:"No passages yet today.",no_visitors:"No visitors expected today.",note:"Note (what was done)",note_shown:"Note: {note}",passages:"Live passages",snapshot:"Snapshot",visitor_unnamed:"Visitor",visitor_window:"{from}–{until}",visitors:"Expected visitors today"},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"}};var ie={cameras:{health:"摄像头状态",none:"尚未配置摄像头。",offline:"离线",offline_count:"{count} 个离线",offline_since:"自 {time} 离线",online:"在线",overdue:"维修超期",public:"公开",repair_by:"须于 {time} 前修复",unknown:"尚未检测"},common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{alarm_kind:{camera_offline:"摄像头离线",door_held_open:"门长时间未关",fire_release:"火警放行",forced_entry:"门被强行打开",lost_card:"挂失卡被使用",over_usage:"用能远超小区水平",pin_guessing:"访客密码被猜测",police_watch:"重点人员动态",repeated_denials:"多次刷卡被拒",vehicle_theft:"疑似车辆被盗",wanted_person:"协查名单比中",watchlist:"重点看护人员通行"},alarm_state:{acknowledged:"已确认",open:"未处理"},credential:{card:"门禁卡",pin:"访客密码",qr:"访客二维码",vehicle_chip:"车辆芯片"},decision:{denied:"拒绝",granted:"通过"},direction:{both:"进出",in:"进",out:"出"},gate_command:{close:"关闭",hold_open:"常开",open:"开一次"},gate_state:{closed:"已关闭",held_open:"常开",open:"已打开"},reason:{expired:"卡已过期",granted:"通过",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"持卡人已迁出",not_permitted_here:"无此门权限",not_yet_valid:"卡尚未生效",outside_schedule:"不在允许时段",owner_absent:"未刷车主卡",pin_locked:"密码输入已暂停",revoked:"卡已注销",unknown_credential:"未登记的卡",used_up:"访客通行证次数已用完",vehicle_locked:"车主已锁车"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},zone:{compound_gate:"小区大门",garage:"电动车车库",unit_door:"单元门"}},guard:{acknowledge:"确认",acknowledge_heading:"确认报警",alarms:"未处理报警",close_alarm:"关闭",close_heading:"关闭报警",compound_view:"小区",enlarge:"查看大图",entries_left:"剩余 {count} 次",figures:"小区数据",fire_hold:"火警常开",gate_unavailable:"无响应",gates:"闸门",more_alarms:"显示最新 {shown} 条，共 {total} 条。",no_alarms:"暂无未处理报警。",no_gates:"没有可在此操作的闸门。",no_passages:"今天还没有通行记录。",no_visitors:"今天没有预约访客。",note:"备注（处理情况）",note_shown:"备注：{note}",passages:"实时通行",snapshot:"抓拍",visitor_unnamed:"访客",visitor_window:"{from}–{until}",visitors:"今日预约访客"},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"}};var Rt={en:oe,"zh-Hans":ie},re=new Map;function at(i){return(i.locale?.language??i.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function Ct(i,e){let t=i;for(let s of e.split(".")){if(t===void 0||typeof t=="string")return;t=t[s]}return typeof t=="string"?t:void 0}function ne(i,e={}){return i.replace(/\{(\w+)\}/g,(t,s)=>s in e?String(e[s]):t)}function f(i,e,t={}){let s=Ct(Rt[at(i)],e)??Ct(Rt.en,e);return s===void 0?e:ne(s,t)}function A(i,e,t){return t==null||t===""?"":Ct(Rt[at(i)],`enum.${e}.${t}`)??t}function Tt(i){let e=at(i),t=re.get(e);return t||(t=i.callWS({type:"frontend/get_translations",language:e,category:"exceptions",integration:["compound_security"]}).then(s=>s.resources).catch(()=>({})),re.set(e,t)),t}async function k(i,e){let t=e;if(t?.translation_key){let o=(await Tt(i))[`component.compound_security.exceptions.${t.translation_key}.message`];if(o)return ne(o,t.translation_placeholders??{})}return t?.code==="unauthorized"?f(i,"common.unauthorized"):t?.code==="not_found"?f(i,"common.not_found"):t?.message??f(i,"common.failed")}var O=class extends v{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return a``;let t=Math.min(this.offset+this.limit,this.total);return a`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${f(this.hass,"common.previous")}
      </button>
      <span class="muted">${f(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${f(this.hass,"common.next")}
      </button>
    </div>`}};O.styles=[y,_`.row { justify-content: flex-end; margin-top: 8px; }`],l([h({attribute:!1})],O.prototype,"hass",2),l([h({type:Number})],O.prototype,"offset",2),l([h({type:Number})],O.prototype,"limit",2),l([h({type:Number})],O.prototype,"total",2),O=l([w("cs-pager")],O);var le=Symbol.for(""),Oe=i=>{if(i?.r===le)return i?._$litStatic$},mt=i=>({_$litStatic$:i,r:le});var ae=new Map,Mt=i=>(e,...t)=>{let s=t.length,o,r,n=[],p=[],d,g=0,$=!1;for(;g<s;){for(d=e[g];g<s&&(r=t[g],(o=Oe(r))!==void 0);)d+=o+e[++g],$=!0;g!==s&&p.push(r),n.push(d),g++}if(g===s&&n.push(e[s]),$){let m=n.join("$$lit$$");(e=ae.get(m))===void 0&&(n.raw=n,ae.set(m,e=n)),t=p}return i(e,...t)},ut=Mt(a),no=Mt(Xt),ao=Mt(Gt);var Pt=[];function ft(i){Pt.push(i)}var ce="compound_security";function b(i,e,t,s={}){let o={type:`${ce}/${t}`,...s};return e&&(o.config_entry_id=e.config_entry_id),i.callWS(o)}function de(i,e,t,s,o={}){return i.connection.subscribeMessage(s,{type:`${ce}/${t}`,config_entry_id:e.config_entry_id,...o})}function Q(i,e){return e in i.may}var pe="compound-security-compound",C=class extends v{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(pe)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([b(this.hass,null,"console/info"),Tt(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(s=>s.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return Pt.filter(s=>s.operations.some(o=>o in t.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let s=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",s),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem(pe,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,s=t?this.pagesFor(t):[],o=s.find(r=>r.id===this.pageId)??s[0];return a`
      <header>
        ${this.narrow?a`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:c}
        <h1>${f(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?a`<select aria-label=${f(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(r=>a`<option value=${r.config_entry_id} ?selected=${r===t}>${r.title}</option>`)}
            </select>`:t?a`<span class="compound">${t.title}</span>`:c}
        ${t?a`<span class="chip role">${A(this.hass,"role",t.role)}</span>`:c}
      </header>
      ${s.length>1?a`<nav role="tablist">
            ${s.map(r=>a`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${r.id}"
                aria-selected=${r===o?"true":"false"}
                data-page=${r.id}
                @click=${n=>{n.preventDefault(),this.navigate(r.id)}}
                >${f(this.hass,`page.${r.id}`)}</a
              >`)}
          </nav>`:c}
      <main>${this.renderBody(t,o)}</main>
    `}renderBody(t,s){if(this.failed)return a`<div class="card error">
        ${f(this.hass,"common.failed")}
        <button @click=${this.load}>${f(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return a`<div class="muted">${f(this.hass,"common.loading")}</div>`;if(!t)return a`<div class="card">${f(this.hass,"common.no_access")}</div>`;if(!s)return a`<div class="card">${f(this.hass,"common.refused_page")}</div>`;let o=mt(s.tag);return ut`<${o} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${o}>`}};C.styles=[y,_`
      :host {
        background: var(--primary-background-color, #fafafa);
        min-height: 100vh;
      }
      header {
        display: flex;
        align-items: center;
        gap: 12px;
        padding: 0 16px;
        height: 56px;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        color: var(--app-header-text-color, #fff);
      }
      header h1 { font-size: 20px; font-weight: 400; margin: 0; }
      header .compound { opacity: 0.9; }
      header select { background: transparent; color: inherit; border-color: currentColor; }
      header .chip.role { margin-inline-start: auto; background: rgba(255, 255, 255, 0.2); color: inherit; }
      .menu { border: none; color: inherit; font-size: 20px; padding: 0 8px; }
      nav {
        display: flex;
        overflow-x: auto;
        background: var(--app-header-background-color, var(--primary-color, #03a9f4));
        padding: 0 8px;
        scrollbar-width: none;
      }
      nav a {
        color: var(--app-header-text-color, #fff);
        opacity: 0.75;
        text-decoration: none;
        padding: 10px 14px;
        white-space: nowrap;
        border-bottom: 2px solid transparent;
      }
      nav a[aria-selected="true"] { opacity: 1; border-bottom-color: currentColor; }
      main { padding: 16px; max-width: 1400px; margin: 0 auto; }
      :host([narrow]) main { padding: 8px; }
      :host([narrow]) header h1 { font-size: 17px; }
    `],l([h({attribute:!1})],C.prototype,"hass",2),l([h({type:Boolean,reflect:!0})],C.prototype,"narrow",2),l([h({attribute:!1})],C.prototype,"route",2),l([u()],C.prototype,"info",2),l([u()],C.prototype,"failed",2),l([u()],C.prototype,"compoundId",2),C=l([w("compound-security-panel")],C);function he(i){return i.locale?.language??i.language??"en"}function N(i,e,t){return e?new Intl.DateTimeFormat(he(i),{timeZone:t.time_zone,hour:"2-digit",minute:"2-digit",second:"2-digit",hour12:!1}).format(new Date(e)):""}function Ot(i,e,t){return e?new Intl.DateTimeFormat(he(i),{timeZone:t.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).format(new Date(e)):""}var M=_`
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  .list > li:last-child { border-bottom: none; }
  .card h2 .chip { font-size: 13px; }
  .scroll { max-height: 520px; overflow-y: auto; }
  :host([narrow]) .scroll { max-height: none; }
`;var Ne=3e3,U=class extends v{constructor(){super(...arguments);this.narrow=!1}connectedCallback(){super.connectedCallback(),this.hass&&this.compound&&this.follow()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}willUpdate(t){this.hass&&this.compound&&this.following!==this.compound.config_entry_id&&this.follow(),super.willUpdate(t)}follow(){this.stop(),this.following=this.compound.config_entry_id,this.unsubscribe=de(this.hass,this.compound,this.command,t=>{if(t.ended){this.following=void 0,this.retry=window.setTimeout(()=>this.isConnected&&this.follow(),Ne);return}this.received(t)}),this.unsubscribe.catch(t=>this.failed(t))}stop(){window.clearTimeout(this.retry);let t=this.unsubscribe;this.unsubscribe=void 0,this.following=void 0,t?.then(s=>s()).catch(()=>{})}failed(t){}};l([h({attribute:!1})],U.prototype,"hass",2),l([h({attribute:!1})],U.prototype,"compound",2),l([h({type:Boolean,reflect:!0})],U.prototype,"narrow",2);var Ue=3600,x=class extends U{constructor(){super(...arguments);this.command="alarms/subscribe";this.alarms=new Map;this.total=0;this.loaded=!1;this.refused=null;this.note="";this.error=null;this.busy=!1;this.pictures=new Map}received(t){let s=t.initial?new Map:new Map(this.alarms);for(let o of t.alarms??[])o.state==="closed"?s.delete(o.alarm_id):s.set(o.alarm_id,o);t.initial?this.total=t.total??s.size:this.total=Math.max(s.size,this.total+s.size-this.alarms.size),this.alarms=s,this.loaded=!0;for(let o of s.values())this.sign(o)}failed(t){k(this.hass,t).then(s=>this.refused=s)}async sign(t){if(!(!t.snapshot||this.pictures.has(t.alarm_id)))try{let s=await this.hass.callWS({type:"auth/sign_path",path:t.snapshot,expires:Ue});this.pictures=new Map(this.pictures).set(t.alarm_id,s.path)}catch{}}get newestFirst(){return[...this.alarms.values()].sort((t,s)=>s.time.localeCompare(t.time))}mayHandle(t){let s=this.compound.may.alarm_handle;return s==="own_vehicle_theft"?t.kind==="vehicle_theft":s!==void 0}open(t,s){this.handling={alarm:t,action:s},this.note=t.note??"",this.error=null}async handle(){if(this.handling){this.busy=!0,this.error=null;try{let{alarm:t,action:s}=this.handling,o=this.note.trim(),r=await b(this.hass,this.compound,"alarms/handle",{alarm_id:t.alarm_id,action:s,...o?{note:o}:{}});r&&this.received({alarms:[r]}),this.handling=void 0}catch(t){this.error=await k(this.hass,t)}finally{this.busy=!1}}}render(){let t=(o,r)=>f(this.hass,o,r),s=this.newestFirst;return a`<section class="card" data-section="alarms">
        <h2>
          ${t("guard.alarms")}
          ${s.length?a`<span class="chip alarm">${s.length}</span>`:c}
        </h2>
        ${this.refused?a`<div class="error">${this.refused}</div>`:this.loaded?s.length===0?a`<div class="muted">${t("guard.no_alarms")}</div>`:a`<ul class="list">
                  ${s.map(o=>this.renderAlarm(o))}
                </ul>`:a`<div class="muted">${t("common.loading")}</div>`}
        ${this.total>s.length?a`<div class="muted">${t("guard.more_alarms",{shown:s.length,total:this.total})}</div>`:c}
      </section>
      ${this.renderHandleDialog()} ${this.renderPicture()}`}renderAlarm(t){let s=(n,p)=>f(this.hass,n,p),o=this.pictures.get(t.alarm_id),r=[t.household,t.person].filter(Boolean).join(" · ");return a`<li class="alarm ${t.severity}" data-alarm=${t.alarm_id} data-kind=${t.kind}>
      ${o?a`<button class="thumb" title=${s("guard.enlarge")} @click=${()=>this.enlarged=t}>
            <img src=${o} alt=${s("guard.snapshot")} loading="lazy" />
          </button>`:a`<div class="thumb none" aria-hidden="true"></div>`}
      <div class="body">
        <div class="line">
          <strong class="kind">${A(this.hass,"alarm_kind",t.kind)}</strong>
          ${t.count>1?a`<span class="chip">×${t.count}</span>`:c}
          <span class="chip state-${t.state}">${A(this.hass,"alarm_state",t.state)}</span>
        </div>
        <div class="line muted">
          <time datetime=${t.time}>${N(this.hass,t.time,this.compound)}</time>
          ${t.access_point?a`<span>${t.access_point}</span>`:c}
          ${r?a`<span class="who">${r}</span>`:c}
        </div>
        ${t.note?a`<div class="note">${s("guard.note_shown",{note:t.note})}</div>`:c}
        ${this.mayHandle(t)?a`<div class="row actions">
              ${t.state==="open"?a`<button class="primary" data-action="acknowledge" @click=${()=>this.open(t,"acknowledge")}>
                    ${s("guard.acknowledge")}
                  </button>`:c}
              <button data-action="close" @click=${()=>this.open(t,"close")}>${s("guard.close_alarm")}</button>
            </div>`:c}
      </div>
    </li>`}renderHandleDialog(){if(!this.handling)return c;let t=(r,n)=>f(this.hass,r,n),{alarm:s,action:o}=this.handling;return a`<cs-dialog
      open
      heading=${t(o==="acknowledge"?"guard.acknowledge_heading":"guard.close_heading")}
      @closed=${()=>this.handling=void 0}
    >
      <p>
        ${A(this.hass,"alarm_kind",s.kind)} · ${N(this.hass,s.time,this.compound)}
        ${s.access_point?a` · ${s.access_point}`:c}
      </p>
      <cs-field .label=${t("guard.note")} .error=${this.error}>
        <textarea
          name="note"
          rows="3"
          maxlength="500"
          .value=${this.note}
          @input=${r=>this.note=r.target.value}
        ></textarea>
      </cs-field>
      <button slot="actions" @click=${()=>this.handling=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="primary" data-action="confirm" ?disabled=${this.busy} @click=${this.handle}>
        ${t(o==="acknowledge"?"guard.acknowledge":"guard.close_alarm")}
      </button>
    </cs-dialog>`}renderPicture(){let t=this.enlarged,s=t&&this.pictures.get(t.alarm_id);if(!t||!s)return c;let o=r=>f(this.hass,r);return a`<cs-dialog
      open
      heading=${`${A(this.hass,"alarm_kind",t.kind)} · ${N(this.hass,t.time,this.compound)}`}
      @closed=${()=>this.enlarged=void 0}
    >
      <img class="large" src=${s} alt=${o("guard.snapshot")} />
      <button slot="actions" @click=${()=>this.enlarged=void 0}>${o("common.close")}</button>
    </cs-dialog>`}};x.styles=[y,M,_`
      .alarm { display: flex; gap: 12px; align-items: flex-start; }
      .alarm.critical .kind { color: var(--error-color, #db4437); }
      .thumb { padding: 0; border: none; border-radius: 6px; overflow: hidden; flex: none; width: 96px; height: 72px; }
      .thumb img { width: 100%; height: 100%; object-fit: cover; display: block; }
      .thumb.none { background: var(--secondary-background-color, #eee); }
      .body { flex: 1; min-width: 0; }
      .line { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .note { margin-top: 4px; font-size: 14px; }
      .actions { margin-top: 8px; }
      .chip.state-open { background: var(--error-color, #db4437); color: #fff; }
      .chip.state-acknowledged { background: var(--warning-color, #ffa600); color: #fff; }
      img.large { width: 100%; height: auto; border-radius: 8px; }
      textarea { width: 100%; }
      :host([narrow]) .thumb { width: 72px; height: 54px; }
    `],l([u()],x.prototype,"alarms",2),l([u()],x.prototype,"total",2),l([u()],x.prototype,"loaded",2),l([u()],x.prototype,"refused",2),l([u()],x.prototype,"handling",2),l([u()],x.prototype,"note",2),l([u()],x.prototype,"error",2),l([u()],x.prototype,"busy",2),l([u()],x.prototype,"enlarged",2),l([u()],x.prototype,"pictures",2),x=l([w("cs-alarm-desk")],x);var Nt;async function ze(){await customElements.whenDefined("partial-panel-resolver");let i=document.createElement("partial-panel-resolver");i.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},i._updateRoutes(),await i.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}function me(){return Nt??=(async()=>{try{return window.loadCardHelpers||await ze(),await window.loadCardHelpers?.()}catch{Nt=void 0;return}})(),Nt}var Le=6e4,H=class extends v{constructor(){super(...arguments);this.narrow=!1;this.live=!1;this.cameras=[];this.loaded=!1;this.failure=null;this.liveCards=new Map}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),Le)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load());for(let t of this.liveCards.values())t.hass=this.hass}async load(){try{let t=await b(this.hass,this.compound,"cameras/list");this.cameras=t.cameras,this.failure=null,this.live&&await this.makeLiveCards()}catch(t){this.failure=await k(this.hass,t)}this.loaded=!0}async makeLiveCards(){let t=await me();if(t){for(let s of this.cameras){if(!s.entity_id||this.liveCards.has(s.entity_id))continue;let o=t.createCardElement({type:"picture-entity",entity:s.entity_id,camera_view:"live",show_name:!1,show_state:!1});o.hass=this.hass,this.liveCards.set(s.entity_id,o)}this.requestUpdate()}}render(){let t=(o,r)=>f(this.hass,o,r),s=this.cameras.filter(o=>o.online===!1).length;return a`<section class="card" data-section="cameras">
      <h2>
        ${t("cameras.health")}
        ${s?a`<span class="chip alarm">${t("cameras.offline_count",{count:s})}</span>`:c}
      </h2>
      ${this.failure?a`<div class="error">${this.failure}</div>`:this.loaded?this.cameras.length===0?a`<div class="muted">${t("cameras.none")}</div>`:a`<ul class="list ${this.live?"live":""}">${this.cameras.map(o=>this.renderCamera(o))}</ul>`:a`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderCamera(t){let s=(n,p)=>f(this.hass,n,p),o=t.online===null?"unknown":t.online?"online":"offline",r=this.live&&t.entity_id?this.liveCards.get(t.entity_id):void 0;return a`<li class="camera" data-camera=${t.camera_id} data-health=${o}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="chip health-${o}">${s(`cameras.${o}`)}</span>
        ${t.overdue?a`<span class="chip alarm">${s("cameras.overdue")}</span>`:c}
        ${t.public?a`<span class="chip">${s("cameras.public")}</span>`:c}
      </div>
      ${t.access_points.length?a`<div class="muted">${t.access_points.join(" · ")}</div>`:c}
      ${t.offline_since?a`<div class="muted">
            ${s("cameras.offline_since",{time:Ot(this.hass,t.offline_since,this.compound)})}
            · ${s("cameras.repair_by",{time:Ot(this.hass,t.repair_deadline,this.compound)})}
          </div>`:c}
      ${r?a`<div class="live-view">${r}</div>`:c}
    </li>`}};H.styles=[y,M,_`
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.health-online { background: var(--success-color, #43a047); color: #fff; }
      .chip.health-offline { background: var(--error-color, #db4437); color: #fff; }
      .list.live { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
      .list.live > li { border-bottom: none; }
      .live-view { margin-top: 8px; }
      :host([narrow]) .list.live { grid-template-columns: 1fr; }
    `],l([h({attribute:!1})],H.prototype,"hass",2),l([h({attribute:!1})],H.prototype,"compound",2),l([h({type:Boolean,reflect:!0})],H.prototype,"narrow",2),l([h({type:Boolean})],H.prototype,"live",2),l([u()],H.prototype,"cameras",2),l([u()],H.prototype,"loaded",2),l([u()],H.prototype,"failure",2),H=l([w("cs-camera-health")],H);var Ie=["open","hold_open","close"],S=class extends v{constructor(){super(...arguments);this.narrow=!1;this.gates=[];this.loaded=!1;this.failure=null;this.errors=new Map;this.busy=new Set;this.seen=""}willUpdate(){if(!this.hass||!this.compound)return;let t=this.lockStates();(this.loadedFor!==this.compound.config_entry_id||t!==this.seen)&&(this.seen=t,this.loadedFor=this.compound.config_entry_id,this.load())}lockStates(){return this.gates.map(t=>(t.entity_id?this.hass.states[t.entity_id]:void 0)?.last_changed??"").join()}async load(){try{let t=await b(this.hass,this.compound,"gates/list");this.gates=t.gates,this.seen=this.lockStates(),this.failure=null}catch(t){this.failure=await k(this.hass,t)}this.loaded=!0}async command(t,s){let o=t.access_point_id;this.busy=new Set(this.busy).add(o);let r=new Map(this.errors);r.delete(o),this.errors=r;try{let n=await b(this.hass,this.compound,"gates/command",{access_point_id:o,command:s});this.gates=this.gates.map(p=>p.access_point_id===o?n:p)}catch(n){this.errors=new Map(this.errors).set(o,await k(this.hass,n))}finally{let n=new Set(this.busy);n.delete(o),this.busy=n}}render(){let t=s=>f(this.hass,s);return a`<section class="card" data-section="gates">
      <h2>${t("guard.gates")}</h2>
      ${this.failure?a`<div class="error">${this.failure}</div>`:this.loaded?this.gates.length===0?a`<div class="muted">${t("guard.no_gates")}</div>`:a`<ul class="list">${this.gates.map(s=>this.renderGate(s))}</ul>`:a`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderGate(t){let s=n=>f(this.hass,n),o=this.errors.get(t.access_point_id),r=this.busy.has(t.access_point_id);return a`<li class="gate" data-gate=${t.access_point_id} data-state=${t.state}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="muted">${A(this.hass,"zone",t.zone)}</span>
        <span class="chip gate-${t.state}">${A(this.hass,"gate_state",t.state)}</span>
        ${t.fire_hold?a`<span class="chip alarm">${s("guard.fire_hold")}</span>`:c}
        ${t.available?c:a`<span class="chip warn">${s("guard.gate_unavailable")}</span>`}
      </div>
      <div class="row">
        ${Ie.map(n=>a`<button
            data-command=${n}
            class=${n==="open"?"primary":""}
            ?disabled=${r}
            @click=${()=>this.command(t,n)}
          >
            ${A(this.hass,"gate_command",n)}
          </button>`)}
      </div>
      ${o?a`<div class="error" role="alert">${o}</div>`:c}
    </li>`}};S.styles=[y,M,_`
      .gate { display: flex; flex-direction: column; gap: 6px; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.gate-open, .chip.gate-held_open { background: var(--warning-color, #ffa600); color: #fff; }
      .chip.gate-closed { background: var(--success-color, #43a047); color: #fff; }
      .chip.warn { background: var(--warning-color, #ffa600); color: #fff; }
      :host([narrow]) .row button { flex: 1; }
    `],l([h({attribute:!1})],S.prototype,"hass",2),l([h({attribute:!1})],S.prototype,"compound",2),l([h({type:Boolean,reflect:!0})],S.prototype,"narrow",2),l([u()],S.prototype,"gates",2),l([u()],S.prototype,"loaded",2),l([u()],S.prototype,"failure",2),l([u()],S.prototype,"errors",2),l([u()],S.prototype,"busy",2),S=l([w("cs-gate-board")],S);var Ve=50,V=class extends U{constructor(){super(...arguments);this.command="passages/subscribe";this.passages=[];this.loaded=!1;this.refused=null}received(t){let s=t.passages??[];this.passages=t.initial?s:[...s,...this.passages].slice(0,Ve),this.loaded=!0}failed(t){k(this.hass,t).then(s=>this.refused=s)}render(){let t=s=>f(this.hass,s);return a`<section class="card" data-section="passages">
      <h2>${t("guard.passages")}</h2>
      ${this.refused?a`<div class="error">${this.refused}</div>`:this.loaded?this.passages.length===0?a`<div class="muted">${t("guard.no_passages")}</div>`:a`<ul class="list scroll">
                ${this.passages.map(s=>this.renderPassage(s))}
              </ul>`:a`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderPassage(t){let s=(r,n)=>A(this.hass,r,n),o=[t.household,t.person].filter(Boolean).join(" · ");return a`<li class="passage" data-decision=${t.decision}>
      <time datetime=${t.time}>${N(this.hass,t.time,this.compound)}</time>
      <span class="chip ${t.decision}">${s("decision",t.decision)}</span>
      <span class="place">${t.access_point??""}</span>
      <span class="muted">
        ${t.direction==="both"?"":`${s("direction",t.direction)} · `}${s("credential",t.credential)}
      </span>
      ${t.decision==="denied"?a`<span class="reason">${s("reason",t.reason)}</span>`:c}
      <span class="who">${o}</span>
      ${t.alarm_kinds.map(r=>a`<span class="chip alarm">${s("alarm_kind",r)}</span>`)}
    </li>`}};V.styles=[y,M,_`
      .passage { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
      .passage time { font-variant-numeric: tabular-nums; }
      .place { font-weight: 500; }
      .reason { color: var(--error-color, #db4437); }
      .who { margin-inline-start: auto; }
      :host([narrow]) .who { margin-inline-start: 0; width: 100%; }
    `],l([u()],V.prototype,"passages",2),l([u()],V.prototype,"loaded",2),l([u()],V.prototype,"refused",2),V=l([w("cs-passage-feed")],V);var je=6e4,T=class extends v{constructor(){super(...arguments);this.narrow=!1;this.visitors=[];this.loaded=!1;this.failure=null}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),je)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load())}async load(){try{let t=await b(this.hass,this.compound,"visitors/today");this.visitors=t.visitors,this.failure=null}catch(t){this.failure=await k(this.hass,t)}this.loaded=!0}render(){let t=(s,o)=>f(this.hass,s,o);return a`<section class="card" data-section="visitors">
      <h2>${t("guard.visitors")}</h2>
      ${this.failure?a`<div class="error">${this.failure}</div>`:this.loaded?this.visitors.length===0?a`<div class="muted">${t("guard.no_visitors")}</div>`:a`<ul class="list">
                ${this.visitors.map(s=>a`<li class="visitor">
                    <strong>${s.name||t("guard.visitor_unnamed")}</strong>
                    <span>${s.household??""}</span>
                    <span class="muted">
                      ${t("guard.visitor_window",{from:N(this.hass,s.valid_from,this.compound),until:N(this.hass,s.valid_until,this.compound)})}
                      · ${t("guard.entries_left",{count:s.entries_left})}
                    </span>
                  </li>`)}
              </ul>`:a`<div class="muted">${t("common.loading")}</div>`}
    </section>`}};T.styles=[y,M,_`
      .visitor { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
    `],l([h({attribute:!1})],T.prototype,"hass",2),l([h({attribute:!1})],T.prototype,"compound",2),l([h({type:Boolean,reflect:!0})],T.prototype,"narrow",2),l([u()],T.prototype,"visitors",2),l([u()],T.prototype,"loaded",2),l([u()],T.prototype,"failure",2),T=l([w("cs-visitors-today")],T);ft({id:"guard",tag:"cs-guard-page",icon:"mdi:shield-account",operations:["live_passages","gate_operate"]});var j=class extends v{constructor(){super(...arguments);this.narrow=!1}render(){let t=this.compound;return a`<div class="columns">
      <div class="column">
        ${Q(t,"alarm_view")?a`<cs-alarm-desk .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-alarm-desk>`:c}
        ${Q(t,"gate_operate")?a`<cs-gate-board .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-gate-board>`:c}
      </div>
      <div class="column">
        ${Q(t,"live_passages")?a`<cs-passage-feed .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-passage-feed>`:c}
        ${Q(t,"visitors_today")?a`<cs-visitors-today .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-visitors-today>`:c}
        ${Q(t,"camera_health")?a`<cs-camera-health .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-camera-health>`:c}
      </div>
    </div>`}};j.styles=[y,_`
      .columns { display: grid; gap: var(--cs-gap); grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
      .column { min-width: 0; }
      :host([narrow]) .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); gap: 0; } }
    `],l([h({attribute:!1})],j.prototype,"hass",2),l([h({type:Boolean,reflect:!0})],j.prototype,"narrow",2),l([h({attribute:!1})],j.prototype,"compound",2),j=l([w("cs-guard-page")],j);ft({id:"cameras",tag:"cs-cameras-page",icon:"mdi:cctv",operations:["camera_health"]});var D=class extends v{constructor(){super(...arguments);this.narrow=!1}render(){return a`<cs-camera-health
      live
      .hass=${this.hass}
      .compound=${this.compound}
      .narrow=${this.narrow}
    ></cs-camera-health>`}};D.styles=[y],l([h({attribute:!1})],D.prototype,"hass",2),l([h({type:Boolean,reflect:!0})],D.prototype,"narrow",2),l([h({attribute:!1})],D.prototype,"compound",2),D=l([w("cs-cameras-page")],D);var Ut;async function gt(i,e){Ut??=b(i,null,"console/info").catch(s=>{throw Ut=void 0,s});let{compounds:t}=await Ut;return t.find(s=>s.config_entry_id===e)??t[0]}var X=class extends v{constructor(){super(...arguments);this.missing=!1;this.config={type:""};this.asked=!1}setConfig(t){this.config=t,this.asked=!1}getCardSize(){return 5}willUpdate(){this.hass&&!this.asked&&(this.asked=!0,gt(this.hass,this.config.config_entry_id).then(t=>{this.compound=t,this.missing=!t}).catch(()=>this.missing=!0))}render(){if(!this.hass)return c;let t=this.compound;if(this.missing||t&&!(this.operation in t.may))return a`<div class="card muted">${f(this.hass,"common.unauthorized")}</div>`;if(!t)return a`<div class="card muted">${f(this.hass,"common.loading")}</div>`;let s=mt(this.section);return ut`<${s} .hass=${this.hass} .compound=${t}></${s}>`}static{this.styles=[y]}};l([h({attribute:!1})],X.prototype,"hass",2),l([u()],X.prototype,"compound",2),l([u()],X.prototype,"missing",2);var De=[{tag:"compound-security-alarm-desk-card",section:"cs-alarm-desk",operation:"alarm_view",name:"Compound Security alarm desk",description:"Open alarms with time, place and snapshot; acknowledge or close one with a note."},{tag:"compound-security-passages-card",section:"cs-passage-feed",operation:"live_passages",name:"Compound Security live passages",description:"Today's passages at the compound's gates, as they happen."},{tag:"compound-security-gates-card",section:"cs-gate-board",operation:"gate_operate",name:"Compound Security gates",description:"Every gate: open once, hold open, close."}];for(let i of De)customElements.get(i.tag)||(customElements.define(i.tag,class extends X{constructor(){super(...arguments);this.section=i.section;this.operation=i.operation}}),window.customCards??=[],window.customCards.push({type:i.tag,name:i.name,description:i.description,preview:!1}));function qe(i,e){let{entities:t={},devices:s={}}=i;return Object.values(t).filter(o=>o.platform==="compound_security"&&o.entity_id.startsWith("sensor.")&&!o.entity_category&&!o.hidden&&o.device_id!==void 0&&(s[o.device_id]?.config_entries??[]).includes(e)).sort((o,r)=>o.entity_id.localeCompare(r.entity_id))}async function Be(i){try{return(await i.callWS({type:"frontend/get_translations",language:at(i),category:"entity",integration:["compound_security"]})).resources}catch{return{}}}async function We(i,e){let t=m=>f(e,m),s=await gt(e,i.config_entry_id).catch(()=>{});if(!s)return{title:t("common.title"),views:[{title:t("common.title"),cards:[{type:"markdown",content:t("common.no_access")}]}]};let o=m=>m in s.may,r=o("camera_health")?(await b(e,s,"cameras/list")).cameras:[],n={config_entry_id:s.config_entry_id},p=[];o("alarm_view")&&p.push({type:"custom:compound-security-alarm-desk-card",...n}),o("gate_operate")&&p.push({type:"custom:compound-security-gates-card",...n}),o("live_passages")&&p.push({type:"custom:compound-security-passages-card",...n});let d=r.filter(m=>m.entity_id).map(m=>({type:"picture-entity",entity:m.entity_id,name:m.name,camera_view:"auto"})),g=[{title:t("page.guard"),path:"guard-room",cards:p}];d.length&&g.push({title:t("page.cameras"),path:"cameras",cards:[{type:"grid",columns:2,square:!1,cards:d}]});let $=qe(e,s.config_entry_id);if($.length){let m=await Be(e),R=$.map(E=>{let q=m[`component.compound_security.entity.sensor.${E.translation_key}.name`];return q?{entity:E.entity_id,name:q}:{entity:E.entity_id}});g.push({title:t("guard.compound_view"),path:"compound",cards:[{type:"entities",title:t("guard.figures"),entities:R}]})}return{title:`${t("common.title")} · ${s.title}`,views:g}}var ue="ll-strategy-dashboard-compound-security-staff";customElements.get(ue)||customElements.define(ue,class extends HTMLElement{static generate(i,e){return We(i,e)}});
