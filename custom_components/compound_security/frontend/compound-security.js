var Vt=Object.defineProperty;var Gt=Object.getOwnPropertyDescriptor;var p=(s,t,e,o)=>{for(var r=o>1?void 0:o?Gt(t,e):t,i=s.length-1,n;i>=0;i--)(n=s[i])&&(r=(o?n(t,e,r):n(r))||r);return o&&r&&Vt(t,e,r),r};var V=globalThis,G=V.ShadowRoot&&(V.ShadyCSS===void 0||V.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Q=Symbol(),ut=new WeakMap,N=class{constructor(t,e,o){if(this._$cssResult$=!0,o!==Q)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=t,this.t=e}get styleSheet(){let t=this.o,e=this.t;if(G&&t===void 0){let o=e!==void 0&&e.length===1;o&&(t=ut.get(e)),t===void 0&&((this.o=t=new CSSStyleSheet).replaceSync(this.cssText),o&&ut.set(e,t))}return t}toString(){return this.cssText}},mt=s=>new N(typeof s=="string"?s:s+"",void 0,Q),y=(s,...t)=>{let e=s.length===1?s[0]:t.reduce((o,r,i)=>o+(n=>{if(n._$cssResult$===!0)return n.cssText;if(typeof n=="number")return n;throw Error("Value passed to 'css' function must be a 'css' function result: "+n+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(r)+s[i+1],s[0]);return new N(e,s,Q)},ft=(s,t)=>{if(G)s.adoptedStyleSheets=t.map(e=>e instanceof CSSStyleSheet?e:e.styleSheet);else for(let e of t){let o=document.createElement("style"),r=V.litNonce;r!==void 0&&o.setAttribute("nonce",r),o.textContent=e.cssText,s.appendChild(o)}},X=G?s=>s:s=>s instanceof CSSStyleSheet?(t=>{let e="";for(let o of t.cssRules)e+=o.cssText;return mt(e)})(s):s;var{is:Kt,defineProperty:Yt,getOwnPropertyDescriptor:Jt,getOwnPropertyNames:Zt,getOwnPropertySymbols:Qt,getPrototypeOf:Xt}=Object,K=globalThis,gt=K.trustedTypes,Ft=gt?gt.emptyScript:"",te=K.reactiveElementPolyfillSupport,z=(s,t)=>s,L={toAttribute(s,t){switch(t){case Boolean:s=s?Ft:null;break;case Object:case Array:s=s==null?s:JSON.stringify(s)}return s},fromAttribute(s,t){let e=s;switch(t){case Boolean:e=s!==null;break;case Number:e=s===null?null:Number(s);break;case Object:case Array:try{e=JSON.parse(s)}catch{e=null}}return e}},Y=(s,t)=>!Kt(s,t),$t={attribute:!0,type:String,converter:L,reflect:!1,useDefault:!1,hasChanged:Y};Symbol.metadata??=Symbol("metadata"),K.litPropertyMetadata??=new WeakMap;var x=class extends HTMLElement{static addInitializer(t){this._$Ei(),(this.l??=[]).push(t)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(t,e=$t){if(e.state&&(e.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(t)&&((e=Object.create(e)).wrapped=!0),this.elementProperties.set(t,e),!e.noAccessor){let o=Symbol(),r=this.getPropertyDescriptor(t,o,e);r!==void 0&&Yt(this.prototype,t,r)}}static getPropertyDescriptor(t,e,o){let{get:r,set:i}=Jt(this.prototype,t)??{get(){return this[e]},set(n){this[e]=n}};return{get:r,set(n){let l=r?.call(this);i?.call(this,n),this.requestUpdate(t,l,o)},configurable:!0,enumerable:!0}}static getPropertyOptions(t){return this.elementProperties.get(t)??$t}static _$Ei(){if(this.hasOwnProperty(z("elementProperties")))return;let t=Xt(this);t.finalize(),t.l!==void 0&&(this.l=[...t.l]),this.elementProperties=new Map(t.elementProperties)}static finalize(){if(this.hasOwnProperty(z("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(z("properties"))){let e=this.properties,o=[...Zt(e),...Qt(e)];for(let r of o)this.createProperty(r,e[r])}let t=this[Symbol.metadata];if(t!==null){let e=litPropertyMetadata.get(t);if(e!==void 0)for(let[o,r]of e)this.elementProperties.set(o,r)}this._$Eh=new Map;for(let[e,o]of this.elementProperties){let r=this._$Eu(e,o);r!==void 0&&this._$Eh.set(r,e)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(t){let e=[];if(Array.isArray(t)){let o=new Set(t.flat(1/0).reverse());for(let r of o)e.unshift(X(r))}else t!==void 0&&e.push(X(t));return e}static _$Eu(t,e){let o=e.attribute;return o===!1?void 0:typeof o=="string"?o:typeof t=="string"?t.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(t=>this.enableUpdating=t),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(t=>t(this))}addController(t){(this._$EO??=new Set).add(t),this.renderRoot!==void 0&&this.isConnected&&t.hostConnected?.()}removeController(t){this._$EO?.delete(t)}_$E_(){let t=new Map,e=this.constructor.elementProperties;for(let o of e.keys())this.hasOwnProperty(o)&&(t.set(o,this[o]),delete this[o]);t.size>0&&(this._$Ep=t)}createRenderRoot(){let t=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return ft(t,this.constructor.elementStyles),t}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(t=>t.hostConnected?.())}enableUpdating(t){}disconnectedCallback(){this._$EO?.forEach(t=>t.hostDisconnected?.())}attributeChangedCallback(t,e,o){this._$AK(t,o)}_$ET(t,e){let o=this.constructor.elementProperties.get(t),r=this.constructor._$Eu(t,o);if(r!==void 0&&o.reflect===!0){let i=(o.converter?.toAttribute!==void 0?o.converter:L).toAttribute(e,o.type);this._$Em=t,i==null?this.removeAttribute(r):this.setAttribute(r,i),this._$Em=null}}_$AK(t,e){let o=this.constructor,r=o._$Eh.get(t);if(r!==void 0&&this._$Em!==r){let i=o.getPropertyOptions(r),n=typeof i.converter=="function"?{fromAttribute:i.converter}:i.converter?.fromAttribute!==void 0?i.converter:L;this._$Em=r;let l=n.fromAttribute(e,i.type);this[r]=l??this._$Ej?.get(r)??l,this._$Em=null}}requestUpdate(t,e,o,r=!1,i){if(t!==void 0){let n=this.constructor;if(r===!1&&(i=this[t]),o??=n.getPropertyOptions(t),!((o.hasChanged??Y)(i,e)||o.useDefault&&o.reflect&&i===this._$Ej?.get(t)&&!this.hasAttribute(n._$Eu(t,o))))return;this.C(t,e,o)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(t,e,{useDefault:o,reflect:r,wrapped:i},n){o&&!(this._$Ej??=new Map).has(t)&&(this._$Ej.set(t,n??e??this[t]),i!==!0||n!==void 0)||(this._$AL.has(t)||(this.hasUpdated||o||(e=void 0),this._$AL.set(t,e)),r===!0&&this._$Em!==t&&(this._$Eq??=new Set).add(t))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(e){Promise.reject(e)}let t=this.scheduleUpdate();return t!=null&&await t,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[r,i]of this._$Ep)this[r]=i;this._$Ep=void 0}let o=this.constructor.elementProperties;if(o.size>0)for(let[r,i]of o){let{wrapped:n}=i,l=this[r];n!==!0||this._$AL.has(r)||l===void 0||this.C(r,void 0,i,l)}}let t=!1,e=this._$AL;try{t=this.shouldUpdate(e),t?(this.willUpdate(e),this._$EO?.forEach(o=>o.hostUpdate?.()),this.update(e)):this._$EM()}catch(o){throw t=!1,this._$EM(),o}t&&this._$AE(e)}willUpdate(t){}_$AE(t){this._$EO?.forEach(e=>e.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(t)),this.updated(t)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(t){return!0}update(t){this._$Eq&&=this._$Eq.forEach(e=>this._$ET(e,this[e])),this._$EM()}updated(t){}firstUpdated(t){}};x.elementStyles=[],x.shadowRootOptions={mode:"open"},x[z("elementProperties")]=new Map,x[z("finalized")]=new Map,te?.({ReactiveElement:x}),(K.reactiveElementVersions??=[]).push("2.1.2");var it=globalThis,yt=s=>s,J=it.trustedTypes,_t=J?J.createPolicy("lit-html",{createHTML:s=>s}):void 0,Et="$lit$",S=`lit$${Math.random().toFixed(9).slice(2)}$`,wt="?"+S,ee=`<${wt}>`,H=document,I=()=>H.createComment(""),q=s=>s===null||typeof s!="object"&&typeof s!="function",nt=Array.isArray,oe=s=>nt(s)||typeof s?.[Symbol.iterator]=="function",F=`[ 	
\f\r]`,j=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,vt=/-->/g,xt=/>/g,P=RegExp(`>|${F}(?:([^\\s"'>=/]+)(${F}*=${F}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),bt=/'/g,At=/"/g,Ct=/^(?:script|style|textarea|title)$/i,at=s=>(t,...e)=>({_$litType$:s,strings:t,values:e}),u=at(1),kt=at(2),Pt=at(3),R=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),St=new WeakMap,T=H.createTreeWalker(H,129);function Tt(s,t){if(!nt(s)||!s.hasOwnProperty("raw"))throw Error("invalid template strings array");return _t!==void 0?_t.createHTML(t):t}var re=(s,t)=>{let e=s.length-1,o=[],r,i=t===2?"<svg>":t===3?"<math>":"",n=j;for(let l=0;l<e;l++){let a=s[l],c,m,h=-1,v=0;for(;v<a.length&&(n.lastIndex=v,m=n.exec(a),m!==null);)v=n.lastIndex,n===j?m[1]==="!--"?n=vt:m[1]!==void 0?n=xt:m[2]!==void 0?(Ct.test(m[2])&&(r=RegExp("</"+m[2],"g")),n=P):m[3]!==void 0&&(n=P):n===P?m[0]===">"?(n=r??j,h=-1):m[1]===void 0?h=-2:(h=n.lastIndex-m[2].length,c=m[1],n=m[3]===void 0?P:m[3]==='"'?At:bt):n===At||n===bt?n=P:n===vt||n===xt?n=j:(n=P,r=void 0);let A=n===P&&s[l+1].startsWith("/>")?" ":"";i+=n===j?a+ee:h>=0?(o.push(c),a.slice(0,h)+Et+a.slice(h)+S+A):a+S+(h===-2?l:A)}return[Tt(s,i+(s[e]||"<?>")+(t===2?"</svg>":t===3?"</math>":"")),o]},B=class s{constructor({strings:t,_$litType$:e},o){let r;this.parts=[];let i=0,n=0,l=t.length-1,a=this.parts,[c,m]=re(t,e);if(this.el=s.createElement(c,o),T.currentNode=this.el.content,e===2||e===3){let h=this.el.content.firstChild;h.replaceWith(...h.childNodes)}for(;(r=T.nextNode())!==null&&a.length<l;){if(r.nodeType===1){if(r.hasAttributes())for(let h of r.getAttributeNames())if(h.endsWith(Et)){let v=m[n++],A=r.getAttribute(h).split(S),W=/([.?@])?(.*)/.exec(v);a.push({type:1,index:i,name:W[2],strings:A,ctor:W[1]==="."?et:W[1]==="?"?ot:W[1]==="@"?rt:O}),r.removeAttribute(h)}else h.startsWith(S)&&(a.push({type:6,index:i}),r.removeAttribute(h));if(Ct.test(r.tagName)){let h=r.textContent.split(S),v=h.length-1;if(v>0){r.textContent=J?J.emptyScript:"";for(let A=0;A<v;A++)r.append(h[A],I()),T.nextNode(),a.push({type:2,index:++i});r.append(h[v],I())}}}else if(r.nodeType===8)if(r.data===wt)a.push({type:2,index:i});else{let h=-1;for(;(h=r.data.indexOf(S,h+1))!==-1;)a.push({type:7,index:i}),h+=S.length-1}i++}}static createElement(t,e){let o=H.createElement("template");return o.innerHTML=t,o}};function U(s,t,e=s,o){if(t===R)return t;let r=o!==void 0?e._$Co?.[o]:e._$Cl,i=q(t)?void 0:t._$litDirective$;return r?.constructor!==i&&(r?._$AO?.(!1),i===void 0?r=void 0:(r=new i(s),r._$AT(s,e,o)),o!==void 0?(e._$Co??=[])[o]=r:e._$Cl=r),r!==void 0&&(t=U(s,r._$AS(s,t.values),r,o)),t}var tt=class{constructor(t,e){this._$AV=[],this._$AN=void 0,this._$AD=t,this._$AM=e}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(t){let{el:{content:e},parts:o}=this._$AD,r=(t?.creationScope??H).importNode(e,!0);T.currentNode=r;let i=T.nextNode(),n=0,l=0,a=o[0];for(;a!==void 0;){if(n===a.index){let c;a.type===2?c=new D(i,i.nextSibling,this,t):a.type===1?c=new a.ctor(i,a.name,a.strings,this,t):a.type===6&&(c=new st(i,this,t)),this._$AV.push(c),a=o[++l]}n!==a?.index&&(i=T.nextNode(),n++)}return T.currentNode=H,r}p(t){let e=0;for(let o of this._$AV)o!==void 0&&(o.strings!==void 0?(o._$AI(t,o,e),e+=o.strings.length-2):o._$AI(t[e])),e++}},D=class s{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(t,e,o,r){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=t,this._$AB=e,this._$AM=o,this.options=r,this._$Cv=r?.isConnected??!0}get parentNode(){let t=this._$AA.parentNode,e=this._$AM;return e!==void 0&&t?.nodeType===11&&(t=e.parentNode),t}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(t,e=this){t=U(this,t,e),q(t)?t===d||t==null||t===""?(this._$AH!==d&&this._$AR(),this._$AH=d):t!==this._$AH&&t!==R&&this._(t):t._$litType$!==void 0?this.$(t):t.nodeType!==void 0?this.T(t):oe(t)?this.k(t):this._(t)}O(t){return this._$AA.parentNode.insertBefore(t,this._$AB)}T(t){this._$AH!==t&&(this._$AR(),this._$AH=this.O(t))}_(t){this._$AH!==d&&q(this._$AH)?this._$AA.nextSibling.data=t:this.T(H.createTextNode(t)),this._$AH=t}$(t){let{values:e,_$litType$:o}=t,r=typeof o=="number"?this._$AC(t):(o.el===void 0&&(o.el=B.createElement(Tt(o.h,o.h[0]),this.options)),o);if(this._$AH?._$AD===r)this._$AH.p(e);else{let i=new tt(r,this),n=i.u(this.options);i.p(e),this.T(n),this._$AH=i}}_$AC(t){let e=St.get(t.strings);return e===void 0&&St.set(t.strings,e=new B(t)),e}k(t){nt(this._$AH)||(this._$AH=[],this._$AR());let e=this._$AH,o,r=0;for(let i of t)r===e.length?e.push(o=new s(this.O(I()),this.O(I()),this,this.options)):o=e[r],o._$AI(i),r++;r<e.length&&(this._$AR(o&&o._$AB.nextSibling,r),e.length=r)}_$AR(t=this._$AA.nextSibling,e){for(this._$AP?.(!1,!0,e);t!==this._$AB;){let o=yt(t).nextSibling;yt(t).remove(),t=o}}setConnected(t){this._$AM===void 0&&(this._$Cv=t,this._$AP?.(t))}},O=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(t,e,o,r,i){this.type=1,this._$AH=d,this._$AN=void 0,this.element=t,this.name=e,this._$AM=r,this.options=i,o.length>2||o[0]!==""||o[1]!==""?(this._$AH=Array(o.length-1).fill(new String),this.strings=o):this._$AH=d}_$AI(t,e=this,o,r){let i=this.strings,n=!1;if(i===void 0)t=U(this,t,e,0),n=!q(t)||t!==this._$AH&&t!==R,n&&(this._$AH=t);else{let l=t,a,c;for(t=i[0],a=0;a<i.length-1;a++)c=U(this,l[o+a],e,a),c===R&&(c=this._$AH[a]),n||=!q(c)||c!==this._$AH[a],c===d?t=d:t!==d&&(t+=(c??"")+i[a+1]),this._$AH[a]=c}n&&!r&&this.j(t)}j(t){t===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,t??"")}},et=class extends O{constructor(){super(...arguments),this.type=3}j(t){this.element[this.name]=t===d?void 0:t}},ot=class extends O{constructor(){super(...arguments),this.type=4}j(t){this.element.toggleAttribute(this.name,!!t&&t!==d)}},rt=class extends O{constructor(t,e,o,r,i){super(t,e,o,r,i),this.type=5}_$AI(t,e=this){if((t=U(this,t,e,0)??d)===R)return;let o=this._$AH,r=t===d&&o!==d||t.capture!==o.capture||t.once!==o.once||t.passive!==o.passive,i=t!==d&&(o===d||r);r&&this.element.removeEventListener(this.name,this,o),i&&this.element.addEventListener(this.name,this,t),this._$AH=t}handleEvent(t){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,t):this._$AH.handleEvent(t)}},st=class{constructor(t,e,o){this.element=t,this.type=6,this._$AN=void 0,this._$AM=e,this.options=o}get _$AU(){return this._$AM._$AU}_$AI(t){U(this,t)}};var se=it.litHtmlPolyfillSupport;se?.(B,D),(it.litHtmlVersions??=[]).push("3.3.3");var Ht=(s,t,e)=>{let o=e?.renderBefore??t,r=o._$litPart$;if(r===void 0){let i=e?.renderBefore??null;o._$litPart$=r=new D(t.insertBefore(I(),i),i,void 0,e??{})}return r._$AI(s),r};var lt=globalThis,g=class extends x{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let t=super.createRenderRoot();return this.renderOptions.renderBefore??=t.firstChild,t}update(t){let e=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(t),this._$Do=Ht(e,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return R}};g._$litElement$=!0,g.finalized=!0,lt.litElementHydrateSupport?.({LitElement:g});var ie=lt.litElementPolyfillSupport;ie?.({LitElement:g});(lt.litElementVersions??=[]).push("4.2.2");var E=s=>(t,e)=>{e!==void 0?e.addInitializer(()=>{customElements.define(s,t)}):customElements.define(s,t)};var ne={attribute:!0,type:String,converter:L,reflect:!1,hasChanged:Y},ae=(s=ne,t,e)=>{let{kind:o,metadata:r}=e,i=globalThis.litPropertyMetadata.get(r);if(i===void 0&&globalThis.litPropertyMetadata.set(r,i=new Map),o==="setter"&&((s=Object.create(s)).wrapped=!0),i.set(e.name,s),o==="accessor"){let{name:n}=e;return{set(l){let a=t.get.call(this);t.set.call(this,l),this.requestUpdate(n,a,s,!0,l)},init(l){return l!==void 0&&this.C(n,void 0,s,l),l}}}if(o==="setter"){let{name:n}=e;return function(l){let a=this[n];t.call(this,l),this.requestUpdate(n,a,s,!0,l)}}throw Error("Unsupported decorator location: "+o)};function f(s){return(t,e)=>typeof e=="object"?ae(s,t,e):((o,r,i)=>{let n=r.hasOwnProperty(i);return r.constructor.createProperty(i,o),n?Object.getOwnPropertyDescriptor(r,i):void 0})(s,t,e)}function Z(s){return f({...s,state:!0,attribute:!1})}var M=(s,t,e)=>(e.configurable=!0,e.enumerable=!0,Reflect.decorate&&typeof t!="object"&&Object.defineProperty(s,t,e),e);function Rt(s,t){return(e,o,r)=>{let i=n=>n.renderRoot?.querySelector(s)??null;if(t){let{get:n,set:l}=typeof o=="object"?e:r??(()=>{let a=Symbol();return{get(){return this[a]},set(c){this[a]=c}}})();return M(e,o,{get(){let a=n.call(this);return a===void 0&&(a=i(this),(a!==null||this.hasUpdated)&&l.call(this,a)),a}})}return M(e,o,{get(){return i(this)}})}}var w=y`
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
`;var C=class extends g{constructor(){super(...arguments);this.heading="";this.open=!1}updated(e){e.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return u`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};C.styles=[w,y`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],p([f()],C.prototype,"heading",2),p([f({type:Boolean,reflect:!0})],C.prototype,"open",2),p([Rt("dialog")],C.prototype,"dialog",2),C=p([E("cs-dialog")],C);var k=class extends g{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return u`<label>${this.label}</label>
      <slot></slot>
      ${this.error?u`<div class="error" role="alert">${this.error}</div>`:d}
      ${this.hint&&!this.error?u`<div class="muted">${this.hint}</div>`:d}`}};k.styles=[w,y`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],p([f()],k.prototype,"label",2),p([f()],k.prototype,"error",2),p([f()],k.prototype,"hint",2),k=p([E("cs-field")],k);var Mt={common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"}},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"}};var Ut={common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"}},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"}};var ct={en:Mt,"zh-Hans":Ut},Ot=new Map;function dt(s){return(s.locale?.language??s.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function ht(s,t){let e=s;for(let o of t.split(".")){if(e===void 0||typeof e=="string")return;e=e[o]}return typeof e=="string"?e:void 0}function he(s,t={}){return s.replace(/\{(\w+)\}/g,(e,o)=>o in t?String(t[o]):e)}function $(s,t,e={}){let o=ht(ct[dt(s)],t)??ht(ct.en,t);return o===void 0?t:he(o,e)}function Nt(s,t,e){return e==null||e===""?"":ht(ct[dt(s)],`enum.${t}.${e}`)??e}function zt(s){let t=dt(s),e=Ot.get(t);return e||(e=s.callWS({type:"frontend/get_translations",language:t,category:"exceptions",integration:["compound_security"]}).then(o=>o.resources).catch(()=>({})),Ot.set(t,e)),e}var b=class extends g{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(e){this.dispatchEvent(new CustomEvent("page",{detail:{offset:e}}))}render(){if(this.total<=this.limit&&this.offset===0)return u``;let e=Math.min(this.offset+this.limit,this.total);return u`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${$(this.hass,"common.previous")}
      </button>
      <span class="muted">${$(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:e,total:this.total})}</span>
      <button ?disabled=${e>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${$(this.hass,"common.next")}
      </button>
    </div>`}};b.styles=[w,y`.row { justify-content: flex-end; margin-top: 8px; }`],p([f({attribute:!1})],b.prototype,"hass",2),p([f({type:Number})],b.prototype,"offset",2),p([f({type:Number})],b.prototype,"limit",2),p([f({type:Number})],b.prototype,"total",2),b=p([E("cs-pager")],b);var jt=Symbol.for(""),de=s=>{if(s?.r===jt)return s?._$litStatic$},It=s=>({_$litStatic$:s,r:jt});var Lt=new Map,pt=s=>(t,...e)=>{let o=e.length,r,i,n=[],l=[],a,c=0,m=!1;for(;c<o;){for(a=t[c];c<o&&(i=e[c],(r=de(i))!==void 0);)a+=r+t[++c],m=!0;c!==o&&l.push(i),n.push(a),c++}if(c===o&&n.push(t[o]),m){let h=n.join("$$lit$$");(t=Lt.get(h))===void 0&&(n.raw=n,Lt.set(h,t=n)),e=l}return s(t,...e)},qt=pt(u),ko=pt(kt),Po=pt(Pt);var Bt=[];var pe="compound_security";function Dt(s,t,e,o={}){let r={type:`${pe}/${e}`,...o};return t&&(r.config_entry_id=t.config_entry_id),s.callWS(r)}var Wt="compound-security-compound",_=class extends g{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(Wt)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[e]=await Promise.all([Dt(this.hass,null,"console/info"),zt(this.hass)]);this.info=e}catch{this.failed=!0}}get compound(){let e=this.info?.compounds??[];return e.find(o=>o.config_entry_id===this.compoundId)??e[0]}pagesFor(e){return Bt.filter(o=>o.operations.some(r=>r in e.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(e){let o=`${this.route?.prefix??"/compound-security"}/${e}`;history.pushState(null,"",o),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(e){this.compoundId=e.target.value,localStorage.setItem(Wt,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let e=this.compound,o=e?this.pagesFor(e):[],r=o.find(i=>i.id===this.pageId)??o[0];return u`
      <header>
        ${this.narrow?u`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:d}
        <h1>${$(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?u`<select aria-label=${$(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(i=>u`<option value=${i.config_entry_id} ?selected=${i===e}>${i.title}</option>`)}
            </select>`:e?u`<span class="compound">${e.title}</span>`:d}
        ${e?u`<span class="chip role">${Nt(this.hass,"role",e.role)}</span>`:d}
      </header>
      ${o.length>1?u`<nav role="tablist">
            ${o.map(i=>u`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${i.id}"
                aria-selected=${i===r?"true":"false"}
                data-page=${i.id}
                @click=${n=>{n.preventDefault(),this.navigate(i.id)}}
                >${$(this.hass,`page.${i.id}`)}</a
              >`)}
          </nav>`:d}
      <main>${this.renderBody(e,r)}</main>
    `}renderBody(e,o){if(this.failed)return u`<div class="card error">
        ${$(this.hass,"common.failed")}
        <button @click=${this.load}>${$(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return u`<div class="muted">${$(this.hass,"common.loading")}</div>`;if(!e||!o)return u`<div class="card">${$(this.hass,"common.no_access")}</div>`;let r=It(o.tag);return qt`<${r} .hass=${this.hass} .narrow=${this.narrow} .compound=${e}></${r}>`}};_.styles=[w,y`
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
    `],p([f({attribute:!1})],_.prototype,"hass",2),p([f({type:Boolean,reflect:!0})],_.prototype,"narrow",2),p([f({attribute:!1})],_.prototype,"route",2),p([Z()],_.prototype,"info",2),p([Z()],_.prototype,"failed",2),p([Z()],_.prototype,"compoundId",2),_=p([E("compound-security-panel")],_);
