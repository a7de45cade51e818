var Os=Object.defineProperty;var Is=Object.getOwnPropertyDescriptor;var d=(a,i,t,e)=>{for(var s=e>1?void 0:e?Is(i,t):i,o=a.length-1,r;o>=0;o--)(r=a[o])&&(s=(e?r(i,t,s):r(s))||s);return e&&s&&Os(i,t,s),s};var oe=globalThis,ne=oe.ShadowRoot&&(oe.ShadyCSS===void 0||oe.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,ke=Symbol(),We=new WeakMap,Wt=class{constructor(i,t,e){if(this._$cssResult$=!0,e!==ke)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=i,this.t=t}get styleSheet(){let i=this.o,t=this.t;if(ne&&i===void 0){let e=t!==void 0&&t.length===1;e&&(i=We.get(t)),i===void 0&&((this.o=i=new CSSStyleSheet).replaceSync(this.cssText),e&&We.set(t,i))}return i}toString(){return this.cssText}},Ge=a=>new Wt(typeof a=="string"?a:a+"",void 0,ke),C=(a,...i)=>{let t=a.length===1?a[0]:i.reduce((e,s,o)=>e+(r=>{if(r._$cssResult$===!0)return r.cssText;if(typeof r=="number")return r;throw Error("Value passed to 'css' function must be a 'css' function result: "+r+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(s)+a[o+1],a[0]);return new Wt(t,a,ke)},Ke=(a,i)=>{if(ne)a.adoptedStyleSheets=i.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of i){let e=document.createElement("style"),s=oe.litNonce;s!==void 0&&e.setAttribute("nonce",s),e.textContent=t.cssText,a.appendChild(e)}},Ee=ne?a=>a:a=>a instanceof CSSStyleSheet?(i=>{let t="";for(let e of i.cssRules)t+=e.cssText;return Ge(t)})(a):a;var{is:Bs,defineProperty:Us,getOwnPropertyDescriptor:zs,getOwnPropertyNames:Vs,getOwnPropertySymbols:Fs,getPrototypeOf:js}=Object,ae=globalThis,Ye=ae.trustedTypes,qs=Ye?Ye.emptyScript:"",Ws=ae.reactiveElementPolyfillSupport,Gt=(a,i)=>a,Kt={toAttribute(a,i){switch(i){case Boolean:a=a?qs:null;break;case Object:case Array:a=a==null?a:JSON.stringify(a)}return a},fromAttribute(a,i){let t=a;switch(i){case Boolean:t=a!==null;break;case Number:t=a===null?null:Number(a);break;case Object:case Array:try{t=JSON.parse(a)}catch{t=null}}return t}},le=(a,i)=>!Bs(a,i),Qe={attribute:!0,type:String,converter:Kt,reflect:!1,useDefault:!1,hasChanged:le};Symbol.metadata??=Symbol("metadata"),ae.litPropertyMetadata??=new WeakMap;var ft=class extends HTMLElement{static addInitializer(i){this._$Ei(),(this.l??=[]).push(i)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(i,t=Qe){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(i)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(i,t),!t.noAccessor){let e=Symbol(),s=this.getPropertyDescriptor(i,e,t);s!==void 0&&Us(this.prototype,i,s)}}static getPropertyDescriptor(i,t,e){let{get:s,set:o}=zs(this.prototype,i)??{get(){return this[t]},set(r){this[t]=r}};return{get:s,set(r){let c=s?.call(this);o?.call(this,r),this.requestUpdate(i,c,e)},configurable:!0,enumerable:!0}}static getPropertyOptions(i){return this.elementProperties.get(i)??Qe}static _$Ei(){if(this.hasOwnProperty(Gt("elementProperties")))return;let i=js(this);i.finalize(),i.l!==void 0&&(this.l=[...i.l]),this.elementProperties=new Map(i.elementProperties)}static finalize(){if(this.hasOwnProperty(Gt("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Gt("properties"))){let t=this.properties,e=[...Vs(t),...Fs(t)];for(let s of e)this.createProperty(s,t[s])}let i=this[Symbol.metadata];if(i!==null){let t=litPropertyMetadata.get(i);if(t!==void 0)for(let[e,s]of t)this.elementProperties.set(e,s)}this._$Eh=new Map;for(let[t,e]of this.elementProperties){let s=this._$Eu(t,e);s!==void 0&&this._$Eh.set(s,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(i){let t=[];if(Array.isArray(i)){let e=new Set(i.flat(1/0).reverse());for(let s of e)t.unshift(Ee(s))}else i!==void 0&&t.push(Ee(i));return t}static _$Eu(i,t){let e=t.attribute;return e===!1?void 0:typeof e=="string"?e:typeof i=="string"?i.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(i=>this.enableUpdating=i),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(i=>i(this))}addController(i){(this._$EO??=new Set).add(i),this.renderRoot!==void 0&&this.isConnected&&i.hostConnected?.()}removeController(i){this._$EO?.delete(i)}_$E_(){let i=new Map,t=this.constructor.elementProperties;for(let e of t.keys())this.hasOwnProperty(e)&&(i.set(e,this[e]),delete this[e]);i.size>0&&(this._$Ep=i)}createRenderRoot(){let i=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Ke(i,this.constructor.elementStyles),i}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(i=>i.hostConnected?.())}enableUpdating(i){}disconnectedCallback(){this._$EO?.forEach(i=>i.hostDisconnected?.())}attributeChangedCallback(i,t,e){this._$AK(i,e)}_$ET(i,t){let e=this.constructor.elementProperties.get(i),s=this.constructor._$Eu(i,e);if(s!==void 0&&e.reflect===!0){let o=(e.converter?.toAttribute!==void 0?e.converter:Kt).toAttribute(t,e.type);this._$Em=i,o==null?this.removeAttribute(s):this.setAttribute(s,o),this._$Em=null}}_$AK(i,t){let e=this.constructor,s=e._$Eh.get(i);if(s!==void 0&&this._$Em!==s){let o=e.getPropertyOptions(s),r=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:Kt;this._$Em=s;let c=r.fromAttribute(t,o.type);this[s]=c??this._$Ej?.get(s)??c,this._$Em=null}}requestUpdate(i,t,e,s=!1,o){if(i!==void 0){let r=this.constructor;if(s===!1&&(o=this[i]),e??=r.getPropertyOptions(i),!((e.hasChanged??le)(o,t)||e.useDefault&&e.reflect&&o===this._$Ej?.get(i)&&!this.hasAttribute(r._$Eu(i,e))))return;this.C(i,t,e)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(i,t,{useDefault:e,reflect:s,wrapped:o},r){e&&!(this._$Ej??=new Map).has(i)&&(this._$Ej.set(i,r??t??this[i]),o!==!0||r!==void 0)||(this._$AL.has(i)||(this.hasUpdated||e||(t=void 0),this._$AL.set(i,t)),s===!0&&this._$Em!==i&&(this._$Eq??=new Set).add(i))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let i=this.scheduleUpdate();return i!=null&&await i,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[s,o]of this._$Ep)this[s]=o;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[s,o]of e){let{wrapped:r}=o,c=this[s];r!==!0||this._$AL.has(s)||c===void 0||this.C(s,void 0,o,c)}}let i=!1,t=this._$AL;try{i=this.shouldUpdate(t),i?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(e){throw i=!1,this._$EM(),e}i&&this._$AE(t)}willUpdate(i){}_$AE(i){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(i)),this.updated(i)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(i){return!0}update(i){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(i){}firstUpdated(i){}};ft.elementStyles=[],ft.shadowRootOptions={mode:"open"},ft[Gt("elementProperties")]=new Map,ft[Gt("finalized")]=new Map,Ws?.({ReactiveElement:ft}),(ae.reactiveElementVersions??=[]).push("2.1.2");var Le=globalThis,Je=a=>a,ce=Le.trustedTypes,Ze=ce?ce.createPolicy("lit-html",{createHTML:a=>a}):void 0,rs="$lit$",xt=`lit$${Math.random().toFixed(9).slice(2)}$`,os="?"+xt,Gs=`<${os}>`,Ot=document,Qt=()=>Ot.createComment(""),Jt=a=>a===null||typeof a!="object"&&typeof a!="function",Re=Array.isArray,Ks=a=>Re(a)||typeof a?.[Symbol.iterator]=="function",Ae=`[ 	
\f\r]`,Yt=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Xe=/-->/g,ts=/>/g,Dt=RegExp(`>|${Ae}(?:([^\\s"'>=/]+)(${Ae}*=${Ae}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),es=/'/g,ss=/"/g,ns=/^(?:script|style|textarea|title)$/i,Ne=a=>(i,...t)=>({_$litType$:a,strings:i,values:t}),n=Ne(1),as=Ne(2),ls=Ne(3),gt=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),is=new WeakMap,Pt=Ot.createTreeWalker(Ot,129);function cs(a,i){if(!Re(a)||!a.hasOwnProperty("raw"))throw Error("invalid template strings array");return Ze!==void 0?Ze.createHTML(i):i}var Ys=(a,i)=>{let t=a.length-1,e=[],s,o=i===2?"<svg>":i===3?"<math>":"",r=Yt;for(let c=0;c<t;c++){let p=a[c],y,x,g=-1,b=0;for(;b<p.length&&(r.lastIndex=b,x=r.exec(p),x!==null);)b=r.lastIndex,r===Yt?x[1]==="!--"?r=Xe:x[1]!==void 0?r=ts:x[2]!==void 0?(ns.test(x[2])&&(s=RegExp("</"+x[2],"g")),r=Dt):x[3]!==void 0&&(r=Dt):r===Dt?x[0]===">"?(r=s??Yt,g=-1):x[1]===void 0?g=-2:(g=r.lastIndex-x[2].length,y=x[1],r=x[3]===void 0?Dt:x[3]==='"'?ss:es):r===ss||r===es?r=Dt:r===Xe||r===ts?r=Yt:(r=Dt,s=void 0);let N=r===Dt&&a[c+1].startsWith("/>")?" ":"";o+=r===Yt?p+Gs:g>=0?(e.push(y),p.slice(0,g)+rs+p.slice(g)+xt+N):p+xt+(g===-2?c:N)}return[cs(a,o+(a[t]||"<?>")+(i===2?"</svg>":i===3?"</math>":"")),e]},Zt=class a{constructor({strings:i,_$litType$:t},e){let s;this.parts=[];let o=0,r=0,c=i.length-1,p=this.parts,[y,x]=Ys(i,t);if(this.el=a.createElement(y,e),Pt.currentNode=this.el.content,t===2||t===3){let g=this.el.content.firstChild;g.replaceWith(...g.childNodes)}for(;(s=Pt.nextNode())!==null&&p.length<c;){if(s.nodeType===1){if(s.hasAttributes())for(let g of s.getAttributeNames())if(g.endsWith(rs)){let b=x[r++],N=s.getAttribute(g).split(xt),B=/([.?@])?(.*)/.exec(b);p.push({type:1,index:o,name:B[2],strings:N,ctor:B[1]==="."?Te:B[1]==="?"?Ce:B[1]==="@"?Me:Vt}),s.removeAttribute(g)}else g.startsWith(xt)&&(p.push({type:6,index:o}),s.removeAttribute(g));if(ns.test(s.tagName)){let g=s.textContent.split(xt),b=g.length-1;if(b>0){s.textContent=ce?ce.emptyScript:"";for(let N=0;N<b;N++)s.append(g[N],Qt()),Pt.nextNode(),p.push({type:2,index:++o});s.append(g[b],Qt())}}}else if(s.nodeType===8)if(s.data===os)p.push({type:2,index:o});else{let g=-1;for(;(g=s.data.indexOf(xt,g+1))!==-1;)p.push({type:7,index:o}),g+=xt.length-1}o++}}static createElement(i,t){let e=Ot.createElement("template");return e.innerHTML=i,e}};function zt(a,i,t=a,e){if(i===gt)return i;let s=e!==void 0?t._$Co?.[e]:t._$Cl,o=Jt(i)?void 0:i._$litDirective$;return s?.constructor!==o&&(s?._$AO?.(!1),o===void 0?s=void 0:(s=new o(a),s._$AT(a,t,e)),e!==void 0?(t._$Co??=[])[e]=s:t._$Cl=s),s!==void 0&&(i=zt(a,s._$AS(a,i.values),s,e)),i}var Se=class{constructor(i,t){this._$AV=[],this._$AN=void 0,this._$AD=i,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(i){let{el:{content:t},parts:e}=this._$AD,s=(i?.creationScope??Ot).importNode(t,!0);Pt.currentNode=s;let o=Pt.nextNode(),r=0,c=0,p=e[0];for(;p!==void 0;){if(r===p.index){let y;p.type===2?y=new Xt(o,o.nextSibling,this,i):p.type===1?y=new p.ctor(o,p.name,p.strings,this,i):p.type===6&&(y=new He(o,this,i)),this._$AV.push(y),p=e[++c]}r!==p?.index&&(o=Pt.nextNode(),r++)}return Pt.currentNode=Ot,s}p(i){let t=0;for(let e of this._$AV)e!==void 0&&(e.strings!==void 0?(e._$AI(i,e,t),t+=e.strings.length-2):e._$AI(i[t])),t++}},Xt=class a{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(i,t,e,s){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=i,this._$AB=t,this._$AM=e,this.options=s,this._$Cv=s?.isConnected??!0}get parentNode(){let i=this._$AA.parentNode,t=this._$AM;return t!==void 0&&i?.nodeType===11&&(i=t.parentNode),i}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(i,t=this){i=zt(this,i,t),Jt(i)?i===h||i==null||i===""?(this._$AH!==h&&this._$AR(),this._$AH=h):i!==this._$AH&&i!==gt&&this._(i):i._$litType$!==void 0?this.$(i):i.nodeType!==void 0?this.T(i):Ks(i)?this.k(i):this._(i)}O(i){return this._$AA.parentNode.insertBefore(i,this._$AB)}T(i){this._$AH!==i&&(this._$AR(),this._$AH=this.O(i))}_(i){this._$AH!==h&&Jt(this._$AH)?this._$AA.nextSibling.data=i:this.T(Ot.createTextNode(i)),this._$AH=i}$(i){let{values:t,_$litType$:e}=i,s=typeof e=="number"?this._$AC(i):(e.el===void 0&&(e.el=Zt.createElement(cs(e.h,e.h[0]),this.options)),e);if(this._$AH?._$AD===s)this._$AH.p(t);else{let o=new Se(s,this),r=o.u(this.options);o.p(t),this.T(r),this._$AH=o}}_$AC(i){let t=is.get(i.strings);return t===void 0&&is.set(i.strings,t=new Zt(i)),t}k(i){Re(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,e,s=0;for(let o of i)s===t.length?t.push(e=new a(this.O(Qt()),this.O(Qt()),this,this.options)):e=t[s],e._$AI(o),s++;s<t.length&&(this._$AR(e&&e._$AB.nextSibling,s),t.length=s)}_$AR(i=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);i!==this._$AB;){let e=Je(i).nextSibling;Je(i).remove(),i=e}}setConnected(i){this._$AM===void 0&&(this._$Cv=i,this._$AP?.(i))}},Vt=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(i,t,e,s,o){this.type=1,this._$AH=h,this._$AN=void 0,this.element=i,this.name=t,this._$AM=s,this.options=o,e.length>2||e[0]!==""||e[1]!==""?(this._$AH=Array(e.length-1).fill(new String),this.strings=e):this._$AH=h}_$AI(i,t=this,e,s){let o=this.strings,r=!1;if(o===void 0)i=zt(this,i,t,0),r=!Jt(i)||i!==this._$AH&&i!==gt,r&&(this._$AH=i);else{let c=i,p,y;for(i=o[0],p=0;p<o.length-1;p++)y=zt(this,c[e+p],t,p),y===gt&&(y=this._$AH[p]),r||=!Jt(y)||y!==this._$AH[p],y===h?i=h:i!==h&&(i+=(y??"")+o[p+1]),this._$AH[p]=y}r&&!s&&this.j(i)}j(i){i===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,i??"")}},Te=class extends Vt{constructor(){super(...arguments),this.type=3}j(i){this.element[this.name]=i===h?void 0:i}},Ce=class extends Vt{constructor(){super(...arguments),this.type=4}j(i){this.element.toggleAttribute(this.name,!!i&&i!==h)}},Me=class extends Vt{constructor(i,t,e,s,o){super(i,t,e,s,o),this.type=5}_$AI(i,t=this){if((i=zt(this,i,t,0)??h)===gt)return;let e=this._$AH,s=i===h&&e!==h||i.capture!==e.capture||i.once!==e.once||i.passive!==e.passive,o=i!==h&&(e===h||s);s&&this.element.removeEventListener(this.name,this,e),o&&this.element.addEventListener(this.name,this,i),this._$AH=i}handleEvent(i){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,i):this._$AH.handleEvent(i)}},He=class{constructor(i,t,e){this.element=i,this.type=6,this._$AN=void 0,this._$AM=t,this.options=e}get _$AU(){return this._$AM._$AU}_$AI(i){zt(this,i)}};var Qs=Le.litHtmlPolyfillSupport;Qs?.(Zt,Xt),(Le.litHtmlVersions??=[]).push("3.3.3");var ds=(a,i,t)=>{let e=t?.renderBefore??i,s=e._$litPart$;if(s===void 0){let o=t?.renderBefore??null;e._$litPart$=s=new Xt(i.insertBefore(Qt(),o),o,void 0,t??{})}return s._$AI(a),s};var De=globalThis,T=class extends ft{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let i=super.createRenderRoot();return this.renderOptions.renderBefore??=i.firstChild,i}update(i){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(i),this._$Do=ds(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return gt}};T._$litElement$=!0,T.finalized=!0,De.litElementHydrateSupport?.({LitElement:T});var Js=De.litElementPolyfillSupport;Js?.({LitElement:T});(De.litElementVersions??=[]).push("4.2.2");var H=a=>(i,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(a,i)}):customElements.define(a,i)};var Zs={attribute:!0,type:String,converter:Kt,reflect:!1,hasChanged:le},Xs=(a=Zs,i,t)=>{let{kind:e,metadata:s}=t,o=globalThis.litPropertyMetadata.get(s);if(o===void 0&&globalThis.litPropertyMetadata.set(s,o=new Map),e==="setter"&&((a=Object.create(a)).wrapped=!0),o.set(t.name,a),e==="accessor"){let{name:r}=t;return{set(c){let p=i.get.call(this);i.set.call(this,c),this.requestUpdate(r,p,a,!0,c)},init(c){return c!==void 0&&this.C(r,void 0,a,c),c}}}if(e==="setter"){let{name:r}=t;return function(c){let p=this[r];i.call(this,c),this.requestUpdate(r,p,a,!0,c)}}throw Error("Unsupported decorator location: "+e)};function _(a){return(i,t)=>typeof t=="object"?Xs(a,i,t):((e,s,o)=>{let r=s.hasOwnProperty(o);return s.constructor.createProperty(o,e),r?Object.getOwnPropertyDescriptor(s,o):void 0})(a,i,t)}function m(a){return _({...a,state:!0,attribute:!1})}var It=(a,i,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof i!="object"&&Object.defineProperty(a,i,t),t);function hs(a,i){return(t,e,s)=>{let o=r=>r.renderRoot?.querySelector(a)??null;if(i){let{get:r,set:c}=typeof e=="object"?t:s??(()=>{let p=Symbol();return{get(){return this[p]},set(y){this[p]=y}}})();return It(t,e,{get(){let p=r.call(this);return p===void 0&&(p=o(this),(p!==null||this.hasUpdated)&&c.call(this,p)),p}})}return It(t,e,{get(){return o(this)}})}}var L=C`
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
`;var kt=class extends T{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return n`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};kt.styles=[L,C`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],d([_()],kt.prototype,"heading",2),d([_({type:Boolean,reflect:!0})],kt.prototype,"open",2),d([hs("dialog")],kt.prototype,"dialog",2),kt=d([H("cs-dialog")],kt);var Et=class extends T{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return n`<label>${this.label}</label>
      <slot></slot>
      ${this.error?n`<div class="error" role="alert">${this.error}</div>`:h}
      ${this.hint&&!this.error?n`<div class="muted">${this.hint}</div>`:h}`}};Et.styles=[L,C`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],d([_()],Et.prototype,"label",2),d([_()],Et.prototype,"error",2),d([_()],Et.prototype,"hint",2),Et=d([H("cs-field")],Et);var ps={cameras:{health:"Camera health",no_picture:"No picture from this camera right now.",none:"No cameras are set up.",offline:"Offline",offline_count:"{count} offline",offline_since:"Offline since {time}",online:"Online",overdue:"Repair overdue",public:"Public",repair_by:"repair by {time}",staff_only:"Staff only",unknown:"Not checked yet"},common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{alarm_kind:{camera_offline:"Camera offline",card_reported_lost:"Card reported lost",door_held_open:"Door held open",ebike_in_elevator:"E-bike in an elevator",fire_release:"Fire release",forced_entry:"Door forced open",high_altitude_throw:"Object thrown from a height",lost_card:"Lost card used",over_usage:"Usage far above the compound",pin_guessing:"Visitor PIN guessing",police_watch:"Police watch",repeated_denials:"Repeated denied swipes",vehicle_theft:"Possible vehicle theft",wanted_person:"Wanted-list match",watchlist:"Watched resident passed"},alarm_state:{acknowledged:"Acknowledged",open:"Open"},card_status:{active:"Active",lost:"Lost",revoked:"Revoked"},card_type:{citizen_card:"Citizen card",id_card:"ID card",property_card:"Property card",residence_permit:"Residence permit"},classification:{no_registered_occupant:"Used, but nobody registered",suspected_group_rental:"Suspected group rental",suspected_workshop:"Suspected workshop"},credential:{card:"Card",card_face:"Card + face",face:"Face",pin:"Visitor PIN",plate:"Plate",qr:"Visitor QR code",vehicle_chip:"Vehicle chip"},decision:{denied:"Denied",granted:"Granted"},direction:{both:"In/out",in:"In",out:"Out"},gate_command:{close:"Close",hold_open:"Hold open",open:"Open once"},gate_state:{closed:"Closed",held_open:"Held open",open:"Open"},match:{card:"Card",flat:"Flat",name:"Name",phone:"Phone",plate:"Plate"},pass_state:{active:"Active",expired:"Expired",not_yet_valid:"Not yet valid",revoked:"Revoked",used_up:"Used up"},person_role:{contractor:"Contractor",family:"Family",owner:"Owner",staff:"Staff",tenant:"Tenant"},reason:{awaiting_pair:"Waiting for card + face",expired:"Card expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card reported lost",moved_out:"Holder moved out",no_active_card:"No active card",not_permitted_here:"Not permitted here",not_yet_valid:"Card not yet valid",offline_denied:"Refused by the controller (Home Assistant away)",offline_granted:"Let in by the controller (Home Assistant away)",outside_schedule:"Outside permitted hours",owner_absent:"Vehicle owner's card not shown",pin_locked:"PIN entry paused",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Visitor pass used up",vehicle_locked:"Vehicle locked by owner"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},subentry_type:{access_controller:"Access controller",access_point:"Access point",camera:"Camera",meter_bus:"Meter bus",notification_route:"Notification route"},tenant_cards:{residence_permit:"Residence permit (居住证) only",residence_permit_or_property_card:"Residence permit or the property office's card (安居E卡)"},tenure:{owner:"Owner-occupied",rental:"Rental"},vehicle_kind:{car:"Car",ebike:"E-bike",motorcycle:"Motorcycle"},watch:{care:"Care watch",none:"None",police:"Police watch"},zone:{compound_gate:"Compound gate",compound_gates:"Compound gates",garage:"E-bike garage",garages:"Garages",unit_door:"Unit door",unit_doors:"Unit doors"}},guard:{acknowledge:"Acknowledge",acknowledge_heading:"Acknowledge the alarm",alarms:"Open alarms",building:"Building {building}",close_alarm:"Close",close_heading:"Close the alarm",compound_view:"Compound",enlarge:"Show the snapshot large",entries_left:"{count} entries left",figures:"Compound figures",fire_hold:"Held open: fire alarm",gate_unavailable:"Not answering",gates:"Gates",more_alarms:"Showing the newest {shown} of {total}.",no_alarms:"No open alarms.",no_gates:"No gate can be operated from here.",no_passages:"No passages yet today.",no_visitors:"No visitors expected today.",note:"Note (what was done)",note_shown:"Note: {note}",passages:"Live passages",show_all_passages:"Show all {count}",snapshot:"Snapshot",visitor_unnamed:"Visitor",visitor_window:"{from}–{until}",visitors:"Expected visitors today"},home:{cameras:{none:"No public cameras.",title:"Cameras"},family:{no_passages:"No passages yet.",title:"My family"},household:{confirm_lost:"Stop this card now? The property office will be told.",report_lost:"Report lost",reported:"The card is stopped; the property office has been told.",title:"My household"},vehicles:{its_me:"It is me",last:"Last seen {time} at {gate}",lock:"Lock",locked:"Locked",never:"Not seen at a gate yet.",none:"No vehicles registered.",snapshot:"Snapshot",stop_it:"Stop it",title:"My vehicles",unlock:"Unlock",unlocked:"Unlocked"},visitors:{entries:"Entries",entries_left:"{left} of {entries} entries left",from:"From",gates:"Gates",invite:"Invite",name:"Visitor's name",none:"No passes for today or later.",not_used:"Not used yet.",passes:"Today's and upcoming passes",pin:"PIN",revoke:"Revoke",send_on:"Send the QR code or the PIN to your visitor.",show:"Show code",title:"Visitors",until:"Until",visitor:"Visitor"}},log:{access_point:"Access point",any:"Any",choose_person:"Several people match: choose one",credential:"Credential",decision:"Decision",direction:"Direction",download:"Download CSV",end:"To",flat:"Flat",live_only:"Your role sees the live passages: the last 24 hours (since {since}), flats, and names only on alarms.",name:"Name",no_such_flat:"No flat matches.",no_such_person:"Nobody by that name.",person:"Person",person_hint:"Name",reason:"Reason",start:"From",time:"Time",title:"Who passed where and when"},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"},registry:{action:{add_household:"Add flat",add_person:"Add person",add_vehicle:"Add vehicle",edit:"Edit",edit_household:"Edit flat {flat}",edit_person:"Edit {name}",edit_validity:"Validity of card {uid}",edit_vehicle:"Edit {vehicle}",export:"Export CSV",found:"Found",import:"Import CSV",issue_card:"Issue card",lock:"Lock",move_out:"Move out",move_out_all:"Move everyone out",register:"Register",replace:"Replace",replace_card:"Replace card {uid}",report_lost:"Report lost",unlock:"Unlock",validity:"Validity"},alarms:"Open alarms",back:"Back to search",card_issued:"card {uid} issued",cards:"Cards",care_watch:"Care watch",chart:{electricity:"Electricity by month (kWh)",water:"Water by month (m³)"},confirm:{move_out_household:"Move everyone in {flat} out: their cards stop opening doors from that day (the records are kept).",move_out_person:"Move {name} out: their cards stop opening doors from that day (the record is kept).",report_lost:"Report card {uid} lost? It stops opening doors at once."},expires_soon:"Expires within 30 days",field:{area_m2:"Floor area (m²)",building:"Building",card_type:"Card type",chip_uid:"Vehicle chip",date:"Date",electricity_meter:"Electricity meter",face_name:"Frigate face name",holder:"Holder",id_number:"ID number",kind:"Vehicle kind",language:"Notification language",name:"Name",new_uid:"New card number",person_id:"Person",phone:"Phone",plate:"Plate",reason:"Reason",role:"Role in the household",room:"Room",status:"Status",tenure:"Tenure",uid:"Card number",unit:"Unit",valid_from:"Valid from",valid_until:"Valid until",water_meter:"Water meter"},form:{required:"Required."},id_check:{id_number_checksum:"The check digit does not match: a digit is mistyped.",id_number_invalid:"Not a valid 18-character resident ID number.",valid:"Valid ID number."},import:{checking:"Checking every row…",choose:"Choose a CSV file…",commit:"Store {count} rows",fix_first:"Correct the refused rows, then choose the file again",help:"One row per person, with the columns building, unit, room, area_m2, tenure, name and role (phone, id_number, card and vehicle columns optional). Every row is checked before anything is stored.",line:"Line",reason:"Why it is refused",stored:"Stored: {households} flats, {people} people, {cards} cards, {vehicles} vehicles.",summary:"{file}: {good} rows good, {bad} rows refused."},language_server:"The server's language",locked:"Locked",more_people:"+{count} more",moved_out:"Moved out {date}",no_alarms:"No open alarms.",no_meters:"No meters registered.",no_passages:"No passages yet.",passages:"Recent passages",people:"People",registered:"Registered",search:{find_hint:"Type a flat (9-1-301) or a name to find a resident.",find_placeholder:"Flat (9-1-301) or name",label:"Search the registry",none:"No household matches.",placeholder:"Flat (9-1-301), name, phone, plate or card number",swipe:"Swipe a card",total:"{total} households"},swipe:{reader:"Desk reader",start:"Swipe",timeout:"No card was swiped within a minute.",waiting:"Swipe the card now…"},usage:"Meters and usage",vehicles:"Vehicles",visitors:{create:"Create pass",created:"Pass created: PIN {pin}",entries:"Entries",name:"Visitor's name",revoke:"Revoke",title:"Visitor passes",until:"until {time}",visitor:"Visitor"},wanted:{check_with_police:"Check with the police before registering this person.",listed:"On the wanted list: call the police now.",not_listed:"Not on the wanted list."}},settings:{add_level:"Add access level",closed:"Closed at all times",day:{fri:"Fri",mon:"Mon",sat:"Sat",sun:"Sun",thu:"Thu",tue:"Tue",wed:"Wed"},delete:"Delete",edit:"Edit",edit_level:"Edit access level",hardware:"Hardware",hardware_help:"Access points, cameras, meter buses and notification routes are set up in Home Assistant's own integration page.",holiday_hours:"Holiday hours",holidays:"Holidays (dates)",inactive:"inactive",level_name:"Name",levels:"Access levels and schedules",levels_help:"Residents need none to get home; staff and contractors hold named levels.",no_levels:"No access levels yet.",no_role:"No role",open_integration:"Open the integration's page",outside_policy:"Tenant cards of a type this policy no longer gives tenants: {count}.",policy_saved:"The tenant-card policy is saved.",role:"Role",role_saved:"{name}'s role is saved.",roles:"Staff roles",roles_help:"Home Assistant administrators are managers everywhere. Give other users a role in this compound.",schedule:"Weekly schedule",schedule_help:"Times like 07:00-22:00, several separated by commas; empty means closed that day.",tenant_cards:"Tenant-card policy",tenant_cards_help:"Which cards tenants may hold.",user:"User",where:"Where"},usage:{chart:"Chart",classification:"Verdict",electricity:"Electricity",estimated:"about {count} living there",flagged:"Flagged households",flat:"Flat",flat_months:"A flat's months",households:"Households with readings: {count}",month:"Month",no_readings:"No meter readings yet.",no_such_flat:"No flat matches.",none_flagged:"No household is flagged this month.",occupants:"Occupants",registered:"{count} registered",rule:"Flagged when usage per registered person is at least {factor} times the compound's median, {months} months running.",show:"Show",times_median:"{ratio} × median per person",totals:"The month's totals",water:"Water"},watch:{care:"Care watch (重点看护)",care_help:"Asked for by the family: their passages are reported to the family's phones.",checking:"Checking…",directions:"Reported",finished:"Done. New on the list: {added}, of them registered here: {matched}; rows that were not valid ID numbers: {invalid}.",flat:"Flat",matches:"Registered people on the list",moved_out:"moved out",name:"Name",no_matches:"Nobody registered is on the wanted list.",nobody:"Nobody.",notify:"Family told",police:"Police watch (重点人员)",police_help:"Police business: only the police and managers see this list.",progress:"Checked {done} of {total} ID numbers…",upload:"Upload wanted list (CSV or text)",uploaded:"ID numbers being checked: {numbers}; rows that were not valid ID numbers: {invalid}.",wanted:"Wanted list",wanted_listed:"ID numbers on the list: {count} (kept only as hashes)."}};var us={cameras:{health:"摄像头状态",no_picture:"此摄像头暂时没有画面。",none:"尚未配置摄像头。",offline:"离线",offline_count:"{count} 个离线",offline_since:"自 {time} 离线",online:"在线",overdue:"维修超期",public:"公开",repair_by:"须于 {time} 前修复",staff_only:"仅限员工",unknown:"尚未检测"},common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{alarm_kind:{camera_offline:"摄像头离线",card_reported_lost:"门禁卡挂失",door_held_open:"门长时间未关",ebike_in_elevator:"电瓶车进电梯",fire_release:"火警放行",forced_entry:"门被强行打开",high_altitude_throw:"高空抛物",lost_card:"挂失卡被使用",over_usage:"用能远超小区水平",pin_guessing:"访客密码被猜测",police_watch:"重点人员动态",repeated_denials:"多次刷卡被拒",vehicle_theft:"疑似车辆被盗",wanted_person:"协查名单比中",watchlist:"重点看护人员通行"},alarm_state:{acknowledged:"已确认",open:"未处理"},card_status:{active:"有效",lost:"已挂失",revoked:"已注销"},card_type:{citizen_card:"市民卡",id_card:"身份证",property_card:"物业卡",residence_permit:"居住证"},classification:{no_registered_occupant:"有用量但无人登记",suspected_group_rental:"疑似群租",suspected_workshop:"疑似小作坊"},credential:{card:"门禁卡",card_face:"刷卡 + 刷脸",face:"人脸",pin:"访客密码",plate:"车牌",qr:"访客二维码",vehicle_chip:"车辆芯片"},decision:{denied:"拒绝",granted:"通过"},direction:{both:"进出",in:"进",out:"出"},gate_command:{close:"关闭",hold_open:"常开",open:"开一次"},gate_state:{closed:"已关闭",held_open:"常开",open:"已打开"},match:{card:"卡号",flat:"房号",name:"姓名",phone:"电话",plate:"车牌"},pass_state:{active:"有效",expired:"已过期",not_yet_valid:"未生效",revoked:"已作废",used_up:"次数已用完"},person_role:{contractor:"外包人员",family:"家庭成员",owner:"业主",staff:"物业员工",tenant:"租户"},reason:{awaiting_pair:"等待刷卡 + 刷脸",expired:"卡已过期",granted:"通过",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"持卡人已迁出",no_active_card:"无有效卡",not_permitted_here:"无此门权限",not_yet_valid:"卡尚未生效",offline_denied:"控制器脱机拒绝（Home Assistant 不在线）",offline_granted:"控制器脱机放行（Home Assistant 不在线）",outside_schedule:"不在允许时段",owner_absent:"未刷车主卡",pin_locked:"密码输入已暂停",revoked:"卡已注销",unknown_credential:"未登记的卡",used_up:"访客通行证次数已用完",vehicle_locked:"车主已锁车"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},subentry_type:{access_controller:"门禁控制器",access_point:"出入口",camera:"摄像头",meter_bus:"抄表总线",notification_route:"通知路由"},tenant_cards:{residence_permit:"仅限居住证",residence_permit_or_property_card:"居住证或物业卡（安居E卡）"},tenure:{owner:"自住",rental:"出租"},vehicle_kind:{car:"汽车",ebike:"电动自行车",motorcycle:"摩托车"},watch:{care:"重点看护",none:"无",police:"重点人员"},zone:{compound_gate:"小区大门",compound_gates:"小区大门",garage:"电动车车库",garages:"车库",unit_door:"单元门",unit_doors:"单元门"}},guard:{acknowledge:"确认",acknowledge_heading:"确认报警",alarms:"未处理报警",building:"楼栋 {building}",close_alarm:"关闭",close_heading:"关闭报警",compound_view:"小区",enlarge:"查看大图",entries_left:"剩余 {count} 次",figures:"小区数据",fire_hold:"火警常开",gate_unavailable:"无响应",gates:"闸门",more_alarms:"显示最新 {shown} 条，共 {total} 条。",no_alarms:"暂无未处理报警。",no_gates:"没有可在此操作的闸门。",no_passages:"今天还没有通行记录。",no_visitors:"今天没有预约访客。",note:"备注（处理情况）",note_shown:"备注：{note}",passages:"实时通行",show_all_passages:"显示全部 {count} 条",snapshot:"抓拍",visitor_unnamed:"访客",visitor_window:"{from}–{until}",visitors:"今日预约访客"},home:{cameras:{none:"暂无公共摄像头。",title:"摄像头"},family:{no_passages:"暂无通行记录。",title:"我的家人"},household:{confirm_lost:"立即停用这张卡？物业将收到通知。",report_lost:"挂失",reported:"卡已停用，已通知物业。",title:"我的家庭"},vehicles:{its_me:"是我本人",last:"最近一次：{time}，{gate}",lock:"一键上锁",locked:"已上锁",never:"尚未经过闸口。",none:"暂无登记车辆。",snapshot:"抓拍",stop_it:"拦下它",title:"我的车辆",unlock:"解锁",unlocked:"未上锁"},visitors:{entries:"可进入次数",entries_left:"剩余 {left}/{entries} 次",from:"开始时间",gates:"可通行的门",invite:"邀请访客",name:"访客姓名",none:"今天及以后没有通行证。",not_used:"尚未使用。",passes:"今天及即将到来的通行证",pin:"密码",revoke:"作废",send_on:"把二维码或密码发给访客。",show:"显示二维码",title:"访客",until:"结束时间",visitor:"访客"}},log:{access_point:"出入口",any:"全部",choose_person:"有多人匹配，请选择一位",credential:"凭证",decision:"结果",direction:"方向",download:"下载 CSV",end:"至",flat:"房号",live_only:"您的角色可查看实时通行：最近 24 小时（自 {since} 起），只显示房号，仅在告警时显示姓名。",name:"姓名",no_such_flat:"没有匹配的房号。",no_such_person:"没有此姓名的人员。",person:"人员",person_hint:"姓名",reason:"原因",start:"从",time:"时间",title:"谁在何时经过何处"},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"},registry:{action:{add_household:"新增房屋",add_person:"登记人员",add_vehicle:"登记车辆",edit:"编辑",edit_household:"编辑房屋 {flat}",edit_person:"编辑 {name}",edit_validity:"门禁卡 {uid} 的有效期",edit_vehicle:"编辑 {vehicle}",export:"导出 CSV",found:"已找回",import:"导入 CSV",issue_card:"发卡",lock:"上锁",move_out:"退房",move_out_all:"全户退房",register:"登记",replace:"补卡",replace_card:"补办卡 {uid}",report_lost:"挂失",unlock:"解锁",validity:"有效期"},alarms:"未处理告警",back:"返回搜索",card_issued:"已发卡 {uid}",cards:"门禁卡",care_watch:"重点看护",chart:{electricity:"每月用电（千瓦时）",water:"每月用水（立方米）"},confirm:{move_out_household:"为 {flat} 全户办理退房：自该日起全户门禁卡停止开门（记录保留）。",move_out_person:"为 {name} 办理退房：自该日起其门禁卡停止开门（记录保留）。",report_lost:"挂失门禁卡 {uid}？挂失后立即停止开门。"},expires_soon:"30 天内到期",field:{area_m2:"面积（平方米）",building:"楼栋",card_type:"卡类型",chip_uid:"车辆芯片",date:"日期",electricity_meter:"电表",face_name:"Frigate 人脸名称",holder:"持卡人",id_number:"身份证号",kind:"车辆类型",language:"通知语言",name:"姓名",new_uid:"新卡号",person_id:"人员",phone:"电话",plate:"车牌",reason:"原因",role:"户内身份",room:"房号",status:"状态",tenure:"房屋性质",uid:"卡号",unit:"单元",valid_from:"生效日期",valid_until:"有效期至",water_meter:"水表"},form:{required:"必填。"},id_check:{id_number_checksum:"校验位不符：有数字输错了。",id_number_invalid:"不是有效的 18 位居民身份证号码。",valid:"身份证号有效。"},import:{checking:"正在逐行检查…",choose:"选择 CSV 文件…",commit:"保存 {count} 行",fix_first:"请先改正被拒绝的行，再重新选择文件",help:"每人一行，需包含 building、unit、room、area_m2、tenure、name、role 列（phone、id_number、卡和车辆列可选）。保存前会检查每一行。",line:"行号",reason:"拒绝原因",stored:"已保存：{households} 套房屋，{people} 人，{cards} 张卡，{vehicles} 辆车。",summary:"{file}：{good} 行无误，{bad} 行被拒绝。"},language_server:"与服务器相同",locked:"已锁车",more_people:"另有 {count} 人",moved_out:"{date} 退房",no_alarms:"没有未处理的告警。",no_meters:"未登记水电表。",no_passages:"暂无通行记录。",passages:"最近通行",people:"人员",registered:"已登记",search:{find_hint:"输入房号（9-1-301）或姓名查找住户。",find_placeholder:"房号（9-1-301）或姓名",label:"搜索住户登记",none:"没有匹配的住户。",placeholder:"房号（9-1-301）、姓名、电话、车牌或卡号",swipe:"刷卡查找",total:"共 {total} 户"},swipe:{reader:"桌面读卡器",start:"刷卡",timeout:"一分钟内没有刷卡。",waiting:"请现在刷卡…"},usage:"水电表与用量",vehicles:"车辆",visitors:{create:"生成通行证",created:"已生成通行证：PIN {pin}",entries:"次数",name:"访客姓名",revoke:"作废",title:"访客通行证",until:"有效至 {time}",visitor:"访客"},wanted:{check_with_police:"登记前请先与民警核实此人。",listed:"在逃人员名单命中：请立即联系民警。",not_listed:"未在在逃人员名单中。"}},settings:{add_level:"添加权限组",closed:"全天关闭",day:{fri:"周五",mon:"周一",sat:"周六",sun:"周日",thu:"周四",tue:"周二",wed:"周三"},delete:"删除",edit:"编辑",edit_level:"编辑权限组",hardware:"硬件",hardware_help:"出入口、摄像头、抄表总线和通知路由在 Home Assistant 的集成页面中配置。",holiday_hours:"节假日时段",holidays:"节假日（日期）",inactive:"已停用",level_name:"名称",levels:"权限组与时间段",levels_help:"住户回家无需权限组；员工和外包人员持有指定的权限组。",no_levels:"暂无权限组。",no_role:"无角色",open_integration:"打开集成页面",outside_policy:"有 {count} 张租户卡的类型已不在此政策允许范围内。",policy_saved:"租户卡政策已保存。",role:"角色",role_saved:"已保存 {name} 的角色。",roles:"员工角色",roles_help:"Home Assistant 管理员在所有小区都是物业经理。可为其他用户分配本小区的角色。",schedule:"每周时间段",schedule_help:"时间格式如 07:00-22:00，多个时段用逗号分隔；留空表示当天关闭。",tenant_cards:"租户卡政策",tenant_cards_help:"租户可以持有哪些卡。",user:"用户",where:"适用范围"},usage:{chart:"图表",classification:"研判",electricity:"用电",estimated:"估计约 {count} 人居住",flagged:"异常住户",flat:"房号",flat_months:"单户逐月用量",households:"{count} 户有读数",month:"月份",no_readings:"暂无抄表读数。",no_such_flat:"没有匹配的房号。",none_flagged:"本月没有异常住户。",occupants:"人数",registered:"登记 {count} 人",rule:"人均用量连续 {months} 个月达到小区中位数的 {factor} 倍即标记。",show:"显示",times_median:"人均为中位数的 {ratio} 倍",totals:"本月合计",water:"用水"},watch:{care:"重点看护",care_help:"应家属要求设立：其通行情况会推送到家属手机。",checking:"比对中…",directions:"推送方向",finished:"完成：新增 {added} 个身份证号，其中 {matched} 人在本小区登记；{invalid} 行不是有效的身份证号。",flat:"房号",matches:"名单上的已登记人员",moved_out:"已迁出",name:"姓名",no_matches:"没有已登记人员在在逃人员名单上。",nobody:"暂无。",notify:"通知家属",police:"重点人员",police_help:"公安事务：仅民警和物业经理可见此名单。",progress:"已比对 {done}/{total} 个身份证号…",upload:"上传在逃人员名单（CSV 或文本）",uploaded:"正在比对 {numbers} 个身份证号；{invalid} 行不是有效的身份证号。",wanted:"在逃人员名单",wanted_listed:"名单共 {count} 个身份证号（仅保存哈希值）。"}};var Pe={en:ps,"zh-Hans":us},ms=new Map;function te(a){return(a.locale?.language??a.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function Oe(a,i){let t=a;for(let e of i.split(".")){if(t===void 0||typeof t=="string")return;t=t[e]}return typeof t=="string"?t:void 0}function de(a,i={}){return a.replace(/\{(\w+)\}/g,(t,e)=>e in i?String(i[e]):t)}function l(a,i,t={}){let e=Oe(Pe[te(a)],i)??Oe(Pe.en,i);return e===void 0?i:de(e,t)}function A(a,i,t){return t==null||t===""?"":Oe(Pe[te(a)],`enum.${i}.${t}`)??t}function ee(a){let i=te(a),t=ms.get(i);return t||(t=a.callWS({type:"frontend/get_translations",language:i,category:"exceptions",integration:["compound_security"]}).then(e=>e.resources).catch(()=>({})),ms.set(i,t)),t}async function S(a,i){let t=i;if(t?.translation_key){let s=(await ee(a))[`component.compound_security.exceptions.${t.translation_key}.message`];if(s)return de(s,t.translation_placeholders??{})}return t?.code==="unauthorized"?l(a,"common.unauthorized"):t?.code==="not_found"?l(a,"common.not_found"):t?.message??l(a,"common.failed")}var vt=class extends T{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return n``;let t=Math.min(this.offset+this.limit,this.total);return n`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${l(this.hass,"common.previous")}
      </button>
      <span class="muted">${l(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${l(this.hass,"common.next")}
      </button>
    </div>`}};vt.styles=[L,C`.row { justify-content: flex-end; margin-top: 8px; }`],d([_({attribute:!1})],vt.prototype,"hass",2),d([_({type:Number})],vt.prototype,"offset",2),d([_({type:Number})],vt.prototype,"limit",2),d([_({type:Number})],vt.prototype,"total",2),vt=d([H("cs-pager")],vt);var gs=Symbol.for(""),si=a=>{if(a?.r===gs)return a?._$litStatic$},he=a=>({_$litStatic$:a,r:gs});var fs=new Map,Ie=a=>(i,...t)=>{let e=t.length,s,o,r=[],c=[],p,y=0,x=!1;for(;y<e;){for(p=i[y];y<e&&(o=t[y],(s=si(o))!==void 0);)p+=s+i[++y],x=!0;y!==e&&c.push(o),r.push(p),y++}if(y===e&&r.push(i[e]),x){let g=r.join("$$lit$$");(i=fs.get(g))===void 0&&(r.raw=r,fs.set(g,i=r)),t=c}return a(i,...t)},pe=Ie(n),to=Ie(as),eo=Ie(ls);var Be=[];function V(a){Be.push(a)}var vs="compound_security";function k(a,i,t,e={}){let s={type:`${vs}/${t}`,...e};return i&&(s.config_entry_id=i.config_entry_id),a.callWS(s)}function ue(a,i,t,e,s={}){return a.connection.subscribeMessage(e,{type:`${vs}/${t}`,config_entry_id:i.config_entry_id,...s})}function at(a,i){return i in a.may}var _s="compound-security-compound",lt=class extends T{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(_s)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([k(this.hass,null,"console/info"),ee(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(e=>e.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return Be.filter(e=>e.operations.some(s=>s in t.may)&&(!e.needsPerson||t.person_id!==null))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let e=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem(_s,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,e=t?this.pagesFor(t):[],s=e.find(o=>o.id===this.pageId)??e[0];return n`
      <header>
        ${this.narrow?n`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:h}
        <h1>${l(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?n`<select aria-label=${l(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(o=>n`<option value=${o.config_entry_id} ?selected=${o===t}>${o.title}</option>`)}
            </select>`:t?n`<span class="compound">${t.title}</span>`:h}
        ${t?n`<span class="chip role">${A(this.hass,"role",t.role)}</span>`:h}
      </header>
      ${e.length>1?n`<nav role="tablist">
            ${e.map(o=>n`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${o.id}"
                aria-selected=${o===s?"true":"false"}
                data-page=${o.id}
                @click=${r=>{r.preventDefault(),this.navigate(o.id)}}
                >${l(this.hass,`page.${o.id}`)}</a
              >`)}
          </nav>`:h}
      <main>${this.renderBody(t,s)}</main>
    `}renderBody(t,e){if(this.failed)return n`<div class="card error">
        ${l(this.hass,"common.failed")}
        <button @click=${this.load}>${l(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return n`<div class="muted">${l(this.hass,"common.loading")}</div>`;if(!t)return n`<div class="card">${l(this.hass,"common.no_access")}</div>`;if(!e)return n`<div class="card">${l(this.hass,"common.refused_page")}</div>`;let s=he(e.tag);return pe`<${s} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${s}>`}};lt.styles=[L,C`
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
    `],d([_({attribute:!1})],lt.prototype,"hass",2),d([_({type:Boolean,reflect:!0})],lt.prototype,"narrow",2),d([_({attribute:!1})],lt.prototype,"route",2),d([m()],lt.prototype,"info",2),d([m()],lt.prototype,"failed",2),d([m()],lt.prototype,"compoundId",2),lt=d([H("compound-security-panel")],lt);function ii(a){return a.locale?.language??a.language??"en"}function ys(a,i,t,e){return i?new Intl.DateTimeFormat(ii(a),{timeZone:t.time_zone,hour12:!1,...e}).format(new Date(i)):""}function _t(a,i,t){return ys(a,i,t,{hour:"2-digit",minute:"2-digit",second:"2-digit"})}function z(a,i,t){return ys(a,i,t,{year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit"})}function me(a,i){let t=new Intl.DateTimeFormat("en-CA",{timeZone:i.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).formatToParts(a),e=o=>t.find(r=>r.type===o)?.value??"00",s=e("hour")==="24"?"00":e("hour");return`${e("year")}-${e("month")}-${e("day")}T${s}:${e("minute")}`}function Ft(a,i){let t=new Date(`${a}:00Z`),e=new Date(`${me(t,i)}:00Z`);return new Date(t.getTime()-(e.getTime()-t.getTime())).toISOString()}var dt=C`
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  .list > li:last-child { border-bottom: none; }
  .card h2 .chip { font-size: 13px; }
  .scroll { max-height: 520px; overflow-y: auto; }
  :host([narrow]) .scroll { max-height: none; }
`;var ri=3e3,yt=class extends T{constructor(){super(...arguments);this.narrow=!1}connectedCallback(){super.connectedCallback(),this.hass&&this.compound&&this.follow()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}willUpdate(t){this.hass&&this.compound&&this.following!==this.compound.config_entry_id&&this.follow(),super.willUpdate(t)}follow(){this.stop(),this.following=this.compound.config_entry_id,this.unsubscribe=ue(this.hass,this.compound,this.command,t=>{if(t.ended){this.following=void 0,this.retry=window.setTimeout(()=>this.isConnected&&this.follow(),ri);return}this.received(t)}),this.unsubscribe.catch(t=>this.failed(t))}stop(){window.clearTimeout(this.retry);let t=this.unsubscribe;this.unsubscribe=void 0,this.following=void 0,t?.then(e=>e()).catch(()=>{})}failed(t){}};d([_({attribute:!1})],yt.prototype,"hass",2),d([_({attribute:!1})],yt.prototype,"compound",2),d([_({type:Boolean,reflect:!0})],yt.prototype,"narrow",2);var Ue;async function oi(){await customElements.whenDefined("partial-panel-resolver");let a=document.createElement("partial-panel-resolver");a.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},a._updateRoutes(),await a.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}function At(){return Ue??=(async()=>{try{return window.loadCardHelpers||await oi(),await window.loadCardHelpers?.()}catch{Ue=void 0;return}})(),Ue}function fe(a,i,t){let e=a.createCardElement({type:"picture-entity",entity:t,camera_view:"live",show_name:!1,show_state:!1});return e.hass=i,e}async function ge(a,i,t){try{return(await a.callWS({type:"auth/sign_path",path:i,expires:t})).path}catch{return}}var ni=3600,q=class extends yt{constructor(){super(...arguments);this.command="alarms/subscribe";this.alarms=new Map;this.total=0;this.loaded=!1;this.refused=null;this.note="";this.error=null;this.busy=!1;this.pictures=new Map}received(t){let e=t.initial?new Map:new Map(this.alarms);for(let s of t.alarms??[])s.state==="closed"?e.delete(s.alarm_id):e.set(s.alarm_id,s);t.initial?this.total=t.total??e.size:this.total=Math.max(e.size,this.total+e.size-this.alarms.size),this.alarms=e,this.loaded=!0;for(let s of e.values())this.sign(s)}failed(t){S(this.hass,t).then(e=>this.refused=e)}async sign(t){if(!t.snapshot||this.pictures.has(t.alarm_id))return;let e=await ge(this.hass,t.snapshot,ni);e&&(this.pictures=new Map(this.pictures).set(t.alarm_id,e))}get newestFirst(){return[...this.alarms.values()].sort((t,e)=>e.time.localeCompare(t.time))}mayHandle(t){let e=this.compound.may.alarm_handle;return e==="own_vehicle_theft"?t.kind==="vehicle_theft":e!==void 0}open(t,e){this.handling={alarm:t,action:e},this.note=t.note??"",this.error=null}async handle(){if(this.handling){this.busy=!0,this.error=null;try{let{alarm:t,action:e}=this.handling,s=this.note.trim(),o=await k(this.hass,this.compound,"alarms/handle",{alarm_id:t.alarm_id,action:e,...s?{note:s}:{}});o&&this.received({alarms:[o]}),this.handling=void 0}catch(t){this.error=await S(this.hass,t)}finally{this.busy=!1}}}render(){let t=(s,o)=>l(this.hass,s,o),e=this.newestFirst;return n`<section class="card" data-section="alarms">
        <h2>
          ${t("guard.alarms")}
          ${e.length?n`<span class="chip alarm">${e.length}</span>`:h}
        </h2>
        ${this.refused?n`<div class="error">${this.refused}</div>`:this.loaded?e.length===0?n`<div class="muted">${t("guard.no_alarms")}</div>`:n`<ul class="list">
                  ${e.map(s=>this.renderAlarm(s))}
                </ul>`:n`<div class="muted">${t("common.loading")}</div>`}
        ${this.total>e.length?n`<div class="muted">${t("guard.more_alarms",{shown:e.length,total:this.total})}</div>`:h}
      </section>
      ${this.renderHandleDialog()} ${this.renderPicture()}`}renderAlarm(t){let e=(r,c)=>l(this.hass,r,c),s=this.pictures.get(t.alarm_id),o=[t.household,t.person].filter(Boolean).join(" · ");return n`<li class="alarm ${t.severity}" data-alarm=${t.alarm_id} data-kind=${t.kind}>
      ${s?n`<button class="thumb" title=${e("guard.enlarge")} @click=${()=>this.enlarged=t}>
            <img src=${s} alt=${e("guard.snapshot")} loading="lazy" />
          </button>`:n`<div class="thumb none" aria-hidden="true"></div>`}
      <div class="body">
        <div class="line">
          <strong class="kind">${A(this.hass,"alarm_kind",t.kind)}</strong>
          ${t.count>1?n`<span class="chip">×${t.count}</span>`:h}
          <span class="chip state-${t.state}">${A(this.hass,"alarm_state",t.state)}</span>
        </div>
        <div class="line muted">
          <time datetime=${t.time}>${_t(this.hass,t.time,this.compound)}</time>
          ${t.access_point?n`<span>${t.access_point}</span>`:h}
          ${t.camera?n`<span class="camera">${t.camera}</span>`:h}
          ${t.building?n`<span class="building">${e("guard.building",{building:t.building})}</span>`:h}
          ${o?n`<span class="who">${o}</span>`:h}
        </div>
        ${t.note?n`<div class="note">${e("guard.note_shown",{note:t.note})}</div>`:h}
        ${this.mayHandle(t)?n`<div class="row actions">
              ${t.state==="open"?n`<button class="primary" data-action="acknowledge" @click=${()=>this.open(t,"acknowledge")}>
                    ${e("guard.acknowledge")}
                  </button>`:h}
              <button data-action="close" @click=${()=>this.open(t,"close")}>${e("guard.close_alarm")}</button>
            </div>`:h}
      </div>
    </li>`}renderHandleDialog(){if(!this.handling)return h;let t=(o,r)=>l(this.hass,o,r),{alarm:e,action:s}=this.handling;return n`<cs-dialog
      open
      heading=${t(s==="acknowledge"?"guard.acknowledge_heading":"guard.close_heading")}
      @closed=${()=>this.handling=void 0}
    >
      <p>
        ${A(this.hass,"alarm_kind",e.kind)} · ${_t(this.hass,e.time,this.compound)}
        ${e.access_point?n` · ${e.access_point}`:h}
      </p>
      <cs-field .label=${t("guard.note")} .error=${this.error}>
        <textarea
          name="note"
          rows="3"
          maxlength="500"
          .value=${this.note}
          @input=${o=>this.note=o.target.value}
        ></textarea>
      </cs-field>
      <button slot="actions" @click=${()=>this.handling=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="primary" data-action="confirm" ?disabled=${this.busy} @click=${this.handle}>
        ${t(s==="acknowledge"?"guard.acknowledge":"guard.close_alarm")}
      </button>
    </cs-dialog>`}renderPicture(){let t=this.enlarged,e=t&&this.pictures.get(t.alarm_id);if(!t||!e)return h;let s=o=>l(this.hass,o);return n`<cs-dialog
      open
      heading=${`${A(this.hass,"alarm_kind",t.kind)} · ${_t(this.hass,t.time,this.compound)}`}
      @closed=${()=>this.enlarged=void 0}
    >
      <img class="large" src=${e} alt=${s("guard.snapshot")} />
      <button slot="actions" @click=${()=>this.enlarged=void 0}>${s("common.close")}</button>
    </cs-dialog>`}};q.styles=[L,dt,C`
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
    `],d([m()],q.prototype,"alarms",2),d([m()],q.prototype,"total",2),d([m()],q.prototype,"loaded",2),d([m()],q.prototype,"refused",2),d([m()],q.prototype,"handling",2),d([m()],q.prototype,"note",2),d([m()],q.prototype,"error",2),d([m()],q.prototype,"busy",2),d([m()],q.prototype,"enlarged",2),d([m()],q.prototype,"pictures",2),q=d([H("cs-alarm-desk")],q);var ai=4e3,li=30,ht=class extends T{constructor(){super(...arguments);this.cameraId="";this.name="";this.failed=!1}connectedCallback(){super.connectedCallback(),this.refresh(),this.timer=window.setInterval(()=>void this.refresh(),ai)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}async refresh(){if(!(!this.hass||!this.cameraId))try{let t=await this.hass.callWS({type:"auth/sign_path",path:`/api/compound_security/camera/${encodeURIComponent(this.cameraId)}/snapshot`,expires:li}),e=new Image;e.onload=()=>{this.src=t.path,this.failed=!1},e.onerror=()=>this.failed=!0,e.src=t.path}catch{this.failed=!0}}render(){return n`${this.src?n`<img src=${this.src} alt=${this.name} />`:h}
    ${this.failed?n`<div class="muted">${l(this.hass,"cameras.no_picture")}</div>`:h}`}};ht.styles=C`
    img { display: block; width: 100%; border-radius: var(--ha-card-border-radius, 12px); background: #000; }
    .muted { color: var(--secondary-text-color); font-size: 13px; margin-top: 4px; }
  `,d([_({attribute:!1})],ht.prototype,"hass",2),d([_()],ht.prototype,"cameraId",2),d([_()],ht.prototype,"name",2),d([m()],ht.prototype,"src",2),d([m()],ht.prototype,"failed",2),ht=d([H("cs-camera-still")],ht);var ci=6e4,$t=class extends T{constructor(){super(...arguments);this.narrow=!1}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),ci)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(t){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load()),super.willUpdate(t)}};d([_({attribute:!1})],$t.prototype,"hass",2),d([_({attribute:!1})],$t.prototype,"compound",2),d([_({type:Boolean,reflect:!0})],$t.prototype,"narrow",2);var wt=class extends $t{constructor(){super(...arguments);this.live=!1;this.cameras=[];this.loaded=!1;this.failure=null;this.liveCards=new Map}willUpdate(t){super.willUpdate(t);for(let e of this.liveCards.values())e.hass=this.hass}async load(){try{let t=await k(this.hass,this.compound,"cameras/list");this.cameras=t.cameras,this.failure=null,this.live&&await this.makeLiveCards()}catch(t){this.failure=await S(this.hass,t)}this.loaded=!0}async makeLiveCards(){let t=await At();if(t){for(let e of this.cameras)!e.public||!e.entity_id||this.liveCards.has(e.entity_id)||this.liveCards.set(e.entity_id,fe(t,this.hass,e.entity_id));this.requestUpdate()}}render(){let t=(s,o)=>l(this.hass,s,o),e=this.cameras.filter(s=>s.online===!1).length;return n`<section class="card" data-section="cameras">
      <h2>
        ${t("cameras.health")}
        ${e?n`<span class="chip alarm">${t("cameras.offline_count",{count:e})}</span>`:h}
      </h2>
      ${this.failure?n`<div class="error">${this.failure}</div>`:this.loaded?this.cameras.length===0?n`<div class="muted">${t("cameras.none")}</div>`:n`<ul class="list ${this.live?"live":""}">${this.cameras.map(s=>this.renderCamera(s))}</ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderCamera(t){let e=(c,p)=>l(this.hass,c,p),s=t.online===null?"unknown":t.online?"online":"offline",o=this.live&&t.public&&t.entity_id?this.liveCards.get(t.entity_id):void 0,r=this.live&&!t.public&&this.compound.may.camera_private!==void 0;return n`<li class="camera" data-camera=${t.camera_id} data-health=${s}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="chip health-${s}">${e(`cameras.${s}`)}</span>
        ${t.overdue?n`<span class="chip alarm">${e("cameras.overdue")}</span>`:h}
        <span class="chip" data-audience>${e(t.public?"cameras.public":"cameras.staff_only")}</span>
      </div>
      ${t.access_points.length?n`<div class="muted">${t.access_points.join(" · ")}</div>`:h}
      ${t.offline_since?n`<div class="muted">
            ${e("cameras.offline_since",{time:z(this.hass,t.offline_since,this.compound)})}
            · ${e("cameras.repair_by",{time:z(this.hass,t.repair_deadline,this.compound)})}
          </div>`:h}
      ${o?n`<div class="live-view">${o}</div>`:h}
      ${r?n`<div class="live-view" data-still>
            <cs-camera-still .hass=${this.hass} .cameraId=${t.camera_id} .name=${t.name}></cs-camera-still>
          </div>`:h}
    </li>`}};wt.styles=[L,dt,C`
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.health-online { background: var(--success-color, #43a047); color: #fff; }
      .chip.health-offline { background: var(--error-color, #db4437); color: #fff; }
      .list.live { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
      .list.live > li { border-bottom: none; }
      .live-view { margin-top: 8px; }
      :host([narrow]) .list.live { grid-template-columns: 1fr; }
    `],d([_({type:Boolean})],wt.prototype,"live",2),d([m()],wt.prototype,"cameras",2),d([m()],wt.prototype,"loaded",2),d([m()],wt.prototype,"failure",2),wt=d([H("cs-camera-health")],wt);var di=["open","hold_open","close"],X=class extends T{constructor(){super(...arguments);this.narrow=!1;this.gates=[];this.loaded=!1;this.failure=null;this.errors=new Map;this.busy=new Set;this.seen=""}willUpdate(){if(!this.hass||!this.compound)return;let t=this.lockStates();(this.loadedFor!==this.compound.config_entry_id||t!==this.seen)&&(this.seen=t,this.loadedFor=this.compound.config_entry_id,this.load())}lockStates(){return this.gates.map(t=>(t.entity_id?this.hass.states[t.entity_id]:void 0)?.last_changed??"").join()}async load(){try{let t=await k(this.hass,this.compound,"gates/list");this.gates=t.gates,this.seen=this.lockStates(),this.failure=null}catch(t){this.failure=await S(this.hass,t)}this.loaded=!0}async command(t,e){let s=t.access_point_id;this.busy=new Set(this.busy).add(s);let o=new Map(this.errors);o.delete(s),this.errors=o;try{let r=await k(this.hass,this.compound,"gates/command",{access_point_id:s,command:e});this.gates=this.gates.map(c=>c.access_point_id===s?r:c)}catch(r){this.errors=new Map(this.errors).set(s,await S(this.hass,r))}finally{let r=new Set(this.busy);r.delete(s),this.busy=r}}render(){let t=e=>l(this.hass,e);return n`<section class="card" data-section="gates">
      <h2>${t("guard.gates")}</h2>
      ${this.failure?n`<div class="error">${this.failure}</div>`:this.loaded?this.gates.length===0?n`<div class="muted">${t("guard.no_gates")}</div>`:n`<ul class="list">${this.gates.map(e=>this.renderGate(e))}</ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderGate(t){let e=r=>l(this.hass,r),s=this.errors.get(t.access_point_id),o=this.busy.has(t.access_point_id);return n`<li class="gate" data-gate=${t.access_point_id} data-state=${t.state}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="muted">${A(this.hass,"zone",t.zone)}</span>
        <span class="chip gate-${t.state}">${A(this.hass,"gate_state",t.state)}</span>
        ${t.fire_hold?n`<span class="chip alarm">${e("guard.fire_hold")}</span>`:h}
        ${t.available?h:n`<span class="chip warn">${e("guard.gate_unavailable")}</span>`}
      </div>
      <div class="row">
        ${di.map(r=>n`<button
            data-command=${r}
            class=${r==="open"?"primary":""}
            ?disabled=${o}
            @click=${()=>this.command(t,r)}
          >
            ${A(this.hass,"gate_command",r)}
          </button>`)}
      </div>
      ${s?n`<div class="error" role="alert">${s}</div>`:h}
    </li>`}};X.styles=[L,dt,C`
      .gate { display: flex; flex-direction: column; gap: 6px; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.gate-open, .chip.gate-held_open { background: var(--warning-color, #ffa600); color: #fff; }
      .chip.gate-closed { background: var(--success-color, #43a047); color: #fff; }
      .chip.warn { background: var(--warning-color, #ffa600); color: #fff; }
      :host([narrow]) .row button { flex: 1; }
    `],d([_({attribute:!1})],X.prototype,"hass",2),d([_({attribute:!1})],X.prototype,"compound",2),d([_({type:Boolean,reflect:!0})],X.prototype,"narrow",2),d([m()],X.prototype,"gates",2),d([m()],X.prototype,"loaded",2),d([m()],X.prototype,"failure",2),d([m()],X.prototype,"errors",2),d([m()],X.prototype,"busy",2),X=d([H("cs-gate-board")],X);var hi=50,pi=8,bt=class extends yt{constructor(){super(...arguments);this.command="passages/subscribe";this.passages=[];this.loaded=!1;this.refused=null;this.expanded=!1}received(t){let e=t.passages??[];this.passages=t.initial?e:[...e,...this.passages].slice(0,hi),this.loaded=!0}failed(t){S(this.hass,t).then(e=>this.refused=e)}render(){let t=e=>l(this.hass,e);return n`<section class="card" data-section="passages">
      <h2>${t("guard.passages")}</h2>
      ${this.refused?n`<div class="error">${this.refused}</div>`:this.loaded?this.passages.length===0?n`<div class="muted">${t("guard.no_passages")}</div>`:n`<ul class="list scroll">
                  ${this.shown().map(e=>this.renderPassage(e))}
                </ul>
                ${this.shown().length<this.passages.length?n`<button class="more" @click=${()=>this.expanded=!0}>
                      ${l(this.hass,"guard.show_all_passages",{count:this.passages.length})}
                    </button>`:h}`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}shown(){return this.narrow&&!this.expanded?this.passages.slice(0,pi):this.passages}renderPassage(t){let e=(o,r)=>A(this.hass,o,r),s=[t.household,t.person].filter(Boolean).join(" · ");return n`<li class="passage" data-decision=${t.decision}>
      <time datetime=${t.time}>${_t(this.hass,t.time,this.compound)}</time>
      <span class="chip ${t.decision}">${e("decision",t.decision)}</span>
      <span class="place">${t.access_point??""}</span>
      <span class="muted">
        ${t.direction==="both"?"":`${e("direction",t.direction)} · `}${e("credential",t.credential)}
      </span>
      ${t.decision==="denied"?n`<span class="reason">${e("reason",t.reason)}</span>`:h}
      <span class="who">${s}</span>
      ${t.alarm_kinds.map(o=>n`<span class="chip alarm">${e("alarm_kind",o)}</span>`)}
    </li>`}};bt.styles=[L,dt,C`
      .passage { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
      .passage time { font-variant-numeric: tabular-nums; }
      .place { font-weight: 500; }
      .reason { color: var(--error-color, #db4437); }
      .who { margin-inline-start: auto; }
      :host([narrow]) .who { margin-inline-start: 0; width: 100%; }
      .more { margin-top: 8px; width: 100%; }
    `],d([m()],bt.prototype,"passages",2),d([m()],bt.prototype,"loaded",2),d([m()],bt.prototype,"refused",2),d([m()],bt.prototype,"expanded",2),bt=d([H("cs-passage-feed")],bt);var St=class extends $t{constructor(){super(...arguments);this.visitors=[];this.loaded=!1;this.failure=null}async load(){try{let t=await k(this.hass,this.compound,"visitors/today");this.visitors=t.visitors,this.failure=null}catch(t){this.failure=await S(this.hass,t)}this.loaded=!0}render(){let t=(e,s)=>l(this.hass,e,s);return n`<section class="card" data-section="visitors">
      <h2>${t("guard.visitors")}</h2>
      ${this.failure?n`<div class="error">${this.failure}</div>`:this.loaded?this.visitors.length===0?n`<div class="muted">${t("guard.no_visitors")}</div>`:n`<ul class="list">
                ${this.visitors.map(e=>n`<li class="visitor">
                    <strong>${e.name||t("guard.visitor_unnamed")}</strong>
                    <span>${e.household??""}</span>
                    <span class="muted">
                      ${t("guard.visitor_window",{from:_t(this.hass,e.valid_from,this.compound),until:_t(this.hass,e.valid_until,this.compound)})}
                      · ${t("guard.entries_left",{count:e.entries_left})}
                    </span>
                  </li>`)}
              </ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}};St.styles=[L,dt,C`
      .visitor { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
    `],d([m()],St.prototype,"visitors",2),d([m()],St.prototype,"loaded",2),d([m()],St.prototype,"failure",2),St=d([H("cs-visitors-today")],St);V({id:"guard",tag:"cs-guard-page",icon:"mdi:shield-account",operations:["live_passages","gate_operate"]});var Tt=class extends T{constructor(){super(...arguments);this.narrow=!1}render(){let t=this.compound;return n`<div class="columns">
      <div class="column">
        ${at(t,"alarm_view")?n`<cs-alarm-desk .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-alarm-desk>`:h}
        ${at(t,"gate_operate")?n`<cs-gate-board .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-gate-board>`:h}
      </div>
      <div class="column">
        ${at(t,"live_passages")?n`<cs-passage-feed .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-passage-feed>`:h}
        ${at(t,"visitors_today")?n`<cs-visitors-today .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-visitors-today>`:h}
        ${at(t,"camera_health")?n`<cs-camera-health .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-camera-health>`:h}
      </div>
    </div>`}};Tt.styles=[L,C`
      .columns { display: grid; gap: var(--cs-gap); grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
      .column { min-width: 0; }
      :host([narrow]) .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); gap: 0; } }
    `],d([_({attribute:!1})],Tt.prototype,"hass",2),d([_({type:Boolean,reflect:!0})],Tt.prototype,"narrow",2),d([_({attribute:!1})],Tt.prototype,"compound",2),Tt=d([H("cs-guard-page")],Tt);var $s={ATTRIBUTE:1,CHILD:2,PROPERTY:3,BOOLEAN_ATTRIBUTE:4,EVENT:5,ELEMENT:6},_e=a=>(...i)=>({_$litDirective$:a,values:i}),ve=class{constructor(i){}get _$AU(){return this._$AM._$AU}_$AT(i,t,e){this._$Ct=i,this._$AM=t,this._$Ci=e}_$AS(i,t){return this.update(i,t)}update(i,t){return this.render(...t)}};var Bt=class extends ve{constructor(i){if(super(i),this.it=h,i.type!==$s.CHILD)throw Error(this.constructor.directiveName+"() can only be used in child bindings")}render(i){if(i===h||i==null)return this._t=void 0,this.it=i;if(i===gt)return i;if(typeof i!="string")throw Error(this.constructor.directiveName+"() called with a non-string value");if(i===this.it)return this._t;this.it=i;let t=[i];return t.raw=t,this._t={_$litType$:this.constructor.resultType,strings:t,values:[]}}};Bt.directiveName="unsafeHTML",Bt.resultType=1;var Gn=_e(Bt);var se=class extends Bt{};se.directiveName="unsafeSVG",se.resultType=2;var ws=_e(se);var jt=function(a,i){let s=a,o=ie[i],r=null,c=0,p=null,y=[],x={},g=function(f,w){c=s*4+17,r=(function(u){let $=new Array(u);for(let v=0;v<u;v+=1){$[v]=new Array(u);for(let E=0;E<u;E+=1)$[v][E]=null}return $})(c),b(0,0),b(c-7,0),b(0,c-7),U(),B(),ut(f,w),s>=7&&Q(f),p==null&&(p=Ds(s,o,y)),ct(p,w)},b=function(f,w){for(let u=-1;u<=7;u+=1)if(!(f+u<=-1||c<=f+u))for(let $=-1;$<=7;$+=1)w+$<=-1||c<=w+$||(0<=u&&u<=6&&($==0||$==6)||0<=$&&$<=6&&(u==0||u==6)||2<=u&&u<=4&&2<=$&&$<=4?r[f+u][w+$]=!0:r[f+u][w+$]=!1)},N=function(){let f=0,w=0;for(let u=0;u<8;u+=1){g(!0,u);let $=Mt.getLostPoint(x);(u==0||f>$)&&(f=$,w=u)}return w},B=function(){for(let f=8;f<c-8;f+=1)r[f][6]==null&&(r[f][6]=f%2==0);for(let f=8;f<c-8;f+=1)r[6][f]==null&&(r[6][f]=f%2==0)},U=function(){let f=Mt.getPatternPosition(s);for(let w=0;w<f.length;w+=1)for(let u=0;u<f.length;u+=1){let $=f[w],v=f[u];if(r[$][v]==null)for(let E=-2;E<=2;E+=1)for(let M=-2;M<=2;M+=1)E==-2||E==2||M==-2||M==2||E==0&&M==0?r[$+E][v+M]=!0:r[$+E][v+M]=!1}},Q=function(f){let w=Mt.getBCHTypeNumber(s);for(let u=0;u<18;u+=1){let $=!f&&(w>>u&1)==1;r[Math.floor(u/3)][u%3+c-8-3]=$}for(let u=0;u<18;u+=1){let $=!f&&(w>>u&1)==1;r[u%3+c-8-3][Math.floor(u/3)]=$}},ut=function(f,w){let u=o<<3|w,$=Mt.getBCHTypeInfo(u);for(let v=0;v<15;v+=1){let E=!f&&($>>v&1)==1;v<6?r[v][8]=E:v<8?r[v+1][8]=E:r[c-15+v][8]=E}for(let v=0;v<15;v+=1){let E=!f&&($>>v&1)==1;v<8?r[8][c-v-1]=E:v<9?r[8][15-v-1+1]=E:r[8][15-v-1]=E}r[c-8][8]=!f},ct=function(f,w){let u=-1,$=c-1,v=7,E=0,M=Mt.getMaskFunction(w);for(let D=c-1;D>0;D-=2)for(D==6&&(D-=1);;){for(let P=0;P<2;P+=1)if(r[$][D-P]==null){let I=!1;E<f.length&&(I=(f[E]>>>v&1)==1),M($,D-P)&&(I=!I),r[$][D-P]=I,v-=1,v==-1&&(E+=1,v=7)}if($+=u,$<0||c<=$){$-=u,u=-u;break}}},Ns=function(f,w){let u=0,$=0,v=0,E=new Array(w.length),M=new Array(w.length);for(let R=0;R<w.length;R+=1){let O=w[R].dataCount,Z=w[R].totalCount-O;$=Math.max($,O),v=Math.max(v,Z),E[R]=new Array(O);for(let mt=0;mt<E[R].length;mt+=1)E[R][mt]=255&f.getBuffer()[mt+u];u+=O;let xe=Mt.getErrorCorrectPolynomial(Z),je=re(E[R],xe.getLength()-1).mod(xe);M[R]=new Array(xe.getLength()-1);for(let mt=0;mt<M[R].length;mt+=1){let qe=mt+je.getLength()-M[R].length;M[R][mt]=qe>=0?je.getAt(qe):0}}let D=0;for(let R=0;R<w.length;R+=1)D+=w[R].totalCount;let P=new Array(D),I=0;for(let R=0;R<$;R+=1)for(let O=0;O<w.length;O+=1)R<E[O].length&&(P[I]=E[O][R],I+=1);for(let R=0;R<v;R+=1)for(let O=0;O<w.length;O+=1)R<M[O].length&&(P[I]=M[O][R],I+=1);return P},Ds=function(f,w,u){let $=bs.getRSBlocks(f,w),v=xs();for(let M=0;M<u.length;M+=1){let D=u[M];v.put(D.getMode(),4),v.put(D.getLength(),Mt.getLengthInBits(D.getMode(),f)),D.write(v)}let E=0;for(let M=0;M<$.length;M+=1)E+=$[M].dataCount;if(v.getLengthInBits()>E*8)throw"code length overflow. ("+v.getLengthInBits()+">"+E*8+")";for(v.getLengthInBits()+4<=E*8&&v.put(0,4);v.getLengthInBits()%8!=0;)v.putBit(!1);for(;!(v.getLengthInBits()>=E*8||(v.put(236,8),v.getLengthInBits()>=E*8));)v.put(17,8);return Ns(v,$)};x.addData=function(f,w){w=w||"Byte";let u=null;switch(w){case"Numeric":u=ui(f);break;case"Alphanumeric":u=mi(f);break;case"Byte":u=fi(f);break;case"Kanji":u=gi(f);break;default:throw"mode:"+w}y.push(u),p=null},x.isDark=function(f,w){if(f<0||c<=f||w<0||c<=w)throw f+","+w;return r[f][w]},x.getModuleCount=function(){return c},x.make=function(){if(s<1){let f=1;for(;f<40;f++){let w=bs.getRSBlocks(f,o),u=xs();for(let v=0;v<y.length;v++){let E=y[v];u.put(E.getMode(),4),u.put(E.getLength(),Mt.getLengthInBits(E.getMode(),f)),E.write(u)}let $=0;for(let v=0;v<w.length;v++)$+=w[v].dataCount;if(u.getLengthInBits()<=$*8)break}s=f}g(!1,N())},x.createTableTag=function(f,w){f=f||2,w=typeof w>"u"?f*4:w;let u="";u+='<table style="',u+=" border-width: 0px; border-style: none;",u+=" border-collapse: collapse;",u+=" padding: 0px; margin: "+w+"px;",u+='">',u+="<tbody>";for(let $=0;$<x.getModuleCount();$+=1){u+="<tr>";for(let v=0;v<x.getModuleCount();v+=1)u+='<td style="',u+=" border-width: 0px; border-style: none;",u+=" border-collapse: collapse;",u+=" padding: 0px; margin: 0px;",u+=" width: "+f+"px;",u+=" height: "+f+"px;",u+=" background-color: ",u+=x.isDark($,v)?"#000000":"#ffffff",u+=";",u+='"/>';u+="</tr>"}return u+="</tbody>",u+="</table>",u},x.createSvgTag=function(f,w,u,$){let v={};typeof arguments[0]=="object"&&(v=arguments[0],f=v.cellSize,w=v.margin,u=v.alt,$=v.title),f=f||2,w=typeof w>"u"?f*4:w,u=typeof u=="string"?{text:u}:u||{},u.text=u.text||null,u.id=u.text?u.id||"qrcode-description":null,$=typeof $=="string"?{text:$}:$||{},$.text=$.text||null,$.id=$.text?$.id||"qrcode-title":null;let E=x.getModuleCount()*f+w*2,M,D,P,I,R="",O;for(O="l"+f+",0 0,"+f+" -"+f+",0 0,-"+f+"z ",R+='<svg version="1.1" xmlns="http://www.w3.org/2000/svg"',R+=v.scalable?"":' width="'+E+'px" height="'+E+'px"',R+=' viewBox="0 0 '+E+" "+E+'" ',R+=' preserveAspectRatio="xMinYMin meet"',R+=$.text||u.text?' role="img" aria-labelledby="'+Ut([$.id,u.id].join(" ").trim())+'"':"",R+=">",R+=$.text?'<title id="'+Ut($.id)+'">'+Ut($.text)+"</title>":"",R+=u.text?'<description id="'+Ut(u.id)+'">'+Ut(u.text)+"</description>":"",R+='<rect width="100%" height="100%" fill="white" cx="0" cy="0"/>',R+='<path d="',P=0;P<x.getModuleCount();P+=1)for(I=P*f+w,M=0;M<x.getModuleCount();M+=1)x.isDark(P,M)&&(D=M*f+w,R+="M"+D+","+I+O);return R+='" stroke="transparent" fill="black"/>',R+="</svg>",R},x.createDataURL=function(f,w){f=f||2,w=typeof w>"u"?f*4:w;let u=x.getModuleCount()*f+w*2,$=w,v=u-w;return $i(u,u,function(E,M){if($<=E&&E<v&&$<=M&&M<v){let D=Math.floor((E-$)/f),P=Math.floor((M-$)/f);return x.isDark(P,D)?0:1}else return 1})},x.createImgTag=function(f,w,u){f=f||2,w=typeof w>"u"?f*4:w;let $=x.getModuleCount()*f+w*2,v="";return v+="<img",v+=' src="',v+=x.createDataURL(f,w),v+='"',v+=' width="',v+=$,v+='"',v+=' height="',v+=$,v+='"',u&&(v+=' alt="',v+=Ut(u),v+='"'),v+="/>",v};let Ut=function(f){let w="";for(let u=0;u<f.length;u+=1){let $=f.charAt(u);switch($){case"<":w+="&lt;";break;case">":w+="&gt;";break;case"&":w+="&amp;";break;case'"':w+="&quot;";break;default:w+=$;break}}return w},Ps=function(f){f=typeof f>"u"?2:f;let u=x.getModuleCount()*1+f*2,$=f,v=u-f,E,M,D,P,I,R={"██":"█","█ ":"▀"," █":"▄","  ":" "},O={"██":"▀","█ ":"▀"," █":" ","  ":" "},Z="";for(E=0;E<u;E+=2){for(D=Math.floor((E-$)/1),P=Math.floor((E+1-$)/1),M=0;M<u;M+=1)I="█",$<=M&&M<v&&$<=E&&E<v&&x.isDark(D,Math.floor((M-$)/1))&&(I=" "),$<=M&&M<v&&$<=E+1&&E+1<v&&x.isDark(P,Math.floor((M-$)/1))?I+=" ":I+="█",Z+=f<1&&E+1>=v?O[I]:R[I];Z+=`
`}return u%2&&f>0?Z.substring(0,Z.length-u-1)+Array(u+1).join("▀"):Z.substring(0,Z.length-1)};return x.createASCII=function(f,w){if(f=f||1,f<2)return Ps(w);f-=1,w=typeof w>"u"?f*2:w;let u=x.getModuleCount()*f+w*2,$=w,v=u-w,E,M,D,P,I=Array(f+1).join("██"),R=Array(f+1).join("  "),O="",Z="";for(E=0;E<u;E+=1){for(D=Math.floor((E-$)/f),Z="",M=0;M<u;M+=1)P=1,$<=M&&M<v&&$<=E&&E<v&&x.isDark(D,Math.floor((M-$)/f))&&(P=0),Z+=P?I:R;for(D=0;D<f;D+=1)O+=Z+`
`}return O.substring(0,O.length-1)},x.renderTo2dContext=function(f,w){w=w||2;let u=x.getModuleCount();for(let $=0;$<u;$++)for(let v=0;v<u;v++)f.fillStyle=x.isDark($,v)?"black":"white",f.fillRect(v*w,$*w,w,w)},x};jt.stringToBytes=function(a){let i=[];for(let t=0;t<a.length;t+=1){let e=a.charCodeAt(t);i.push(e&255)}return i};jt.createStringToBytes=function(a,i){let t=(function(){let s=_i(a),o=function(){let p=s.read();if(p==-1)throw"eof";return p},r=0,c={};for(;;){let p=s.read();if(p==-1)break;let y=o(),x=o(),g=o(),b=String.fromCharCode(p<<8|y),N=x<<8|g;c[b]=N,r+=1}if(r!=i)throw r+" != "+i;return c})(),e=63;return function(s){let o=[];for(let r=0;r<s.length;r+=1){let c=s.charCodeAt(r);if(c<128)o.push(c);else{let p=t[s.charAt(r)];typeof p=="number"?(p&255)==p?o.push(p):(o.push(p>>>8),o.push(p&255)):o.push(e)}}return o}};var F={MODE_NUMBER:1,MODE_ALPHA_NUM:2,MODE_8BIT_BYTE:4,MODE_KANJI:8},ie={L:1,M:0,Q:3,H:2},Ct={PATTERN000:0,PATTERN001:1,PATTERN010:2,PATTERN011:3,PATTERN100:4,PATTERN101:5,PATTERN110:6,PATTERN111:7},Mt=(function(){let a=[[],[6,18],[6,22],[6,26],[6,30],[6,34],[6,22,38],[6,24,42],[6,26,46],[6,28,50],[6,30,54],[6,32,58],[6,34,62],[6,26,46,66],[6,26,48,70],[6,26,50,74],[6,30,54,78],[6,30,56,82],[6,30,58,86],[6,34,62,90],[6,28,50,72,94],[6,26,50,74,98],[6,30,54,78,102],[6,28,54,80,106],[6,32,58,84,110],[6,30,58,86,114],[6,34,62,90,118],[6,26,50,74,98,122],[6,30,54,78,102,126],[6,26,52,78,104,130],[6,30,56,82,108,134],[6,34,60,86,112,138],[6,30,58,86,114,142],[6,34,62,90,118,146],[6,30,54,78,102,126,150],[6,24,50,76,102,128,154],[6,28,54,80,106,132,158],[6,32,58,84,110,136,162],[6,26,54,82,110,138,166],[6,30,58,86,114,142,170]],i=1335,t=7973,e=21522,s={},o=function(r){let c=0;for(;r!=0;)c+=1,r>>>=1;return c};return s.getBCHTypeInfo=function(r){let c=r<<10;for(;o(c)-o(i)>=0;)c^=i<<o(c)-o(i);return(r<<10|c)^e},s.getBCHTypeNumber=function(r){let c=r<<12;for(;o(c)-o(t)>=0;)c^=t<<o(c)-o(t);return r<<12|c},s.getPatternPosition=function(r){return a[r-1]},s.getMaskFunction=function(r){switch(r){case Ct.PATTERN000:return function(c,p){return(c+p)%2==0};case Ct.PATTERN001:return function(c,p){return c%2==0};case Ct.PATTERN010:return function(c,p){return p%3==0};case Ct.PATTERN011:return function(c,p){return(c+p)%3==0};case Ct.PATTERN100:return function(c,p){return(Math.floor(c/2)+Math.floor(p/3))%2==0};case Ct.PATTERN101:return function(c,p){return c*p%2+c*p%3==0};case Ct.PATTERN110:return function(c,p){return(c*p%2+c*p%3)%2==0};case Ct.PATTERN111:return function(c,p){return(c*p%3+(c+p)%2)%2==0};default:throw"bad maskPattern:"+r}},s.getErrorCorrectPolynomial=function(r){let c=re([1],0);for(let p=0;p<r;p+=1)c=c.multiply(re([1,Ht.gexp(p)],0));return c},s.getLengthInBits=function(r,c){if(1<=c&&c<10)switch(r){case F.MODE_NUMBER:return 10;case F.MODE_ALPHA_NUM:return 9;case F.MODE_8BIT_BYTE:return 8;case F.MODE_KANJI:return 8;default:throw"mode:"+r}else if(c<27)switch(r){case F.MODE_NUMBER:return 12;case F.MODE_ALPHA_NUM:return 11;case F.MODE_8BIT_BYTE:return 16;case F.MODE_KANJI:return 10;default:throw"mode:"+r}else if(c<41)switch(r){case F.MODE_NUMBER:return 14;case F.MODE_ALPHA_NUM:return 13;case F.MODE_8BIT_BYTE:return 16;case F.MODE_KANJI:return 12;default:throw"mode:"+r}else throw"type:"+c},s.getLostPoint=function(r){let c=r.getModuleCount(),p=0;for(let g=0;g<c;g+=1)for(let b=0;b<c;b+=1){let N=0,B=r.isDark(g,b);for(let U=-1;U<=1;U+=1)if(!(g+U<0||c<=g+U))for(let Q=-1;Q<=1;Q+=1)b+Q<0||c<=b+Q||U==0&&Q==0||B==r.isDark(g+U,b+Q)&&(N+=1);N>5&&(p+=3+N-5)}for(let g=0;g<c-1;g+=1)for(let b=0;b<c-1;b+=1){let N=0;r.isDark(g,b)&&(N+=1),r.isDark(g+1,b)&&(N+=1),r.isDark(g,b+1)&&(N+=1),r.isDark(g+1,b+1)&&(N+=1),(N==0||N==4)&&(p+=3)}for(let g=0;g<c;g+=1)for(let b=0;b<c-6;b+=1)r.isDark(g,b)&&!r.isDark(g,b+1)&&r.isDark(g,b+2)&&r.isDark(g,b+3)&&r.isDark(g,b+4)&&!r.isDark(g,b+5)&&r.isDark(g,b+6)&&(p+=40);for(let g=0;g<c;g+=1)for(let b=0;b<c-6;b+=1)r.isDark(b,g)&&!r.isDark(b+1,g)&&r.isDark(b+2,g)&&r.isDark(b+3,g)&&r.isDark(b+4,g)&&!r.isDark(b+5,g)&&r.isDark(b+6,g)&&(p+=40);let y=0;for(let g=0;g<c;g+=1)for(let b=0;b<c;b+=1)r.isDark(b,g)&&(y+=1);let x=Math.abs(100*y/c/c-50)/5;return p+=x*10,p},s})(),Ht=(function(){let a=new Array(256),i=new Array(256);for(let e=0;e<8;e+=1)a[e]=1<<e;for(let e=8;e<256;e+=1)a[e]=a[e-4]^a[e-5]^a[e-6]^a[e-8];for(let e=0;e<255;e+=1)i[a[e]]=e;let t={};return t.glog=function(e){if(e<1)throw"glog("+e+")";return i[e]},t.gexp=function(e){for(;e<0;)e+=255;for(;e>=256;)e-=255;return a[e]},t})(),re=function(a,i){if(typeof a.length>"u")throw a.length+"/"+i;let t=(function(){let s=0;for(;s<a.length&&a[s]==0;)s+=1;let o=new Array(a.length-s+i);for(let r=0;r<a.length-s;r+=1)o[r]=a[r+s];return o})(),e={};return e.getAt=function(s){return t[s]},e.getLength=function(){return t.length},e.multiply=function(s){let o=new Array(e.getLength()+s.getLength()-1);for(let r=0;r<e.getLength();r+=1)for(let c=0;c<s.getLength();c+=1)o[r+c]^=Ht.gexp(Ht.glog(e.getAt(r))+Ht.glog(s.getAt(c)));return re(o,0)},e.mod=function(s){if(e.getLength()-s.getLength()<0)return e;let o=Ht.glog(e.getAt(0))-Ht.glog(s.getAt(0)),r=new Array(e.getLength());for(let c=0;c<e.getLength();c+=1)r[c]=e.getAt(c);for(let c=0;c<s.getLength();c+=1)r[c]^=Ht.gexp(Ht.glog(s.getAt(c))+o);return re(r,0).mod(s)},e},bs=(function(){let a=[[1,26,19],[1,26,16],[1,26,13],[1,26,9],[1,44,34],[1,44,28],[1,44,22],[1,44,16],[1,70,55],[1,70,44],[2,35,17],[2,35,13],[1,100,80],[2,50,32],[2,50,24],[4,25,9],[1,134,108],[2,67,43],[2,33,15,2,34,16],[2,33,11,2,34,12],[2,86,68],[4,43,27],[4,43,19],[4,43,15],[2,98,78],[4,49,31],[2,32,14,4,33,15],[4,39,13,1,40,14],[2,121,97],[2,60,38,2,61,39],[4,40,18,2,41,19],[4,40,14,2,41,15],[2,146,116],[3,58,36,2,59,37],[4,36,16,4,37,17],[4,36,12,4,37,13],[2,86,68,2,87,69],[4,69,43,1,70,44],[6,43,19,2,44,20],[6,43,15,2,44,16],[4,101,81],[1,80,50,4,81,51],[4,50,22,4,51,23],[3,36,12,8,37,13],[2,116,92,2,117,93],[6,58,36,2,59,37],[4,46,20,6,47,21],[7,42,14,4,43,15],[4,133,107],[8,59,37,1,60,38],[8,44,20,4,45,21],[12,33,11,4,34,12],[3,145,115,1,146,116],[4,64,40,5,65,41],[11,36,16,5,37,17],[11,36,12,5,37,13],[5,109,87,1,110,88],[5,65,41,5,66,42],[5,54,24,7,55,25],[11,36,12,7,37,13],[5,122,98,1,123,99],[7,73,45,3,74,46],[15,43,19,2,44,20],[3,45,15,13,46,16],[1,135,107,5,136,108],[10,74,46,1,75,47],[1,50,22,15,51,23],[2,42,14,17,43,15],[5,150,120,1,151,121],[9,69,43,4,70,44],[17,50,22,1,51,23],[2,42,14,19,43,15],[3,141,113,4,142,114],[3,70,44,11,71,45],[17,47,21,4,48,22],[9,39,13,16,40,14],[3,135,107,5,136,108],[3,67,41,13,68,42],[15,54,24,5,55,25],[15,43,15,10,44,16],[4,144,116,4,145,117],[17,68,42],[17,50,22,6,51,23],[19,46,16,6,47,17],[2,139,111,7,140,112],[17,74,46],[7,54,24,16,55,25],[34,37,13],[4,151,121,5,152,122],[4,75,47,14,76,48],[11,54,24,14,55,25],[16,45,15,14,46,16],[6,147,117,4,148,118],[6,73,45,14,74,46],[11,54,24,16,55,25],[30,46,16,2,47,17],[8,132,106,4,133,107],[8,75,47,13,76,48],[7,54,24,22,55,25],[22,45,15,13,46,16],[10,142,114,2,143,115],[19,74,46,4,75,47],[28,50,22,6,51,23],[33,46,16,4,47,17],[8,152,122,4,153,123],[22,73,45,3,74,46],[8,53,23,26,54,24],[12,45,15,28,46,16],[3,147,117,10,148,118],[3,73,45,23,74,46],[4,54,24,31,55,25],[11,45,15,31,46,16],[7,146,116,7,147,117],[21,73,45,7,74,46],[1,53,23,37,54,24],[19,45,15,26,46,16],[5,145,115,10,146,116],[19,75,47,10,76,48],[15,54,24,25,55,25],[23,45,15,25,46,16],[13,145,115,3,146,116],[2,74,46,29,75,47],[42,54,24,1,55,25],[23,45,15,28,46,16],[17,145,115],[10,74,46,23,75,47],[10,54,24,35,55,25],[19,45,15,35,46,16],[17,145,115,1,146,116],[14,74,46,21,75,47],[29,54,24,19,55,25],[11,45,15,46,46,16],[13,145,115,6,146,116],[14,74,46,23,75,47],[44,54,24,7,55,25],[59,46,16,1,47,17],[12,151,121,7,152,122],[12,75,47,26,76,48],[39,54,24,14,55,25],[22,45,15,41,46,16],[6,151,121,14,152,122],[6,75,47,34,76,48],[46,54,24,10,55,25],[2,45,15,64,46,16],[17,152,122,4,153,123],[29,74,46,14,75,47],[49,54,24,10,55,25],[24,45,15,46,46,16],[4,152,122,18,153,123],[13,74,46,32,75,47],[48,54,24,14,55,25],[42,45,15,32,46,16],[20,147,117,4,148,118],[40,75,47,7,76,48],[43,54,24,22,55,25],[10,45,15,67,46,16],[19,148,118,6,149,119],[18,75,47,31,76,48],[34,54,24,34,55,25],[20,45,15,61,46,16]],i=function(s,o){let r={};return r.totalCount=s,r.dataCount=o,r},t={},e=function(s,o){switch(o){case ie.L:return a[(s-1)*4+0];case ie.M:return a[(s-1)*4+1];case ie.Q:return a[(s-1)*4+2];case ie.H:return a[(s-1)*4+3];default:return}};return t.getRSBlocks=function(s,o){let r=e(s,o);if(typeof r>"u")throw"bad rs block @ typeNumber:"+s+"/errorCorrectionLevel:"+o;let c=r.length/3,p=[];for(let y=0;y<c;y+=1){let x=r[y*3+0],g=r[y*3+1],b=r[y*3+2];for(let N=0;N<x;N+=1)p.push(i(g,b))}return p},t})(),xs=function(){let a=[],i=0,t={};return t.getBuffer=function(){return a},t.getAt=function(e){let s=Math.floor(e/8);return(a[s]>>>7-e%8&1)==1},t.put=function(e,s){for(let o=0;o<s;o+=1)t.putBit((e>>>s-o-1&1)==1)},t.getLengthInBits=function(){return i},t.putBit=function(e){let s=Math.floor(i/8);a.length<=s&&a.push(0),e&&(a[s]|=128>>>i%8),i+=1},t},ui=function(a){let i=F.MODE_NUMBER,t=a,e={};e.getMode=function(){return i},e.getLength=function(r){return t.length},e.write=function(r){let c=t,p=0;for(;p+2<c.length;)r.put(s(c.substring(p,p+3)),10),p+=3;p<c.length&&(c.length-p==1?r.put(s(c.substring(p,p+1)),4):c.length-p==2&&r.put(s(c.substring(p,p+2)),7))};let s=function(r){let c=0;for(let p=0;p<r.length;p+=1)c=c*10+o(r.charAt(p));return c},o=function(r){if("0"<=r&&r<="9")return r.charCodeAt(0)-48;throw"illegal char :"+r};return e},mi=function(a){let i=F.MODE_ALPHA_NUM,t=a,e={};e.getMode=function(){return i},e.getLength=function(o){return t.length},e.write=function(o){let r=t,c=0;for(;c+1<r.length;)o.put(s(r.charAt(c))*45+s(r.charAt(c+1)),11),c+=2;c<r.length&&o.put(s(r.charAt(c)),6)};let s=function(o){if("0"<=o&&o<="9")return o.charCodeAt(0)-48;if("A"<=o&&o<="Z")return o.charCodeAt(0)-65+10;switch(o){case" ":return 36;case"$":return 37;case"%":return 38;case"*":return 39;case"+":return 40;case"-":return 41;case".":return 42;case"/":return 43;case":":return 44;default:throw"illegal char :"+o}};return e},fi=function(a){let i=F.MODE_8BIT_BYTE,t=a,e=jt.stringToBytes(a),s={};return s.getMode=function(){return i},s.getLength=function(o){return e.length},s.write=function(o){for(let r=0;r<e.length;r+=1)o.put(e[r],8)},s},gi=function(a){let i=F.MODE_KANJI,t=a,e=jt.stringToBytes;(function(r,c){let p=e(r);if(p.length!=2||(p[0]<<8|p[1])!=c)throw"sjis not supported."})("友",38726);let s=e(a),o={};return o.getMode=function(){return i},o.getLength=function(r){return~~(s.length/2)},o.write=function(r){let c=s,p=0;for(;p+1<c.length;){let y=(255&c[p])<<8|255&c[p+1];if(33088<=y&&y<=40956)y-=33088;else if(57408<=y&&y<=60351)y-=49472;else throw"illegal char at "+(p+1)+"/"+y;y=(y>>>8&255)*192+(y&255),r.put(y,13),p+=2}if(p<c.length)throw"illegal char at "+(p+1)},o},ks=function(){let a=[],i={};return i.writeByte=function(t){a.push(t&255)},i.writeShort=function(t){i.writeByte(t),i.writeByte(t>>>8)},i.writeBytes=function(t,e,s){e=e||0,s=s||t.length;for(let o=0;o<s;o+=1)i.writeByte(t[o+e])},i.writeString=function(t){for(let e=0;e<t.length;e+=1)i.writeByte(t.charCodeAt(e))},i.toByteArray=function(){return a},i.toString=function(){let t="";t+="[";for(let e=0;e<a.length;e+=1)e>0&&(t+=","),t+=a[e];return t+="]",t},i},vi=function(){let a=0,i=0,t=0,e="",s={},o=function(c){e+=String.fromCharCode(r(c&63))},r=function(c){if(c<0)throw"n:"+c;if(c<26)return 65+c;if(c<52)return 97+(c-26);if(c<62)return 48+(c-52);if(c==62)return 43;if(c==63)return 47;throw"n:"+c};return s.writeByte=function(c){for(a=a<<8|c&255,i+=8,t+=1;i>=6;)o(a>>>i-6),i-=6},s.flush=function(){if(i>0&&(o(a<<6-i),a=0,i=0),t%3!=0){let c=3-t%3;for(let p=0;p<c;p+=1)e+="="}},s.toString=function(){return e},s},_i=function(a){let i=a,t=0,e=0,s=0,o={};o.read=function(){for(;s<8;){if(t>=i.length){if(s==0)return-1;throw"unexpected end of file./"+s}let p=i.charAt(t);if(t+=1,p=="=")return s=0,-1;if(p.match(/^\s$/))continue;e=e<<6|r(p.charCodeAt(0)),s+=6}let c=e>>>s-8&255;return s-=8,c};let r=function(c){if(65<=c&&c<=90)return c-65;if(97<=c&&c<=122)return c-97+26;if(48<=c&&c<=57)return c-48+52;if(c==43)return 62;if(c==47)return 63;throw"c:"+c};return o},yi=function(a,i){let t=a,e=i,s=new Array(a*i),o={};o.setPixel=function(y,x,g){s[x*t+y]=g},o.write=function(y){y.writeString("GIF87a"),y.writeShort(t),y.writeShort(e),y.writeByte(128),y.writeByte(0),y.writeByte(0),y.writeByte(0),y.writeByte(0),y.writeByte(0),y.writeByte(255),y.writeByte(255),y.writeByte(255),y.writeString(","),y.writeShort(0),y.writeShort(0),y.writeShort(t),y.writeShort(e),y.writeByte(0);let x=2,g=c(x);y.writeByte(x);let b=0;for(;g.length-b>255;)y.writeByte(255),y.writeBytes(g,b,255),b+=255;y.writeByte(g.length-b),y.writeBytes(g,b,g.length-b),y.writeByte(0),y.writeString(";")};let r=function(y){let x=y,g=0,b=0,N={};return N.write=function(B,U){if(B>>>U)throw"length over";for(;g+U>=8;)x.writeByte(255&(B<<g|b)),U-=8-g,B>>>=8-g,b=0,g=0;b=B<<g|b,g=g+U},N.flush=function(){g>0&&x.writeByte(b)},N},c=function(y){let x=1<<y,g=(1<<y)+1,b=y+1,N=p();for(let ct=0;ct<x;ct+=1)N.add(String.fromCharCode(ct));N.add(String.fromCharCode(x)),N.add(String.fromCharCode(g));let B=ks(),U=r(B);U.write(x,b);let Q=0,ut=String.fromCharCode(s[Q]);for(Q+=1;Q<s.length;){let ct=String.fromCharCode(s[Q]);Q+=1,N.contains(ut+ct)?ut=ut+ct:(U.write(N.indexOf(ut),b),N.size()<4095&&(N.size()==1<<b&&(b+=1),N.add(ut+ct)),ut=ct)}return U.write(N.indexOf(ut),b),U.write(g,b),U.flush(),B.toByteArray()},p=function(){let y={},x=0,g={};return g.add=function(b){if(g.contains(b))throw"dup key:"+b;y[b]=x,x+=1},g.size=function(){return x},g.indexOf=function(b){return y[b]},g.contains=function(b){return typeof y[b]<"u"},g};return o},$i=function(a,i,t){let e=yi(a,i);for(let c=0;c<i;c+=1)for(let p=0;p<a;p+=1)e.setPixel(p,c,t(p,c));let s=ks();e.write(s);let o=vi(),r=s.toByteArray();for(let c=0;c<r.length;c+=1)o.writeByte(r[c]);return o.flush(),"data:image/gif;base64,"+o},Es=jt,ta=jt.stringToBytes;var wi=36e5;function bi(a){let i=Es(0,"M");return i.addData(a),i.make(),i.createSvgTag({cellSize:4,margin:4,scalable:!0})}var j=class extends T{constructor(){super(...arguments);this.gates=[];this.passes=[];this.message="";this.name="";this.from="";this.until="";this.entries="1";this.unchecked=new Set}connectedCallback(){super.connectedCallback();let t=new Date;this.from=me(t,this.compound),this.until=me(new Date(t.getTime()+4*wi),this.compound),this.load()}async load(){try{this.passes=(await k(this.hass,this.compound,"home/passes")).passes}catch(t){this.message=await S(this.hass,t)}}async invite(t){t.preventDefault();let e=this.gates.filter(s=>!this.unchecked.has(s.access_point_id));try{this.shown=await k(this.hass,this.compound,"visitor_pass/create",{household_id:this.compound.household_id,name:this.name.trim()||void 0,entries:Number(this.entries)||1,valid_from:Ft(this.from,this.compound),valid_until:Ft(this.until,this.compound),access_points:this.unchecked.size?e.map(s=>s.access_point_id):void 0}),this.message="",this.name="",await this.load()}catch(s){this.message=await S(this.hass,s)}}async revoke(t){try{await k(this.hass,this.compound,"visitor_pass/revoke",{pass_id:t.pass_id}),this.shown?.pass_id===t.pass_id&&(this.shown=void 0),await this.load()}catch(e){this.message=await S(this.hass,e)}}toggleGate(t,e){let s=new Set(this.unchecked);e?s.delete(t):s.add(t),this.unchecked=s}render(){let t=(s,o)=>l(this.hass,s,o),e=s=>s.target.value;return n`<section class="card" data-section="visitors">
      <h2>${t("home.visitors.title")}</h2>
      <form @submit=${this.invite}>
        <label>${t("home.visitors.name")}
          <input name="name" .value=${this.name} @input=${s=>this.name=e(s)} />
        </label>
        <div class="two">
          <label>${t("home.visitors.from")}
            <input name="from" type="datetime-local" .value=${this.from} @input=${s=>this.from=e(s)} />
          </label>
          <label>${t("home.visitors.until")}
            <input name="until" type="datetime-local" .value=${this.until} @input=${s=>this.until=e(s)} />
          </label>
        </div>
        <label>${t("home.visitors.entries")}
          <input name="entries" type="number" min="1" max="20" .value=${this.entries} @input=${s=>this.entries=e(s)} />
        </label>
        <fieldset>
          <legend>${t("home.visitors.gates")}</legend>
          ${this.gates.map(s=>n`<label class="gate">
              <input
                type="checkbox"
                .checked=${!this.unchecked.has(s.access_point_id)}
                @change=${o=>this.toggleGate(s.access_point_id,o.target.checked)}
              />
              ${s.name}
            </label>`)}
        </fieldset>
        <button class="primary big" type="submit">${t("home.visitors.invite")}</button>
      </form>
      ${this.message?n`<div class="error" role="alert">${this.message}</div>`:h}
      ${this.shown?this.renderPass(this.shown):h}
      <h3>${t("home.visitors.passes")}</h3>
      ${this.passes.length===0?n`<div class="muted">${t("home.visitors.none")}</div>`:n`<ul class="passes">${this.passes.map(s=>this.renderRow(s))}</ul>`}
    </section>`}renderPass(t){let e=(s,o)=>l(this.hass,s,o);return n`<div class="pass" data-pass=${t.pass_id}>
      <div class="qr" data-qr=${t.qr}>${ws(bi(t.qr))}</div>
      <div class="pin">${e("home.visitors.pin")} <strong>${t.pin}</strong></div>
      <div class="muted">${e("home.visitors.send_on")}</div>
    </div>`}renderRow(t){let e=(o,r)=>l(this.hass,o,r),s=o=>z(this.hass,o,this.compound);return n`<li data-pass=${t.pass_id} data-state=${t.state}>
      <div class="head">
        <strong>${t.name||e("home.visitors.visitor")}</strong>
        <span class="chip">${A(this.hass,"pass_state",t.state)}</span>
        <span class="chip">${e("home.visitors.pin")} ${t.pin}</span>
      </div>
      <div class="muted">
        ${s(t.valid_from)} – ${s(t.valid_until)} ·
        ${e("home.visitors.entries_left",{left:t.entries-t.used,entries:t.entries})}
      </div>
      <ul class="uses">
        ${t.uses.length===0?n`<li class="muted">${e("home.visitors.not_used")}</li>`:t.uses.map(o=>n`<li class="use">
                ${s(o.time)} · ${o.access_point??""} ·
                <span class="chip ${o.decision}">${A(this.hass,"decision",o.decision)}</span>
              </li>`)}
      </ul>
      <div class="row">
        <button @click=${()=>this.shown=t}>${e("home.visitors.show")}</button>
        ${t.state==="active"||t.state==="not_yet_valid"?n`<button class="danger" @click=${()=>this.revoke(t)}>${e("home.visitors.revoke")}</button>`:h}
      </div>
    </li>`}};j.styles=[L,C`
      form { display: grid; gap: 10px; }
      form label { display: grid; gap: 4px; min-width: 0; }
      form input { width: 100%; min-width: 0; min-height: 44px; }
      /* Side by side where they fit, one under the other on a narrow phone. */
      .two { display: grid; gap: 10px; grid-template-columns: repeat(auto-fit, minmax(200px, 1fr)); }
      /* A fieldset is as wide as its content by default: keep it to the card. */
      fieldset { min-width: 0; margin: 0; border: 1px solid var(--divider-color, #ccc); border-radius: 8px; padding: 8px 12px; }
      legend { font-size: 13px; color: var(--secondary-text-color); }
      label.gate { display: flex; align-items: center; gap: 10px; min-height: 44px; font-size: 16px; color: inherit; }
      label.gate input { width: 22px; min-height: 22px; }
      button.big { min-height: 48px; font-size: 17px; }
      .pass { margin: 16px 0; text-align: center; }
      .qr { width: 240px; max-width: 80vw; margin: 0 auto; background: #fff; padding: 8px; border-radius: 8px; }
      .qr svg { display: block; width: 100%; height: auto; }
      .pin { font-size: 20px; margin-top: 8px; }
      .pin strong { font-size: 28px; letter-spacing: 4px; }
      h3 { font-size: 16px; font-weight: 500; margin: 16px 0 8px; }
      .passes, .uses { list-style: none; margin: 0; padding: 0; }
      .passes > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      .passes .head { display: flex; gap: 6px; flex-wrap: wrap; align-items: center; }
      .uses { margin: 6px 0; font-size: 14px; }
      .row button { min-height: 44px; }
    `],d([_({attribute:!1})],j.prototype,"hass",2),d([_({attribute:!1})],j.prototype,"compound",2),d([_({attribute:!1})],j.prototype,"gates",2),d([m()],j.prototype,"passes",2),d([m()],j.prototype,"shown",2),d([m()],j.prototype,"message",2),d([m()],j.prototype,"name",2),d([m()],j.prototype,"from",2),d([m()],j.prototype,"until",2),d([m()],j.prototype,"entries",2),d([m()],j.prototype,"unchecked",2),j=d([H("cs-home-visitors")],j);V({id:"home",tag:"cs-home-page",icon:"mdi:home-heart",operations:["registry_view"],needsPerson:!0});var xi=300,tt=class extends T{constructor(){super(...arguments);this.narrow=!1;this.cameras=[];this.message="";this.busy=!1;this.pictures=new Map;this.liveCards=new Map}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load(),this.loadCameras());for(let t of this.liveCards.values())t.hass=this.hass}async load(){try{this.home=await k(this.hass,this.compound,"home/overview");for(let t of this.home.alarms)this.sign(t)}catch(t){this.message=await S(this.hass,t)}}async sign(t){if(!t.snapshot||this.pictures.has(t.alarm_id))return;let e=await ge(this.hass,t.snapshot,xi);e&&(this.pictures=new Map(this.pictures).set(t.alarm_id,e))}async loadCameras(){try{let t=await k(this.hass,this.compound,"home/cameras");this.cameras=t.cameras;let e=await At();if(!e)return;for(let s of this.cameras)this.liveCards.has(s.entity_id)||this.liveCards.set(s.entity_id,fe(e,this.hass,s.entity_id));this.requestUpdate()}catch(t){this.message=await S(this.hass,t)}}async act(t,e,s){this.busy=!0;try{await k(this.hass,this.compound,t,e),this.message=s?l(this.hass,s):"",await this.load()}catch(o){this.message=await S(this.hass,o)}this.busy=!1}reportLost(t){window.confirm(l(this.hass,"home.household.confirm_lost"))&&this.act("card/report_lost",{card_id:t},"home.household.reported")}render(){let t=(s,o)=>l(this.hass,s,o);if(!this.home)return n`${this.message?n`<div class="card error">${this.message}</div>`:n`<div class="muted">${t("common.loading")}</div>`}`;let e=this.home;return n`
      ${this.message?n`<div class="card status" role="status">${this.message}</div>`:h}
      ${this.renderHousehold(e)} ${this.renderVehicles(e)} ${this.renderFamily(e)}
      <cs-home-visitors .hass=${this.hass} .compound=${this.compound} .gates=${e.visitor_gates}></cs-home-visitors>
      ${this.renderCameras()}
    `}renderHousehold(t){let e=(s,o)=>l(this.hass,s,o);return n`<section class="card" data-section="household">
      <h2>${e("home.household.title")} <span class="chip">${t.flat}</span></h2>
      <ul class="list">
        ${t.people.map(s=>n`<li data-person=${s.person_id}>
            <div class="head">
              <strong>${s.name}</strong>
              <span class="chip">${A(this.hass,"person_role",s.role)}</span>
            </div>
            ${t.cards.filter(o=>o.person_id===s.person_id).map(o=>n`<div class="item" data-card=${o.card_id} data-status=${o.status}>
                  <span>${A(this.hass,"card_type",o.card_type)} ·${o.uid.slice(-4)}</span>
                  <span class="chip status-${o.status}">${A(this.hass,"card_status",o.status)}</span>
                  ${o.status==="active"?n`<button class="danger" ?disabled=${this.busy} @click=${()=>this.reportLost(o.card_id)}>
                        ${e("home.household.report_lost")}
                      </button>`:h}
                </div>`)}
          </li>`)}
      </ul>
    </section>`}renderVehicles(t){let e=(s,o)=>l(this.hass,s,o);return n`<section class="card" data-section="vehicles">
      <h2>${e("home.vehicles.title")}</h2>
      ${t.vehicles.length===0?n`<div class="muted">${e("home.vehicles.none")}</div>`:h}
      ${t.vehicles.map(s=>{let o=s.last_passage,r=t.alarms.filter(c=>c.vehicle_id===s.vehicle_id);return n`<div class="vehicle" data-vehicle=${s.vehicle_id} data-locked=${s.locked}>
          <div class="head">
            <strong>${A(this.hass,"vehicle_kind",s.kind)}</strong>
            ${s.plate?n`<span>${s.plate}</span>`:h}
            <span class="chip ${s.locked?"denied":"granted"}">
              ${e(s.locked?"home.vehicles.locked":"home.vehicles.unlocked")}
            </span>
          </div>
          <button
            class="lock ${s.locked?"":"primary"}"
            role="switch"
            aria-checked=${s.locked?"true":"false"}
            ?disabled=${this.busy}
            @click=${()=>this.act("home/vehicle_lock",{vehicle_id:s.vehicle_id,locked:!s.locked})}
          >
            ${e(s.locked?"home.vehicles.unlock":"home.vehicles.lock")}
          </button>
          <div class="muted last">
            ${o?n`${e("home.vehicles.last",{time:z(this.hass,o.time,this.compound),gate:o.access_point??""})}
                  <span class="chip ${o.decision}">${A(this.hass,"reason",o.reason)}</span>`:e("home.vehicles.never")}
          </div>
          ${r.map(c=>this.renderTheft(c))}
        </div>`})}
    </section>`}renderTheft(t){let e=(r,c)=>l(this.hass,r,c),s=this.pictures.get(t.alarm_id),o=r=>this.act("home/alarm_button",{alarm_id:t.alarm_id,action:r});return n`<div class="theft" data-alarm=${t.alarm_id} data-state=${t.state}>
      <div class="head">
        <span class="chip alarm">${A(this.hass,"alarm_kind",t.kind)}</span>
        <span>${z(this.hass,t.time,this.compound)} · ${t.access_point??""}</span>
      </div>
      ${s?n`<img src=${s} alt=${e("home.vehicles.snapshot")} />`:h}
      <div class="buttons">
        ${t.actions.includes("its_me")?n`<button class="primary" data-action="its_me" ?disabled=${this.busy} @click=${()=>o("its_me")}>${e("home.vehicles.its_me")}</button>`:h}
        ${t.actions.includes("stop_it")?n`<button class="danger" data-action="stop_it" ?disabled=${this.busy} @click=${()=>o("stop_it")}>${e("home.vehicles.stop_it")}</button>`:h}
      </div>
    </div>`}renderFamily(t){if(t.family.length===0)return h;let e=(o,r)=>l(this.hass,o,r),s=o=>z(this.hass,o,this.compound);return n`<section class="card" data-section="family">
      <h2>${e("home.family.title")}</h2>
      ${t.family.map(o=>n`<div class="relative" data-person=${o.person_id}>
          <strong>${o.name}</strong>
          ${o.alarms.map(r=>n`<div class="item"><span class="chip alarm">${A(this.hass,"alarm_kind",r.kind)}</span>
              ${s(r.time)} · ${r.access_point??""}</div>`)}
          <ul class="list passages">
            ${o.passages.length===0?n`<li class="muted">${e("home.family.no_passages")}</li>`:o.passages.map(r=>n`<li class="passage">
                    ${s(r.time)} · ${r.access_point??""} ·
                    ${A(this.hass,"direction",r.direction)}
                    <span class="chip ${r.decision}">${A(this.hass,"decision",r.decision)}</span>
                  </li>`)}
          </ul>
        </div>`)}
    </section>`}renderCameras(){let t=e=>l(this.hass,e);return n`<section class="card" data-section="cameras">
      <h2>${t("home.cameras.title")}</h2>
      ${this.cameras.length===0?n`<div class="muted">${t("home.cameras.none")}</div>`:h}
      ${this.cameras.map(e=>n`<div class="camera" data-camera=${e.camera_id}>
          <div>${e.name}</div>
          ${this.liveCards.get(e.entity_id)??h}
        </div>`)}
    </section>`}};tt.styles=[L,C`
      :host { max-width: 640px; margin: 0 auto; }
      .list { list-style: none; margin: 0; padding: 0; }
      .list > li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      .list > li:last-child { border-bottom: none; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .item { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; margin-top: 6px; }
      .item button { margin-inline-start: auto; min-height: 44px; }
      .vehicle { padding: 8px 0; }
      button.lock { width: 100%; min-height: 56px; font-size: 18px; border-radius: 28px; margin: 10px 0 6px; }
      .theft { border: 1px solid var(--error-color, #db4437); border-radius: 8px; padding: 10px; margin-top: 8px; }
      .theft img { width: 100%; border-radius: 6px; margin-top: 8px; }
      .buttons { display: grid; grid-template-columns: 1fr 1fr; gap: 8px; margin-top: 8px; }
      .buttons button { min-height: 48px; font-size: 16px; }
      .chip.status-active { background: var(--success-color, #43a047); color: #fff; }
      .chip.status-lost, .chip.status-revoked { background: var(--error-color, #db4437); color: #fff; }
      .relative { padding: 6px 0; }
      .passages { font-size: 14px; }
      .camera { margin-top: 8px; }
      .status { border-color: var(--primary-color, #03a9f4); }
    `],d([_({attribute:!1})],tt.prototype,"hass",2),d([_({type:Boolean,reflect:!0})],tt.prototype,"narrow",2),d([_({attribute:!1})],tt.prototype,"compound",2),d([m()],tt.prototype,"home",2),d([m()],tt.prototype,"cameras",2),d([m()],tt.prototype,"message",2),d([m()],tt.prototype,"busy",2),d([m()],tt.prototype,"pictures",2),tt=d([H("cs-home-page")],tt);function ki(a){return a?[["name","name"],["phone","phone"],["face_name","face_name"],["id_number","id_number"],["tenant","role"],["role","role"],["uid","uid"],["card_type","card_type"],["tenant_card","card_type"],["valid","valid_until"],["date","valid_until"],["building","building"],["unit","unit"],["room","room"],["household_exists","room"],["area","area_m2"],["tenure","tenure"],["meter","electricity_meter"],["chip","chip_uid"],["plate","plate"],["vehicle_kind","kind"]].find(([t])=>a.startsWith(t))?.[1]??"":""}async function As(a,i){return{[ki(i?.translation_key)]:await S(a,i)}}function ye(a){return new Date(Date.now()+a*864e5).toISOString().slice(0,10)}function Ss(a,i,t="text/csv;charset=utf-8"){let e=new Blob(["\uFEFF",i],{type:t}),s=document.createElement("a");s.href=URL.createObjectURL(e),s.download=a,s.click(),setTimeout(()=>URL.revokeObjectURL(s.href),1e3)}var Ei=["owner","family","tenant","staff","contractor"],Ts=["residence_permit","citizen_card","id_card","property_card"],Cs=["ebike","motorcycle","car"],Ai=["owner","rental"],rt=(a,i=!1)=>({name:a,kind:"text",required:i});function pt(a,i,t=[]){let e={};for(let s of i){let o=a[s]?.trim();o&&(e[s]=t.includes(s)?Number(o):o)}return e}function $e(){return[rt("building",!0),rt("unit",!0),rt("room",!0),{name:"area_m2",kind:"number",required:!0},{name:"tenure",kind:"select",options:Ai,required:!0},rt("electricity_meter"),rt("water_meter")]}function Ms(a,i,t){let e=$e().map(s=>s.name);return{heading:l(a,"registry.action.add_household"),fields:$e(),values:{tenure:"owner"},submit:async s=>{let o=await k(a,i,"household/create",pt(s,e,["area_m2"]));t(o.id)}}}var we=class{constructor(i,t,e){this.hass=i;this.compound=t;this.detail=e}get rental(){return this.detail.household.tenure==="rental"}grant(i){return this.compound.may[i]}get tenantsOnly(){return this.grant("registry_edit")==="tenants"}mayAddPerson(){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental}mayEdit(i){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental&&i.role==="tenant"}mayMoveOutHousehold(){let i=this.detail.people;return i.some(t=>!t.moved_out)&&i.every(t=>this.mayEdit(t))}mayEnrolCard(){return this.grant("card_manage")==="all"||this.grant("card_enrol")==="all"&&this.rental}names(i){return Object.fromEntries(i.map(t=>[t.id,t.name]))}personFields(){let i=this.tenantsOnly?["tenant"]:Ei,t=[rt("name",!0),{name:"role",kind:"select",enumName:"person_role",options:i,required:!0},{name:"phone",kind:"tel"}];return this.grant("id_number_enter")&&t.push({name:"id_number",kind:"id_number"}),t.push(this.languageField()),t}languageField(){return{name:"language",kind:"select",options:["","zh-Hans","en"],labels:{"":l(this.hass,"registry.language_server"),"zh-Hans":"简体中文",en:"English"}}}addPerson(){let i=this.personFields(),t=this.mayEnrolCard();t&&i.push({name:"card_type",kind:"select",options:Ts},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid"});let e=this.rental?"tenant":this.detail.people.length?"family":"owner",s;return{heading:l(this.hass,"registry.action.add_person"),fields:i,values:{role:e,card_type:e==="tenant"?"residence_permit":"citizen_card",valid_until:e==="tenant"?ye(365):""},submitLabel:l(this.hass,"registry.action.register"),submit:async o=>{let r={household_id:this.detail.household.id,...pt(o,["name","role","phone","id_number","language"])};t&&o.uid?.trim()&&(r.card=pt(o,["uid","card_type","valid_until"])),s=await k(this.hass,this.compound,"person/register",r)},notice:()=>{if(!s)return"";let o=[l(this.hass,"registry.registered")];return s.card&&o.push(l(this.hass,"registry.card_issued",{uid:s.card.uid})),s.wanted&&o.push(l(this.hass,`registry.wanted.${s.wanted}`)),o.join(" · ")}}}editPerson(i){let t=this.grant("card_manage")==="all",e=this.personFields();return t&&e.push(rt("face_name")),{heading:l(this.hass,"registry.action.edit_person",{name:i.name}),fields:e,values:{name:i.name,role:i.role??"",phone:i.phone??"",language:i.language??"",face_name:i.face_name??""},submit:s=>k(this.hass,this.compound,"person/update",{person_id:i.id,...pt(s,["name","role","phone","id_number"]),language:s.language??"",...t?{face_name:s.face_name?.trim()||null}:{}})}}issueCard(){let i=this.detail.people.filter(t=>!t.moved_out);return{heading:l(this.hass,"registry.action.issue_card"),fields:[{name:"person_id",kind:"select",options:i.map(t=>t.id),labels:this.names(i)},{name:"card_type",kind:"select",options:Ts},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid",required:!0}],values:{person_id:i[0]?.id??"",card_type:this.rental?"residence_permit":"citizen_card",valid_until:this.rental?ye(365):""},submit:t=>k(this.hass,this.compound,"card/create",pt(t,["person_id","uid","card_type","valid_until"]))}}replaceCard(i){return{heading:l(this.hass,"registry.action.replace_card",{uid:i.uid}),fields:[{name:"new_uid",kind:"uid",required:!0},rt("reason")],values:{},submit:t=>k(this.hass,this.compound,"card/replace",{card_id:i.card_id,...pt(t,["new_uid","reason"])})}}addVehicle(){let i=this.detail.people.filter(t=>!t.moved_out);return{heading:l(this.hass,"registry.action.add_vehicle"),fields:[{name:"person_id",kind:"select",options:i.map(t=>t.id),labels:this.names(i)},{name:"kind",kind:"select",enumName:"vehicle_kind",options:Cs},rt("plate"),{name:"chip_uid",kind:"uid",required:!0}],values:{person_id:i[0]?.id??"",kind:"ebike"},submit:t=>k(this.hass,this.compound,"vehicle/create",pt(t,["person_id","kind","plate","chip_uid"]))}}editHousehold(){let i=this.detail.household,t=$e().map(s=>s.name),e={};for(let s of t)e[s]=String(i[s]??"");return{heading:l(this.hass,"registry.action.edit_household",{flat:i.flat}),fields:$e(),values:e,submit:s=>k(this.hass,this.compound,"household/update",{household_id:i.id,...pt(s,t,["area_m2"])})}}moveOut(i){return{heading:i?l(this.hass,"registry.confirm.move_out_person",{name:i.name}):l(this.hass,"registry.confirm.move_out_household",{flat:this.detail.household.flat}),fields:[{name:"date",kind:"date",required:!0},rt("reason")],values:{date:ye(0)},submitLabel:l(this.hass,i?"registry.action.move_out":"registry.action.move_out_all"),submit:e=>k(this.hass,this.compound,i?"person/move_out":"household/move_out",{...i?{person_id:i.id}:{household_id:this.detail.household.id},...pt(e,["date","reason"])})}}reportLost(i){return{heading:l(this.hass,"registry.confirm.report_lost",{uid:i.uid}),fields:[rt("reason")],values:{},submitLabel:l(this.hass,"registry.action.report_lost"),submit:t=>k(this.hass,this.compound,"card/report_lost",{card_id:i.card_id,...pt(t,["reason"])})}}editValidity(i){return{heading:l(this.hass,"registry.action.edit_validity",{uid:i.uid}),fields:[{name:"valid_from",kind:"date"},{name:"valid_until",kind:"date",required:i.card_type==="residence_permit"}],values:{valid_from:i.valid_from??"",valid_until:i.valid_until??""},submit:t=>k(this.hass,this.compound,"card/update",{card_id:i.card_id,valid_from:t.valid_from?.trim()||null,valid_until:t.valid_until?.trim()||null})}}editVehicle(i){return{heading:l(this.hass,"registry.action.edit_vehicle",{vehicle:i.plate||i.chip_uid}),fields:[{name:"kind",kind:"select",enumName:"vehicle_kind",options:Cs},rt("plate")],values:{kind:i.kind,plate:i.plate??""},submit:t=>k(this.hass,this.compound,"vehicle/update",{vehicle_id:i.vehicle_id,kind:t.kind,plate:t.plate?.trim()??""})}}};var Hs="compound-security-desk-reader",ze=new Map,et=class extends T{constructor(){super(...arguments);this.known=!1;this.label="";this.readers=[];this.reader=localStorage.getItem(Hs)??"";this.waiting=!1;this.message=""}connectedCallback(){super.connectedCallback(),this.loadReaders()}disconnectedCallback(){super.disconnectedCallback(),this.cancel()}async loadReaders(){let t=this.compound.config_entry_id;ze.has(t)||ze.set(t,k(this.hass,this.compound,"registry/desk_readers").then(e=>e.access_points).catch(()=>[])),this.readers=await ze.get(t),this.readers.some(e=>e.id===this.reader)||(this.reader=this.readers[0]?.id??"")}choose(t){this.reader=t.target.value,localStorage.setItem(Hs,this.reader)}async start(){await this.cancel(),this.message="",this.waiting=!0;try{this.stop=await ue(this.hass,this.compound,"enrol/subscribe",t=>this.heard(t),{access_point:this.reader,known:this.known})}catch(t){this.waiting=!1,this.message=await S(this.hass,t)}}heard(t){this.waiting=!1,this.stop=void 0,t.type==="read"&&t.uid?this.dispatchEvent(new CustomEvent("uid",{detail:{uid:t.uid}})):this.message=l(this.hass,"registry.swipe.timeout")}async cancel(){let t=this.stop;this.stop=void 0,this.waiting=!1,t&&await t().catch(()=>{})}render(){return this.readers.length?n`<span class="swipe">
      ${this.readers.length>1?n`<select
            aria-label=${l(this.hass,"registry.swipe.reader")}
            .value=${this.reader}
            @change=${this.choose}
          >
            ${this.readers.map(t=>n`<option value=${t.id} ?selected=${t.id===this.reader}>${t.name}</option>`)}
          </select>`:h}
      ${this.waiting?n`<span class="waiting" role="status">${l(this.hass,"registry.swipe.waiting")}</span>
            <button type="button" @click=${this.cancel}>${l(this.hass,"common.cancel")}</button>`:n`<button type="button" class="start" @click=${this.start}>
            ${this.label||l(this.hass,"registry.swipe.start")}
          </button>`}
      ${this.message?n`<span class="muted">${this.message}</span>`:h}
    </span>`:h}};et.styles=[L,C`
      :host { display: inline-block; }
      .swipe { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
      .waiting { color: var(--primary-color); font-weight: 500; }
    `],d([_({attribute:!1})],et.prototype,"hass",2),d([_({attribute:!1})],et.prototype,"compound",2),d([_({type:Boolean})],et.prototype,"known",2),d([_()],et.prototype,"label",2),d([m()],et.prototype,"readers",2),d([m()],et.prototype,"reader",2),d([m()],et.prototype,"waiting",2),d([m()],et.prototype,"message",2),et=d([H("cs-registry-swipe")],et);var Si=18,W=class extends T{constructor(){super(...arguments);this.fields=[];this.initial={};this.values={};this.submitLabel="";this.errors={};this.busy=!1;this.checking=0}willUpdate(t){t.has("initial")&&(this.values={...this.initial},this.errors={},this.idCheck=void 0)}set(t,e){this.values={...this.values,[t]:e},this.errors[t]&&(this.errors={...this.errors,[t]:""})}async checkIdNumber(t){let e=t.replace(/\s/g,""),s=++this.checking;if(e.length<Si){this.idCheck=void 0;return}try{let o=await k(this.hass,this.compound,"person/check_id",{id_number:e});s===this.checking&&(this.idCheck=o)}catch(o){s===this.checking&&(this.errors={...this.errors,id_number:await S(this.hass,o)})}}async save(t){if(t.preventDefault(),!this.submit||this.busy)return;let e=this.fields.filter(s=>s.required&&!this.values[s.name]?.trim());if(e.length){this.errors=Object.fromEntries(e.map(s=>[s.name,l(this.hass,"registry.form.required")]));return}this.busy=!0,this.errors={};try{await this.submit(this.values),this.dispatchEvent(new CustomEvent("saved"))}catch(s){this.errors=await As(this.hass,s)}finally{this.busy=!1}}idHint(){let t=this.idCheck;if(!t)return h;if(!t.valid)return n`<div class="error" role="alert" data-id-check="invalid">
        ${l(this.hass,`registry.id_check.${t.reason??"id_number_invalid"}`)}
      </div>`;let e=t.wanted;return n`<div class="ok" data-id-check="valid">${l(this.hass,"registry.id_check.valid")}</div>
      ${e?n`<div class=${e==="not_listed"?"ok":"error wanted"} role="status" data-wanted=${e}>
            ${l(this.hass,`registry.wanted.${e}`)}
          </div>`:h}`}input(t){let e=this.values[t.name]??"",s=o=>{let r=o.target.value;this.set(t.name,r),t.kind==="id_number"&&this.checkIdNumber(r)};switch(t.kind){case"select":return n`<select name=${t.name} .value=${e} @change=${s}>
          ${t.options?.map(o=>n`<option value=${o} ?selected=${o===e}>
              ${t.labels?.[o]??A(this.hass,t.enumName??t.name,o)}
            </option>`)}
        </select>`;case"uid":return n`<div class="uid">
          <input name=${t.name} .value=${e} @input=${s} autocomplete="off" />
          <cs-registry-swipe
            .hass=${this.hass}
            .compound=${this.compound}
            @uid=${o=>this.set(t.name,o.detail.uid)}
          ></cs-registry-swipe>
        </div>`;default:return n`<input
          name=${t.name}
          type=${t.kind==="number"?"number":t.kind==="date"?"date":t.kind==="tel"?"tel":"text"}
          inputmode=${t.kind==="id_number"?"text":t.kind==="tel"?"tel":h}
          autocomplete="off"
          .value=${e}
          @input=${s}
        />`}}render(){let t=this.errors[""];return n`<form @submit=${this.save}>
      ${this.fields.map(e=>n`<cs-field
          data-field=${e.name}
          .label=${l(this.hass,`registry.field.${e.name}`)+(e.required?" *":"")}
          .error=${this.errors[e.name]||null}
        >
          ${this.input(e)} ${e.kind==="id_number"?this.idHint():h}
        </cs-field>`)}
      ${t?n`<div class="error" role="alert">${t}</div>`:h}
      <div class="actions">
        <button type="button" @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>
          ${l(this.hass,"common.cancel")}
        </button>
        <button type="submit" class="primary save" ?disabled=${this.busy}>
          ${this.submitLabel||l(this.hass,"common.save")}
        </button>
      </div>
    </form>`}};W.styles=[L,C`
      cs-field { display: block; }
      .uid { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .uid input { flex: 1; min-width: 140px; }
      .wanted { font-weight: 600; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
      .error, .ok { font-size: 13px; margin-top: 4px; }
    `],d([_({attribute:!1})],W.prototype,"hass",2),d([_({attribute:!1})],W.prototype,"compound",2),d([_({attribute:!1})],W.prototype,"fields",2),d([_({attribute:!1})],W.prototype,"initial",2),d([m()],W.prototype,"values",2),d([_({attribute:!1})],W.prototype,"submit",2),d([_()],W.prototype,"submitLabel",2),d([m()],W.prototype,"errors",2),d([m()],W.prototype,"idCheck",2),d([m()],W.prototype,"busy",2),W=d([H("cs-registry-form")],W);var Lt=class extends T{constructor(){super(...arguments);this.heading="";this.cards=[];this.shownFor=""}updated(t){t.has("statistics")&&this.statistics&&this.statistics.electricity!==this.shownFor&&this.build();for(let e of this.cards)e.hass=this.hass}async build(){this.shownFor=this.statistics.electricity;let t=await At();if(!t)return;let e=this.renderRoot.querySelector(".charts");e&&(this.cards=["electricity","water"].map(s=>{let o=t.createCardElement({type:"statistics-graph",title:l(this.hass,`registry.chart.${s}`),entities:[this.statistics[s]],period:"month",chart_type:"bar",stat_types:["change"],days_to_show:365,hide_legend:!0});return o.hass=this.hass,o.dataset.kind=s,o}),e.replaceChildren(...this.cards))}render(){return n`<div class="charts"></div>`}};Lt.styles=[L,C`
      .charts { display: grid; gap: 12px; margin-top: 8px; }
    `],d([_({attribute:!1})],Lt.prototype,"hass",2),d([_({attribute:!1})],Lt.prototype,"statistics",2),d([_()],Lt.prototype,"heading",2),Lt=d([H("cs-registry-chart")],Lt);var ot=class extends T{constructor(){super(...arguments);this.householdId="";this.passes=[];this.name="";this.entries="1";this.message=""}updated(t){t.has("householdId")&&this.load()}async load(){try{let t=await k(this.hass,this.compound,"visitor_pass/list");this.passes=t.passes.filter(e=>e.household_id===this.householdId)}catch(t){this.message=await S(this.hass,t)}}async create(t){t.preventDefault();try{let e=await k(this.hass,this.compound,"visitor_pass/create",{household_id:this.householdId,name:this.name.trim()||void 0,entries:Number(this.entries)||1});this.message=l(this.hass,"registry.visitors.created",{pin:e.pin}),this.name="",await this.load()}catch(e){this.message=await S(this.hass,e)}}async revoke(t){try{await k(this.hass,this.compound,"visitor_pass/revoke",{pass_id:t.pass_id}),await this.load()}catch(e){this.message=await S(this.hass,e)}}render(){let t=this.passes.filter(e=>e.state==="active"||e.state==="not_yet_valid");return n`<section class="card" data-section="visitors">
      <h2>${l(this.hass,"registry.visitors.title")}</h2>
      <form class="row" @submit=${this.create}>
        <input
          aria-label=${l(this.hass,"registry.visitors.name")}
          placeholder=${l(this.hass,"registry.visitors.name")}
          .value=${this.name}
          @input=${e=>this.name=e.target.value}
        />
        <input
          type="number"
          min="1"
          max="20"
          class="entries"
          aria-label=${l(this.hass,"registry.visitors.entries")}
          .value=${this.entries}
          @input=${e=>this.entries=e.target.value}
        />
        <button type="submit">${l(this.hass,"registry.visitors.create")}</button>
      </form>
      ${this.message?n`<div class="muted" role="status">${this.message}</div>`:h}
      <ul class="list">
        ${t.map(e=>n`<li>
            <strong>${e.name||l(this.hass,"registry.visitors.visitor")}</strong>
            <span class="chip">PIN ${e.pin}</span>
            <span class="chip">${A(this.hass,"pass_state",e.state)}</span>
            <span class="muted">
              ${l(this.hass,"registry.visitors.until",{time:z(this.hass,e.valid_until,this.compound)})}
              · ${e.entries-e.used}/${e.entries}
            </span>
            <button class="danger" @click=${()=>this.revoke(e)}>${l(this.hass,"registry.visitors.revoke")}</button>
          </li>`)}
      </ul>
    </section>`}};ot.styles=[L,C`
      .list { list-style: none; margin: 8px 0 0; padding: 0; }
      .list li { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 6px 0; }
      .entries { width: 70px; }
      form input:first-child { flex: 1; min-width: 120px; }
    `],d([_({attribute:!1})],ot.prototype,"hass",2),d([_({attribute:!1})],ot.prototype,"compound",2),d([_()],ot.prototype,"householdId",2),d([m()],ot.prototype,"passes",2),d([m()],ot.prototype,"name",2),d([m()],ot.prototype,"entries",2),d([m()],ot.prototype,"message",2),ot=d([H("cs-registry-visitors")],ot);var st=class extends T{constructor(){super(...arguments);this.narrow=!1;this.householdId="";this.failure="";this.dialog=null;this.notice=""}get forms(){return new we(this.hass,this.compound,this.detail)}updated(t){t.has("householdId")&&this.householdId&&this.load()}async load(){try{this.detail=await k(this.hass,this.compound,"household/detail",{household_id:this.householdId}),this.failure=""}catch(t){this.failure=await S(this.hass,t)}}grant(t){return this.compound.may[t]}open(t){this.notice="",this.dialog=t}async saved(){let t=this.dialog?.notice?.();this.dialog=null,this.notice=t??"",await this.load()}async act(t,e){try{await k(this.hass,this.compound,t,e),this.notice="",await this.load()}catch(s){this.notice=await S(this.hass,s)}}holderMovedOut(t){return!!this.detail?.people.find(e=>e.id===t.person_id)?.moved_out}nameOf(t){return this.detail?.people.find(e=>e.id===t)?.name??""}renderPeople(t){let e=this.forms;return n`<section class="card" data-section="people">
      <h2>
        ${l(this.hass,"registry.people")}
        ${e.mayAddPerson()?n`<button class="add-person primary" @click=${()=>this.open(e.addPerson())}>
              ${l(this.hass,"registry.action.add_person")}
            </button>`:h}
      </h2>
      ${t.people.length?n`<ul class="list">
            ${t.people.map(s=>this.renderPerson(s))}
          </ul>`:n`<div class="muted">${l(this.hass,"common.nothing")}</div>`}
    </section>`}renderPerson(t){let e=this.forms,s=t.moved_out?.date;return n`<li data-person=${t.name}>
      <div class="main">
        <strong>${t.name}</strong>
        ${t.role?n`<span class="chip">${A(this.hass,"person_role",t.role)}</span>`:h}
        ${s?n`<span class="chip">${l(this.hass,"registry.moved_out",{date:s})}</span>`:h}
        ${t.watch==="care"?n`<span class="chip">${l(this.hass,"registry.care_watch")}</span>`:h}
      </div>
      <div class="muted">${[t.phone,t.id_number_mask].filter(Boolean).join(" · ")}</div>
      <div class="row actions">
        ${e.mayEdit(t)?n`<button @click=${()=>this.open(e.editPerson(t))}>${l(this.hass,"registry.action.edit")}</button>`:h}
        ${e.mayEdit(t)&&!s?n`<button class="danger move-out" @click=${()=>this.open(e.moveOut(t))}>
              ${l(this.hass,"registry.action.move_out")}
            </button>`:h}
      </div>
    </li>`}renderCard(t){let e=this.forms;return n`<tr data-card=${t.uid}>
      <td>${t.uid}</td>
      <td>${this.nameOf(t.person_id)}</td>
      <td>${A(this.hass,"card_type",t.card_type)}</td>
      <td>
        ${this.holderMovedOut(t)?n`<span class="chip status-revoked">${A(this.hass,"reason","moved_out")}</span>`:n`<span class="chip status-${t.status}">${A(this.hass,"card_status",t.status)}</span>`}
        ${t.expires_soon?n`<span class="chip warn-chip">${l(this.hass,"registry.expires_soon")}</span>`:h}
      </td>
      <td>${t.valid_until??"—"}</td>
      <td class="row">
        ${t.status==="active"&&!this.holderMovedOut(t)&&this.grant("card_report_lost")?n`<button class="danger report-lost" @click=${()=>this.open(e.reportLost(t))}>
              ${l(this.hass,"registry.action.report_lost")}
            </button>`:h}
        ${t.status==="lost"&&this.grant("card_manage")==="all"?n`<button @click=${()=>this.act("card/found",{card_id:t.card_id})}>
              ${l(this.hass,"registry.action.found")}
            </button>`:h}
        ${this.grant("card_manage")==="all"?n`<button @click=${()=>this.open(e.replaceCard(t))}>${l(this.hass,"registry.action.replace")}</button>
              <button class="validity" @click=${()=>this.open(e.editValidity(t))}>
                ${l(this.hass,"registry.action.validity")}
              </button>`:h}
      </td>
    </tr>`}renderCards(t){if(!t.cards)return h;let e=this.forms;return n`<section class="card" data-section="cards">
      <h2>
        ${l(this.hass,"registry.cards")}
        ${this.grant("card_manage")==="all"&&t.people.length?n`<button @click=${()=>this.open(e.issueCard())}>${l(this.hass,"registry.action.issue_card")}</button>`:h}
      </h2>
      ${t.cards.length?n`<div class="scroll"><table>
            <thead><tr>
              ${["uid","holder","card_type","status","valid_until",""].map(s=>n`<th>${s?l(this.hass,`registry.field.${s}`):""}</th>`)}
            </tr></thead>
            <tbody>${t.cards.map(s=>this.renderCard(s))}</tbody>
          </table></div>`:n`<div class="muted">${l(this.hass,"common.nothing")}</div>`}
    </section>`}renderVehicles(t){if(!t.vehicles)return h;let e=this.forms;return n`<section class="card" data-section="vehicles">
      <h2>
        ${l(this.hass,"registry.vehicles")}
        ${this.grant("vehicle_manage")==="all"&&t.people.length?n`<button @click=${()=>this.open(e.addVehicle())}>${l(this.hass,"registry.action.add_vehicle")}</button>`:h}
      </h2>
      ${t.vehicles.length?n`<ul class="list">
            ${t.vehicles.map(s=>n`<li>
                <strong>${s.plate||s.chip_uid}</strong>
                <span class="chip">${A(this.hass,"vehicle_kind",s.kind)}</span>
                ${s.locked?n`<span class="chip">${l(this.hass,"registry.locked")}</span>`:h}
                <span class="muted">${this.nameOf(s.person_id)} · ${s.chip_uid}</span>
                ${this.grant("vehicle_manage")==="all"?n`<span class="row actions">
                      <button class="edit-vehicle" @click=${()=>this.open(e.editVehicle(s))}>
                        ${l(this.hass,"registry.action.edit")}
                      </button>
                      <button
                        class="lock"
                        @click=${()=>this.act("vehicle/update",{vehicle_id:s.vehicle_id,locked:!s.locked})}
                      >
                        ${l(this.hass,s.locked?"registry.action.unlock":"registry.action.lock")}
                      </button>
                    </span>`:h}
              </li>`)}
          </ul>`:n`<div class="muted">${l(this.hass,"common.nothing")}</div>`}
    </section>`}renderUsage(t){if(!t.meters&&!t.statistics)return h;let e=Object.entries(t.meters??{});return n`<section class="card" data-section="usage">
      <h2>${l(this.hass,"registry.usage")}</h2>
      ${e.length?n`<div class="muted">
            ${e.map(([s,o])=>n`${l(this.hass,`registry.field.${s}`)}: ${o} `)}
          </div>`:n`<div class="muted">${l(this.hass,"registry.no_meters")}</div>`}
      ${t.statistics?n`<cs-registry-chart
            .hass=${this.hass}
            .statistics=${t.statistics}
            .heading=${t.household.flat}
          ></cs-registry-chart>`:h}
    </section>`}renderActivity(t){return n`${t.alarms?n`<section class="card" data-section="alarms">
          <h2>${l(this.hass,"registry.alarms")}</h2>
          ${t.alarms.length?n`<ul class="list">
                ${t.alarms.map(e=>n`<li>
                    <span class="chip alarm">${A(this.hass,"alarm_kind",e.kind)}</span>
                    <span class="muted">${z(this.hass,e.time,this.compound)}</span>
                  </li>`)}
              </ul>`:n`<div class="muted">${l(this.hass,"registry.no_alarms")}</div>`}
        </section>`:h}
    ${t.passages?n`<section class="card" data-section="passages">
          <h2>${l(this.hass,"registry.passages")}</h2>
          ${t.passages.length?n`<ul class="list">
                ${t.passages.map(e=>n`<li data-decision=${e.decision}>
                    <span class="chip ${e.decision}">${A(this.hass,"decision",e.decision)}</span>
                    ${z(this.hass,e.time,this.compound)} · ${e.access_point??""}
                    · ${e.name??""}
                    ${e.decision==="denied"?n`<span class="muted">(${A(this.hass,"reason",e.reason)})</span>`:h}
                  </li>`)}
              </ul>`:n`<div class="muted">${l(this.hass,"registry.no_passages")}</div>`}
        </section>`:h}`}render(){if(this.failure)return n`<button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${l(this.hass,"registry.back")}
        </button>
        <div class="card error" role="alert">${this.failure}</div>`;let t=this.detail;if(!t)return n`<div class="muted">${l(this.hass,"common.loading")}</div>`;let e=t.household,s=this.forms;return n`
      <div class="head">
        <button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${l(this.hass,"registry.back")}
        </button>
        <h2 class="flat">${e.flat}</h2>
        ${e.tenure?n`<span class="chip">${A(this.hass,"tenure",e.tenure)}</span>`:h}
        ${e.area_m2?n`<span class="muted">${e.area_m2} m²</span>`:h}
        <span class="spacer"></span>
        ${this.grant("registry_edit")==="all"?n`<button @click=${()=>this.open(s.editHousehold())}>${l(this.hass,"registry.action.edit")}</button>`:h}
        ${s.mayMoveOutHousehold()?n`<button class="danger move-out-all" @click=${()=>this.open(s.moveOut(null))}>
              ${l(this.hass,"registry.action.move_out_all")}
            </button>`:h}
      </div>
      ${this.notice?n`<div class="card notice" role="status">${this.notice}</div>`:h}
      <div class="grid">
        ${this.renderPeople(t)} ${this.renderCards(t)} ${this.renderVehicles(t)}
        ${this.grant("visitor_pass")?n`<cs-registry-visitors .hass=${this.hass} .compound=${this.compound} .householdId=${e.id}></cs-registry-visitors>`:h}
        ${this.renderUsage(t)} ${this.renderActivity(t)}
      </div>
      <cs-dialog .heading=${this.dialog?.heading??""} .open=${this.dialog!==null} @closed=${()=>this.dialog=null}>
        ${this.dialog?n`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields}
              .initial=${this.dialog.values}
              .submit=${this.dialog.submit}
              .submitLabel=${this.dialog.submitLabel??""}
              @saved=${this.saved}
              @cancel=${()=>this.dialog=null}
            ></cs-registry-form>`:h}
      </cs-dialog>
    `}};st.styles=[L,C`
      .head { display: flex; align-items: center; gap: 10px; flex-wrap: wrap; margin-bottom: 12px; }
      .head h2 { margin: 0; font-size: 22px; font-weight: 500; }
      .spacer { flex: 1; }
      .grid { grid-template-columns: repeat(auto-fit, minmax(360px, 1fr)); align-items: start; }
      :host([narrow]) .grid { grid-template-columns: 1fr; }
      .grid > * { margin-bottom: 0; }
      .card h2 { justify-content: space-between; }
      .card h2 button { font-size: 14px; font-weight: 400; }
      .list { list-style: none; margin: 0; padding: 0; }
      .list li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      .list li:last-child { border-bottom: none; }
      .list .main { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; }
      .list .actions { margin-top: 6px; }
      .scroll { overflow-x: auto; }
      .chip.status-lost, .chip.status-revoked { background: var(--error-color, #db4437); color: #fff; }
      .chip.warn-chip { background: var(--warning-color, #ffa600); color: #fff; }
      .notice { border-color: var(--warning-color, #ffa600); }
    `],d([_({attribute:!1})],st.prototype,"hass",2),d([_({attribute:!1})],st.prototype,"compound",2),d([_({type:Boolean,reflect:!0})],st.prototype,"narrow",2),d([_()],st.prototype,"householdId",2),d([m()],st.prototype,"detail",2),d([m()],st.prototype,"failure",2),d([m()],st.prototype,"dialog",2),d([m()],st.prototype,"notice",2),st=d([H("cs-registry-household")],st);var nt=class extends T{constructor(){super(...arguments);this.fileName="";this.texts={};this.message="";this.busy=!1;this.content=""}async pick(t){let e=t.target.files?.[0];e&&(this.fileName=e.name,this.content=await e.text(),this.preview=void 0,this.message="",await this.run("import/preview"))}async run(t){this.busy=!0;try{let[e,s]=await Promise.all([k(this.hass,this.compound,t,{kind:"registry",content:this.content}),ee(this.hass)]);this.texts=s,this.preview=e,e.stored&&(this.message=l(this.hass,"registry.import.stored",e.counts??{}),this.dispatchEvent(new CustomEvent("imported")))}catch(e){this.message=await S(this.hass,e)}finally{this.busy=!1}}reason(t,e){let s=this.texts[`component.compound_security.exceptions.${t}.message`];return s?de(s,e):t}render(){let t=this.preview;return n`<div class="import">
      <p class="muted">${l(this.hass,"registry.import.help")}</p>
      <label class="button pick">
        ${l(this.hass,"registry.import.choose")}
        <input type="file" accept=".csv,text/csv" @change=${this.pick} />
      </label>
      ${this.fileName?n`<span class="muted">${this.fileName}</span>`:h}
      ${this.busy?n`<div class="muted">${l(this.hass,"registry.import.checking")}</div>`:h}
      ${t&&!t.stored?n`<div class="summary" data-good=${t.good_rows} data-bad=${t.errors.length}>
            ${l(this.hass,"registry.import.summary",{file:this.fileName,good:t.good_rows,bad:t.errors.length})}
          </div>`:h}
      ${t?.errors.length?n`<table class="errors">
            <thead><tr><th>${l(this.hass,"registry.import.line")}</th><th>${l(this.hass,"registry.import.reason")}</th></tr></thead>
            <tbody>
              ${t.errors.map(e=>n`<tr data-line=${e.line}><td>${e.line}</td><td>${this.reason(e.code,e.placeholders)}</td></tr>`)}
            </tbody>
          </table>`:h}
      ${this.message?n`<div class="message" role="status">${this.message}</div>`:h}
      <div class="actions">
        <button @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>${l(this.hass,"common.close")}</button>
        <button
          class="primary commit"
          ?disabled=${!t?.valid||t.stored||this.busy}
          @click=${()=>this.run("import/commit")}
        >
          ${t&&!t.valid?l(this.hass,"registry.import.fix_first"):l(this.hass,"registry.import.commit",{count:t?.good_rows??0})}
        </button>
      </div>
    </div>`}};nt.styles=[L,C`
      .summary { margin: 12px 0; font-weight: 500; }
      .pick { display: inline-flex; align-items: center; margin: 0 8px 0 0; color: var(--primary-color); font-size: inherit; }
      .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .errors { max-height: 50vh; display: block; overflow: auto; }
      .errors td:first-child { width: 60px; }
      .message { margin-top: 8px; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
    `],d([_({attribute:!1})],nt.prototype,"hass",2),d([_({attribute:!1})],nt.prototype,"compound",2),d([m()],nt.prototype,"fileName",2),d([m()],nt.prototype,"preview",2),d([m()],nt.prototype,"texts",2),d([m()],nt.prototype,"message",2),d([m()],nt.prototype,"busy",2),nt=d([H("cs-registry-import")],nt);V({id:"registry",tag:"cs-registry-page",icon:"mdi:account-group",operations:["registry_view"]});var Ti=250,G=class extends T{constructor(){super(...arguments);this.narrow=!1;this.query="";this.offset=0;this.failure="";this.householdId=null;this.dialog=null;this.importing=!1;this.asked=0}get limit(){return this.narrow?20:50}get finds(){return this.compound.may.registry_view==="find"}connectedCallback(){super.connectedCallback();let t=new URLSearchParams(location.search);this.householdId=t.get("household"),this.finds||this.search()}typed(t){this.query=t.target.value,this.offset=0,clearTimeout(this.timer),this.timer=window.setTimeout(()=>void this.search(),Ti)}async search(){let t=++this.asked;if(this.finds&&!this.query.trim()){this.answer=void 0;return}try{let e=await k(this.hass,this.compound,"registry/search",{query:this.query,offset:this.offset,limit:this.limit});t===this.asked&&(this.answer=e,this.failure="")}catch(e){this.failure=await S(this.hass,e)}}show(t){this.householdId=t;let e=new URL(location.href);t?e.searchParams.set("household",t):e.searchParams.delete("household"),history.replaceState(null,"",e),t||this.search()}async exportCsv(){try{let t=await k(this.hass,this.compound,"registry/export");Ss(t.file_name,t.content)}catch(t){this.failure=await S(this.hass,t)}}renderRow(t){return n`<li>
      <button class="result" data-flat=${t.flat} @click=${()=>this.show(t.household_id)}>
        <span class="flat">${t.flat}</span>
        ${t.tenure?n`<span class="chip">${A(this.hass,"tenure",t.tenure)}</span>`:h}
        <span class="people">${t.people.map(e=>e.name).join("、")}</span>
        ${t.people_count!==void 0&&t.people_count>t.people.length?n`<span class="muted">${l(this.hass,"registry.more_people",{count:t.people_count-t.people.length})}</span>`:h}
        <span class="matches">
          ${t.matches.filter(e=>e!=="flat"&&e!=="name").map(e=>n`<span class="chip">${A(this.hass,"match",e)}</span>`)}
        </span>
      </button>
    </li>`}renderSearch(){let t=this.compound.may,e=this.answer;return n`
      <div class="card search">
        <div class="row">
          <input
            class="query"
            type="search"
            autofocus
            enterkeyhint="search"
            aria-label=${l(this.hass,"registry.search.label")}
            placeholder=${l(this.hass,this.finds?"registry.search.find_placeholder":"registry.search.placeholder")}
            .value=${this.query}
            @input=${this.typed}
          />
          ${t.card_enrol?n`<cs-registry-swipe
                known
                .hass=${this.hass}
                .compound=${this.compound}
                .label=${l(this.hass,"registry.search.swipe")}
                @uid=${s=>{this.query=s.detail.uid,this.offset=0,this.search()}}
              ></cs-registry-swipe>`:h}
        </div>
        <div class="row tools">
          ${t.registry_edit==="all"?n`<button class="add-household" @click=${()=>this.dialog=Ms(this.hass,this.compound,s=>this.show(s))}>
                ${l(this.hass,"registry.action.add_household")}
              </button>`:h}
          ${t.registry_import?n`<button class="import" @click=${()=>this.importing=!0}>${l(this.hass,"registry.action.import")}</button>`:h}
          ${t.registry_view==="all"?n`<button class="export" @click=${this.exportCsv}>${l(this.hass,"registry.action.export")}</button>`:h}
        </div>
      </div>
      ${this.failure?n`<div class="card error" role="alert">${this.failure}</div>`:h}
      ${e?n`<div class="card">
            <div class="muted total">${l(this.hass,"registry.search.total",{total:e.total})}</div>
            ${e.results.length?n`<ul class="results">${e.results.map(s=>this.renderRow(s))}</ul>`:n`<div class="muted">${l(this.hass,"registry.search.none")}</div>`}
            <cs-pager
              .hass=${this.hass}
              .offset=${e.offset}
              .limit=${e.limit}
              .total=${e.total}
              @page=${s=>{this.offset=s.detail.offset,this.search()}}
            ></cs-pager>
          </div>`:this.finds?n`<div class="card muted">${l(this.hass,"registry.search.find_hint")}</div>`:h}
    `}render(){return n`
      ${this.householdId?n`<cs-registry-household
            .hass=${this.hass}
            .compound=${this.compound}
            .narrow=${this.narrow}
            .householdId=${this.householdId}
            @back=${()=>this.show(null)}
          ></cs-registry-household>`:this.renderSearch()}
      <cs-dialog .heading=${this.dialog?.heading??""} .open=${this.dialog!==null} @closed=${()=>this.dialog=null}>
        ${this.dialog?n`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields}
              .initial=${this.dialog.values}
              .submit=${this.dialog.submit}
              @saved=${()=>this.dialog=null}
              @cancel=${()=>this.dialog=null}
            ></cs-registry-form>`:h}
      </cs-dialog>
      <cs-dialog .heading=${l(this.hass,"registry.action.import")} .open=${this.importing} @closed=${()=>this.importing=!1}>
        ${this.importing?n`<cs-registry-import
              .hass=${this.hass}
              .compound=${this.compound}
              @imported=${()=>void this.search()}
              @cancel=${()=>this.importing=!1}
            ></cs-registry-import>`:h}
      </cs-dialog>
    `}};G.styles=[L,C`
      .search .row { flex-wrap: wrap; }
      .query { flex: 1; min-width: 200px; font-size: 16px; padding: 10px 12px; }
      .tools { margin-top: 10px; }
      .tools:empty { display: none; }
      .results { list-style: none; padding: 0; margin: 0; }
      .result {
        display: flex; gap: 10px; align-items: center; flex-wrap: wrap; width: 100%; text-align: start;
        border: none; border-bottom: 1px solid var(--divider-color, #e0e0e0); border-radius: 0;
        padding: 10px 4px; color: var(--primary-text-color); min-height: 48px;
      }
      .result:hover { background: var(--secondary-background-color, #f5f5f5); }
      .flat { font-weight: 500; min-width: 90px; }
      .people { flex: 1; color: var(--secondary-text-color); }
      .total { margin-bottom: 6px; }
    `],d([_({attribute:!1})],G.prototype,"hass",2),d([_({type:Boolean,reflect:!0})],G.prototype,"narrow",2),d([_({attribute:!1})],G.prototype,"compound",2),d([m()],G.prototype,"query",2),d([m()],G.prototype,"offset",2),d([m()],G.prototype,"answer",2),d([m()],G.prototype,"failure",2),d([m()],G.prototype,"householdId",2),d([m()],G.prototype,"dialog",2),d([m()],G.prototype,"importing",2),G=d([H("cs-registry-page")],G);var Ls=50,Ci=["granted","unknown_credential","revoked","lost","expired","not_yet_valid","vehicle_locked","owner_absent","holder_missing","moved_out","not_permitted_here","outside_schedule","used_up","pin_locked"],Mi=a=>`${a.building}-${a.unit}-${a.room}`,K=class extends T{constructor(){super(...arguments);this.narrow=!1;this.offset=0;this.error=null;this.personError=null;this.flatError=null;this.people=[];this.busy=!1;this.filters={}}get followsPeople(){let t=this.compound.may.access_log_query;return t==="all"||t==="own"}get ownHousehold(){return this.compound.may.access_log_query==="own"&&!at(this.compound,"live_passages")}firstUpdated(){this.load()}updated(t){t.has("compound")&&t.get("compound")!==void 0&&(this.filters={},this.offset=0,this.load())}async load(){this.busy=!0;try{this.page=await k(this.hass,this.compound,"access_log/query",{...this.filters,offset:this.offset,limit:Ls}),this.error=null}catch(t){this.error=await S(this.hass,t)}finally{this.busy=!1}}field(t){return this.renderRoot.querySelector(`[name="${t}"]`)?.value.trim()??""}async findHousehold(t){if(!t)return;let e=await k(this.hass,this.compound,"household/list",{search:t}),s=e.filter(r=>Mi(r)===t),o=s.length===1?s[0]:e.length===1?e[0]:void 0;return o?o.id:null}async findPerson(t){let e=this.field("person_id");if(e)return e;if(!t)return;let s=await k(this.hass,this.compound,"person/list",{search:t}),o=s.filter(c=>c.name===t),r=o.length?o:s;return r.length===1?r[0].id:(this.people=r.slice(0,50),null)}async search(t){t?.preventDefault(),this.personError=this.flatError=null;let e={};try{if(!this.ownHousehold){let r=await this.findHousehold(this.field("flat"));r===null?this.flatError=l(this.hass,"log.no_such_flat"):r&&(e.household_id=r)}if(this.followsPeople){let r=await this.findPerson(this.field("person"));r===null?this.personError=l(this.hass,this.people.length?"log.choose_person":"log.no_such_person"):r&&(e.person_id=r)}}catch(r){this.error=await S(this.hass,r);return}if(this.personError||this.flatError)return;for(let r of["access_point_id","decision","reason"]){let c=this.field(r);c&&(e[r]=c)}let s=this.field("start"),o=this.field("end");s&&(e.start=Ft(s,this.compound)),o&&(e.end=Ft(o,this.compound)),this.filters=e,this.offset=0,await this.load()}personTyped(){this.people=[]}async download(){try{let t=await k(this.hass,this.compound,"access_log/export",this.filters),e=URL.createObjectURL(new Blob([t.csv],{type:"text/csv;charset=utf-8"})),s=document.createElement("a");s.href=e,s.download=t.filename,s.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}catch(t){this.error=await S(this.hass,t)}}render(){let t=this.hass;return n`
      <form class="card filters" @submit=${this.search}>
        <h2>${l(t,"log.title")}</h2>
        ${this.page?.since?n`<p class="muted">${l(t,"log.live_only",{since:z(t,this.page.since,this.compound)})}</p>`:h}
        <div class="fields">
          ${this.followsPeople?n`<cs-field .label=${l(t,"log.person")} .error=${this.personError}>
                <input name="person" autocomplete="off" placeholder=${l(t,"log.person_hint")} @input=${this.personTyped} />
              </cs-field>`:h}
          ${this.people.length?n`<cs-field .label=${l(t,"log.choose_person")}>
                <select name="person_id">
                  ${this.people.map(e=>n`<option value=${e.id}>${e.name}</option>`)}
                </select>
              </cs-field>`:h}
          ${this.ownHousehold?h:n`<cs-field .label=${l(t,"log.flat")} .error=${this.flatError}>
                <input name="flat" autocomplete="off" placeholder="9-1-301" />
              </cs-field>`}
          <cs-field .label=${l(t,"log.access_point")}>
            <select name="access_point_id">
              <option value="">${l(t,"log.any")}</option>
              ${(this.page?.access_points??[]).map(e=>n`<option value=${e.id}>${e.name}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${l(t,"log.start")}>
            <input name="start" type="datetime-local" />
          </cs-field>
          <cs-field .label=${l(t,"log.end")}>
            <input name="end" type="datetime-local" />
          </cs-field>
          <cs-field .label=${l(t,"log.decision")}>
            <select name="decision">
              <option value="">${l(t,"log.any")}</option>
              ${["granted","denied"].map(e=>n`<option value=${e}>${A(t,"decision",e)}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${l(t,"log.reason")}>
            <select name="reason">
              <option value="">${l(t,"log.any")}</option>
              ${Ci.map(e=>n`<option value=${e}>${A(t,"reason",e)}</option>`)}
            </select>
          </cs-field>
        </div>
        <div class="row actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${l(t,"common.search")}</button>
          ${at(this.compound,"access_log_export")?n`<button type="button" @click=${this.download}>${l(t,"log.download")}</button>`:h}
        </div>
      </form>
      ${this.error?n`<div class="card error" role="alert">${this.error}</div>`:h}
      <div class="card">${this.renderEntries()}</div>
    `}renderEntries(){let t=this.hass,e=this.page;if(!e)return n`<div class="muted">${l(t,"common.loading")}</div>`;if(!e.entries.length)return n`<div class="muted">${l(t,"common.nothing")}</div>`;let s=n`<cs-pager
      .hass=${t}
      .offset=${this.offset}
      .limit=${Ls}
      .total=${e.total}
      @page=${r=>{this.offset=r.detail.offset,this.load()}}
    ></cs-pager>`;if(this.narrow)return n`<ul class="entries">
          ${e.entries.map(r=>n`<li>
              <div class="row">
                <span class="chip ${r.decision}">${A(t,"decision",r.decision)}</span>
                <strong>${r.name??r.flat??"—"}</strong>
                ${r.name&&r.flat?n`<span class="muted">${r.flat}</span>`:h}
                ${r.watch!=="none"?n`<span class="chip alarm">${A(t,"watch",r.watch)}</span>`:h}
              </div>
              <div class="muted">
                ${z(t,r.time,this.compound)} · ${r.access_point??r.access_point_id} ·
                ${A(t,"direction",r.direction)} · ${A(t,"reason",r.reason)}
              </div>
            </li>`)}
        </ul>
        ${s}`;let o=e.entries.some(r=>"name"in r);return n`<table>
        <thead>
          <tr>
            <th>${l(t,"log.time")}</th>
            <th>${l(t,"log.access_point")}</th>
            <th>${l(t,"log.direction")}</th>
            <th>${l(t,"log.decision")}</th>
            <th>${l(t,"log.reason")}</th>
            <th>${l(t,"log.credential")}</th>
            <th>${l(t,"log.flat")}</th>
            ${o?n`<th>${l(t,"log.name")}</th>`:h}
          </tr>
        </thead>
        <tbody>
          ${e.entries.map(r=>n`<tr>
              <td>${z(t,r.time,this.compound)}</td>
              <td>${r.access_point??r.access_point_id}</td>
              <td>${A(t,"direction",r.direction)}</td>
              <td><span class="chip ${r.decision}">${A(t,"decision",r.decision)}</span></td>
              <td>${A(t,"reason",r.reason)}</td>
              <td>${A(t,"credential",r.credential)}</td>
              <td>${r.flat??"—"}</td>
              ${o?n`<td>
                    ${r.name??""}
                    ${r.watch!=="none"?n`<span class="chip alarm">${A(t,"watch",r.watch)}</span>`:h}
                  </td>`:h}
            </tr>`)}
        </tbody>
      </table>
      ${s}`}};K.styles=[L,C`
      .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 0 12px; }
      .actions { margin-top: 4px; }
      ul.entries { list-style: none; margin: 0; padding: 0; }
      ul.entries li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.entries .muted { font-size: 13px; margin-top: 2px; }
      table { font-size: 14px; }
    `],d([_({attribute:!1})],K.prototype,"hass",2),d([_({type:Boolean})],K.prototype,"narrow",2),d([_({attribute:!1})],K.prototype,"compound",2),d([m()],K.prototype,"page",2),d([m()],K.prototype,"offset",2),d([m()],K.prototype,"error",2),d([m()],K.prototype,"personError",2),d([m()],K.prototype,"flatError",2),d([m()],K.prototype,"people",2),d([m()],K.prototype,"busy",2),K=d([H("cs-log-page")],K);V({id:"log",tag:"cs-log-page",icon:"mdi:format-list-bulleted",operations:["access_log_query","live_passages"]});var Hi=1e3;function Li(a){let i=a.replace(/^\ufeff/,"").split(/\r?\n/).filter(s=>s.trim());if(!i.length)return[];let e=i[0].split(",").map(s=>s.trim().toLowerCase()).indexOf("id_number");return e<0?i.map(s=>s.split(",")[0].trim()):i.slice(1).map(s=>(s.split(",")[e]??"").trim())}var it=class extends T{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.upload=null;this.uploading=!1}firstUpdated(){this.load()}async load(t){try{let e=at(this.compound,"police_watch")&&this.compound.may.police_watch==="all",[s,o]=await Promise.all([k(this.hass,this.compound,"watch/list"),e?k(this.hass,this.compound,"wanted/matches",t?{job_id:t}:{}):Promise.resolve(void 0)]);this.lists=s,this.wanted=o,this.error=null}catch(e){this.error=await S(this.hass,e)}}async uploadFile(t){let e=t.target,s=e.files?.[0];if(!s)return;let o=Li(await s.text());e.value="",this.uploading=!0;try{let r=await k(this.hass,this.compound,"wanted/import",{numbers:o});for(this.upload=l(this.hass,"watch.uploaded",{numbers:r.numbers,invalid:r.invalid_rows.length});r.numbers>0;){await new Promise(y=>setTimeout(y,Hi)),await this.load(r.job_id);let p=this.wanted?.job;if(!p||p.finished)break;this.upload=l(this.hass,"watch.progress",{done:p.done,total:p.total})}let c=this.wanted?.job;c?.finished&&(this.upload=l(this.hass,"watch.finished",{added:c.added??0,matched:c.matched??0,invalid:r.invalid_rows.length}))}catch(r){this.upload=await S(this.hass,r)}finally{this.uploading=!1}}render(){let t=this.hass;return this.error?n`<div class="card error" role="alert">${this.error}</div>`:this.lists?n`
      ${this.lists.care!==null?n`<div class="card" data-list="care">
            <h2>${l(t,"watch.care")}</h2>
            <p class="muted">${l(t,"watch.care_help")}</p>
            ${this.renderPeople(this.lists.care,!0)}
          </div>`:h}
      ${this.lists.police!==null?n`<div class="card" data-list="police">
            <h2>${l(t,"watch.police")}</h2>
            <p class="muted">${l(t,"watch.police_help")}</p>
            ${this.renderPeople(this.lists.police,!1)}
          </div>`:h}
      ${this.wanted?this.renderWanted(this.wanted):h}
    `:n`<div class="muted">${l(t,"common.loading")}</div>`}renderPeople(t,e){let s=this.hass;return t.length?n`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${l(s,"watch.name")}</th>
          <th>${l(s,"watch.flat")}</th>
          <th>${l(s,"watch.directions")}</th>
          ${e?n`<th>${l(s,"watch.notify")}</th>`:h}
        </tr>
      </thead>
      <tbody>
        ${t.map(o=>n`<tr>
            <td>${o.name} <span class="muted">${A(s,"person_role",o.role)}</span>
              ${o.moved_out?n`<span class="chip">${l(s,"watch.moved_out")}</span>`:h}</td>
            <td>${o.flat??"—"}</td>
            <td>${A(s,"direction",o.directions)}</td>
            ${e?n`<td>${o.notify?.length?o.notify.map(r=>n`<div>${r}</div>`):n`<span class="muted">—</span>`}</td>`:h}
          </tr>`)}
      </tbody>
    </table></div>`:n`<div class="muted">${l(s,"watch.nobody")}</div>`}renderWanted(t){let e=this.hass;return n`<div class="card" data-list="wanted">
      <h2>${l(e,"watch.wanted")}</h2>
      <p class="muted">${l(e,"watch.wanted_listed",{count:t.listed})}</p>
      <div class="row">
        <label class="button upload">
          ${l(e,this.uploading?"watch.checking":"watch.upload")}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" ?disabled=${this.uploading} @change=${this.uploadFile} />
        </label>
        ${this.upload?n`<span class="muted">${this.upload}</span>`:h}
      </div>
      <h3>${l(e,"watch.matches")}</h3>
      ${t.matches.length?n`<div class="scroll"><table>
            <thead><tr><th>${l(e,"watch.name")}</th><th>${l(e,"watch.flat")}</th></tr></thead>
            <tbody>
              ${t.matches.map(s=>n`<tr class="match"><td>${s.name} <span class="muted">${A(e,"person_role",s.role)}</span></td><td>${s.flat??"—"}</td></tr>`)}
            </tbody>
          </table></div>`:n`<div class="muted">${l(e,"watch.no_matches")}</div>`}
    </div>`}};it.styles=[L,C`
      .scroll { overflow-x: auto; }
      h3 { font-weight: 500; margin: 16px 0 8px; }
      label.button.upload {
        display: inline-flex; align-items: center; margin: 0; font-size: inherit;
        color: var(--primary-color, #03a9f4);
      }
      label.button.upload input { display: none; }
    `],d([_({attribute:!1})],it.prototype,"hass",2),d([_({type:Boolean})],it.prototype,"narrow",2),d([_({attribute:!1})],it.prototype,"compound",2),d([m()],it.prototype,"lists",2),d([m()],it.prototype,"wanted",2),d([m()],it.prototype,"error",2),d([m()],it.prototype,"upload",2),d([m()],it.prototype,"uploading",2),it=d([H("cs-watch-page")],it);V({id:"watch",tag:"cs-watch-page",icon:"mdi:eye",operations:["care_watch_set","police_watch"]});var Rt=a=>a==null?"—":String(a),J=class extends T{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.flatError=null;this.period=null;this.charts=[]}get everyFlat(){return this.compound.may.usage_view==="all"}firstUpdated(){this.load(),!this.everyFlat&&this.compound.household_id&&this.chart(this.compound.household_id)}updated(t){if(t.has("hass"))for(let e of this.charts)e.hass=this.hass}async load(){let t=this.period?{period:this.period}:{};try{[this.totals,this.flagged]=await Promise.all([k(this.hass,this.compound,"usage/totals",t),k(this.hass,this.compound,"usage/flagged",{...t,limit:200})]),this.error=null}catch(e){this.error=await S(this.hass,e)}}choosePeriod(t){this.period=t.target.value||null,this.load()}async findFlat(t){t.preventDefault();let e=(this.renderRoot.querySelector('input[name="flat"]')?.value??"").trim();if(e)try{let s=await k(this.hass,this.compound,"household/list",{search:e}),r=s.filter(c=>`${c.building}-${c.unit}-${c.room}`===e)[0]??(s.length===1?s[0]:void 0);if(!r){this.flatError=l(this.hass,"usage.no_such_flat");return}this.flatError=null,await this.chart(r.id)}catch(s){this.flatError=await S(this.hass,s)}}async chart(t){try{this.household=await k(this.hass,this.compound,"usage/household",{household_id:t})}catch(o){this.error=await S(this.hass,o);return}this.charts=[];let e=await At();if(!e)return;let s=this.household.statistic_ids;for(let[o,r]of Object.entries(s)){if(!r)continue;let c=e.createCardElement({type:"statistics-graph",title:l(this.hass,`usage.${o}`),entities:[r],period:"month",stat_types:["change"],chart_type:"bar",days_to_show:730,hide_legend:!0});c.hass=this.hass,this.charts.push(c)}this.requestUpdate()}render(){let t=this.hass;return n`
      ${this.error?n`<div class="card error" role="alert">${this.error}</div>`:h}
      <div class="card totals">
        <h2>${l(t,"usage.totals")}</h2>
        ${this.totals?.period?n`<div class="row">
              <select aria-label=${l(t,"usage.month")} @change=${this.choosePeriod}>
                ${(this.totals.periods??[this.totals.period]).map(e=>n`<option value=${e} ?selected=${e===this.totals?.period}>${e}</option>`)}
              </select>
              <span class="figure"><strong>${Rt(this.totals.electricity_kwh)}</strong> kWh</span>
              <span class="figure"><strong>${Rt(this.totals.water_m3)}</strong> m³</span>
              <span class="muted">${l(t,"usage.households",{count:this.totals.households})}</span>
            </div>`:n`<div class="muted">${this.totals?l(t,"usage.no_readings"):l(t,"common.loading")}</div>`}
      </div>
      <div class="card">
        <h2>${l(t,"usage.flagged")}</h2>
        ${this.flagged?n`<p class="muted">
              ${l(t,"usage.rule",{factor:this.flagged.factor,months:this.flagged.months})}
            </p>`:h}
        ${this.renderFlagged()}
      </div>
      <div class="card">
        <h2>${l(t,"usage.flat_months")}</h2>
        ${this.everyFlat?n`<form class="row" @submit=${this.findFlat}>
              <cs-field .label=${l(t,"usage.flat")} .error=${this.flatError}>
                <input name="flat" placeholder="9-1-301" autocomplete="off" />
              </cs-field>
              <button class="primary" type="submit">${l(t,"usage.show")}</button>
            </form>`:h}
        ${this.renderHousehold()}
      </div>
    `}renderFlagged(){let t=this.hass,e=this.flagged;return e?e.flagged.length?this.narrow?n`<ul class="flagged">
        ${e.flagged.map(s=>n`<li>
            <div class="row">
              <strong>${s.flat??"—"}</strong>
              <span class="chip alarm">${A(t,"classification",s.classification)}</span>
              <button class="chart" @click=${()=>this.chart(s.household_id)}>${l(t,"usage.chart")}</button>
            </div>
            <div>${Rt(s.electricity_kwh)} kWh${s.electricity_ratio!==null?n` · <span class="muted">${l(t,"usage.times_median",{ratio:s.electricity_ratio})}</span>`:h}</div>
            <div>${Rt(s.water_m3)} m³${s.water_ratio!==null?n` · <span class="muted">${l(t,"usage.times_median",{ratio:s.water_ratio})}</span>`:h}</div>
            <div class="muted">
              ${l(t,"usage.registered",{count:s.occupants})}${s.estimated_occupants!==null?n` · ${l(t,"usage.estimated",{count:s.estimated_occupants})}`:h}
            </div>
          </li>`)}
      </ul>`:n`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${l(t,"usage.flat")}</th>
          <th>${l(t,"usage.classification")}</th>
          <th>${l(t,"usage.electricity")}</th>
          <th>${l(t,"usage.water")}</th>
          <th>${l(t,"usage.occupants")}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${e.flagged.map(s=>n`<tr>
            <td><strong>${s.flat??"—"}</strong></td>
            <td><span class="chip alarm">${A(t,"classification",s.classification)}</span></td>
            <td>
              ${Rt(s.electricity_kwh)} kWh
              ${s.electricity_ratio!==null?n`<div class="muted">${l(t,"usage.times_median",{ratio:s.electricity_ratio})}</div>`:h}
            </td>
            <td>
              ${Rt(s.water_m3)} m³
              ${s.water_ratio!==null?n`<div class="muted">${l(t,"usage.times_median",{ratio:s.water_ratio})}</div>`:h}
            </td>
            <td>
              ${l(t,"usage.registered",{count:s.occupants})}
              ${s.estimated_occupants!==null?n`<div class="muted">${l(t,"usage.estimated",{count:s.estimated_occupants})}</div>`:h}
            </td>
            <td><button @click=${()=>this.chart(s.household_id)}>${l(t,"usage.chart")}</button></td>
          </tr>`)}
      </tbody>
    </table></div>`:n`<div class="muted">${l(t,"usage.none_flagged")}</div>`:n`<div class="muted">${l(t,"common.loading")}</div>`}renderHousehold(){let t=this.hass,e=this.household;return e?n`<h3>${e.flat}</h3>
      <div class="charts">${this.charts}</div>
      ${e.months.length?n`<div class="scroll"><table class="months">
            <thead>
              <tr>
                <th>${l(t,"usage.month")}</th>
                <th>${l(t,"usage.electricity")} (kWh)</th>
                <th>${l(t,"usage.water")} (m³)</th>
              </tr>
            </thead>
            <tbody>
              ${[...e.months].reverse().map(s=>n`<tr><td>${s.period}</td><td>${Rt(s.electricity_kwh)}</td><td>${Rt(s.water_m3)}</td></tr>`)}
            </tbody>
          </table></div>`:n`<div class="muted">${l(t,"usage.no_readings")}</div>`}`:h}};J.styles=[L,C`
      .totals .row { gap: 16px; }
      .figure strong { font-size: 22px; font-weight: 500; }
      form.row { align-items: flex-end; }
      form.row cs-field { flex: 1 1 200px; max-width: 280px; }
      form.row button { margin-bottom: 12px; }
      h3 { font-weight: 500; margin: 12px 0 8px; }
      .charts { display: grid; gap: 12px; grid-template-columns: repeat(auto-fit, minmax(300px, 1fr)); margin-bottom: 12px; }
      .scroll { overflow-x: auto; }
      ul.flagged { list-style: none; margin: 0; padding: 0; }
      ul.flagged li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.flagged button.chart { margin-inline-start: auto; }
      table.months { max-width: 480px; }
    `],d([_({attribute:!1})],J.prototype,"hass",2),d([_({type:Boolean})],J.prototype,"narrow",2),d([_({attribute:!1})],J.prototype,"compound",2),d([m()],J.prototype,"totals",2),d([m()],J.prototype,"flagged",2),d([m()],J.prototype,"household",2),d([m()],J.prototype,"error",2),d([m()],J.prototype,"flatError",2),d([m()],J.prototype,"period",2),J=d([H("cs-usage-page")],J);V({id:"usage",tag:"cs-usage-page",icon:"mdi:flash",operations:["usage_view"]});V({id:"cameras",tag:"cs-cameras-page",icon:"mdi:cctv",operations:["camera_health"]});var Nt=class extends T{constructor(){super(...arguments);this.narrow=!1}render(){return n`<cs-camera-health
      live
      .hass=${this.hass}
      .compound=${this.compound}
      .narrow=${this.narrow}
    ></cs-camera-health>`}};Nt.styles=[L],d([_({attribute:!1})],Nt.prototype,"hass",2),d([_({type:Boolean,reflect:!0})],Nt.prototype,"narrow",2),d([_({attribute:!1})],Nt.prototype,"compound",2),Nt=d([H("cs-cameras-page")],Nt);var Ve=["mon","tue","wed","thu","fri","sat","sun"],Ri=["compound_gates","unit_doors","garages"],Ni=["clerk","guard","police"],Y=class extends T{constructor(){super(...arguments);this.narrow=!1;this.users=[];this.levels=[];this.error=null;this.saved=null;this.editing=null;this.levelError=null}firstUpdated(){this.load()}async load(){try{let[t,e,s]=await Promise.all([k(this.hass,this.compound,"roles/list"),k(this.hass,this.compound,"level/list"),k(this.hass,this.compound,"settings/get")]);this.users=t.users,this.levels=e,this.settings=s,this.error=null}catch(t){this.error=await S(this.hass,t)}}async setRole(t,e){let s=e.target.value||null;try{await k(this.hass,this.compound,"roles/set",{user_id:t.user_id,role:s}),this.users=this.users.map(o=>o.user_id===t.user_id?{...o,role:s}:o),this.saved=l(this.hass,"settings.role_saved",{name:t.name??t.user_id})}catch(o){this.error=await S(this.hass,o)}}async setPolicy(t){let e=t.target.value;try{this.settings=await k(this.hass,this.compound,"settings/set",{tenant_cards:e}),this.saved=l(this.hass,"settings.policy_saved")}catch(s){this.error=await S(this.hass,s)}}newLevel(){this.levelError=null,this.editing={id:"",name:"",access_points:[],zones:[],schedule:{}}}async saveLevel(t){t.preventDefault();let e=t.target,s=new FormData(e),o={};for(let p of[...Ve,"holiday","holidays"])o[p]=String(s.get(p)??"");let r={name:String(s.get("name")??"").trim(),access_points:s.getAll("access_points").map(String),zones:s.getAll("zones").map(String),schedule:o},c=this.editing;try{c?.id?await k(this.hass,this.compound,"level/update",{level_id:c.id,...r}):await k(this.hass,this.compound,"level/create",r),this.editing=null,await this.load()}catch(p){this.levelError=await S(this.hass,p)}}async deleteLevel(t){try{await k(this.hass,this.compound,"level/delete",{level_id:t.id}),await this.load()}catch(e){this.error=await S(this.hass,e)}}render(){let t=this.hass;return n`
      ${this.error?n`<div class="card error" role="alert">${this.error}</div>`:h}
      ${this.saved?n`<div class="card ok" role="status">${this.saved}</div>`:h}
      <div class="card" data-section="roles">
        <h2>${l(t,"settings.roles")}</h2>
        <p class="muted">${l(t,"settings.roles_help")}</p>
        <div class="scroll"><table>
          <thead><tr><th>${l(t,"settings.user")}</th><th>${l(t,"settings.role")}</th></tr></thead>
          <tbody>${this.users.map(e=>this.renderUser(e))}</tbody>
        </table></div>
      </div>
      <div class="card" data-section="levels">
        <h2>${l(t,"settings.levels")}</h2>
        <p class="muted">${l(t,"settings.levels_help")}</p>
        ${this.levels.length?n`<ul class="levels">${this.levels.map(e=>this.renderLevel(e))}</ul>`:n`<div class="muted">${l(t,"settings.no_levels")}</div>`}
        <button @click=${this.newLevel}>${l(t,"settings.add_level")}</button>
      </div>
      ${this.settings?this.renderPolicy(this.settings):h}
      ${this.settings?this.renderHardware(this.settings):h}
      ${this.editing?this.renderLevelDialog(this.editing):h}
    `}renderUser(t){let e=this.hass;return n`<tr data-user=${t.user_id}>
      <td>${t.name??t.user_id}${t.is_active?h:n` <span class="chip">${l(e,"settings.inactive")}</span>`}</td>
      <td>
        ${t.is_admin?A(e,"role","manager"):n`<select aria-label=${l(e,"settings.role")} @change=${s=>this.setRole(t,s)}>
              <option value="" ?selected=${!t.role}>${l(e,"settings.no_role")}</option>
              ${Ni.map(s=>n`<option value=${s} ?selected=${t.role===s}>${A(e,"role",s)}</option>`)}
            </select>`}
      </td>
    </tr>`}renderLevel(t){let e=this.hass,s=new Map(this.settings?.hardware.map(c=>[c.subentry_id,c.title])),o=[...t.zones.map(c=>A(e,"zone",c.split(":")[0])+(c.includes(":")?` ${c.split(":")[1]}`:"")),...t.access_points.map(c=>s.get(c)??c)].join(", "),r=Ve.filter(c=>t.schedule[c]?.length).map(c=>`${l(e,`settings.day.${c}`)} ${t.schedule[c].join(", ")}`).join(" · ");return n`<li>
      <div><strong>${t.name}</strong> <span class="muted">${o}</span></div>
      <div class="muted">${r||l(e,"settings.closed")}</div>
      <div class="row">
        <button @click=${()=>{this.levelError=null,this.editing=t}}>${l(e,"settings.edit")}</button>
        <button class="danger" @click=${()=>this.deleteLevel(t)}>${l(e,"settings.delete")}</button>
      </div>
    </li>`}renderLevelDialog(t){let e=this.hass,s=this.settings?.hardware.filter(r=>r.subentry_type==="access_point")??[],o=r=>(t.schedule[r]??[]).join(", ");return n`<cs-dialog open .heading=${l(e,t.id?"settings.edit_level":"settings.add_level")} @closed=${()=>this.editing=null}>
      <form id="level" @submit=${this.saveLevel}>
        <cs-field .label=${l(e,"settings.level_name")}><input name="name" required .value=${t.name} /></cs-field>
        <fieldset>
          <legend>${l(e,"settings.where")}</legend>
          ${Ri.map(r=>n`<label class="check"><input type="checkbox" name="zones" value=${r} ?checked=${t.zones.includes(r)} /> ${A(e,"zone",r)}</label>`)}
          ${s.map(r=>n`<label class="check"><input type="checkbox" name="access_points" value=${r.subentry_id} ?checked=${t.access_points.includes(r.subentry_id)} /> ${r.title}</label>`)}
        </fieldset>
        <fieldset class="schedule">
          <legend>${l(e,"settings.schedule")}</legend>
          <p class="muted">${l(e,"settings.schedule_help")}</p>
          ${Ve.map(r=>n`<cs-field .label=${l(e,`settings.day.${r}`)}><input name=${r} .value=${t.id?o(r):"00:00-24:00"} placeholder="07:00-22:00" /></cs-field>`)}
          <cs-field .label=${l(e,"settings.holidays")}><input name="holidays" .value=${o("holidays")} placeholder="2026-10-01, 2026-10-02" /></cs-field>
          <cs-field .label=${l(e,"settings.holiday_hours")}><input name="holiday" .value=${t.id?o("holiday"):"00:00-24:00"} /></cs-field>
        </fieldset>
        ${this.levelError?n`<div class="error" role="alert">${this.levelError}</div>`:h}
      </form>
      <button slot="actions" @click=${()=>this.editing=null}>${l(e,"common.cancel")}</button>
      <button slot="actions" class="primary" type="submit" form="level">${l(e,"common.save")}</button>
    </cs-dialog>`}renderPolicy(t){let e=this.hass;return n`<div class="card" data-section="tenant-cards">
      <h2>${l(e,"settings.tenant_cards")}</h2>
      <p class="muted">${l(e,"settings.tenant_cards_help")}</p>
      ${t.tenant_card_options.map(s=>n`<label class="check">
          <input type="radio" name="tenant_cards" value=${s} ?checked=${t.tenant_cards===s} @change=${this.setPolicy} />
          ${A(e,"tenant_cards",s)}
        </label>`)}
      ${t.tenant_cards_outside_policy?n`<p class="warn">${l(e,"settings.outside_policy",{count:t.tenant_cards_outside_policy})}</p>`:h}
    </div>`}renderHardware(t){let e=this.hass;return n`<div class="card" data-section="hardware">
      <h2>${l(e,"settings.hardware")}</h2>
      <p class="muted">${l(e,"settings.hardware_help")}</p>
      <ul class="hardware">
        ${t.hardware.map(s=>n`<li>
            <span class="chip">${A(e,"subentry_type",s.subentry_type)}</span>
            ${s.device_id?n`<a href="/config/devices/device/${s.device_id}">${s.title}</a>`:s.title}
          </li>`)}
      </ul>
      <a class="button" href=${t.integration_path}>${l(e,"settings.open_integration")}</a>
    </div>`}};Y.styles=[L,C`
      .scroll { overflow-x: auto; }
      ul.levels, ul.hardware { list-style: none; padding: 0; margin: 0 0 12px; }
      [data-section="levels"] > .muted { margin-bottom: 12px; }
      ul.levels li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.levels .row { margin-top: 6px; }
      ul.hardware li { padding: 4px 0; display: flex; gap: 8px; align-items: center; }
      a { color: var(--primary-color, #03a9f4); }
      a.button { display: inline-flex; align-items: center; text-decoration: none; }
      label.check { display: flex; align-items: center; gap: 8px; font-size: 14px; color: var(--primary-text-color); margin: 6px 0; }
      label.check input { min-height: auto; }
      fieldset { border: 1px solid var(--divider-color, #e0e0e0); border-radius: 8px; margin: 0 0 12px; }
      fieldset.schedule { display: grid; grid-template-columns: repeat(auto-fill, minmax(140px, 1fr)); gap: 0 8px; }
      fieldset.schedule p, fieldset.schedule legend { grid-column: 1 / -1; }
    `],d([_({attribute:!1})],Y.prototype,"hass",2),d([_({type:Boolean})],Y.prototype,"narrow",2),d([_({attribute:!1})],Y.prototype,"compound",2),d([m()],Y.prototype,"users",2),d([m()],Y.prototype,"levels",2),d([m()],Y.prototype,"settings",2),d([m()],Y.prototype,"error",2),d([m()],Y.prototype,"saved",2),d([m()],Y.prototype,"editing",2),d([m()],Y.prototype,"levelError",2),Y=d([H("cs-settings-page")],Y);V({id:"settings",tag:"cs-settings-page",icon:"mdi:cog",operations:["settings"]});var Fe;async function be(a,i){Fe??=k(a,null,"console/info").catch(e=>{throw Fe=void 0,e});let{compounds:t}=await Fe;return t.find(e=>e.config_entry_id===i)??t[0]}var qt=class extends T{constructor(){super(...arguments);this.missing=!1;this.config={type:""};this.asked=!1}setConfig(t){this.config=t,this.asked=!1}getCardSize(){return 5}willUpdate(){this.hass&&!this.asked&&(this.asked=!0,be(this.hass,this.config.config_entry_id).then(t=>{this.compound=t,this.missing=!t}).catch(()=>this.missing=!0))}render(){if(!this.hass)return h;let t=this.compound;if(this.missing||t&&!(this.operation in t.may))return n`<div class="card muted">${l(this.hass,"common.unauthorized")}</div>`;if(!t)return n`<div class="card muted">${l(this.hass,"common.loading")}</div>`;let e=he(this.section);return pe`<${e} .hass=${this.hass} .compound=${t}></${e}>`}static{this.styles=[L]}};d([_({attribute:!1})],qt.prototype,"hass",2),d([m()],qt.prototype,"compound",2),d([m()],qt.prototype,"missing",2);var Di=[{tag:"compound-security-alarm-desk-card",section:"cs-alarm-desk",operation:"alarm_view",name:"Compound Security alarm desk",description:"Open alarms with time, place and snapshot; acknowledge or close one with a note."},{tag:"compound-security-passages-card",section:"cs-passage-feed",operation:"live_passages",name:"Compound Security live passages",description:"Today's passages at the compound's gates, as they happen."},{tag:"compound-security-gates-card",section:"cs-gate-board",operation:"gate_operate",name:"Compound Security gates",description:"Every gate: open once, hold open, close."}];for(let a of Di)customElements.get(a.tag)||(customElements.define(a.tag,class extends qt{constructor(){super(...arguments);this.section=a.section;this.operation=a.operation}}),window.customCards??=[],window.customCards.push({type:a.tag,name:a.name,description:a.description,preview:!1}));function Pi(a,i){let{entities:t={},devices:e={}}=a;return Object.values(t).filter(s=>s.platform==="compound_security"&&s.entity_id.startsWith("sensor.")&&!s.entity_category&&!s.hidden&&s.device_id!==void 0&&(e[s.device_id]?.config_entries??[]).includes(i)).sort((s,o)=>s.entity_id.localeCompare(o.entity_id))}async function Oi(a){try{return(await a.callWS({type:"frontend/get_translations",language:te(a),category:"entity",integration:["compound_security"]})).resources}catch{return{}}}async function Ii(a,i){let t=g=>l(i,g),e=await be(i,a.config_entry_id).catch(()=>{});if(!e)return{title:t("common.title"),views:[{title:t("common.title"),cards:[{type:"markdown",content:t("common.no_access")}]}]};let s=g=>g in e.may,o=s("camera_health")?(await k(i,e,"cameras/list")).cameras:[],r={config_entry_id:e.config_entry_id},c=[];s("alarm_view")&&c.push({type:"custom:compound-security-alarm-desk-card",...r}),s("gate_operate")&&c.push({type:"custom:compound-security-gates-card",...r}),s("live_passages")&&c.push({type:"custom:compound-security-passages-card",...r});let p=o.filter(g=>g.entity_id).map(g=>({type:"picture-entity",entity:g.entity_id,name:g.name,camera_view:"auto"})),y=[{title:t("page.guard"),path:"guard-room",cards:c}];p.length&&y.push({title:t("page.cameras"),path:"cameras",cards:[{type:"grid",columns:2,square:!1,cards:p}]});let x=Pi(i,e.config_entry_id);if(x.length){let g=await Oi(i),b=x.map(N=>{let B=g[`component.compound_security.entity.sensor.${N.translation_key}.name`];return B?{entity:N.entity_id,name:B}:{entity:N.entity_id}});y.push({title:t("guard.compound_view"),path:"compound",cards:[{type:"entities",title:t("guard.figures"),entities:b}]})}return{title:`${t("common.title")} · ${e.title}`,views:y}}var Rs="ll-strategy-dashboard-compound-security-staff";customElements.get(Rs)||customElements.define(Rs,class extends HTMLElement{static generate(a,i){return Ii(a,i)}});
