var ge=Object.defineProperty;var fe=Object.getOwnPropertyDescriptor;var l=(r,e,t,s)=>{for(var i=s>1?void 0:s?fe(e,t):e,o=r.length-1,d;o>=0;o--)(d=r[o])&&(i=(s?d(e,t,i):d(i))||i);return s&&i&&ge(e,t,i),i};var nt=globalThis,at=nt.ShadowRoot&&(nt.ShadyCSS===void 0||nt.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,mt=Symbol(),Dt=new WeakMap,K=class{constructor(e,t,s){if(this._$cssResult$=!0,s!==mt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=e,this.t=t}get styleSheet(){let e=this.o,t=this.t;if(at&&e===void 0){let s=t!==void 0&&t.length===1;s&&(e=Dt.get(t)),e===void 0&&((this.o=e=new CSSStyleSheet).replaceSync(this.cssText),s&&Dt.set(t,e))}return e}toString(){return this.cssText}},Ot=r=>new K(typeof r=="string"?r:r+"",void 0,mt),$=(r,...e)=>{let t=r.length===1?r[0]:e.reduce((s,i,o)=>s+(d=>{if(d._$cssResult$===!0)return d.cssText;if(typeof d=="number")return d;throw Error("Value passed to 'css' function must be a 'css' function result: "+d+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+r[o+1],r[0]);return new K(t,r,mt)},Mt=(r,e)=>{if(at)r.adoptedStyleSheets=e.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of e){let s=document.createElement("style"),i=nt.litNonce;i!==void 0&&s.setAttribute("nonce",i),s.textContent=t.cssText,r.appendChild(s)}},gt=at?r=>r:r=>r instanceof CSSStyleSheet?(e=>{let t="";for(let s of e.cssRules)t+=s.cssText;return Ot(t)})(r):r;var{is:ve,defineProperty:_e,getOwnPropertyDescriptor:$e,getOwnPropertyNames:ye,getOwnPropertySymbols:be,getPrototypeOf:we}=Object,lt=globalThis,Lt=lt.trustedTypes,xe=Lt?Lt.emptyScript:"",ke=lt.reactiveElementPolyfillSupport,Y=(r,e)=>r,J={toAttribute(r,e){switch(e){case Boolean:r=r?xe:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,e){let t=r;switch(e){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},dt=(r,e)=>!ve(r,e),It={attribute:!0,type:String,converter:J,reflect:!1,useDefault:!1,hasChanged:dt};Symbol.metadata??=Symbol("metadata"),lt.litPropertyMetadata??=new WeakMap;var D=class extends HTMLElement{static addInitializer(e){this._$Ei(),(this.l??=[]).push(e)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(e,t=It){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(e)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(e,t),!t.noAccessor){let s=Symbol(),i=this.getPropertyDescriptor(e,s,t);i!==void 0&&_e(this.prototype,e,i)}}static getPropertyDescriptor(e,t,s){let{get:i,set:o}=$e(this.prototype,e)??{get(){return this[t]},set(d){this[t]=d}};return{get:i,set(d){let m=i?.call(this);o?.call(this,d),this.requestUpdate(e,m,s)},configurable:!0,enumerable:!0}}static getPropertyOptions(e){return this.elementProperties.get(e)??It}static _$Ei(){if(this.hasOwnProperty(Y("elementProperties")))return;let e=we(this);e.finalize(),e.l!==void 0&&(this.l=[...e.l]),this.elementProperties=new Map(e.elementProperties)}static finalize(){if(this.hasOwnProperty(Y("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(Y("properties"))){let t=this.properties,s=[...ye(t),...be(t)];for(let i of s)this.createProperty(i,t[i])}let e=this[Symbol.metadata];if(e!==null){let t=litPropertyMetadata.get(e);if(t!==void 0)for(let[s,i]of t)this.elementProperties.set(s,i)}this._$Eh=new Map;for(let[t,s]of this.elementProperties){let i=this._$Eu(t,s);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(e){let t=[];if(Array.isArray(e)){let s=new Set(e.flat(1/0).reverse());for(let i of s)t.unshift(gt(i))}else e!==void 0&&t.push(gt(e));return t}static _$Eu(e,t){let s=t.attribute;return s===!1?void 0:typeof s=="string"?s:typeof e=="string"?e.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(e=>this.enableUpdating=e),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(e=>e(this))}addController(e){(this._$EO??=new Set).add(e),this.renderRoot!==void 0&&this.isConnected&&e.hostConnected?.()}removeController(e){this._$EO?.delete(e)}_$E_(){let e=new Map,t=this.constructor.elementProperties;for(let s of t.keys())this.hasOwnProperty(s)&&(e.set(s,this[s]),delete this[s]);e.size>0&&(this._$Ep=e)}createRenderRoot(){let e=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Mt(e,this.constructor.elementStyles),e}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(e=>e.hostConnected?.())}enableUpdating(e){}disconnectedCallback(){this._$EO?.forEach(e=>e.hostDisconnected?.())}attributeChangedCallback(e,t,s){this._$AK(e,s)}_$ET(e,t){let s=this.constructor.elementProperties.get(e),i=this.constructor._$Eu(e,s);if(i!==void 0&&s.reflect===!0){let o=(s.converter?.toAttribute!==void 0?s.converter:J).toAttribute(t,s.type);this._$Em=e,o==null?this.removeAttribute(i):this.setAttribute(i,o),this._$Em=null}}_$AK(e,t){let s=this.constructor,i=s._$Eh.get(e);if(i!==void 0&&this._$Em!==i){let o=s.getPropertyOptions(i),d=typeof o.converter=="function"?{fromAttribute:o.converter}:o.converter?.fromAttribute!==void 0?o.converter:J;this._$Em=i;let m=d.fromAttribute(t,o.type);this[i]=m??this._$Ej?.get(i)??m,this._$Em=null}}requestUpdate(e,t,s,i=!1,o){if(e!==void 0){let d=this.constructor;if(i===!1&&(o=this[e]),s??=d.getPropertyOptions(e),!((s.hasChanged??dt)(o,t)||s.useDefault&&s.reflect&&o===this._$Ej?.get(e)&&!this.hasAttribute(d._$Eu(e,s))))return;this.C(e,t,s)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(e,t,{useDefault:s,reflect:i,wrapped:o},d){s&&!(this._$Ej??=new Map).has(e)&&(this._$Ej.set(e,d??t??this[e]),o!==!0||d!==void 0)||(this._$AL.has(e)||(this.hasUpdated||s||(t=void 0),this._$AL.set(e,t)),i===!0&&this._$Em!==e&&(this._$Eq??=new Set).add(e))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let e=this.scheduleUpdate();return e!=null&&await e,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,o]of this._$Ep)this[i]=o;this._$Ep=void 0}let s=this.constructor.elementProperties;if(s.size>0)for(let[i,o]of s){let{wrapped:d}=o,m=this[i];d!==!0||this._$AL.has(i)||m===void 0||this.C(i,void 0,o,m)}}let e=!1,t=this._$AL;try{e=this.shouldUpdate(t),e?(this.willUpdate(t),this._$EO?.forEach(s=>s.hostUpdate?.()),this.update(t)):this._$EM()}catch(s){throw e=!1,this._$EM(),s}e&&this._$AE(t)}willUpdate(e){}_$AE(e){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(e)),this.updated(e)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(e){return!0}update(e){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(e){}firstUpdated(e){}};D.elementStyles=[],D.shadowRootOptions={mode:"open"},D[Y("elementProperties")]=new Map,D[Y("finalized")]=new Map,ke?.({ReactiveElement:D}),(lt.reactiveElementVersions??=[]).push("2.1.2");var wt=globalThis,Ut=r=>r,ct=wt.trustedTypes,zt=ct?ct.createPolicy("lit-html",{createHTML:r=>r}):void 0,Ft="$lit$",L=`lit$${Math.random().toFixed(9).slice(2)}$`,Wt="?"+L,Ee=`<${Wt}>`,B=document,X=()=>B.createComment(""),tt=r=>r===null||typeof r!="object"&&typeof r!="function",xt=Array.isArray,Ae=r=>xt(r)||typeof r?.[Symbol.iterator]=="function",ft=`[ 	
\f\r]`,Q=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Rt=/-->/g,qt=/>/g,V=RegExp(`>|${ft}(?:([^\\s"'>=/]+)(${ft}*=${ft}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),Vt=/'/g,jt=/"/g,Gt=/^(?:script|style|textarea|title)$/i,kt=r=>(e,...t)=>({_$litType$:r,strings:e,values:t}),n=kt(1),Zt=kt(2),Kt=kt(3),F=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),Bt=new WeakMap,j=B.createTreeWalker(B,129);function Yt(r,e){if(!xt(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return zt!==void 0?zt.createHTML(e):e}var Se=(r,e)=>{let t=r.length-1,s=[],i,o=e===2?"<svg>":e===3?"<math>":"",d=Q;for(let m=0;m<t;m++){let h=r[m],g,w,v=-1,N=0;for(;N<h.length&&(d.lastIndex=N,w=d.exec(h),w!==null);)N=d.lastIndex,d===Q?w[1]==="!--"?d=Rt:w[1]!==void 0?d=qt:w[2]!==void 0?(Gt.test(w[2])&&(i=RegExp("</"+w[2],"g")),d=V):w[3]!==void 0&&(d=V):d===V?w[0]===">"?(d=i??Q,v=-1):w[1]===void 0?v=-2:(v=d.lastIndex-w[2].length,g=w[1],d=w[3]===void 0?V:w[3]==='"'?jt:Vt):d===jt||d===Vt?d=V:d===Rt||d===qt?d=Q:(d=V,i=void 0);let M=d===V&&r[m+1].startsWith("/>")?" ":"";o+=d===Q?h+Ee:v>=0?(s.push(g),h.slice(0,v)+Ft+h.slice(v)+L+M):h+L+(v===-2?m:M)}return[Yt(r,o+(r[t]||"<?>")+(e===2?"</svg>":e===3?"</math>":"")),s]},et=class r{constructor({strings:e,_$litType$:t},s){let i;this.parts=[];let o=0,d=0,m=e.length-1,h=this.parts,[g,w]=Se(e,t);if(this.el=r.createElement(g,s),j.currentNode=this.el.content,t===2||t===3){let v=this.el.content.firstChild;v.replaceWith(...v.childNodes)}for(;(i=j.nextNode())!==null&&h.length<m;){if(i.nodeType===1){if(i.hasAttributes())for(let v of i.getAttributeNames())if(v.endsWith(Ft)){let N=w[d++],M=i.getAttribute(v).split(L),ot=/([.?@])?(.*)/.exec(N);h.push({type:1,index:o,name:ot[2],strings:M,ctor:ot[1]==="."?_t:ot[1]==="?"?$t:ot[1]==="@"?yt:Z}),i.removeAttribute(v)}else v.startsWith(L)&&(h.push({type:6,index:o}),i.removeAttribute(v));if(Gt.test(i.tagName)){let v=i.textContent.split(L),N=v.length-1;if(N>0){i.textContent=ct?ct.emptyScript:"";for(let M=0;M<N;M++)i.append(v[M],X()),j.nextNode(),h.push({type:2,index:++o});i.append(v[N],X())}}}else if(i.nodeType===8)if(i.data===Wt)h.push({type:2,index:o});else{let v=-1;for(;(v=i.data.indexOf(L,v+1))!==-1;)h.push({type:7,index:o}),v+=L.length-1}o++}}static createElement(e,t){let s=B.createElement("template");return s.innerHTML=e,s}};function G(r,e,t=r,s){if(e===F)return e;let i=s!==void 0?t._$Co?.[s]:t._$Cl,o=tt(e)?void 0:e._$litDirective$;return i?.constructor!==o&&(i?._$AO?.(!1),o===void 0?i=void 0:(i=new o(r),i._$AT(r,t,s)),s!==void 0?(t._$Co??=[])[s]=i:t._$Cl=i),i!==void 0&&(e=G(r,i._$AS(r,e.values),i,s)),e}var vt=class{constructor(e,t){this._$AV=[],this._$AN=void 0,this._$AD=e,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(e){let{el:{content:t},parts:s}=this._$AD,i=(e?.creationScope??B).importNode(t,!0);j.currentNode=i;let o=j.nextNode(),d=0,m=0,h=s[0];for(;h!==void 0;){if(d===h.index){let g;h.type===2?g=new st(o,o.nextSibling,this,e):h.type===1?g=new h.ctor(o,h.name,h.strings,this,e):h.type===6&&(g=new bt(o,this,e)),this._$AV.push(g),h=s[++m]}d!==h?.index&&(o=j.nextNode(),d++)}return j.currentNode=B,i}p(e){let t=0;for(let s of this._$AV)s!==void 0&&(s.strings!==void 0?(s._$AI(e,s,t),t+=s.strings.length-2):s._$AI(e[t])),t++}},st=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(e,t,s,i){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=e,this._$AB=t,this._$AM=s,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let e=this._$AA.parentNode,t=this._$AM;return t!==void 0&&e?.nodeType===11&&(e=t.parentNode),e}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(e,t=this){e=G(this,e,t),tt(e)?e===c||e==null||e===""?(this._$AH!==c&&this._$AR(),this._$AH=c):e!==this._$AH&&e!==F&&this._(e):e._$litType$!==void 0?this.$(e):e.nodeType!==void 0?this.T(e):Ae(e)?this.k(e):this._(e)}O(e){return this._$AA.parentNode.insertBefore(e,this._$AB)}T(e){this._$AH!==e&&(this._$AR(),this._$AH=this.O(e))}_(e){this._$AH!==c&&tt(this._$AH)?this._$AA.nextSibling.data=e:this.T(B.createTextNode(e)),this._$AH=e}$(e){let{values:t,_$litType$:s}=e,i=typeof s=="number"?this._$AC(e):(s.el===void 0&&(s.el=et.createElement(Yt(s.h,s.h[0]),this.options)),s);if(this._$AH?._$AD===i)this._$AH.p(t);else{let o=new vt(i,this),d=o.u(this.options);o.p(t),this.T(d),this._$AH=o}}_$AC(e){let t=Bt.get(e.strings);return t===void 0&&Bt.set(e.strings,t=new et(e)),t}k(e){xt(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,s,i=0;for(let o of e)i===t.length?t.push(s=new r(this.O(X()),this.O(X()),this,this.options)):s=t[i],s._$AI(o),i++;i<t.length&&(this._$AR(s&&s._$AB.nextSibling,i),t.length=i)}_$AR(e=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);e!==this._$AB;){let s=Ut(e).nextSibling;Ut(e).remove(),e=s}}setConnected(e){this._$AM===void 0&&(this._$Cv=e,this._$AP?.(e))}},Z=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(e,t,s,i,o){this.type=1,this._$AH=c,this._$AN=void 0,this.element=e,this.name=t,this._$AM=i,this.options=o,s.length>2||s[0]!==""||s[1]!==""?(this._$AH=Array(s.length-1).fill(new String),this.strings=s):this._$AH=c}_$AI(e,t=this,s,i){let o=this.strings,d=!1;if(o===void 0)e=G(this,e,t,0),d=!tt(e)||e!==this._$AH&&e!==F,d&&(this._$AH=e);else{let m=e,h,g;for(e=o[0],h=0;h<o.length-1;h++)g=G(this,m[s+h],t,h),g===F&&(g=this._$AH[h]),d||=!tt(g)||g!==this._$AH[h],g===c?e=c:e!==c&&(e+=(g??"")+o[h+1]),this._$AH[h]=g}d&&!i&&this.j(e)}j(e){e===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,e??"")}},_t=class extends Z{constructor(){super(...arguments),this.type=3}j(e){this.element[this.name]=e===c?void 0:e}},$t=class extends Z{constructor(){super(...arguments),this.type=4}j(e){this.element.toggleAttribute(this.name,!!e&&e!==c)}},yt=class extends Z{constructor(e,t,s,i,o){super(e,t,s,i,o),this.type=5}_$AI(e,t=this){if((e=G(this,e,t,0)??c)===F)return;let s=this._$AH,i=e===c&&s!==c||e.capture!==s.capture||e.once!==s.once||e.passive!==s.passive,o=e!==c&&(s===c||i);i&&this.element.removeEventListener(this.name,this,s),o&&this.element.addEventListener(this.name,this,e),this._$AH=e}handleEvent(e){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,e):this._$AH.handleEvent(e)}},bt=class{constructor(e,t,s){this.element=e,this.type=6,this._$AN=void 0,this._$AM=t,this.options=s}get _$AU(){return this._$AM._$AU}_$AI(e){G(this,e)}};var Ce=wt.litHtmlPolyfillSupport;Ce?.(et,st),(wt.litHtmlVersions??=[]).push("3.3.3");var Jt=(r,e,t)=>{let s=t?.renderBefore??e,i=s._$litPart$;if(i===void 0){let o=t?.renderBefore??null;s._$litPart$=i=new st(e.insertBefore(X(),o),o,void 0,t??{})}return i._$AI(r),i};var Et=globalThis,f=class extends D{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let e=super.createRenderRoot();return this.renderOptions.renderBefore??=e.firstChild,e}update(e){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(e),this._$Do=Jt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return F}};f._$litElement$=!0,f.finalized=!0,Et.litElementHydrateSupport?.({LitElement:f});var Pe=Et.litElementPolyfillSupport;Pe?.({LitElement:f});(Et.litElementVersions??=[]).push("4.2.2");var y=r=>(e,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(r,e)}):customElements.define(r,e)};var Te={attribute:!0,type:String,converter:J,reflect:!1,hasChanged:dt},He=(r=Te,e,t)=>{let{kind:s,metadata:i}=t,o=globalThis.litPropertyMetadata.get(i);if(o===void 0&&globalThis.litPropertyMetadata.set(i,o=new Map),s==="setter"&&((r=Object.create(r)).wrapped=!0),o.set(t.name,r),s==="accessor"){let{name:d}=t;return{set(m){let h=e.get.call(this);e.set.call(this,m),this.requestUpdate(d,h,r,!0,m)},init(m){return m!==void 0&&this.C(d,void 0,r,m),m}}}if(s==="setter"){let{name:d}=t;return function(m){let h=this[d];e.call(this,m),this.requestUpdate(d,h,r,!0,m)}}throw Error("Unsupported decorator location: "+s)};function p(r){return(e,t)=>typeof t=="object"?He(r,e,t):((s,i,o)=>{let d=i.hasOwnProperty(o);return i.constructor.createProperty(o,s),d?Object.getOwnPropertyDescriptor(i,o):void 0})(r,e,t)}function u(r){return p({...r,state:!0,attribute:!1})}var W=(r,e,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof e!="object"&&Object.defineProperty(r,e,t),t);function Qt(r,e){return(t,s,i)=>{let o=d=>d.renderRoot?.querySelector(r)??null;if(e){let{get:d,set:m}=typeof s=="object"?t:i??(()=>{let h=Symbol();return{get(){return this[h]},set(g){this[h]=g}}})();return W(t,s,{get(){let h=d.call(this);return h===void 0&&(h=o(this),(h!==null||this.hasUpdated)&&m.call(this,h)),h}})}return W(t,s,{get(){return o(this)}})}}var b=$`
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
`;var I=class extends f{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return n`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};I.styles=[b,$`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],l([p()],I.prototype,"heading",2),l([p({type:Boolean,reflect:!0})],I.prototype,"open",2),l([Qt("dialog")],I.prototype,"dialog",2),I=l([y("cs-dialog")],I);var U=class extends f{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return n`<label>${this.label}</label>
      <slot></slot>
      ${this.error?n`<div class="error" role="alert">${this.error}</div>`:c}
      ${this.hint&&!this.error?n`<div class="muted">${this.hint}</div>`:c}`}};U.styles=[b,$`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],l([p()],U.prototype,"label",2),l([p()],U.prototype,"error",2),l([p()],U.prototype,"hint",2),U=l([y("cs-field")],U);var Xt={common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{alarm_kind:{camera_offline:"Camera offline",door_held_open:"Door held open",fire_release:"Fire release",forced_entry:"Forced entry",lost_card:"Lost card used",over_usage:"Over-usage",pin_guessing:"PIN guessing",police_watch:"Police watch",repeated_denials:"Repeated denials",vehicle_theft:"Vehicle theft",wanted_person:"Wanted person",watchlist:"Care watch"},card_status:{active:"Active",lost:"Lost",revoked:"Revoked"},card_type:{citizen_card:"Citizen card",id_card:"ID card",property_card:"Property card",residence_permit:"Residence permit"},decision:{denied:"Denied",granted:"Granted"},match:{card:"Card",flat:"Flat",name:"Name",phone:"Phone",plate:"Plate"},pass_state:{active:"Active",expired:"Expired",not_yet_valid:"Not yet valid",revoked:"Revoked",used_up:"Used up"},person_role:{contractor:"Contractor",family:"Family",owner:"Owner",staff:"Staff",tenant:"Tenant"},reason:{expired:"Expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card lost",moved_out:"Moved out",not_permitted_here:"Not permitted here",not_yet_valid:"Not yet valid",outside_schedule:"Outside schedule",owner_absent:"Owner absent",pin_locked:"PIN entry locked",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Pass used up",vehicle_locked:"Vehicle locked"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},tenure:{owner:"Owner-occupied",rental:"Rental"},vehicle_kind:{car:"Car",ebike:"E-bike",motorcycle:"Motorcycle"}},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"},registry:{action:{add_household:"Add flat",add_person:"Add person",add_vehicle:"Add vehicle",edit:"Edit",edit_household:"Edit flat {flat}",edit_person:"Edit {name}",export:"Export CSV",found:"Found",import:"Import CSV",issue_card:"Issue card",move_out:"Move out",move_out_all:"Move everyone out",register:"Register",replace:"Replace",replace_card:"Replace card {uid}",report_lost:"Report lost"},alarms:"Open alarms",back:"Back to search",card_issued:"card {uid} issued",cards:"Cards",care_watch:"Care watch",chart:{electricity:"Electricity by month (kWh)",water:"Water by month (m³)"},confirm:{move_out_household:"Move everyone in this flat out today? Their cards stop opening doors.",move_out_person:"Move this person out today? Their cards stop opening doors.",report_lost:"Report this card lost? It stops opening doors at once."},expires_soon:"Expires within 30 days",field:{area_m2:"Floor area (m²)",building:"Building",card_type:"Card type",chip_uid:"Vehicle chip",electricity_meter:"Electricity meter",holder:"Holder",id_number:"ID number",kind:"Vehicle kind",name:"Name",new_uid:"New card number",person_id:"Person",phone:"Phone",plate:"Plate",reason:"Reason",role:"Role in the household",room:"Room",status:"Status",tenure:"Tenure",uid:"Card number",unit:"Unit",valid_until:"Valid until",water_meter:"Water meter"},form:{required:"Required."},id_check:{id_number_checksum:"The check digit does not match: a digit is mistyped.",id_number_invalid:"Not a valid 18-character resident ID number.",valid:"Valid ID number."},import:{checking:"Checking every row…",choose:"Choose a CSV file…",commit:"Store {count} rows",fix_first:"Correct the refused rows, then choose the file again",help:"One row per person, with the columns building, unit, room, area_m2, tenure, name and role (phone, id_number, card and vehicle columns optional). Every row is checked before anything is stored.",line:"Line",reason:"Why it is refused",stored:"Stored: {households} flats, {people} people, {cards} cards, {vehicles} vehicles.",summary:"{file}: {good} rows good, {bad} rows refused."},locked:"Locked",more_people:"+{count} more",moved_out:"Moved out {date}",no_alarms:"No open alarms.",no_meters:"No meters registered.",no_passages:"No passages yet.",passages:"Recent passages",people:"People",registered:"Registered",search:{find_hint:"Type a flat (9-1-301) or a name to find a resident.",find_placeholder:"Flat (9-1-301) or name",label:"Search the registry",none:"No household matches.",placeholder:"Flat (9-1-301), name, phone, plate or card number",swipe:"Swipe a card",total:"{total} households"},swipe:{reader:"Desk reader",start:"Swipe",timeout:"No card was swiped within a minute.",waiting:"Swipe the card now…"},usage:"Meters and usage",vehicles:"Vehicles",visitors:{create:"Create pass",created:"Pass created: PIN {pin}",entries:"Entries",name:"Visitor's name",revoke:"Revoke",title:"Visitor passes",until:"until {time}",visitor:"Visitor"},wanted:{check_with_police:"Check with the police before registering this person.",listed:"On the wanted list: call the police now.",not_listed:"Not on the wanted list."}}};var te={common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{alarm_kind:{camera_offline:"摄像头离线",door_held_open:"门长时间未关",fire_release:"消防释放",forced_entry:"强行闯入",lost_card:"挂失卡被使用",over_usage:"用量异常",pin_guessing:"密码试探",police_watch:"重点人员",repeated_denials:"多次被拒",vehicle_theft:"车辆被盗",wanted_person:"在逃人员",watchlist:"重点看护"},card_status:{active:"有效",lost:"已挂失",revoked:"已注销"},card_type:{citizen_card:"市民卡",id_card:"身份证",property_card:"物业卡",residence_permit:"居住证"},decision:{denied:"拒绝",granted:"放行"},match:{card:"卡号",flat:"房号",name:"姓名",phone:"电话",plate:"车牌"},pass_state:{active:"有效",expired:"已过期",not_yet_valid:"未生效",revoked:"已作废",used_up:"次数已用完"},person_role:{contractor:"外包人员",family:"家庭成员",owner:"业主",staff:"物业员工",tenant:"租户"},reason:{expired:"已过期",granted:"放行",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"已退房",not_permitted_here:"无此处权限",not_yet_valid:"尚未生效",outside_schedule:"不在通行时段",owner_absent:"车主不在",pin_locked:"密码输入已锁定",revoked:"卡已注销",unknown_credential:"未登记的卡",used_up:"通行证次数已用完",vehicle_locked:"车辆已锁"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},tenure:{owner:"自住",rental:"出租"},vehicle_kind:{car:"汽车",ebike:"电动自行车",motorcycle:"摩托车"}},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"},registry:{action:{add_household:"新增房屋",add_person:"登记人员",add_vehicle:"登记车辆",edit:"编辑",edit_household:"编辑房屋 {flat}",edit_person:"编辑 {name}",export:"导出 CSV",found:"已找回",import:"导入 CSV",issue_card:"发卡",move_out:"退房",move_out_all:"全户退房",register:"登记",replace:"补卡",replace_card:"补办卡 {uid}",report_lost:"挂失"},alarms:"未处理告警",back:"返回搜索",card_issued:"已发卡 {uid}",cards:"门禁卡",care_watch:"重点看护",chart:{electricity:"每月用电（千瓦时）",water:"每月用水（立方米）"},confirm:{move_out_household:"今天为本户所有人办理退房？他们的卡将不再能开门。",move_out_person:"今天为此人办理退房？其卡将不再能开门。",report_lost:"挂失此卡？挂失后立即不能开门。"},expires_soon:"30 天内到期",field:{area_m2:"面积（平方米）",building:"楼栋",card_type:"卡类型",chip_uid:"车辆芯片",electricity_meter:"电表",holder:"持卡人",id_number:"身份证号",kind:"车辆类型",name:"姓名",new_uid:"新卡号",person_id:"人员",phone:"电话",plate:"车牌",reason:"原因",role:"户内身份",room:"房号",status:"状态",tenure:"房屋性质",uid:"卡号",unit:"单元",valid_until:"有效期至",water_meter:"水表"},form:{required:"必填。"},id_check:{id_number_checksum:"校验位不符：有数字输错了。",id_number_invalid:"不是有效的 18 位居民身份证号码。",valid:"身份证号有效。"},import:{checking:"正在逐行检查…",choose:"选择 CSV 文件…",commit:"保存 {count} 行",fix_first:"请先改正被拒绝的行，再重新选择文件",help:"每人一行，需包含 building、unit、room、area_m2、tenure、name、role 列（phone、id_number、卡和车辆列可选）。保存前会检查每一行。",line:"行号",reason:"拒绝原因",stored:"已保存：{households} 套房屋，{people} 人，{cards} 张卡，{vehicles} 辆车。",summary:"{file}：{good} 行无误，{bad} 行被拒绝。"},locked:"已锁车",more_people:"另有 {count} 人",moved_out:"{date} 退房",no_alarms:"没有未处理的告警。",no_meters:"未登记水电表。",no_passages:"暂无通行记录。",passages:"最近通行",people:"人员",registered:"已登记",search:{find_hint:"输入房号（9-1-301）或姓名查找住户。",find_placeholder:"房号（9-1-301）或姓名",label:"搜索住户登记",none:"没有匹配的住户。",placeholder:"房号（9-1-301）、姓名、电话、车牌或卡号",swipe:"刷卡查找",total:"共 {total} 户"},swipe:{reader:"桌面读卡器",start:"刷卡",timeout:"一分钟内没有刷卡。",waiting:"请现在刷卡…"},usage:"水电表与用量",vehicles:"车辆",visitors:{create:"生成通行证",created:"已生成通行证：PIN {pin}",entries:"次数",name:"访客姓名",revoke:"作废",title:"访客通行证",until:"有效至 {time}",visitor:"访客"},wanted:{check_with_police:"登记前请先与民警核实此人。",listed:"在逃人员名单命中：请立即联系民警。",not_listed:"未在在逃人员名单中。"}}};var At={en:Xt,"zh-Hans":te},ee=new Map;function Ct(r){return(r.locale?.language??r.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function St(r,e){let t=r;for(let s of e.split(".")){if(t===void 0||typeof t=="string")return;t=t[s]}return typeof t=="string"?t:void 0}function ht(r,e={}){return r.replace(/\{(\w+)\}/g,(t,s)=>s in e?String(e[s]):t)}function a(r,e,t={}){let s=St(At[Ct(r)],e)??St(At.en,e);return s===void 0?e:ht(s,t)}function x(r,e,t){return t==null||t===""?"":St(At[Ct(r)],`enum.${e}.${t}`)??t}function it(r){let e=Ct(r),t=ee.get(e);return t||(t=r.callWS({type:"frontend/get_translations",language:e,category:"exceptions",integration:["compound_security"]}).then(s=>s.resources).catch(()=>({})),ee.set(e,t)),t}async function k(r,e){let t=e;if(t?.translation_key){let i=(await it(r))[`component.compound_security.exceptions.${t.translation_key}.message`];if(i)return ht(i,t.translation_placeholders??{})}return t?.code==="unauthorized"?a(r,"common.unauthorized"):t?.code==="not_found"?a(r,"common.not_found"):t?.message??a(r,"common.failed")}var O=class extends f{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return n``;let t=Math.min(this.offset+this.limit,this.total);return n`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${a(this.hass,"common.previous")}
      </button>
      <span class="muted">${a(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${a(this.hass,"common.next")}
      </button>
    </div>`}};O.styles=[b,$`.row { justify-content: flex-end; margin-top: 8px; }`],l([p({attribute:!1})],O.prototype,"hass",2),l([p({type:Number})],O.prototype,"offset",2),l([p({type:Number})],O.prototype,"limit",2),l([p({type:Number})],O.prototype,"total",2),O=l([y("cs-pager")],O);var se="compound_security";function _(r,e,t,s={}){let i={type:`${se}/${t}`,...s};return e&&(i.config_entry_id=e.config_entry_id),r.callWS(i)}function ie(r,e,t,s,i={}){return r.connection.subscribeMessage(s,{type:`${se}/${t}`,config_entry_id:e.config_entry_id,...i})}var Pt=[];function re(r){Pt.push(r)}function Oe(r){return r?[["name","name"],["phone","phone"],["id_number","id_number"],["tenant","role"],["role","role"],["uid","uid"],["card_type","card_type"],["tenant_card","card_type"],["valid","valid_until"],["date","valid_until"],["building","building"],["unit","unit"],["room","room"],["household_exists","room"],["area","area_m2"],["tenure","tenure"],["meter","electricity_meter"],["chip","chip_uid"],["plate","plate"],["vehicle_kind","kind"]].find(([t])=>r.startsWith(t))?.[1]??"":""}async function oe(r,e){return{[Oe(e?.translation_key)]:await k(r,e)}}function Tt(r){return new Date(Date.now()+r*864e5).toISOString().slice(0,10)}function ne(r,e,t="text/csv;charset=utf-8"){let s=new Blob(["\uFEFF",e],{type:t}),i=document.createElement("a");i.href=URL.createObjectURL(s),i.download=r,i.click(),setTimeout(()=>URL.revokeObjectURL(i.href),1e3)}var Me=["owner","family","tenant","staff","contractor"],ae=["residence_permit","citizen_card","id_card","property_card"],Le=["ebike","motorcycle","car"],Ie=["owner","rental"],R=(r,e=!1)=>({name:r,kind:"text",required:e});function z(r,e,t=[]){let s={};for(let i of e){let o=r[i]?.trim();o&&(s[i]=t.includes(i)?Number(o):o)}return s}function pt(){return[R("building",!0),R("unit",!0),R("room",!0),{name:"area_m2",kind:"number",required:!0},{name:"tenure",kind:"select",options:Ie,required:!0},R("electricity_meter"),R("water_meter")]}function le(r,e,t){let s=pt().map(i=>i.name);return{heading:a(r,"registry.action.add_household"),fields:pt(),values:{tenure:"owner"},submit:async i=>{let o=await _(r,e,"household/create",z(i,s,["area_m2"]));t(o.id)}}}var ut=class{constructor(e,t,s){this.hass=e;this.compound=t;this.detail=s}get rental(){return this.detail.household.tenure==="rental"}grant(e){return this.compound.may[e]}get tenantsOnly(){return this.grant("registry_edit")==="tenants"}mayAddPerson(){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental}mayEdit(e){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental&&e.role==="tenant"}mayMoveOutHousehold(){let e=this.detail.people;return e.some(t=>!t.moved_out)&&e.every(t=>this.mayEdit(t))}mayEnrolCard(){return this.grant("card_manage")==="all"||this.grant("card_enrol")==="all"&&this.rental}names(e){return Object.fromEntries(e.map(t=>[t.id,t.name]))}personFields(){let e=this.tenantsOnly?["tenant"]:Me,t=[R("name",!0),{name:"role",kind:"select",enumName:"person_role",options:e,required:!0},{name:"phone",kind:"tel"}];return this.grant("id_number_enter")&&t.push({name:"id_number",kind:"id_number"}),t}addPerson(){let e=this.personFields(),t=this.mayEnrolCard();t&&e.push({name:"card_type",kind:"select",options:ae},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid"});let s=this.rental?"tenant":this.detail.people.length?"family":"owner",i;return{heading:a(this.hass,"registry.action.add_person"),fields:e,values:{role:s,card_type:s==="tenant"?"residence_permit":"citizen_card",valid_until:s==="tenant"?Tt(365):""},submitLabel:a(this.hass,"registry.action.register"),submit:async o=>{let d={household_id:this.detail.household.id,...z(o,["name","role","phone","id_number"])};t&&o.uid?.trim()&&(d.card=z(o,["uid","card_type","valid_until"])),i=await _(this.hass,this.compound,"person/register",d)},notice:()=>{if(!i)return"";let o=[a(this.hass,"registry.registered")];return i.card&&o.push(a(this.hass,"registry.card_issued",{uid:i.card.uid})),i.wanted&&o.push(a(this.hass,`registry.wanted.${i.wanted}`)),o.join(" · ")}}}editPerson(e){return{heading:a(this.hass,"registry.action.edit_person",{name:e.name}),fields:this.personFields(),values:{name:e.name,role:e.role??"",phone:e.phone??""},submit:t=>_(this.hass,this.compound,"person/update",{person_id:e.id,...z(t,["name","role","phone","id_number"])})}}issueCard(){let e=this.detail.people.filter(t=>!t.moved_out);return{heading:a(this.hass,"registry.action.issue_card"),fields:[{name:"person_id",kind:"select",options:e.map(t=>t.id),labels:this.names(e)},{name:"card_type",kind:"select",options:ae},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid",required:!0}],values:{person_id:e[0]?.id??"",card_type:this.rental?"residence_permit":"citizen_card",valid_until:this.rental?Tt(365):""},submit:t=>_(this.hass,this.compound,"card/create",z(t,["person_id","uid","card_type","valid_until"]))}}replaceCard(e){return{heading:a(this.hass,"registry.action.replace_card",{uid:e.uid}),fields:[{name:"new_uid",kind:"uid",required:!0},R("reason")],values:{},submit:t=>_(this.hass,this.compound,"card/replace",{card_id:e.card_id,...z(t,["new_uid","reason"])})}}addVehicle(){let e=this.detail.people.filter(t=>!t.moved_out);return{heading:a(this.hass,"registry.action.add_vehicle"),fields:[{name:"person_id",kind:"select",options:e.map(t=>t.id),labels:this.names(e)},{name:"kind",kind:"select",enumName:"vehicle_kind",options:Le},R("plate"),{name:"chip_uid",kind:"uid",required:!0}],values:{person_id:e[0]?.id??"",kind:"ebike"},submit:t=>_(this.hass,this.compound,"vehicle/create",z(t,["person_id","kind","plate","chip_uid"]))}}editHousehold(){let e=this.detail.household,t=pt().map(i=>i.name),s={};for(let i of t)s[i]=String(e[i]??"");return{heading:a(this.hass,"registry.action.edit_household",{flat:e.flat}),fields:pt(),values:s,submit:i=>_(this.hass,this.compound,"household/update",{household_id:e.id,...z(i,t,["area_m2"])})}}};var de="compound-security-desk-reader",Ht=new Map,S=class extends f{constructor(){super(...arguments);this.known=!1;this.label="";this.readers=[];this.reader=localStorage.getItem(de)??"";this.waiting=!1;this.message=""}connectedCallback(){super.connectedCallback(),this.loadReaders()}disconnectedCallback(){super.disconnectedCallback(),this.cancel()}async loadReaders(){let t=this.compound.config_entry_id;Ht.has(t)||Ht.set(t,_(this.hass,this.compound,"registry/desk_readers").then(s=>s.access_points).catch(()=>[])),this.readers=await Ht.get(t),this.readers.some(s=>s.id===this.reader)||(this.reader=this.readers[0]?.id??"")}choose(t){this.reader=t.target.value,localStorage.setItem(de,this.reader)}async start(){await this.cancel(),this.message="",this.waiting=!0;try{this.stop=await ie(this.hass,this.compound,"enrol/subscribe",t=>this.heard(t),{access_point:this.reader,known:this.known})}catch(t){this.waiting=!1,this.message=await k(this.hass,t)}}heard(t){this.waiting=!1,this.stop=void 0,t.type==="read"&&t.uid?this.dispatchEvent(new CustomEvent("uid",{detail:{uid:t.uid}})):this.message=a(this.hass,"registry.swipe.timeout")}async cancel(){let t=this.stop;this.stop=void 0,this.waiting=!1,t&&await t().catch(()=>{})}render(){return this.readers.length?n`<span class="swipe">
      ${this.readers.length>1?n`<select
            aria-label=${a(this.hass,"registry.swipe.reader")}
            .value=${this.reader}
            @change=${this.choose}
          >
            ${this.readers.map(t=>n`<option value=${t.id} ?selected=${t.id===this.reader}>${t.name}</option>`)}
          </select>`:c}
      ${this.waiting?n`<span class="waiting" role="status">${a(this.hass,"registry.swipe.waiting")}</span>
            <button type="button" @click=${this.cancel}>${a(this.hass,"common.cancel")}</button>`:n`<button type="button" class="start" @click=${this.start}>
            ${this.label||a(this.hass,"registry.swipe.start")}
          </button>`}
      ${this.message?n`<span class="muted">${this.message}</span>`:c}
    </span>`:c}};S.styles=[b,$`
      :host { display: inline-block; }
      .swipe { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
      .waiting { color: var(--primary-color); font-weight: 500; }
    `],l([p({attribute:!1})],S.prototype,"hass",2),l([p({attribute:!1})],S.prototype,"compound",2),l([p({type:Boolean})],S.prototype,"known",2),l([p()],S.prototype,"label",2),l([u()],S.prototype,"readers",2),l([u()],S.prototype,"reader",2),l([u()],S.prototype,"waiting",2),l([u()],S.prototype,"message",2),S=l([y("cs-registry-swipe")],S);var Ue=18,E=class extends f{constructor(){super(...arguments);this.fields=[];this.initial={};this.values={};this.submitLabel="";this.errors={};this.busy=!1;this.checking=0}willUpdate(t){t.has("initial")&&(this.values={...this.initial},this.errors={},this.idCheck=void 0)}set(t,s){this.values={...this.values,[t]:s},this.errors[t]&&(this.errors={...this.errors,[t]:""})}async checkIdNumber(t){let s=t.replace(/\s/g,""),i=++this.checking;if(s.length<Ue){this.idCheck=void 0;return}try{let o=await _(this.hass,this.compound,"person/check_id",{id_number:s});i===this.checking&&(this.idCheck=o)}catch(o){i===this.checking&&(this.errors={...this.errors,id_number:await k(this.hass,o)})}}async save(t){if(t.preventDefault(),!this.submit||this.busy)return;let s=this.fields.filter(i=>i.required&&!this.values[i.name]?.trim());if(s.length){this.errors=Object.fromEntries(s.map(i=>[i.name,a(this.hass,"registry.form.required")]));return}this.busy=!0,this.errors={};try{await this.submit(this.values),this.dispatchEvent(new CustomEvent("saved"))}catch(i){this.errors=await oe(this.hass,i)}finally{this.busy=!1}}idHint(){let t=this.idCheck;if(!t)return c;if(!t.valid)return n`<div class="error" role="alert" data-id-check="invalid">
        ${a(this.hass,`registry.id_check.${t.reason??"id_number_invalid"}`)}
      </div>`;let s=t.wanted;return n`<div class="ok" data-id-check="valid">${a(this.hass,"registry.id_check.valid")}</div>
      ${s?n`<div class=${s==="not_listed"?"ok":"error wanted"} role="status" data-wanted=${s}>
            ${a(this.hass,`registry.wanted.${s}`)}
          </div>`:c}`}input(t){let s=this.values[t.name]??"",i=o=>{let d=o.target.value;this.set(t.name,d),t.kind==="id_number"&&this.checkIdNumber(d)};switch(t.kind){case"select":return n`<select name=${t.name} .value=${s} @change=${i}>
          ${t.options?.map(o=>n`<option value=${o} ?selected=${o===s}>
              ${t.labels?.[o]??x(this.hass,t.enumName??t.name,o)}
            </option>`)}
        </select>`;case"uid":return n`<div class="uid">
          <input name=${t.name} .value=${s} @input=${i} autocomplete="off" />
          <cs-registry-swipe
            .hass=${this.hass}
            .compound=${this.compound}
            @uid=${o=>this.set(t.name,o.detail.uid)}
          ></cs-registry-swipe>
        </div>`;default:return n`<input
          name=${t.name}
          type=${t.kind==="number"?"number":t.kind==="date"?"date":t.kind==="tel"?"tel":"text"}
          inputmode=${t.kind==="id_number"?"text":t.kind==="tel"?"tel":c}
          autocomplete="off"
          .value=${s}
          @input=${i}
        />`}}render(){let t=this.errors[""];return n`<form @submit=${this.save}>
      ${this.fields.map(s=>n`<cs-field
          data-field=${s.name}
          .label=${a(this.hass,`registry.field.${s.name}`)+(s.required?" *":"")}
          .error=${this.errors[s.name]||null}
        >
          ${this.input(s)} ${s.kind==="id_number"?this.idHint():c}
        </cs-field>`)}
      ${t?n`<div class="error" role="alert">${t}</div>`:c}
      <div class="actions">
        <button type="button" @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>
          ${a(this.hass,"common.cancel")}
        </button>
        <button type="submit" class="primary save" ?disabled=${this.busy}>
          ${this.submitLabel||a(this.hass,"common.save")}
        </button>
      </div>
    </form>`}};E.styles=[b,$`
      cs-field { display: block; }
      .uid { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .uid input { flex: 1; min-width: 140px; }
      .wanted { font-weight: 600; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
      .error, .ok { font-size: 13px; margin-top: 4px; }
    `],l([p({attribute:!1})],E.prototype,"hass",2),l([p({attribute:!1})],E.prototype,"compound",2),l([p({attribute:!1})],E.prototype,"fields",2),l([p({attribute:!1})],E.prototype,"initial",2),l([u()],E.prototype,"values",2),l([p({attribute:!1})],E.prototype,"submit",2),l([p()],E.prototype,"submitLabel",2),l([u()],E.prototype,"errors",2),l([u()],E.prototype,"idCheck",2),l([u()],E.prototype,"busy",2),E=l([y("cs-registry-form")],E);function ze(r){return r.locale?.language??r.language??"en"}function rt(r,e,t){return e?new Intl.DateTimeFormat(ze(r),{timeZone:t.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).format(new Date(e)):""}async function Re(){if(!window.loadCardHelpers){await customElements.whenDefined("partial-panel-resolver");let r=document.createElement("partial-panel-resolver");r.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},r._updateRoutes(),await r.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}return window.loadCardHelpers?.()}var q=class extends f{constructor(){super(...arguments);this.heading="";this.cards=[];this.shownFor=""}updated(t){t.has("statistics")&&this.statistics&&this.statistics.electricity!==this.shownFor&&this.build();for(let s of this.cards)s.hass=this.hass}async build(){this.shownFor=this.statistics.electricity;let t=await Re();if(!t)return;let s=this.renderRoot.querySelector(".charts");s&&(this.cards=["electricity","water"].map(i=>{let o=t.createCardElement({type:"statistics-graph",title:a(this.hass,`registry.chart.${i}`),entities:[this.statistics[i]],period:"month",chart_type:"bar",stat_types:["change"],days_to_show:365,hide_legend:!0});return o.hass=this.hass,o.dataset.kind=i,o}),s.replaceChildren(...this.cards))}render(){return n`<div class="charts"></div>`}};q.styles=[b,$`
      .charts { display: grid; gap: 12px; margin-top: 8px; }
    `],l([p({attribute:!1})],q.prototype,"hass",2),l([p({attribute:!1})],q.prototype,"statistics",2),l([p()],q.prototype,"heading",2),q=l([y("cs-registry-chart")],q);var P=class extends f{constructor(){super(...arguments);this.householdId="";this.passes=[];this.name="";this.entries="1";this.message=""}updated(t){t.has("householdId")&&this.load()}async load(){try{let t=await _(this.hass,this.compound,"visitor_pass/list");this.passes=t.passes.filter(s=>s.household_id===this.householdId)}catch(t){this.message=await k(this.hass,t)}}async create(t){t.preventDefault();try{let s=await _(this.hass,this.compound,"visitor_pass/create",{household_id:this.householdId,name:this.name.trim()||void 0,entries:Number(this.entries)||1});this.message=a(this.hass,"registry.visitors.created",{pin:s.pin}),this.name="",await this.load()}catch(s){this.message=await k(this.hass,s)}}async revoke(t){try{await _(this.hass,this.compound,"visitor_pass/revoke",{pass_id:t.pass_id}),await this.load()}catch(s){this.message=await k(this.hass,s)}}render(){let t=this.passes.filter(s=>s.state==="active"||s.state==="not_yet_valid");return n`<section class="card" data-section="visitors">
      <h2>${a(this.hass,"registry.visitors.title")}</h2>
      <form class="row" @submit=${this.create}>
        <input
          aria-label=${a(this.hass,"registry.visitors.name")}
          placeholder=${a(this.hass,"registry.visitors.name")}
          .value=${this.name}
          @input=${s=>this.name=s.target.value}
        />
        <input
          type="number"
          min="1"
          max="20"
          class="entries"
          aria-label=${a(this.hass,"registry.visitors.entries")}
          .value=${this.entries}
          @input=${s=>this.entries=s.target.value}
        />
        <button type="submit">${a(this.hass,"registry.visitors.create")}</button>
      </form>
      ${this.message?n`<div class="muted" role="status">${this.message}</div>`:c}
      <ul class="list">
        ${t.map(s=>n`<li>
            <strong>${s.name||a(this.hass,"registry.visitors.visitor")}</strong>
            <span class="chip">PIN ${s.pin}</span>
            <span class="chip">${x(this.hass,"pass_state",s.state)}</span>
            <span class="muted">
              ${a(this.hass,"registry.visitors.until",{time:rt(this.hass,s.valid_until,this.compound)})}
              · ${s.entries-s.used}/${s.entries}
            </span>
            <button class="danger" @click=${()=>this.revoke(s)}>${a(this.hass,"registry.visitors.revoke")}</button>
          </li>`)}
      </ul>
    </section>`}};P.styles=[b,$`
      .list { list-style: none; margin: 8px 0 0; padding: 0; }
      .list li { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 6px 0; }
      .entries { width: 70px; }
      form input:first-child { flex: 1; min-width: 120px; }
    `],l([p({attribute:!1})],P.prototype,"hass",2),l([p({attribute:!1})],P.prototype,"compound",2),l([p()],P.prototype,"householdId",2),l([u()],P.prototype,"passes",2),l([u()],P.prototype,"name",2),l([u()],P.prototype,"entries",2),l([u()],P.prototype,"message",2),P=l([y("cs-registry-visitors")],P);var C=class extends f{constructor(){super(...arguments);this.narrow=!1;this.householdId="";this.failure="";this.dialog=null;this.notice=""}get forms(){return new ut(this.hass,this.compound,this.detail)}updated(t){t.has("householdId")&&this.householdId&&this.load()}async load(){try{this.detail=await _(this.hass,this.compound,"household/detail",{household_id:this.householdId}),this.failure=""}catch(t){this.failure=await k(this.hass,t)}}grant(t){return this.compound.may[t]}open(t){this.notice="",this.dialog=t}async saved(){let t=this.dialog?.notice?.();this.dialog=null,this.notice=t??"",await this.load()}async act(t,s,i){if(!(i&&!confirm(a(this.hass,i))))try{await _(this.hass,this.compound,t,s),this.notice="",await this.load()}catch(o){this.notice=await k(this.hass,o)}}nameOf(t){return this.detail?.people.find(s=>s.id===t)?.name??""}renderPeople(t){let s=this.forms;return n`<section class="card" data-section="people">
      <h2>
        ${a(this.hass,"registry.people")}
        ${s.mayAddPerson()?n`<button class="add-person primary" @click=${()=>this.open(s.addPerson())}>
              ${a(this.hass,"registry.action.add_person")}
            </button>`:c}
      </h2>
      ${t.people.length?n`<ul class="list">
            ${t.people.map(i=>this.renderPerson(i))}
          </ul>`:n`<div class="muted">${a(this.hass,"common.nothing")}</div>`}
    </section>`}renderPerson(t){let s=this.forms,i=t.moved_out?.date;return n`<li data-person=${t.name}>
      <div class="main">
        <strong>${t.name}</strong>
        ${t.role?n`<span class="chip">${x(this.hass,"person_role",t.role)}</span>`:c}
        ${i?n`<span class="chip">${a(this.hass,"registry.moved_out",{date:i})}</span>`:c}
        ${t.watch==="care"?n`<span class="chip">${a(this.hass,"registry.care_watch")}</span>`:c}
      </div>
      <div class="muted">${[t.phone,t.id_number_mask].filter(Boolean).join(" · ")}</div>
      <div class="row actions">
        ${s.mayEdit(t)?n`<button @click=${()=>this.open(s.editPerson(t))}>${a(this.hass,"registry.action.edit")}</button>`:c}
        ${s.mayEdit(t)&&!i?n`<button
              class="danger"
              @click=${()=>this.act("person/move_out",{person_id:t.id},"registry.confirm.move_out_person")}
            >
              ${a(this.hass,"registry.action.move_out")}
            </button>`:c}
      </div>
    </li>`}renderCard(t){let s=this.forms;return n`<tr data-card=${t.uid}>
      <td>${t.uid}</td>
      <td>${this.nameOf(t.person_id)}</td>
      <td>${x(this.hass,"card_type",t.card_type)}</td>
      <td>
        <span class="chip status-${t.status}">${x(this.hass,"card_status",t.status)}</span>
        ${t.expires_soon?n`<span class="chip warn-chip">${a(this.hass,"registry.expires_soon")}</span>`:c}
      </td>
      <td>${t.valid_until??"—"}</td>
      <td class="row">
        ${t.status==="active"&&this.grant("card_report_lost")?n`<button class="danger" @click=${()=>this.act("card/report_lost",{card_id:t.card_id},"registry.confirm.report_lost")}>
              ${a(this.hass,"registry.action.report_lost")}
            </button>`:c}
        ${t.status==="lost"&&this.grant("card_manage")==="all"?n`<button @click=${()=>this.act("card/found",{card_id:t.card_id})}>
              ${a(this.hass,"registry.action.found")}
            </button>`:c}
        ${this.grant("card_manage")==="all"?n`<button @click=${()=>this.open(s.replaceCard(t))}>${a(this.hass,"registry.action.replace")}</button>`:c}
      </td>
    </tr>`}renderCards(t){if(!t.cards)return c;let s=this.forms;return n`<section class="card" data-section="cards">
      <h2>
        ${a(this.hass,"registry.cards")}
        ${this.grant("card_manage")==="all"&&t.people.length?n`<button @click=${()=>this.open(s.issueCard())}>${a(this.hass,"registry.action.issue_card")}</button>`:c}
      </h2>
      ${t.cards.length?n`<div class="scroll"><table>
            <thead><tr>
              ${["uid","holder","card_type","status","valid_until",""].map(i=>n`<th>${i?a(this.hass,`registry.field.${i}`):""}</th>`)}
            </tr></thead>
            <tbody>${t.cards.map(i=>this.renderCard(i))}</tbody>
          </table></div>`:n`<div class="muted">${a(this.hass,"common.nothing")}</div>`}
    </section>`}renderVehicles(t){if(!t.vehicles)return c;let s=this.forms;return n`<section class="card" data-section="vehicles">
      <h2>
        ${a(this.hass,"registry.vehicles")}
        ${this.grant("vehicle_manage")==="all"&&t.people.length?n`<button @click=${()=>this.open(s.addVehicle())}>${a(this.hass,"registry.action.add_vehicle")}</button>`:c}
      </h2>
      ${t.vehicles.length?n`<ul class="list">
            ${t.vehicles.map(i=>n`<li>
                <strong>${i.plate||i.chip_uid}</strong>
                <span class="chip">${x(this.hass,"vehicle_kind",i.kind)}</span>
                ${i.locked?n`<span class="chip">${a(this.hass,"registry.locked")}</span>`:c}
                <span class="muted">${this.nameOf(i.person_id)} · ${i.chip_uid}</span>
              </li>`)}
          </ul>`:n`<div class="muted">${a(this.hass,"common.nothing")}</div>`}
    </section>`}renderUsage(t){if(!t.meters&&!t.statistics)return c;let s=Object.entries(t.meters??{});return n`<section class="card" data-section="usage">
      <h2>${a(this.hass,"registry.usage")}</h2>
      ${s.length?n`<div class="muted">
            ${s.map(([i,o])=>n`${a(this.hass,`registry.field.${i}`)}: ${o} `)}
          </div>`:n`<div class="muted">${a(this.hass,"registry.no_meters")}</div>`}
      ${t.statistics?n`<cs-registry-chart
            .hass=${this.hass}
            .statistics=${t.statistics}
            .heading=${t.household.flat}
          ></cs-registry-chart>`:c}
    </section>`}renderActivity(t){return n`${t.alarms?n`<section class="card" data-section="alarms">
          <h2>${a(this.hass,"registry.alarms")}</h2>
          ${t.alarms.length?n`<ul class="list">
                ${t.alarms.map(s=>n`<li>
                    <span class="chip alarm">${x(this.hass,"alarm_kind",s.kind)}</span>
                    <span class="muted">${rt(this.hass,s.time,this.compound)}</span>
                  </li>`)}
              </ul>`:n`<div class="muted">${a(this.hass,"registry.no_alarms")}</div>`}
        </section>`:c}
    ${t.passages?n`<section class="card" data-section="passages">
          <h2>${a(this.hass,"registry.passages")}</h2>
          ${t.passages.length?n`<ul class="list">
                ${t.passages.map(s=>n`<li data-decision=${s.decision}>
                    <span class="chip ${s.decision}">${x(this.hass,"decision",s.decision)}</span>
                    ${rt(this.hass,s.time,this.compound)} · ${s.access_point??""}
                    · ${s.name??""}
                    ${s.decision==="denied"?n`<span class="muted">(${x(this.hass,"reason",s.reason)})</span>`:c}
                  </li>`)}
              </ul>`:n`<div class="muted">${a(this.hass,"registry.no_passages")}</div>`}
        </section>`:c}`}render(){if(this.failure)return n`<button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${a(this.hass,"registry.back")}
        </button>
        <div class="card error" role="alert">${this.failure}</div>`;let t=this.detail;if(!t)return n`<div class="muted">${a(this.hass,"common.loading")}</div>`;let s=t.household,i=this.forms;return n`
      <div class="head">
        <button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${a(this.hass,"registry.back")}
        </button>
        <h2 class="flat">${s.flat}</h2>
        ${s.tenure?n`<span class="chip">${x(this.hass,"tenure",s.tenure)}</span>`:c}
        ${s.area_m2?n`<span class="muted">${s.area_m2} m²</span>`:c}
        <span class="spacer"></span>
        ${this.grant("registry_edit")==="all"?n`<button @click=${()=>this.open(i.editHousehold())}>${a(this.hass,"registry.action.edit")}</button>`:c}
        ${i.mayMoveOutHousehold()?n`<button class="danger" @click=${()=>this.act("household/move_out",{household_id:s.id},"registry.confirm.move_out_household")}>
              ${a(this.hass,"registry.action.move_out_all")}
            </button>`:c}
      </div>
      ${this.notice?n`<div class="card notice" role="status">${this.notice}</div>`:c}
      <div class="grid">
        ${this.renderPeople(t)} ${this.renderCards(t)} ${this.renderVehicles(t)}
        ${this.grant("visitor_pass")?n`<cs-registry-visitors .hass=${this.hass} .compound=${this.compound} .householdId=${s.id}></cs-registry-visitors>`:c}
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
            ></cs-registry-form>`:c}
      </cs-dialog>
    `}};C.styles=[b,$`
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
    `],l([p({attribute:!1})],C.prototype,"hass",2),l([p({attribute:!1})],C.prototype,"compound",2),l([p({type:Boolean,reflect:!0})],C.prototype,"narrow",2),l([p()],C.prototype,"householdId",2),l([u()],C.prototype,"detail",2),l([u()],C.prototype,"failure",2),l([u()],C.prototype,"dialog",2),l([u()],C.prototype,"notice",2),C=l([y("cs-registry-household")],C);var T=class extends f{constructor(){super(...arguments);this.fileName="";this.texts={};this.message="";this.busy=!1;this.content=""}async pick(t){let s=t.target.files?.[0];s&&(this.fileName=s.name,this.content=await s.text(),this.preview=void 0,this.message="",await this.run("import/preview"))}async run(t){this.busy=!0;try{let[s,i]=await Promise.all([_(this.hass,this.compound,t,{kind:"registry",content:this.content}),it(this.hass)]);this.texts=i,this.preview=s,s.stored&&(this.message=a(this.hass,"registry.import.stored",s.counts??{}),this.dispatchEvent(new CustomEvent("imported")))}catch(s){this.message=await k(this.hass,s)}finally{this.busy=!1}}reason(t,s){let i=this.texts[`component.compound_security.exceptions.${t}.message`];return i?ht(i,s):t}render(){let t=this.preview;return n`<div class="import">
      <p class="muted">${a(this.hass,"registry.import.help")}</p>
      <label class="button pick">
        ${a(this.hass,"registry.import.choose")}
        <input type="file" accept=".csv,text/csv" @change=${this.pick} />
      </label>
      ${this.fileName?n`<span class="muted">${this.fileName}</span>`:c}
      ${this.busy?n`<div class="muted">${a(this.hass,"registry.import.checking")}</div>`:c}
      ${t&&!t.stored?n`<div class="summary" data-good=${t.good_rows} data-bad=${t.errors.length}>
            ${a(this.hass,"registry.import.summary",{file:this.fileName,good:t.good_rows,bad:t.errors.length})}
          </div>`:c}
      ${t?.errors.length?n`<table class="errors">
            <thead><tr><th>${a(this.hass,"registry.import.line")}</th><th>${a(this.hass,"registry.import.reason")}</th></tr></thead>
            <tbody>
              ${t.errors.map(s=>n`<tr data-line=${s.line}><td>${s.line}</td><td>${this.reason(s.code,s.placeholders)}</td></tr>`)}
            </tbody>
          </table>`:c}
      ${this.message?n`<div class="message" role="status">${this.message}</div>`:c}
      <div class="actions">
        <button @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>${a(this.hass,"common.close")}</button>
        <button
          class="primary commit"
          ?disabled=${!t?.valid||t.stored||this.busy}
          @click=${()=>this.run("import/commit")}
        >
          ${t&&!t.valid?a(this.hass,"registry.import.fix_first"):a(this.hass,"registry.import.commit",{count:t?.good_rows??0})}
        </button>
      </div>
    </div>`}};T.styles=[b,$`
      .summary { margin: 12px 0; font-weight: 500; }
      .pick { display: inline-flex; align-items: center; margin: 0 8px 0 0; color: var(--primary-color); font-size: inherit; }
      .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .errors { max-height: 50vh; display: block; overflow: auto; }
      .errors td:first-child { width: 60px; }
      .message { margin-top: 8px; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
    `],l([p({attribute:!1})],T.prototype,"hass",2),l([p({attribute:!1})],T.prototype,"compound",2),l([u()],T.prototype,"fileName",2),l([u()],T.prototype,"preview",2),l([u()],T.prototype,"texts",2),l([u()],T.prototype,"message",2),l([u()],T.prototype,"busy",2),T=l([y("cs-registry-import")],T);re({id:"registry",tag:"cs-registry-page",icon:"mdi:account-group",operations:["registry_view"]});var qe=250,A=class extends f{constructor(){super(...arguments);this.narrow=!1;this.query="";this.offset=0;this.failure="";this.householdId=null;this.dialog=null;this.importing=!1;this.asked=0}get limit(){return this.narrow?20:50}get finds(){return this.compound.may.registry_view==="find"}connectedCallback(){super.connectedCallback();let t=new URLSearchParams(location.search);this.householdId=t.get("household"),this.finds||this.search()}typed(t){this.query=t.target.value,this.offset=0,clearTimeout(this.timer),this.timer=window.setTimeout(()=>void this.search(),qe)}async search(){let t=++this.asked;if(this.finds&&!this.query.trim()){this.answer=void 0;return}try{let s=await _(this.hass,this.compound,"registry/search",{query:this.query,offset:this.offset,limit:this.limit});t===this.asked&&(this.answer=s,this.failure="")}catch(s){this.failure=await k(this.hass,s)}}show(t){this.householdId=t;let s=new URL(location.href);t?s.searchParams.set("household",t):s.searchParams.delete("household"),history.replaceState(null,"",s),t||this.search()}async exportCsv(){try{let t=await _(this.hass,this.compound,"registry/export");ne(t.file_name,t.content)}catch(t){this.failure=await k(this.hass,t)}}renderRow(t){return n`<li>
      <button class="result" data-flat=${t.flat} @click=${()=>this.show(t.household_id)}>
        <span class="flat">${t.flat}</span>
        ${t.tenure?n`<span class="chip">${x(this.hass,"tenure",t.tenure)}</span>`:c}
        <span class="people">${t.people.map(s=>s.name).join("、")}</span>
        ${t.people_count!==void 0&&t.people_count>t.people.length?n`<span class="muted">${a(this.hass,"registry.more_people",{count:t.people_count-t.people.length})}</span>`:c}
        <span class="matches">
          ${t.matches.filter(s=>s!=="flat"&&s!=="name").map(s=>n`<span class="chip">${x(this.hass,"match",s)}</span>`)}
        </span>
      </button>
    </li>`}renderSearch(){let t=this.compound.may,s=this.answer;return n`
      <div class="card search">
        <div class="row">
          <input
            class="query"
            type="search"
            autofocus
            enterkeyhint="search"
            aria-label=${a(this.hass,"registry.search.label")}
            placeholder=${a(this.hass,this.finds?"registry.search.find_placeholder":"registry.search.placeholder")}
            .value=${this.query}
            @input=${this.typed}
          />
          ${t.card_enrol?n`<cs-registry-swipe
                known
                .hass=${this.hass}
                .compound=${this.compound}
                .label=${a(this.hass,"registry.search.swipe")}
                @uid=${i=>{this.query=i.detail.uid,this.offset=0,this.search()}}
              ></cs-registry-swipe>`:c}
        </div>
        <div class="row tools">
          ${t.registry_edit==="all"?n`<button class="add-household" @click=${()=>this.dialog=le(this.hass,this.compound,i=>this.show(i))}>
                ${a(this.hass,"registry.action.add_household")}
              </button>`:c}
          ${t.registry_import?n`<button class="import" @click=${()=>this.importing=!0}>${a(this.hass,"registry.action.import")}</button>`:c}
          ${t.registry_view==="all"?n`<button class="export" @click=${this.exportCsv}>${a(this.hass,"registry.action.export")}</button>`:c}
        </div>
      </div>
      ${this.failure?n`<div class="card error" role="alert">${this.failure}</div>`:c}
      ${s?n`<div class="card">
            <div class="muted total">${a(this.hass,"registry.search.total",{total:s.total})}</div>
            ${s.results.length?n`<ul class="results">${s.results.map(i=>this.renderRow(i))}</ul>`:n`<div class="muted">${a(this.hass,"registry.search.none")}</div>`}
            <cs-pager
              .hass=${this.hass}
              .offset=${s.offset}
              .limit=${s.limit}
              .total=${s.total}
              @page=${i=>{this.offset=i.detail.offset,this.search()}}
            ></cs-pager>
          </div>`:this.finds?n`<div class="card muted">${a(this.hass,"registry.search.find_hint")}</div>`:c}
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
            ></cs-registry-form>`:c}
      </cs-dialog>
      <cs-dialog .heading=${a(this.hass,"registry.action.import")} .open=${this.importing} @closed=${()=>this.importing=!1}>
        ${this.importing?n`<cs-registry-import
              .hass=${this.hass}
              .compound=${this.compound}
              @imported=${()=>void this.search()}
              @cancel=${()=>this.importing=!1}
            ></cs-registry-import>`:c}
      </cs-dialog>
    `}};A.styles=[b,$`
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
    `],l([p({attribute:!1})],A.prototype,"hass",2),l([p({type:Boolean,reflect:!0})],A.prototype,"narrow",2),l([p({attribute:!1})],A.prototype,"compound",2),l([u()],A.prototype,"query",2),l([u()],A.prototype,"offset",2),l([u()],A.prototype,"answer",2),l([u()],A.prototype,"failure",2),l([u()],A.prototype,"householdId",2),l([u()],A.prototype,"dialog",2),l([u()],A.prototype,"importing",2),A=l([y("cs-registry-page")],A);var he=Symbol.for(""),Ve=r=>{if(r?.r===he)return r?._$litStatic$},pe=r=>({_$litStatic$:r,r:he});var ce=new Map,Nt=r=>(e,...t)=>{let s=t.length,i,o,d=[],m=[],h,g=0,w=!1;for(;g<s;){for(h=e[g];g<s&&(o=t[g],(i=Ve(o))!==void 0);)h+=i+e[++g],w=!0;g!==s&&m.push(o),d.push(h),g++}if(g===s&&d.push(e[s]),w){let v=d.join("$$lit$$");(e=ce.get(v))===void 0&&(d.raw=d,ce.set(v,e=d)),t=m}return r(e,...t)},ue=Nt(n),br=Nt(Zt),wr=Nt(Kt);var me="compound-security-compound",H=class extends f{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(me)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([_(this.hass,null,"console/info"),it(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(s=>s.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return Pt.filter(s=>s.operations.some(i=>i in t.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let s=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",s),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem(me,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,s=t?this.pagesFor(t):[],i=s.find(o=>o.id===this.pageId)??s[0];return n`
      <header>
        ${this.narrow?n`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:c}
        <h1>${a(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?n`<select aria-label=${a(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(o=>n`<option value=${o.config_entry_id} ?selected=${o===t}>${o.title}</option>`)}
            </select>`:t?n`<span class="compound">${t.title}</span>`:c}
        ${t?n`<span class="chip role">${x(this.hass,"role",t.role)}</span>`:c}
      </header>
      ${s.length>1?n`<nav role="tablist">
            ${s.map(o=>n`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${o.id}"
                aria-selected=${o===i?"true":"false"}
                data-page=${o.id}
                @click=${d=>{d.preventDefault(),this.navigate(o.id)}}
                >${a(this.hass,`page.${o.id}`)}</a
              >`)}
          </nav>`:c}
      <main>${this.renderBody(t,i)}</main>
    `}renderBody(t,s){if(this.failed)return n`<div class="card error">
        ${a(this.hass,"common.failed")}
        <button @click=${this.load}>${a(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return n`<div class="muted">${a(this.hass,"common.loading")}</div>`;if(!t)return n`<div class="card">${a(this.hass,"common.no_access")}</div>`;if(!s)return n`<div class="card">${a(this.hass,"common.refused_page")}</div>`;let i=pe(s.tag);return ue`<${i} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${i}>`}};H.styles=[b,$`
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
    `],l([p({attribute:!1})],H.prototype,"hass",2),l([p({type:Boolean,reflect:!0})],H.prototype,"narrow",2),l([p({attribute:!1})],H.prototype,"route",2),l([u()],H.prototype,"info",2),l([u()],H.prototype,"failed",2),l([u()],H.prototype,"compoundId",2),H=l([y("compound-security-panel")],H);
