var xe=Object.defineProperty;var Ee=Object.getOwnPropertyDescriptor;var d=(o,s,t,e)=>{for(var i=e>1?void 0:e?Ee(s,t):s,a=o.length-1,r;a>=0;a--)(r=o[a])&&(i=(e?r(s,t,i):r(i))||i);return e&&i&&xe(s,t,i),i};var gt=globalThis,ft=gt.ShadowRoot&&(gt.ShadyCSS===void 0||gt.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Et=Symbol(),Wt=new WeakMap,nt=class{constructor(s,t,e){if(this._$cssResult$=!0,e!==Et)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=t}get styleSheet(){let s=this.o,t=this.t;if(ft&&s===void 0){let e=t!==void 0&&t.length===1;e&&(s=Wt.get(t)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),e&&Wt.set(t,s))}return s}toString(){return this.cssText}},Bt=o=>new nt(typeof o=="string"?o:o+"",void 0,Et),y=(o,...s)=>{let t=o.length===1?o[0]:s.reduce((e,i,a)=>e+(r=>{if(r._$cssResult$===!0)return r.cssText;if(typeof r=="number")return r;throw Error("Value passed to 'css' function must be a 'css' function result: "+r+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+o[a+1],o[0]);return new nt(t,o,Et)},Zt=(o,s)=>{if(ft)o.adoptedStyleSheets=s.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of s){let e=document.createElement("style"),i=gt.litNonce;i!==void 0&&e.setAttribute("nonce",i),e.textContent=t.cssText,o.appendChild(e)}},At=ft?o=>o:o=>o instanceof CSSStyleSheet?(s=>{let t="";for(let e of s.cssRules)t+=e.cssText;return Bt(t)})(o):o;var{is:Ae,defineProperty:ke,getOwnPropertyDescriptor:Se,getOwnPropertyNames:He,getOwnPropertySymbols:Te,getPrototypeOf:Re}=Object,vt=globalThis,Kt=vt.trustedTypes,Me=Kt?Kt.emptyScript:"",Le=vt.reactiveElementPolyfillSupport,at=(o,s)=>o,lt={toAttribute(o,s){switch(s){case Boolean:o=o?Me:null;break;case Object:case Array:o=o==null?o:JSON.stringify(o)}return o},fromAttribute(o,s){let t=o;switch(s){case Boolean:t=o!==null;break;case Number:t=o===null?null:Number(o);break;case Object:case Array:try{t=JSON.parse(o)}catch{t=null}}return t}},_t=(o,s)=>!Ae(o,s),Yt={attribute:!0,type:String,converter:lt,reflect:!1,useDefault:!1,hasChanged:_t};Symbol.metadata??=Symbol("metadata"),vt.litPropertyMetadata??=new WeakMap;var P=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,t=Yt){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(s,t),!t.noAccessor){let e=Symbol(),i=this.getPropertyDescriptor(s,e,t);i!==void 0&&ke(this.prototype,s,i)}}static getPropertyDescriptor(s,t,e){let{get:i,set:a}=Se(this.prototype,s)??{get(){return this[t]},set(r){this[t]=r}};return{get:i,set(r){let h=i?.call(this);a?.call(this,r),this.requestUpdate(s,h,e)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??Yt}static _$Ei(){if(this.hasOwnProperty(at("elementProperties")))return;let s=Re(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(at("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(at("properties"))){let t=this.properties,e=[...He(t),...Te(t)];for(let i of e)this.createProperty(i,t[i])}let s=this[Symbol.metadata];if(s!==null){let t=litPropertyMetadata.get(s);if(t!==void 0)for(let[e,i]of t)this.elementProperties.set(e,i)}this._$Eh=new Map;for(let[t,e]of this.elementProperties){let i=this._$Eu(t,e);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let t=[];if(Array.isArray(s)){let e=new Set(s.flat(1/0).reverse());for(let i of e)t.unshift(At(i))}else s!==void 0&&t.push(At(s));return t}static _$Eu(s,t){let e=t.attribute;return e===!1?void 0:typeof e=="string"?e:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,t=this.constructor.elementProperties;for(let e of t.keys())this.hasOwnProperty(e)&&(s.set(e,this[e]),delete this[e]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Zt(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,t,e){this._$AK(s,e)}_$ET(s,t){let e=this.constructor.elementProperties.get(s),i=this.constructor._$Eu(s,e);if(i!==void 0&&e.reflect===!0){let a=(e.converter?.toAttribute!==void 0?e.converter:lt).toAttribute(t,e.type);this._$Em=s,a==null?this.removeAttribute(i):this.setAttribute(i,a),this._$Em=null}}_$AK(s,t){let e=this.constructor,i=e._$Eh.get(s);if(i!==void 0&&this._$Em!==i){let a=e.getPropertyOptions(i),r=typeof a.converter=="function"?{fromAttribute:a.converter}:a.converter?.fromAttribute!==void 0?a.converter:lt;this._$Em=i;let h=r.fromAttribute(t,a.type);this[i]=h??this._$Ej?.get(i)??h,this._$Em=null}}requestUpdate(s,t,e,i=!1,a){if(s!==void 0){let r=this.constructor;if(i===!1&&(a=this[s]),e??=r.getPropertyOptions(s),!((e.hasChanged??_t)(a,t)||e.useDefault&&e.reflect&&a===this._$Ej?.get(s)&&!this.hasAttribute(r._$Eu(s,e))))return;this.C(s,t,e)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,t,{useDefault:e,reflect:i,wrapped:a},r){e&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,r??t??this[s]),a!==!0||r!==void 0)||(this._$AL.has(s)||(this.hasUpdated||e||(t=void 0),this._$AL.set(s,t)),i===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,a]of this._$Ep)this[i]=a;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[i,a]of e){let{wrapped:r}=a,h=this[i];r!==!0||this._$AL.has(i)||h===void 0||this.C(i,void 0,a,h)}}let s=!1,t=this._$AL;try{s=this.shouldUpdate(t),s?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(e){throw s=!1,this._$EM(),e}s&&this._$AE(t)}willUpdate(s){}_$AE(s){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(s){}firstUpdated(s){}};P.elementStyles=[],P.shadowRootOptions={mode:"open"},P[at("elementProperties")]=new Map,P[at("finalized")]=new Map,Le?.({ReactiveElement:P}),(vt.reactiveElementVersions??=[]).push("2.1.2");var Lt=globalThis,Jt=o=>o,$t=Lt.trustedTypes,Gt=$t?$t.createPolicy("lit-html",{createHTML:o=>o}):void 0,ie="$lit$",j=`lit$${Math.random().toFixed(9).slice(2)}$`,oe="?"+j,Ne=`<${oe}>`,X=document,ct=()=>X.createComment(""),ht=o=>o===null||typeof o!="object"&&typeof o!="function",Nt=Array.isArray,Oe=o=>Nt(o)||typeof o?.[Symbol.iterator]=="function",kt=`[ 	
\f\r]`,dt=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Qt=/-->/g,Xt=/>/g,G=RegExp(`>|${kt}(?:([^\\s"'>=/]+)(${kt}*=${kt}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),te=/'/g,ee=/"/g,re=/^(?:script|style|textarea|title)$/i,Ot=o=>(s,...t)=>({_$litType$:o,strings:s,values:t}),n=Ot(1),ne=Ot(2),ae=Ot(3),tt=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),se=new WeakMap,Q=X.createTreeWalker(X,129);function le(o,s){if(!Nt(o)||!o.hasOwnProperty("raw"))throw Error("invalid template strings array");return Gt!==void 0?Gt.createHTML(s):s}var ze=(o,s)=>{let t=o.length-1,e=[],i,a=s===2?"<svg>":s===3?"<math>":"",r=dt;for(let h=0;h<t;h++){let u=o[h],$,E,f=-1,O=0;for(;O<u.length&&(r.lastIndex=O,E=r.exec(u),E!==null);)O=r.lastIndex,r===dt?E[1]==="!--"?r=Qt:E[1]!==void 0?r=Xt:E[2]!==void 0?(re.test(E[2])&&(i=RegExp("</"+E[2],"g")),r=G):E[3]!==void 0&&(r=G):r===G?E[0]===">"?(r=i??dt,f=-1):E[1]===void 0?f=-2:(f=r.lastIndex-E[2].length,$=E[1],r=E[3]===void 0?G:E[3]==='"'?ee:te):r===ee||r===te?r=G:r===Qt||r===Xt?r=dt:(r=G,i=void 0);let M=r===G&&o[h+1].startsWith("/>")?" ":"";a+=r===dt?u+Ne:f>=0?(e.push($),u.slice(0,f)+ie+u.slice(f)+j+M):u+j+(f===-2?h:M)}return[le(o,a+(o[t]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),e]},pt=class o{constructor({strings:s,_$litType$:t},e){let i;this.parts=[];let a=0,r=0,h=s.length-1,u=this.parts,[$,E]=ze(s,t);if(this.el=o.createElement($,e),Q.currentNode=this.el.content,t===2||t===3){let f=this.el.content.firstChild;f.replaceWith(...f.childNodes)}for(;(i=Q.nextNode())!==null&&u.length<h;){if(i.nodeType===1){if(i.hasAttributes())for(let f of i.getAttributeNames())if(f.endsWith(ie)){let O=E[r++],M=i.getAttribute(f).split(j),J=/([.?@])?(.*)/.exec(O);u.push({type:1,index:a,name:J[2],strings:M,ctor:J[1]==="."?Ht:J[1]==="?"?Tt:J[1]==="@"?Rt:ot}),i.removeAttribute(f)}else f.startsWith(j)&&(u.push({type:6,index:a}),i.removeAttribute(f));if(re.test(i.tagName)){let f=i.textContent.split(j),O=f.length-1;if(O>0){i.textContent=$t?$t.emptyScript:"";for(let M=0;M<O;M++)i.append(f[M],ct()),Q.nextNode(),u.push({type:2,index:++a});i.append(f[O],ct())}}}else if(i.nodeType===8)if(i.data===oe)u.push({type:2,index:a});else{let f=-1;for(;(f=i.data.indexOf(j,f+1))!==-1;)u.push({type:7,index:a}),f+=j.length-1}a++}}static createElement(s,t){let e=X.createElement("template");return e.innerHTML=s,e}};function it(o,s,t=o,e){if(s===tt)return s;let i=e!==void 0?t._$Co?.[e]:t._$Cl,a=ht(s)?void 0:s._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(o),i._$AT(o,t,e)),e!==void 0?(t._$Co??=[])[e]=i:t._$Cl=i),i!==void 0&&(s=it(o,i._$AS(o,s.values),i,e)),s}var St=class{constructor(s,t){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:t},parts:e}=this._$AD,i=(s?.creationScope??X).importNode(t,!0);Q.currentNode=i;let a=Q.nextNode(),r=0,h=0,u=e[0];for(;u!==void 0;){if(r===u.index){let $;u.type===2?$=new ut(a,a.nextSibling,this,s):u.type===1?$=new u.ctor(a,u.name,u.strings,this,s):u.type===6&&($=new Mt(a,this,s)),this._$AV.push($),u=e[++h]}r!==u?.index&&(a=Q.nextNode(),r++)}return Q.currentNode=X,i}p(s){let t=0;for(let e of this._$AV)e!==void 0&&(e.strings!==void 0?(e._$AI(s,e,t),t+=e.strings.length-2):e._$AI(s[t])),t++}},ut=class o{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,t,e,i){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=s,this._$AB=t,this._$AM=e,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,t=this._$AM;return t!==void 0&&s?.nodeType===11&&(s=t.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,t=this){s=it(this,s,t),ht(s)?s===c||s==null||s===""?(this._$AH!==c&&this._$AR(),this._$AH=c):s!==this._$AH&&s!==tt&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):Oe(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==c&&ht(this._$AH)?this._$AA.nextSibling.data=s:this.T(X.createTextNode(s)),this._$AH=s}$(s){let{values:t,_$litType$:e}=s,i=typeof e=="number"?this._$AC(s):(e.el===void 0&&(e.el=pt.createElement(le(e.h,e.h[0]),this.options)),e);if(this._$AH?._$AD===i)this._$AH.p(t);else{let a=new St(i,this),r=a.u(this.options);a.p(t),this.T(r),this._$AH=a}}_$AC(s){let t=se.get(s.strings);return t===void 0&&se.set(s.strings,t=new pt(s)),t}k(s){Nt(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,e,i=0;for(let a of s)i===t.length?t.push(e=new o(this.O(ct()),this.O(ct()),this,this.options)):e=t[i],e._$AI(a),i++;i<t.length&&(this._$AR(e&&e._$AB.nextSibling,i),t.length=i)}_$AR(s=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);s!==this._$AB;){let e=Jt(s).nextSibling;Jt(s).remove(),s=e}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},ot=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,t,e,i,a){this.type=1,this._$AH=c,this._$AN=void 0,this.element=s,this.name=t,this._$AM=i,this.options=a,e.length>2||e[0]!==""||e[1]!==""?(this._$AH=Array(e.length-1).fill(new String),this.strings=e):this._$AH=c}_$AI(s,t=this,e,i){let a=this.strings,r=!1;if(a===void 0)s=it(this,s,t,0),r=!ht(s)||s!==this._$AH&&s!==tt,r&&(this._$AH=s);else{let h=s,u,$;for(s=a[0],u=0;u<a.length-1;u++)$=it(this,h[e+u],t,u),$===tt&&($=this._$AH[u]),r||=!ht($)||$!==this._$AH[u],$===c?s=c:s!==c&&(s+=($??"")+a[u+1]),this._$AH[u]=$}r&&!i&&this.j(s)}j(s){s===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},Ht=class extends ot{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===c?void 0:s}},Tt=class extends ot{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==c)}},Rt=class extends ot{constructor(s,t,e,i,a){super(s,t,e,i,a),this.type=5}_$AI(s,t=this){if((s=it(this,s,t,0)??c)===tt)return;let e=this._$AH,i=s===c&&e!==c||s.capture!==e.capture||s.once!==e.once||s.passive!==e.passive,a=s!==c&&(e===c||i);i&&this.element.removeEventListener(this.name,this,e),a&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},Mt=class{constructor(s,t,e){this.element=s,this.type=6,this._$AN=void 0,this._$AM=t,this.options=e}get _$AU(){return this._$AM._$AU}_$AI(s){it(this,s)}};var Ue=Lt.litHtmlPolyfillSupport;Ue?.(pt,ut),(Lt.litHtmlVersions??=[]).push("3.3.3");var de=(o,s,t)=>{let e=t?.renderBefore??s,i=e._$litPart$;if(i===void 0){let a=t?.renderBefore??null;e._$litPart$=i=new ut(s.insertBefore(ct(),a),a,void 0,t??{})}return i._$AI(o),i};var zt=globalThis,_=class extends P{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=de(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return tt}};_._$litElement$=!0,_.finalized=!0,zt.litElementHydrateSupport?.({LitElement:_});var Ce=zt.litElementPolyfillSupport;Ce?.({LitElement:_});(zt.litElementVersions??=[]).push("4.2.2");var b=o=>(s,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(o,s)}):customElements.define(o,s)};var Ie={attribute:!0,type:String,converter:lt,reflect:!1,hasChanged:_t},Pe=(o=Ie,s,t)=>{let{kind:e,metadata:i}=t,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),e==="setter"&&((o=Object.create(o)).wrapped=!0),a.set(t.name,o),e==="accessor"){let{name:r}=t;return{set(h){let u=s.get.call(this);s.set.call(this,h),this.requestUpdate(r,u,o,!0,h)},init(h){return h!==void 0&&this.C(r,void 0,o,h),h}}}if(e==="setter"){let{name:r}=t;return function(h){let u=this[r];s.call(this,h),this.requestUpdate(r,u,o,!0,h)}}throw Error("Unsupported decorator location: "+e)};function m(o){return(s,t)=>typeof t=="object"?Pe(o,s,t):((e,i,a)=>{let r=i.hasOwnProperty(a);return i.constructor.createProperty(a,e),r?Object.getOwnPropertyDescriptor(i,a):void 0})(o,s,t)}function p(o){return m({...o,state:!0,attribute:!1})}var et=(o,s,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof s!="object"&&Object.defineProperty(o,s,t),t);function ce(o,s){return(t,e,i)=>{let a=r=>r.renderRoot?.querySelector(o)??null;if(s){let{get:r,set:h}=typeof e=="object"?t:i??(()=>{let u=Symbol();return{get(){return this[u]},set($){this[u]=$}}})();return et(t,e,{get(){let u=r.call(this);return u===void 0&&(u=a(this),(u!==null||this.hasUpdated)&&h.call(this,u)),u}})}return et(t,e,{get(){return a(this)}})}}var w=y`
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
`;var q=class extends _{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return n`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};q.styles=[w,y`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],d([m()],q.prototype,"heading",2),d([m({type:Boolean,reflect:!0})],q.prototype,"open",2),d([ce("dialog")],q.prototype,"dialog",2),q=d([b("cs-dialog")],q);var W=class extends _{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return n`<label>${this.label}</label>
      <slot></slot>
      ${this.error?n`<div class="error" role="alert">${this.error}</div>`:c}
      ${this.hint&&!this.error?n`<div class="muted">${this.hint}</div>`:c}`}};W.styles=[w,y`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],d([m()],W.prototype,"label",2),d([m()],W.prototype,"error",2),d([m()],W.prototype,"hint",2),W=d([b("cs-field")],W);var he={cameras:{health:"Camera health",none:"No cameras are set up.",offline:"Offline",offline_count:"{count} offline",offline_since:"Offline since {time}",online:"Online",overdue:"Repair overdue",public:"Public",repair_by:"repair by {time}",unknown:"Not checked yet"},common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{alarm_kind:{camera_offline:"Camera offline",door_held_open:"Door held open",fire_release:"Fire release",forced_entry:"Door forced open",lost_card:"Lost card used",over_usage:"Usage far above the compound",pin_guessing:"Visitor PIN guessing",police_watch:"Police watch",repeated_denials:"Repeated denied swipes",vehicle_theft:"Possible vehicle theft",wanted_person:"Wanted-list match",watchlist:"Watched resident passed"},alarm_state:{acknowledged:"Acknowledged",open:"Open"},classification:{no_registered_occupant:"Used, but nobody registered",suspected_group_rental:"Suspected group rental",suspected_workshop:"Suspected workshop"},credential:{card:"Card",pin:"Visitor PIN",qr:"Visitor QR code",vehicle_chip:"Vehicle chip"},decision:{denied:"Denied",granted:"Granted"},direction:{both:"In/out",in:"In",out:"Out"},gate_command:{close:"Close",hold_open:"Hold open",open:"Open once"},gate_state:{closed:"Closed",held_open:"Held open",open:"Open"},person_role:{contractor:"Contractor",family:"Family",owner:"Owner",staff:"Staff",tenant:"Tenant"},reason:{expired:"Card expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card reported lost",moved_out:"Holder moved out",not_permitted_here:"Not permitted here",not_yet_valid:"Card not yet valid",outside_schedule:"Outside permitted hours",owner_absent:"Vehicle owner's card not shown",pin_locked:"PIN entry paused",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Visitor pass used up",vehicle_locked:"Vehicle locked by owner"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},subentry_type:{access_point:"Access point",camera:"Camera",meter_bus:"Meter bus",notification_route:"Notification route"},tenant_cards:{residence_permit:"Residence permit (居住证) only",residence_permit_or_property_card:"Residence permit or the property office's card (安居E卡)"},watch:{care:"Care watch",none:"None",police:"Police watch"},zone:{compound_gate:"Compound gate",compound_gates:"Compound gates",garage:"E-bike garage",garages:"Garages",unit_door:"Unit door",unit_doors:"Unit doors"}},guard:{acknowledge:"Acknowledge",acknowledge_heading:"Acknowledge the alarm",alarms:"Open alarms",close_alarm:"Close",close_heading:"Close the alarm",compound_view:"Compound",enlarge:"Show the snapshot large",entries_left:"{count} entries left",figures:"Compound figures",fire_hold:"Held open: fire alarm",gate_unavailable:"Not answering",gates:"Gates",more_alarms:"Showing the newest {shown} of {total}.",no_alarms:"No open alarms.",no_gates:"No gate can be operated from here.",no_passages:"No passages yet today.",no_visitors:"No visitors expected today.",note:"Note (what was done)",note_shown:"Note: {note}",passages:"Live passages",snapshot:"Snapshot",visitor_unnamed:"Visitor",visitor_window:"{from}–{until}",visitors:"Expected visitors today"},log:{access_point:"Access point",any:"Any",choose_person:"Several people match: choose one",credential:"Credential",decision:"Decision",direction:"Direction",download:"Download CSV",end:"To",flat:"Flat",live_only:"Your role sees the live passages: the last 24 hours (since {since}), flats, and names only on alarms.",name:"Name",no_such_flat:"No flat matches.",no_such_person:"Nobody by that name.",person:"Person",person_hint:"Name",reason:"Reason",start:"From",time:"Time",title:"Who passed where and when"},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"},settings:{add_level:"Add access level",closed:"Closed at all times",day:{fri:"Fri",mon:"Mon",sat:"Sat",sun:"Sun",thu:"Thu",tue:"Tue",wed:"Wed"},delete:"Delete",edit:"Edit",edit_level:"Edit access level",hardware:"Hardware",hardware_help:"Access points, cameras, meter buses and notification routes are set up in Home Assistant's own integration page.",holiday_hours:"Holiday hours",holidays:"Holidays (dates)",inactive:"inactive",level_name:"Name",levels:"Access levels and schedules",levels_help:"Residents need none to get home; staff and contractors hold named levels.",no_levels:"No access levels yet.",no_role:"No role",open_integration:"Open the integration's page",outside_policy:"Tenant cards of a type this policy no longer gives tenants: {count}.",policy_saved:"The tenant-card policy is saved.",role:"Role",role_saved:"{name}'s role is saved.",roles:"Staff roles",roles_help:"Home Assistant administrators are managers everywhere. Give other users a role in this compound.",schedule:"Weekly schedule",schedule_help:"Times like 07:00-22:00, several separated by commas; empty means closed that day.",tenant_cards:"Tenant-card policy",tenant_cards_help:"Which cards tenants may hold.",user:"User",where:"Where"},usage:{chart:"Chart",classification:"Verdict",electricity:"Electricity",estimated:"about {count} living there",flagged:"Flagged households",flat:"Flat",flat_months:"A flat's months",households:"Households with readings: {count}",month:"Month",no_readings:"No meter readings yet.",no_such_flat:"No flat matches.",none_flagged:"No household is flagged this month.",occupants:"Occupants",registered:"{count} registered",rule:"Flagged when usage per registered person is at least {factor} times the compound's median, {months} months running.",show:"Show",times_median:"{ratio} × median per person",totals:"The month's totals",water:"Water"},watch:{care:"Care watch (重点看护)",care_help:"Asked for by the family: their passages are reported to the family's phones.",checking:"Checking…",directions:"Reported",finished:"Done. New on the list: {added}, of them registered here: {matched}; rows that were not valid ID numbers: {invalid}.",flat:"Flat",matches:"Registered people on the list",moved_out:"moved out",name:"Name",no_matches:"Nobody registered is on the wanted list.",nobody:"Nobody.",notify:"Family told",police:"Police watch (重点人员)",police_help:"Police business: only the police and managers see this list.",progress:"Checked {done} of {total} ID numbers…",upload:"Upload wanted list (CSV or text)",uploaded:"ID numbers being checked: {numbers}; rows that were not valid ID numbers: {invalid}.",wanted:"Wanted list",wanted_listed:"ID numbers on the list: {count} (kept only as hashes)."}};var pe={cameras:{health:"摄像头状态",none:"尚未配置摄像头。",offline:"离线",offline_count:"{count} 个离线",offline_since:"自 {time} 离线",online:"在线",overdue:"维修超期",public:"公开",repair_by:"须于 {time} 前修复",unknown:"尚未检测"},common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{alarm_kind:{camera_offline:"摄像头离线",door_held_open:"门长时间未关",fire_release:"火警放行",forced_entry:"门被强行打开",lost_card:"挂失卡被使用",over_usage:"用能远超小区水平",pin_guessing:"访客密码被猜测",police_watch:"重点人员动态",repeated_denials:"多次刷卡被拒",vehicle_theft:"疑似车辆被盗",wanted_person:"协查名单比中",watchlist:"重点看护人员通行"},alarm_state:{acknowledged:"已确认",open:"未处理"},classification:{no_registered_occupant:"有用量但无人登记",suspected_group_rental:"疑似群租",suspected_workshop:"疑似小作坊"},credential:{card:"门禁卡",pin:"访客密码",qr:"访客二维码",vehicle_chip:"车辆芯片"},decision:{denied:"拒绝",granted:"通过"},direction:{both:"进出",in:"进",out:"出"},gate_command:{close:"关闭",hold_open:"常开",open:"开一次"},gate_state:{closed:"已关闭",held_open:"常开",open:"已打开"},person_role:{contractor:"外包人员",family:"家属",owner:"业主",staff:"员工",tenant:"租户"},reason:{expired:"卡已过期",granted:"通过",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"持卡人已迁出",not_permitted_here:"无此门权限",not_yet_valid:"卡尚未生效",outside_schedule:"不在允许时段",owner_absent:"未刷车主卡",pin_locked:"密码输入已暂停",revoked:"卡已注销",unknown_credential:"未登记的卡",used_up:"访客通行证次数已用完",vehicle_locked:"车主已锁车"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},subentry_type:{access_point:"出入口",camera:"摄像头",meter_bus:"抄表总线",notification_route:"通知路由"},tenant_cards:{residence_permit:"仅限居住证",residence_permit_or_property_card:"居住证或物业卡（安居E卡）"},watch:{care:"重点看护",none:"无",police:"重点人员"},zone:{compound_gate:"小区大门",compound_gates:"小区大门",garage:"电动车车库",garages:"车库",unit_door:"单元门",unit_doors:"单元门"}},guard:{acknowledge:"确认",acknowledge_heading:"确认报警",alarms:"未处理报警",close_alarm:"关闭",close_heading:"关闭报警",compound_view:"小区",enlarge:"查看大图",entries_left:"剩余 {count} 次",figures:"小区数据",fire_hold:"火警常开",gate_unavailable:"无响应",gates:"闸门",more_alarms:"显示最新 {shown} 条，共 {total} 条。",no_alarms:"暂无未处理报警。",no_gates:"没有可在此操作的闸门。",no_passages:"今天还没有通行记录。",no_visitors:"今天没有预约访客。",note:"备注（处理情况）",note_shown:"备注：{note}",passages:"实时通行",snapshot:"抓拍",visitor_unnamed:"访客",visitor_window:"{from}–{until}",visitors:"今日预约访客"},log:{access_point:"出入口",any:"全部",choose_person:"有多人匹配，请选择一位",credential:"凭证",decision:"结果",direction:"方向",download:"下载 CSV",end:"至",flat:"房号",live_only:"您的角色可查看实时通行：最近 24 小时（自 {since} 起），只显示房号，仅在告警时显示姓名。",name:"姓名",no_such_flat:"没有匹配的房号。",no_such_person:"没有此姓名的人员。",person:"人员",person_hint:"姓名",reason:"原因",start:"从",time:"时间",title:"谁在何时经过何处"},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"},settings:{add_level:"添加权限组",closed:"全天关闭",day:{fri:"周五",mon:"周一",sat:"周六",sun:"周日",thu:"周四",tue:"周二",wed:"周三"},delete:"删除",edit:"编辑",edit_level:"编辑权限组",hardware:"硬件",hardware_help:"出入口、摄像头、抄表总线和通知路由在 Home Assistant 的集成页面中配置。",holiday_hours:"节假日时段",holidays:"节假日（日期）",inactive:"已停用",level_name:"名称",levels:"权限组与时间段",levels_help:"住户回家无需权限组；员工和外包人员持有指定的权限组。",no_levels:"暂无权限组。",no_role:"无角色",open_integration:"打开集成页面",outside_policy:"有 {count} 张租户卡的类型已不在此政策允许范围内。",policy_saved:"租户卡政策已保存。",role:"角色",role_saved:"已保存 {name} 的角色。",roles:"员工角色",roles_help:"Home Assistant 管理员在所有小区都是物业经理。可为其他用户分配本小区的角色。",schedule:"每周时间段",schedule_help:"时间格式如 07:00-22:00，多个时段用逗号分隔；留空表示当天关闭。",tenant_cards:"租户卡政策",tenant_cards_help:"租户可以持有哪些卡。",user:"用户",where:"适用范围"},usage:{chart:"图表",classification:"研判",electricity:"用电",estimated:"估计约 {count} 人居住",flagged:"异常住户",flat:"房号",flat_months:"单户逐月用量",households:"{count} 户有读数",month:"月份",no_readings:"暂无抄表读数。",no_such_flat:"没有匹配的房号。",none_flagged:"本月没有异常住户。",occupants:"人数",registered:"登记 {count} 人",rule:"人均用量连续 {months} 个月达到小区中位数的 {factor} 倍即标记。",show:"显示",times_median:"人均为中位数的 {ratio} 倍",totals:"本月合计",water:"用水"},watch:{care:"重点看护",care_help:"应家属要求设立：其通行情况会推送到家属手机。",checking:"比对中…",directions:"推送方向",finished:"完成：新增 {added} 个身份证号，其中 {matched} 人在本小区登记；{invalid} 行不是有效的身份证号。",flat:"房号",matches:"名单上的已登记人员",moved_out:"已迁出",name:"姓名",no_matches:"没有已登记人员在在逃人员名单上。",nobody:"暂无。",notify:"通知家属",police:"重点人员",police_help:"公安事务：仅民警和物业经理可见此名单。",progress:"已比对 {done}/{total} 个身份证号…",upload:"上传在逃人员名单（CSV 或文本）",uploaded:"正在比对 {numbers} 个身份证号；{invalid} 行不是有效的身份证号。",wanted:"在逃人员名单",wanted_listed:"名单共 {count} 个身份证号（仅保存哈希值）。"}};var Ut={en:he,"zh-Hans":pe},ue=new Map;function mt(o){return(o.locale?.language??o.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function Ct(o,s){let t=o;for(let e of s.split(".")){if(t===void 0||typeof t=="string")return;t=t[e]}return typeof t=="string"?t:void 0}function me(o,s={}){return o.replace(/\{(\w+)\}/g,(t,e)=>e in s?String(s[e]):t)}function l(o,s,t={}){let e=Ct(Ut[mt(o)],s)??Ct(Ut.en,s);return e===void 0?s:me(e,t)}function g(o,s,t){return t==null||t===""?"":Ct(Ut[mt(o)],`enum.${s}.${t}`)??t}function It(o){let s=mt(o),t=ue.get(s);return t||(t=o.callWS({type:"frontend/get_translations",language:s,category:"exceptions",integration:["compound_security"]}).then(e=>e.resources).catch(()=>({})),ue.set(s,t)),t}async function x(o,s){let t=s;if(t?.translation_key){let i=(await It(o))[`component.compound_security.exceptions.${t.translation_key}.message`];if(i)return me(i,t.translation_placeholders??{})}return t?.code==="unauthorized"?l(o,"common.unauthorized"):t?.code==="not_found"?l(o,"common.not_found"):t?.message??l(o,"common.failed")}var D=class extends _{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return n``;let t=Math.min(this.offset+this.limit,this.total);return n`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${l(this.hass,"common.previous")}
      </button>
      <span class="muted">${l(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${l(this.hass,"common.next")}
      </button>
    </div>`}};D.styles=[w,y`.row { justify-content: flex-end; margin-top: 8px; }`],d([m({attribute:!1})],D.prototype,"hass",2),d([m({type:Number})],D.prototype,"offset",2),d([m({type:Number})],D.prototype,"limit",2),d([m({type:Number})],D.prototype,"total",2),D=d([b("cs-pager")],D);var fe=Symbol.for(""),Fe=o=>{if(o?.r===fe)return o?._$litStatic$},yt=o=>({_$litStatic$:o,r:fe});var ge=new Map,Pt=o=>(s,...t)=>{let e=t.length,i,a,r=[],h=[],u,$=0,E=!1;for(;$<e;){for(u=s[$];$<e&&(a=t[$],(i=Fe(a))!==void 0);)u+=i+s[++$],E=!0;$!==e&&h.push(a),r.push(u),$++}if($===e&&r.push(s[e]),E){let f=r.join("$$lit$$");(s=ge.get(f))===void 0&&(r.raw=r,ge.set(f,s=r)),t=h}return o(s,...t)},wt=Pt(n),wi=Pt(ne),bi=Pt(ae);var Dt=[];function L(o){Dt.push(o)}var ve="compound_security";function v(o,s,t,e={}){let i={type:`${ve}/${t}`,...e};return s&&(i.config_entry_id=s.config_entry_id),o.callWS(i)}function _e(o,s,t,e,i={}){return o.connection.subscribeMessage(e,{type:`${ve}/${t}`,config_entry_id:s.config_entry_id,...i})}function z(o,s){return s in o.may}var $e="compound-security-compound",U=class extends _{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem($e)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([v(this.hass,null,"console/info"),It(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(e=>e.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return Dt.filter(e=>e.operations.some(i=>i in t.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let e=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem($e,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,e=t?this.pagesFor(t):[],i=e.find(a=>a.id===this.pageId)??e[0];return n`
      <header>
        ${this.narrow?n`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:c}
        <h1>${l(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?n`<select aria-label=${l(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(a=>n`<option value=${a.config_entry_id} ?selected=${a===t}>${a.title}</option>`)}
            </select>`:t?n`<span class="compound">${t.title}</span>`:c}
        ${t?n`<span class="chip role">${g(this.hass,"role",t.role)}</span>`:c}
      </header>
      ${e.length>1?n`<nav role="tablist">
            ${e.map(a=>n`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${a.id}"
                aria-selected=${a===i?"true":"false"}
                data-page=${a.id}
                @click=${r=>{r.preventDefault(),this.navigate(a.id)}}
                >${l(this.hass,`page.${a.id}`)}</a
              >`)}
          </nav>`:c}
      <main>${this.renderBody(t,i)}</main>
    `}renderBody(t,e){if(this.failed)return n`<div class="card error">
        ${l(this.hass,"common.failed")}
        <button @click=${this.load}>${l(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return n`<div class="muted">${l(this.hass,"common.loading")}</div>`;if(!t)return n`<div class="card">${l(this.hass,"common.no_access")}</div>`;if(!e)return n`<div class="card">${l(this.hass,"common.refused_page")}</div>`;let i=yt(e.tag);return wt`<${i} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${i}>`}};U.styles=[w,y`
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
    `],d([m({attribute:!1})],U.prototype,"hass",2),d([m({type:Boolean,reflect:!0})],U.prototype,"narrow",2),d([m({attribute:!1})],U.prototype,"route",2),d([p()],U.prototype,"info",2),d([p()],U.prototype,"failed",2),d([p()],U.prototype,"compoundId",2),U=d([b("compound-security-panel")],U);function ye(o){return o.locale?.language??o.language??"en"}function V(o,s,t){return s?new Intl.DateTimeFormat(ye(o),{timeZone:t.time_zone,hour:"2-digit",minute:"2-digit",second:"2-digit",hour12:!1}).format(new Date(s)):""}function st(o,s,t){return s?new Intl.DateTimeFormat(ye(o),{timeZone:t.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).format(new Date(s)):""}function je(o,s){let t=new Intl.DateTimeFormat("en-CA",{timeZone:s.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).formatToParts(o),e=a=>t.find(r=>r.type===a)?.value??"00",i=e("hour")==="24"?"00":e("hour");return`${e("year")}-${e("month")}-${e("day")}T${i}:${e("minute")}`}function Vt(o,s){let t=new Date(`${o}:00Z`),e=new Date(`${je(t,s)}:00Z`);return new Date(t.getTime()-(e.getTime()-t.getTime())).toISOString()}var I=y`
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  .list > li:last-child { border-bottom: none; }
  .card h2 .chip { font-size: 13px; }
  .scroll { max-height: 520px; overflow-y: auto; }
  :host([narrow]) .scroll { max-height: none; }
`;var qe=3e3,F=class extends _{constructor(){super(...arguments);this.narrow=!1}connectedCallback(){super.connectedCallback(),this.hass&&this.compound&&this.follow()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}willUpdate(t){this.hass&&this.compound&&this.following!==this.compound.config_entry_id&&this.follow(),super.willUpdate(t)}follow(){this.stop(),this.following=this.compound.config_entry_id,this.unsubscribe=_e(this.hass,this.compound,this.command,t=>{if(t.ended){this.following=void 0,this.retry=window.setTimeout(()=>this.isConnected&&this.follow(),qe);return}this.received(t)}),this.unsubscribe.catch(t=>this.failed(t))}stop(){window.clearTimeout(this.retry);let t=this.unsubscribe;this.unsubscribe=void 0,this.following=void 0,t?.then(e=>e()).catch(()=>{})}failed(t){}};d([m({attribute:!1})],F.prototype,"hass",2),d([m({attribute:!1})],F.prototype,"compound",2),d([m({type:Boolean,reflect:!0})],F.prototype,"narrow",2);var We=3600,A=class extends F{constructor(){super(...arguments);this.command="alarms/subscribe";this.alarms=new Map;this.total=0;this.loaded=!1;this.refused=null;this.note="";this.error=null;this.busy=!1;this.pictures=new Map}received(t){let e=t.initial?new Map:new Map(this.alarms);for(let i of t.alarms??[])i.state==="closed"?e.delete(i.alarm_id):e.set(i.alarm_id,i);t.initial?this.total=t.total??e.size:this.total=Math.max(e.size,this.total+e.size-this.alarms.size),this.alarms=e,this.loaded=!0;for(let i of e.values())this.sign(i)}failed(t){x(this.hass,t).then(e=>this.refused=e)}async sign(t){if(!(!t.snapshot||this.pictures.has(t.alarm_id)))try{let e=await this.hass.callWS({type:"auth/sign_path",path:t.snapshot,expires:We});this.pictures=new Map(this.pictures).set(t.alarm_id,e.path)}catch{}}get newestFirst(){return[...this.alarms.values()].sort((t,e)=>e.time.localeCompare(t.time))}mayHandle(t){let e=this.compound.may.alarm_handle;return e==="own_vehicle_theft"?t.kind==="vehicle_theft":e!==void 0}open(t,e){this.handling={alarm:t,action:e},this.note=t.note??"",this.error=null}async handle(){if(this.handling){this.busy=!0,this.error=null;try{let{alarm:t,action:e}=this.handling,i=this.note.trim(),a=await v(this.hass,this.compound,"alarms/handle",{alarm_id:t.alarm_id,action:e,...i?{note:i}:{}});a&&this.received({alarms:[a]}),this.handling=void 0}catch(t){this.error=await x(this.hass,t)}finally{this.busy=!1}}}render(){let t=(i,a)=>l(this.hass,i,a),e=this.newestFirst;return n`<section class="card" data-section="alarms">
        <h2>
          ${t("guard.alarms")}
          ${e.length?n`<span class="chip alarm">${e.length}</span>`:c}
        </h2>
        ${this.refused?n`<div class="error">${this.refused}</div>`:this.loaded?e.length===0?n`<div class="muted">${t("guard.no_alarms")}</div>`:n`<ul class="list">
                  ${e.map(i=>this.renderAlarm(i))}
                </ul>`:n`<div class="muted">${t("common.loading")}</div>`}
        ${this.total>e.length?n`<div class="muted">${t("guard.more_alarms",{shown:e.length,total:this.total})}</div>`:c}
      </section>
      ${this.renderHandleDialog()} ${this.renderPicture()}`}renderAlarm(t){let e=(r,h)=>l(this.hass,r,h),i=this.pictures.get(t.alarm_id),a=[t.household,t.person].filter(Boolean).join(" · ");return n`<li class="alarm ${t.severity}" data-alarm=${t.alarm_id} data-kind=${t.kind}>
      ${i?n`<button class="thumb" title=${e("guard.enlarge")} @click=${()=>this.enlarged=t}>
            <img src=${i} alt=${e("guard.snapshot")} loading="lazy" />
          </button>`:n`<div class="thumb none" aria-hidden="true"></div>`}
      <div class="body">
        <div class="line">
          <strong class="kind">${g(this.hass,"alarm_kind",t.kind)}</strong>
          ${t.count>1?n`<span class="chip">×${t.count}</span>`:c}
          <span class="chip state-${t.state}">${g(this.hass,"alarm_state",t.state)}</span>
        </div>
        <div class="line muted">
          <time datetime=${t.time}>${V(this.hass,t.time,this.compound)}</time>
          ${t.access_point?n`<span>${t.access_point}</span>`:c}
          ${a?n`<span class="who">${a}</span>`:c}
        </div>
        ${t.note?n`<div class="note">${e("guard.note_shown",{note:t.note})}</div>`:c}
        ${this.mayHandle(t)?n`<div class="row actions">
              ${t.state==="open"?n`<button class="primary" data-action="acknowledge" @click=${()=>this.open(t,"acknowledge")}>
                    ${e("guard.acknowledge")}
                  </button>`:c}
              <button data-action="close" @click=${()=>this.open(t,"close")}>${e("guard.close_alarm")}</button>
            </div>`:c}
      </div>
    </li>`}renderHandleDialog(){if(!this.handling)return c;let t=(a,r)=>l(this.hass,a,r),{alarm:e,action:i}=this.handling;return n`<cs-dialog
      open
      heading=${t(i==="acknowledge"?"guard.acknowledge_heading":"guard.close_heading")}
      @closed=${()=>this.handling=void 0}
    >
      <p>
        ${g(this.hass,"alarm_kind",e.kind)} · ${V(this.hass,e.time,this.compound)}
        ${e.access_point?n` · ${e.access_point}`:c}
      </p>
      <cs-field .label=${t("guard.note")} .error=${this.error}>
        <textarea
          name="note"
          rows="3"
          maxlength="500"
          .value=${this.note}
          @input=${a=>this.note=a.target.value}
        ></textarea>
      </cs-field>
      <button slot="actions" @click=${()=>this.handling=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="primary" data-action="confirm" ?disabled=${this.busy} @click=${this.handle}>
        ${t(i==="acknowledge"?"guard.acknowledge":"guard.close_alarm")}
      </button>
    </cs-dialog>`}renderPicture(){let t=this.enlarged,e=t&&this.pictures.get(t.alarm_id);if(!t||!e)return c;let i=a=>l(this.hass,a);return n`<cs-dialog
      open
      heading=${`${g(this.hass,"alarm_kind",t.kind)} · ${V(this.hass,t.time,this.compound)}`}
      @closed=${()=>this.enlarged=void 0}
    >
      <img class="large" src=${e} alt=${i("guard.snapshot")} />
      <button slot="actions" @click=${()=>this.enlarged=void 0}>${i("common.close")}</button>
    </cs-dialog>`}};A.styles=[w,I,y`
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
    `],d([p()],A.prototype,"alarms",2),d([p()],A.prototype,"total",2),d([p()],A.prototype,"loaded",2),d([p()],A.prototype,"refused",2),d([p()],A.prototype,"handling",2),d([p()],A.prototype,"note",2),d([p()],A.prototype,"error",2),d([p()],A.prototype,"busy",2),d([p()],A.prototype,"enlarged",2),d([p()],A.prototype,"pictures",2),A=d([b("cs-alarm-desk")],A);var Ft;async function Be(){await customElements.whenDefined("partial-panel-resolver");let o=document.createElement("partial-panel-resolver");o.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},o._updateRoutes(),await o.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}function bt(){return Ft??=(async()=>{try{return window.loadCardHelpers||await Be(),await window.loadCardHelpers?.()}catch{Ft=void 0;return}})(),Ft}var Ze=6e4,N=class extends _{constructor(){super(...arguments);this.narrow=!1;this.live=!1;this.cameras=[];this.loaded=!1;this.failure=null;this.liveCards=new Map}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),Ze)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load());for(let t of this.liveCards.values())t.hass=this.hass}async load(){try{let t=await v(this.hass,this.compound,"cameras/list");this.cameras=t.cameras,this.failure=null,this.live&&await this.makeLiveCards()}catch(t){this.failure=await x(this.hass,t)}this.loaded=!0}async makeLiveCards(){let t=await bt();if(t){for(let e of this.cameras){if(!e.entity_id||this.liveCards.has(e.entity_id))continue;let i=t.createCardElement({type:"picture-entity",entity:e.entity_id,camera_view:"live",show_name:!1,show_state:!1});i.hass=this.hass,this.liveCards.set(e.entity_id,i)}this.requestUpdate()}}render(){let t=(i,a)=>l(this.hass,i,a),e=this.cameras.filter(i=>i.online===!1).length;return n`<section class="card" data-section="cameras">
      <h2>
        ${t("cameras.health")}
        ${e?n`<span class="chip alarm">${t("cameras.offline_count",{count:e})}</span>`:c}
      </h2>
      ${this.failure?n`<div class="error">${this.failure}</div>`:this.loaded?this.cameras.length===0?n`<div class="muted">${t("cameras.none")}</div>`:n`<ul class="list ${this.live?"live":""}">${this.cameras.map(i=>this.renderCamera(i))}</ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderCamera(t){let e=(r,h)=>l(this.hass,r,h),i=t.online===null?"unknown":t.online?"online":"offline",a=this.live&&t.entity_id?this.liveCards.get(t.entity_id):void 0;return n`<li class="camera" data-camera=${t.camera_id} data-health=${i}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="chip health-${i}">${e(`cameras.${i}`)}</span>
        ${t.overdue?n`<span class="chip alarm">${e("cameras.overdue")}</span>`:c}
        ${t.public?n`<span class="chip">${e("cameras.public")}</span>`:c}
      </div>
      ${t.access_points.length?n`<div class="muted">${t.access_points.join(" · ")}</div>`:c}
      ${t.offline_since?n`<div class="muted">
            ${e("cameras.offline_since",{time:st(this.hass,t.offline_since,this.compound)})}
            · ${e("cameras.repair_by",{time:st(this.hass,t.repair_deadline,this.compound)})}
          </div>`:c}
      ${a?n`<div class="live-view">${a}</div>`:c}
    </li>`}};N.styles=[w,I,y`
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.health-online { background: var(--success-color, #43a047); color: #fff; }
      .chip.health-offline { background: var(--error-color, #db4437); color: #fff; }
      .list.live { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
      .list.live > li { border-bottom: none; }
      .live-view { margin-top: 8px; }
      :host([narrow]) .list.live { grid-template-columns: 1fr; }
    `],d([m({attribute:!1})],N.prototype,"hass",2),d([m({attribute:!1})],N.prototype,"compound",2),d([m({type:Boolean,reflect:!0})],N.prototype,"narrow",2),d([m({type:Boolean})],N.prototype,"live",2),d([p()],N.prototype,"cameras",2),d([p()],N.prototype,"loaded",2),d([p()],N.prototype,"failure",2),N=d([b("cs-camera-health")],N);var Ke=["open","hold_open","close"],T=class extends _{constructor(){super(...arguments);this.narrow=!1;this.gates=[];this.loaded=!1;this.failure=null;this.errors=new Map;this.busy=new Set;this.seen=""}willUpdate(){if(!this.hass||!this.compound)return;let t=this.lockStates();(this.loadedFor!==this.compound.config_entry_id||t!==this.seen)&&(this.seen=t,this.loadedFor=this.compound.config_entry_id,this.load())}lockStates(){return this.gates.map(t=>(t.entity_id?this.hass.states[t.entity_id]:void 0)?.last_changed??"").join()}async load(){try{let t=await v(this.hass,this.compound,"gates/list");this.gates=t.gates,this.seen=this.lockStates(),this.failure=null}catch(t){this.failure=await x(this.hass,t)}this.loaded=!0}async command(t,e){let i=t.access_point_id;this.busy=new Set(this.busy).add(i);let a=new Map(this.errors);a.delete(i),this.errors=a;try{let r=await v(this.hass,this.compound,"gates/command",{access_point_id:i,command:e});this.gates=this.gates.map(h=>h.access_point_id===i?r:h)}catch(r){this.errors=new Map(this.errors).set(i,await x(this.hass,r))}finally{let r=new Set(this.busy);r.delete(i),this.busy=r}}render(){let t=e=>l(this.hass,e);return n`<section class="card" data-section="gates">
      <h2>${t("guard.gates")}</h2>
      ${this.failure?n`<div class="error">${this.failure}</div>`:this.loaded?this.gates.length===0?n`<div class="muted">${t("guard.no_gates")}</div>`:n`<ul class="list">${this.gates.map(e=>this.renderGate(e))}</ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderGate(t){let e=r=>l(this.hass,r),i=this.errors.get(t.access_point_id),a=this.busy.has(t.access_point_id);return n`<li class="gate" data-gate=${t.access_point_id} data-state=${t.state}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="muted">${g(this.hass,"zone",t.zone)}</span>
        <span class="chip gate-${t.state}">${g(this.hass,"gate_state",t.state)}</span>
        ${t.fire_hold?n`<span class="chip alarm">${e("guard.fire_hold")}</span>`:c}
        ${t.available?c:n`<span class="chip warn">${e("guard.gate_unavailable")}</span>`}
      </div>
      <div class="row">
        ${Ke.map(r=>n`<button
            data-command=${r}
            class=${r==="open"?"primary":""}
            ?disabled=${a}
            @click=${()=>this.command(t,r)}
          >
            ${g(this.hass,"gate_command",r)}
          </button>`)}
      </div>
      ${i?n`<div class="error" role="alert">${i}</div>`:c}
    </li>`}};T.styles=[w,I,y`
      .gate { display: flex; flex-direction: column; gap: 6px; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.gate-open, .chip.gate-held_open { background: var(--warning-color, #ffa600); color: #fff; }
      .chip.gate-closed { background: var(--success-color, #43a047); color: #fff; }
      .chip.warn { background: var(--warning-color, #ffa600); color: #fff; }
      :host([narrow]) .row button { flex: 1; }
    `],d([m({attribute:!1})],T.prototype,"hass",2),d([m({attribute:!1})],T.prototype,"compound",2),d([m({type:Boolean,reflect:!0})],T.prototype,"narrow",2),d([p()],T.prototype,"gates",2),d([p()],T.prototype,"loaded",2),d([p()],T.prototype,"failure",2),d([p()],T.prototype,"errors",2),d([p()],T.prototype,"busy",2),T=d([b("cs-gate-board")],T);var Ye=50,B=class extends F{constructor(){super(...arguments);this.command="passages/subscribe";this.passages=[];this.loaded=!1;this.refused=null}received(t){let e=t.passages??[];this.passages=t.initial?e:[...e,...this.passages].slice(0,Ye),this.loaded=!0}failed(t){x(this.hass,t).then(e=>this.refused=e)}render(){let t=e=>l(this.hass,e);return n`<section class="card" data-section="passages">
      <h2>${t("guard.passages")}</h2>
      ${this.refused?n`<div class="error">${this.refused}</div>`:this.loaded?this.passages.length===0?n`<div class="muted">${t("guard.no_passages")}</div>`:n`<ul class="list scroll">
                ${this.passages.map(e=>this.renderPassage(e))}
              </ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderPassage(t){let e=(a,r)=>g(this.hass,a,r),i=[t.household,t.person].filter(Boolean).join(" · ");return n`<li class="passage" data-decision=${t.decision}>
      <time datetime=${t.time}>${V(this.hass,t.time,this.compound)}</time>
      <span class="chip ${t.decision}">${e("decision",t.decision)}</span>
      <span class="place">${t.access_point??""}</span>
      <span class="muted">
        ${t.direction==="both"?"":`${e("direction",t.direction)} · `}${e("credential",t.credential)}
      </span>
      ${t.decision==="denied"?n`<span class="reason">${e("reason",t.reason)}</span>`:c}
      <span class="who">${i}</span>
      ${t.alarm_kinds.map(a=>n`<span class="chip alarm">${e("alarm_kind",a)}</span>`)}
    </li>`}};B.styles=[w,I,y`
      .passage { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
      .passage time { font-variant-numeric: tabular-nums; }
      .place { font-weight: 500; }
      .reason { color: var(--error-color, #db4437); }
      .who { margin-inline-start: auto; }
      :host([narrow]) .who { margin-inline-start: 0; width: 100%; }
    `],d([p()],B.prototype,"passages",2),d([p()],B.prototype,"loaded",2),d([p()],B.prototype,"refused",2),B=d([b("cs-passage-feed")],B);var Je=6e4,C=class extends _{constructor(){super(...arguments);this.narrow=!1;this.visitors=[];this.loaded=!1;this.failure=null}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),Je)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load())}async load(){try{let t=await v(this.hass,this.compound,"visitors/today");this.visitors=t.visitors,this.failure=null}catch(t){this.failure=await x(this.hass,t)}this.loaded=!0}render(){let t=(e,i)=>l(this.hass,e,i);return n`<section class="card" data-section="visitors">
      <h2>${t("guard.visitors")}</h2>
      ${this.failure?n`<div class="error">${this.failure}</div>`:this.loaded?this.visitors.length===0?n`<div class="muted">${t("guard.no_visitors")}</div>`:n`<ul class="list">
                ${this.visitors.map(e=>n`<li class="visitor">
                    <strong>${e.name||t("guard.visitor_unnamed")}</strong>
                    <span>${e.household??""}</span>
                    <span class="muted">
                      ${t("guard.visitor_window",{from:V(this.hass,e.valid_from,this.compound),until:V(this.hass,e.valid_until,this.compound)})}
                      · ${t("guard.entries_left",{count:e.entries_left})}
                    </span>
                  </li>`)}
              </ul>`:n`<div class="muted">${t("common.loading")}</div>`}
    </section>`}};C.styles=[w,I,y`
      .visitor { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
    `],d([m({attribute:!1})],C.prototype,"hass",2),d([m({attribute:!1})],C.prototype,"compound",2),d([m({type:Boolean,reflect:!0})],C.prototype,"narrow",2),d([p()],C.prototype,"visitors",2),d([p()],C.prototype,"loaded",2),d([p()],C.prototype,"failure",2),C=d([b("cs-visitors-today")],C);L({id:"guard",tag:"cs-guard-page",icon:"mdi:shield-account",operations:["live_passages","gate_operate"]});var Z=class extends _{constructor(){super(...arguments);this.narrow=!1}render(){let t=this.compound;return n`<div class="columns">
      <div class="column">
        ${z(t,"alarm_view")?n`<cs-alarm-desk .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-alarm-desk>`:c}
        ${z(t,"gate_operate")?n`<cs-gate-board .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-gate-board>`:c}
      </div>
      <div class="column">
        ${z(t,"live_passages")?n`<cs-passage-feed .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-passage-feed>`:c}
        ${z(t,"visitors_today")?n`<cs-visitors-today .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-visitors-today>`:c}
        ${z(t,"camera_health")?n`<cs-camera-health .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-camera-health>`:c}
      </div>
    </div>`}};Z.styles=[w,y`
      .columns { display: grid; gap: var(--cs-gap); grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
      .column { min-width: 0; }
      :host([narrow]) .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); gap: 0; } }
    `],d([m({attribute:!1})],Z.prototype,"hass",2),d([m({type:Boolean,reflect:!0})],Z.prototype,"narrow",2),d([m({attribute:!1})],Z.prototype,"compound",2),Z=d([b("cs-guard-page")],Z);var we=50,Ge=["granted","unknown_credential","revoked","lost","expired","not_yet_valid","vehicle_locked","owner_absent","holder_missing","moved_out","not_permitted_here","outside_schedule","used_up","pin_locked"],Qe=o=>`${o.building}-${o.unit}-${o.room}`,k=class extends _{constructor(){super(...arguments);this.narrow=!1;this.offset=0;this.error=null;this.personError=null;this.flatError=null;this.people=[];this.busy=!1;this.filters={}}get followsPeople(){let t=this.compound.may.access_log_query;return t==="all"||t==="own"}get ownHousehold(){return this.compound.may.access_log_query==="own"&&!z(this.compound,"live_passages")}firstUpdated(){this.load()}updated(t){t.has("compound")&&t.get("compound")!==void 0&&(this.filters={},this.offset=0,this.load())}async load(){this.busy=!0;try{this.page=await v(this.hass,this.compound,"access_log/query",{...this.filters,offset:this.offset,limit:we}),this.error=null}catch(t){this.error=await x(this.hass,t)}finally{this.busy=!1}}field(t){return this.renderRoot.querySelector(`[name="${t}"]`)?.value.trim()??""}async findHousehold(t){if(!t)return;let e=await v(this.hass,this.compound,"household/list",{search:t}),i=e.filter(r=>Qe(r)===t),a=i.length===1?i[0]:e.length===1?e[0]:void 0;return a?a.id:null}async findPerson(t){let e=this.field("person_id");if(e)return e;if(!t)return;let i=await v(this.hass,this.compound,"person/list",{search:t}),a=i.filter(h=>h.name===t),r=a.length?a:i;return r.length===1?r[0].id:(this.people=r.slice(0,50),null)}async search(t){t?.preventDefault(),this.personError=this.flatError=null;let e={};try{if(!this.ownHousehold){let r=await this.findHousehold(this.field("flat"));r===null?this.flatError=l(this.hass,"log.no_such_flat"):r&&(e.household_id=r)}if(this.followsPeople){let r=await this.findPerson(this.field("person"));r===null?this.personError=l(this.hass,this.people.length?"log.choose_person":"log.no_such_person"):r&&(e.person_id=r)}}catch(r){this.error=await x(this.hass,r);return}if(this.personError||this.flatError)return;for(let r of["access_point_id","decision","reason"]){let h=this.field(r);h&&(e[r]=h)}let i=this.field("start"),a=this.field("end");i&&(e.start=Vt(i,this.compound)),a&&(e.end=Vt(a,this.compound)),this.filters=e,this.offset=0,await this.load()}personTyped(){this.people=[]}async download(){try{let t=await v(this.hass,this.compound,"access_log/export",this.filters),e=URL.createObjectURL(new Blob([t.csv],{type:"text/csv;charset=utf-8"})),i=document.createElement("a");i.href=e,i.download=t.filename,i.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}catch(t){this.error=await x(this.hass,t)}}render(){let t=this.hass;return n`
      <form class="card filters" @submit=${this.search}>
        <h2>${l(t,"log.title")}</h2>
        ${this.page?.since?n`<p class="muted">${l(t,"log.live_only",{since:st(t,this.page.since,this.compound)})}</p>`:c}
        <div class="fields">
          ${this.followsPeople?n`<cs-field .label=${l(t,"log.person")} .error=${this.personError}>
                <input name="person" autocomplete="off" placeholder=${l(t,"log.person_hint")} @input=${this.personTyped} />
              </cs-field>`:c}
          ${this.people.length?n`<cs-field .label=${l(t,"log.choose_person")}>
                <select name="person_id">
                  ${this.people.map(e=>n`<option value=${e.id}>${e.name}</option>`)}
                </select>
              </cs-field>`:c}
          ${this.ownHousehold?c:n`<cs-field .label=${l(t,"log.flat")} .error=${this.flatError}>
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
              ${["granted","denied"].map(e=>n`<option value=${e}>${g(t,"decision",e)}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${l(t,"log.reason")}>
            <select name="reason">
              <option value="">${l(t,"log.any")}</option>
              ${Ge.map(e=>n`<option value=${e}>${g(t,"reason",e)}</option>`)}
            </select>
          </cs-field>
        </div>
        <div class="row actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${l(t,"common.search")}</button>
          ${z(this.compound,"access_log_export")?n`<button type="button" @click=${this.download}>${l(t,"log.download")}</button>`:c}
        </div>
      </form>
      ${this.error?n`<div class="card error" role="alert">${this.error}</div>`:c}
      <div class="card">${this.renderEntries()}</div>
    `}renderEntries(){let t=this.hass,e=this.page;if(!e)return n`<div class="muted">${l(t,"common.loading")}</div>`;if(!e.entries.length)return n`<div class="muted">${l(t,"common.nothing")}</div>`;let i=n`<cs-pager
      .hass=${t}
      .offset=${this.offset}
      .limit=${we}
      .total=${e.total}
      @page=${r=>{this.offset=r.detail.offset,this.load()}}
    ></cs-pager>`;if(this.narrow)return n`<ul class="entries">
          ${e.entries.map(r=>n`<li>
              <div class="row">
                <span class="chip ${r.decision}">${g(t,"decision",r.decision)}</span>
                <strong>${r.name??r.flat??"—"}</strong>
                ${r.name&&r.flat?n`<span class="muted">${r.flat}</span>`:c}
                ${r.watch!=="none"?n`<span class="chip alarm">${g(t,"watch",r.watch)}</span>`:c}
              </div>
              <div class="muted">
                ${st(t,r.time,this.compound)} · ${r.access_point??r.access_point_id} ·
                ${g(t,"direction",r.direction)} · ${g(t,"reason",r.reason)}
              </div>
            </li>`)}
        </ul>
        ${i}`;let a=e.entries.some(r=>"name"in r);return n`<table>
        <thead>
          <tr>
            <th>${l(t,"log.time")}</th>
            <th>${l(t,"log.access_point")}</th>
            <th>${l(t,"log.direction")}</th>
            <th>${l(t,"log.decision")}</th>
            <th>${l(t,"log.reason")}</th>
            <th>${l(t,"log.credential")}</th>
            <th>${l(t,"log.flat")}</th>
            ${a?n`<th>${l(t,"log.name")}</th>`:c}
          </tr>
        </thead>
        <tbody>
          ${e.entries.map(r=>n`<tr>
              <td>${st(t,r.time,this.compound)}</td>
              <td>${r.access_point??r.access_point_id}</td>
              <td>${g(t,"direction",r.direction)}</td>
              <td><span class="chip ${r.decision}">${g(t,"decision",r.decision)}</span></td>
              <td>${g(t,"reason",r.reason)}</td>
              <td>${g(t,"credential",r.credential)}</td>
              <td>${r.flat??"—"}</td>
              ${a?n`<td>
                    ${r.name??""}
                    ${r.watch!=="none"?n`<span class="chip alarm">${g(t,"watch",r.watch)}</span>`:c}
                  </td>`:c}
            </tr>`)}
        </tbody>
      </table>
      ${i}`}};k.styles=[w,y`
      .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 0 12px; }
      .actions { margin-top: 4px; }
      ul.entries { list-style: none; margin: 0; padding: 0; }
      ul.entries li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.entries .muted { font-size: 13px; margin-top: 2px; }
      table { font-size: 14px; }
    `],d([m({attribute:!1})],k.prototype,"hass",2),d([m({type:Boolean})],k.prototype,"narrow",2),d([m({attribute:!1})],k.prototype,"compound",2),d([p()],k.prototype,"page",2),d([p()],k.prototype,"offset",2),d([p()],k.prototype,"error",2),d([p()],k.prototype,"personError",2),d([p()],k.prototype,"flatError",2),d([p()],k.prototype,"people",2),d([p()],k.prototype,"busy",2),k=d([b("cs-log-page")],k);L({id:"log",tag:"cs-log-page",icon:"mdi:format-list-bulleted",operations:["access_log_query","live_passages"]});var Xe=1e3;function ts(o){let s=o.replace(/^\ufeff/,"").split(/\r?\n/).filter(i=>i.trim());if(!s.length)return[];let e=s[0].split(",").map(i=>i.trim().toLowerCase()).indexOf("id_number");return e<0?s.map(i=>i.split(",")[0].trim()):s.slice(1).map(i=>(i.split(",")[e]??"").trim())}var R=class extends _{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.upload=null;this.uploading=!1}firstUpdated(){this.load()}async load(t){try{let e=z(this.compound,"police_watch")&&this.compound.may.police_watch==="all",[i,a]=await Promise.all([v(this.hass,this.compound,"watch/list"),e?v(this.hass,this.compound,"wanted/matches",t?{job_id:t}:{}):Promise.resolve(void 0)]);this.lists=i,this.wanted=a,this.error=null}catch(e){this.error=await x(this.hass,e)}}async uploadFile(t){let e=t.target,i=e.files?.[0];if(!i)return;let a=ts(await i.text());e.value="",this.uploading=!0;try{let r=await v(this.hass,this.compound,"wanted/import",{numbers:a});for(this.upload=l(this.hass,"watch.uploaded",{numbers:r.numbers,invalid:r.invalid_rows.length});r.numbers>0;){await new Promise($=>setTimeout($,Xe)),await this.load(r.job_id);let u=this.wanted?.job;if(!u||u.finished)break;this.upload=l(this.hass,"watch.progress",{done:u.done,total:u.total})}let h=this.wanted?.job;h?.finished&&(this.upload=l(this.hass,"watch.finished",{added:h.added??0,matched:h.matched??0,invalid:r.invalid_rows.length}))}catch(r){this.upload=await x(this.hass,r)}finally{this.uploading=!1}}render(){let t=this.hass;return this.error?n`<div class="card error" role="alert">${this.error}</div>`:this.lists?n`
      ${this.lists.care!==null?n`<div class="card" data-list="care">
            <h2>${l(t,"watch.care")}</h2>
            <p class="muted">${l(t,"watch.care_help")}</p>
            ${this.renderPeople(this.lists.care,!0)}
          </div>`:c}
      ${this.lists.police!==null?n`<div class="card" data-list="police">
            <h2>${l(t,"watch.police")}</h2>
            <p class="muted">${l(t,"watch.police_help")}</p>
            ${this.renderPeople(this.lists.police,!1)}
          </div>`:c}
      ${this.wanted?this.renderWanted(this.wanted):c}
    `:n`<div class="muted">${l(t,"common.loading")}</div>`}renderPeople(t,e){let i=this.hass;return t.length?n`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${l(i,"watch.name")}</th>
          <th>${l(i,"watch.flat")}</th>
          <th>${l(i,"watch.directions")}</th>
          ${e?n`<th>${l(i,"watch.notify")}</th>`:c}
        </tr>
      </thead>
      <tbody>
        ${t.map(a=>n`<tr>
            <td>${a.name} <span class="muted">${g(i,"person_role",a.role)}</span>
              ${a.moved_out?n`<span class="chip">${l(i,"watch.moved_out")}</span>`:c}</td>
            <td>${a.flat??"—"}</td>
            <td>${g(i,"direction",a.directions)}</td>
            ${e?n`<td>${a.notify?.length?a.notify.map(r=>n`<div>${r}</div>`):n`<span class="muted">—</span>`}</td>`:c}
          </tr>`)}
      </tbody>
    </table></div>`:n`<div class="muted">${l(i,"watch.nobody")}</div>`}renderWanted(t){let e=this.hass;return n`<div class="card" data-list="wanted">
      <h2>${l(e,"watch.wanted")}</h2>
      <p class="muted">${l(e,"watch.wanted_listed",{count:t.listed})}</p>
      <div class="row">
        <label class="button upload">
          ${l(e,this.uploading?"watch.checking":"watch.upload")}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" ?disabled=${this.uploading} @change=${this.uploadFile} />
        </label>
        ${this.upload?n`<span class="muted">${this.upload}</span>`:c}
      </div>
      <h3>${l(e,"watch.matches")}</h3>
      ${t.matches.length?n`<div class="scroll"><table>
            <thead><tr><th>${l(e,"watch.name")}</th><th>${l(e,"watch.flat")}</th></tr></thead>
            <tbody>
              ${t.matches.map(i=>n`<tr class="match"><td>${i.name} <span class="muted">${g(e,"person_role",i.role)}</span></td><td>${i.flat??"—"}</td></tr>`)}
            </tbody>
          </table></div>`:n`<div class="muted">${l(e,"watch.no_matches")}</div>`}
    </div>`}};R.styles=[w,y`
      .scroll { overflow-x: auto; }
      h3 { font-weight: 500; margin: 16px 0 8px; }
      label.button.upload {
        display: inline-flex; align-items: center; margin: 0; font-size: inherit;
        color: var(--primary-color, #03a9f4);
      }
      label.button.upload input { display: none; }
    `],d([m({attribute:!1})],R.prototype,"hass",2),d([m({type:Boolean})],R.prototype,"narrow",2),d([m({attribute:!1})],R.prototype,"compound",2),d([p()],R.prototype,"lists",2),d([p()],R.prototype,"wanted",2),d([p()],R.prototype,"error",2),d([p()],R.prototype,"upload",2),d([p()],R.prototype,"uploading",2),R=d([b("cs-watch-page")],R);L({id:"watch",tag:"cs-watch-page",icon:"mdi:eye",operations:["care_watch_set","police_watch"]});var K=o=>o==null?"—":String(o),H=class extends _{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.flatError=null;this.period=null;this.charts=[]}get everyFlat(){return this.compound.may.usage_view==="all"}firstUpdated(){this.load(),!this.everyFlat&&this.compound.household_id&&this.chart(this.compound.household_id)}updated(t){if(t.has("hass"))for(let e of this.charts)e.hass=this.hass}async load(){let t=this.period?{period:this.period}:{};try{[this.totals,this.flagged]=await Promise.all([v(this.hass,this.compound,"usage/totals",t),v(this.hass,this.compound,"usage/flagged",{...t,limit:200})]),this.error=null}catch(e){this.error=await x(this.hass,e)}}choosePeriod(t){this.period=t.target.value||null,this.load()}async findFlat(t){t.preventDefault();let e=(this.renderRoot.querySelector('input[name="flat"]')?.value??"").trim();if(e)try{let i=await v(this.hass,this.compound,"household/list",{search:e}),r=i.filter(h=>`${h.building}-${h.unit}-${h.room}`===e)[0]??(i.length===1?i[0]:void 0);if(!r){this.flatError=l(this.hass,"usage.no_such_flat");return}this.flatError=null,await this.chart(r.id)}catch(i){this.flatError=await x(this.hass,i)}}async chart(t){try{this.household=await v(this.hass,this.compound,"usage/household",{household_id:t})}catch(a){this.error=await x(this.hass,a);return}this.charts=[];let e=await bt();if(!e)return;let i=this.household.statistic_ids;for(let[a,r]of Object.entries(i)){if(!r)continue;let h=e.createCardElement({type:"statistics-graph",title:l(this.hass,`usage.${a}`),entities:[r],period:"month",stat_types:["change"],chart_type:"bar",days_to_show:730,hide_legend:!0});h.hass=this.hass,this.charts.push(h)}this.requestUpdate()}render(){let t=this.hass;return n`
      ${this.error?n`<div class="card error" role="alert">${this.error}</div>`:c}
      <div class="card totals">
        <h2>${l(t,"usage.totals")}</h2>
        ${this.totals?.period?n`<div class="row">
              <select aria-label=${l(t,"usage.month")} @change=${this.choosePeriod}>
                ${(this.totals.periods??[this.totals.period]).map(e=>n`<option value=${e} ?selected=${e===this.totals?.period}>${e}</option>`)}
              </select>
              <span class="figure"><strong>${K(this.totals.electricity_kwh)}</strong> kWh</span>
              <span class="figure"><strong>${K(this.totals.water_m3)}</strong> m³</span>
              <span class="muted">${l(t,"usage.households",{count:this.totals.households})}</span>
            </div>`:n`<div class="muted">${this.totals?l(t,"usage.no_readings"):l(t,"common.loading")}</div>`}
      </div>
      <div class="card">
        <h2>${l(t,"usage.flagged")}</h2>
        ${this.flagged?n`<p class="muted">
              ${l(t,"usage.rule",{factor:this.flagged.factor,months:this.flagged.months})}
            </p>`:c}
        ${this.renderFlagged()}
      </div>
      <div class="card">
        <h2>${l(t,"usage.flat_months")}</h2>
        ${this.everyFlat?n`<form class="row" @submit=${this.findFlat}>
              <cs-field .label=${l(t,"usage.flat")} .error=${this.flatError}>
                <input name="flat" placeholder="9-1-301" autocomplete="off" />
              </cs-field>
              <button class="primary" type="submit">${l(t,"usage.show")}</button>
            </form>`:c}
        ${this.renderHousehold()}
      </div>
    `}renderFlagged(){let t=this.hass,e=this.flagged;return e?e.flagged.length?this.narrow?n`<ul class="flagged">
        ${e.flagged.map(i=>n`<li>
            <div class="row">
              <strong>${i.flat??"—"}</strong>
              <span class="chip alarm">${g(t,"classification",i.classification)}</span>
              <button class="chart" @click=${()=>this.chart(i.household_id)}>${l(t,"usage.chart")}</button>
            </div>
            <div>${K(i.electricity_kwh)} kWh${i.electricity_ratio!==null?n` · <span class="muted">${l(t,"usage.times_median",{ratio:i.electricity_ratio})}</span>`:c}</div>
            <div>${K(i.water_m3)} m³${i.water_ratio!==null?n` · <span class="muted">${l(t,"usage.times_median",{ratio:i.water_ratio})}</span>`:c}</div>
            <div class="muted">
              ${l(t,"usage.registered",{count:i.occupants})}${i.estimated_occupants!==null?n` · ${l(t,"usage.estimated",{count:i.estimated_occupants})}`:c}
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
        ${e.flagged.map(i=>n`<tr>
            <td><strong>${i.flat??"—"}</strong></td>
            <td><span class="chip alarm">${g(t,"classification",i.classification)}</span></td>
            <td>
              ${K(i.electricity_kwh)} kWh
              ${i.electricity_ratio!==null?n`<div class="muted">${l(t,"usage.times_median",{ratio:i.electricity_ratio})}</div>`:c}
            </td>
            <td>
              ${K(i.water_m3)} m³
              ${i.water_ratio!==null?n`<div class="muted">${l(t,"usage.times_median",{ratio:i.water_ratio})}</div>`:c}
            </td>
            <td>
              ${l(t,"usage.registered",{count:i.occupants})}
              ${i.estimated_occupants!==null?n`<div class="muted">${l(t,"usage.estimated",{count:i.estimated_occupants})}</div>`:c}
            </td>
            <td><button @click=${()=>this.chart(i.household_id)}>${l(t,"usage.chart")}</button></td>
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
              ${[...e.months].reverse().map(i=>n`<tr><td>${i.period}</td><td>${K(i.electricity_kwh)}</td><td>${K(i.water_m3)}</td></tr>`)}
            </tbody>
          </table></div>`:n`<div class="muted">${l(t,"usage.no_readings")}</div>`}`:c}};H.styles=[w,y`
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
    `],d([m({attribute:!1})],H.prototype,"hass",2),d([m({type:Boolean})],H.prototype,"narrow",2),d([m({attribute:!1})],H.prototype,"compound",2),d([p()],H.prototype,"totals",2),d([p()],H.prototype,"flagged",2),d([p()],H.prototype,"household",2),d([p()],H.prototype,"error",2),d([p()],H.prototype,"flatError",2),d([p()],H.prototype,"period",2),H=d([b("cs-usage-page")],H);L({id:"usage",tag:"cs-usage-page",icon:"mdi:flash",operations:["usage_view"]});L({id:"cameras",tag:"cs-cameras-page",icon:"mdi:cctv",operations:["camera_health"]});var Y=class extends _{constructor(){super(...arguments);this.narrow=!1}render(){return n`<cs-camera-health
      live
      .hass=${this.hass}
      .compound=${this.compound}
      .narrow=${this.narrow}
    ></cs-camera-health>`}};Y.styles=[w],d([m({attribute:!1})],Y.prototype,"hass",2),d([m({type:Boolean,reflect:!0})],Y.prototype,"narrow",2),d([m({attribute:!1})],Y.prototype,"compound",2),Y=d([b("cs-cameras-page")],Y);var jt=["mon","tue","wed","thu","fri","sat","sun"],es=["compound_gates","unit_doors","garages"],ss=["clerk","guard","police"],S=class extends _{constructor(){super(...arguments);this.narrow=!1;this.users=[];this.levels=[];this.error=null;this.saved=null;this.editing=null;this.levelError=null}firstUpdated(){this.load()}async load(){try{let[t,e,i]=await Promise.all([v(this.hass,this.compound,"roles/list"),v(this.hass,this.compound,"level/list"),v(this.hass,this.compound,"settings/get")]);this.users=t.users,this.levels=e,this.settings=i,this.error=null}catch(t){this.error=await x(this.hass,t)}}async setRole(t,e){let i=e.target.value||null;try{await v(this.hass,this.compound,"roles/set",{user_id:t.user_id,role:i}),this.users=this.users.map(a=>a.user_id===t.user_id?{...a,role:i}:a),this.saved=l(this.hass,"settings.role_saved",{name:t.name??t.user_id})}catch(a){this.error=await x(this.hass,a)}}async setPolicy(t){let e=t.target.value;try{this.settings=await v(this.hass,this.compound,"settings/set",{tenant_cards:e}),this.saved=l(this.hass,"settings.policy_saved")}catch(i){this.error=await x(this.hass,i)}}newLevel(){this.levelError=null,this.editing={id:"",name:"",access_points:[],zones:[],schedule:{}}}async saveLevel(t){t.preventDefault();let e=t.target,i=new FormData(e),a={};for(let u of[...jt,"holiday","holidays"])a[u]=String(i.get(u)??"");let r={name:String(i.get("name")??"").trim(),access_points:i.getAll("access_points").map(String),zones:i.getAll("zones").map(String),schedule:a},h=this.editing;try{h?.id?await v(this.hass,this.compound,"level/update",{level_id:h.id,...r}):await v(this.hass,this.compound,"level/create",r),this.editing=null,await this.load()}catch(u){this.levelError=await x(this.hass,u)}}async deleteLevel(t){try{await v(this.hass,this.compound,"level/delete",{level_id:t.id}),await this.load()}catch(e){this.error=await x(this.hass,e)}}render(){let t=this.hass;return n`
      ${this.error?n`<div class="card error" role="alert">${this.error}</div>`:c}
      ${this.saved?n`<div class="card ok" role="status">${this.saved}</div>`:c}
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
      ${this.settings?this.renderPolicy(this.settings):c}
      ${this.settings?this.renderHardware(this.settings):c}
      ${this.editing?this.renderLevelDialog(this.editing):c}
    `}renderUser(t){let e=this.hass;return n`<tr data-user=${t.user_id}>
      <td>${t.name??t.user_id}${t.is_active?c:n` <span class="chip">${l(e,"settings.inactive")}</span>`}</td>
      <td>
        ${t.is_admin?g(e,"role","manager"):n`<select aria-label=${l(e,"settings.role")} @change=${i=>this.setRole(t,i)}>
              <option value="" ?selected=${!t.role}>${l(e,"settings.no_role")}</option>
              ${ss.map(i=>n`<option value=${i} ?selected=${t.role===i}>${g(e,"role",i)}</option>`)}
            </select>`}
      </td>
    </tr>`}renderLevel(t){let e=this.hass,i=new Map(this.settings?.hardware.map(h=>[h.subentry_id,h.title])),a=[...t.zones.map(h=>g(e,"zone",h.split(":")[0])+(h.includes(":")?` ${h.split(":")[1]}`:"")),...t.access_points.map(h=>i.get(h)??h)].join(", "),r=jt.filter(h=>t.schedule[h]?.length).map(h=>`${l(e,`settings.day.${h}`)} ${t.schedule[h].join(", ")}`).join(" · ");return n`<li>
      <div><strong>${t.name}</strong> <span class="muted">${a}</span></div>
      <div class="muted">${r||l(e,"settings.closed")}</div>
      <div class="row">
        <button @click=${()=>{this.levelError=null,this.editing=t}}>${l(e,"settings.edit")}</button>
        <button class="danger" @click=${()=>this.deleteLevel(t)}>${l(e,"settings.delete")}</button>
      </div>
    </li>`}renderLevelDialog(t){let e=this.hass,i=this.settings?.hardware.filter(r=>r.subentry_type==="access_point")??[],a=r=>(t.schedule[r]??[]).join(", ");return n`<cs-dialog open .heading=${l(e,t.id?"settings.edit_level":"settings.add_level")} @closed=${()=>this.editing=null}>
      <form id="level" @submit=${this.saveLevel}>
        <cs-field .label=${l(e,"settings.level_name")}><input name="name" required .value=${t.name} /></cs-field>
        <fieldset>
          <legend>${l(e,"settings.where")}</legend>
          ${es.map(r=>n`<label class="check"><input type="checkbox" name="zones" value=${r} ?checked=${t.zones.includes(r)} /> ${g(e,"zone",r)}</label>`)}
          ${i.map(r=>n`<label class="check"><input type="checkbox" name="access_points" value=${r.subentry_id} ?checked=${t.access_points.includes(r.subentry_id)} /> ${r.title}</label>`)}
        </fieldset>
        <fieldset class="schedule">
          <legend>${l(e,"settings.schedule")}</legend>
          <p class="muted">${l(e,"settings.schedule_help")}</p>
          ${jt.map(r=>n`<cs-field .label=${l(e,`settings.day.${r}`)}><input name=${r} .value=${t.id?a(r):"00:00-24:00"} placeholder="07:00-22:00" /></cs-field>`)}
          <cs-field .label=${l(e,"settings.holidays")}><input name="holidays" .value=${a("holidays")} placeholder="2026-10-01, 2026-10-02" /></cs-field>
          <cs-field .label=${l(e,"settings.holiday_hours")}><input name="holiday" .value=${t.id?a("holiday"):"00:00-24:00"} /></cs-field>
        </fieldset>
        ${this.levelError?n`<div class="error" role="alert">${this.levelError}</div>`:c}
      </form>
      <button slot="actions" @click=${()=>this.editing=null}>${l(e,"common.cancel")}</button>
      <button slot="actions" class="primary" type="submit" form="level">${l(e,"common.save")}</button>
    </cs-dialog>`}renderPolicy(t){let e=this.hass;return n`<div class="card" data-section="tenant-cards">
      <h2>${l(e,"settings.tenant_cards")}</h2>
      <p class="muted">${l(e,"settings.tenant_cards_help")}</p>
      ${t.tenant_card_options.map(i=>n`<label class="check">
          <input type="radio" name="tenant_cards" value=${i} ?checked=${t.tenant_cards===i} @change=${this.setPolicy} />
          ${g(e,"tenant_cards",i)}
        </label>`)}
      ${t.tenant_cards_outside_policy?n`<p class="warn">${l(e,"settings.outside_policy",{count:t.tenant_cards_outside_policy})}</p>`:c}
    </div>`}renderHardware(t){let e=this.hass;return n`<div class="card" data-section="hardware">
      <h2>${l(e,"settings.hardware")}</h2>
      <p class="muted">${l(e,"settings.hardware_help")}</p>
      <ul class="hardware">
        ${t.hardware.map(i=>n`<li>
            <span class="chip">${g(e,"subentry_type",i.subentry_type)}</span>
            ${i.device_id?n`<a href="/config/devices/device/${i.device_id}">${i.title}</a>`:i.title}
          </li>`)}
      </ul>
      <a class="button" href=${t.integration_path}>${l(e,"settings.open_integration")}</a>
    </div>`}};S.styles=[w,y`
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
    `],d([m({attribute:!1})],S.prototype,"hass",2),d([m({type:Boolean})],S.prototype,"narrow",2),d([m({attribute:!1})],S.prototype,"compound",2),d([p()],S.prototype,"users",2),d([p()],S.prototype,"levels",2),d([p()],S.prototype,"settings",2),d([p()],S.prototype,"error",2),d([p()],S.prototype,"saved",2),d([p()],S.prototype,"editing",2),d([p()],S.prototype,"levelError",2),S=d([b("cs-settings-page")],S);L({id:"settings",tag:"cs-settings-page",icon:"mdi:cog",operations:["settings"]});var qt;async function xt(o,s){qt??=v(o,null,"console/info").catch(e=>{throw qt=void 0,e});let{compounds:t}=await qt;return t.find(e=>e.config_entry_id===s)??t[0]}var rt=class extends _{constructor(){super(...arguments);this.missing=!1;this.config={type:""};this.asked=!1}setConfig(t){this.config=t,this.asked=!1}getCardSize(){return 5}willUpdate(){this.hass&&!this.asked&&(this.asked=!0,xt(this.hass,this.config.config_entry_id).then(t=>{this.compound=t,this.missing=!t}).catch(()=>this.missing=!0))}render(){if(!this.hass)return c;let t=this.compound;if(this.missing||t&&!(this.operation in t.may))return n`<div class="card muted">${l(this.hass,"common.unauthorized")}</div>`;if(!t)return n`<div class="card muted">${l(this.hass,"common.loading")}</div>`;let e=yt(this.section);return wt`<${e} .hass=${this.hass} .compound=${t}></${e}>`}static{this.styles=[w]}};d([m({attribute:!1})],rt.prototype,"hass",2),d([p()],rt.prototype,"compound",2),d([p()],rt.prototype,"missing",2);var is=[{tag:"compound-security-alarm-desk-card",section:"cs-alarm-desk",operation:"alarm_view",name:"Compound Security alarm desk",description:"Open alarms with time, place and snapshot; acknowledge or close one with a note."},{tag:"compound-security-passages-card",section:"cs-passage-feed",operation:"live_passages",name:"Compound Security live passages",description:"Today's passages at the compound's gates, as they happen."},{tag:"compound-security-gates-card",section:"cs-gate-board",operation:"gate_operate",name:"Compound Security gates",description:"Every gate: open once, hold open, close."}];for(let o of is)customElements.get(o.tag)||(customElements.define(o.tag,class extends rt{constructor(){super(...arguments);this.section=o.section;this.operation=o.operation}}),window.customCards??=[],window.customCards.push({type:o.tag,name:o.name,description:o.description,preview:!1}));function os(o,s){let{entities:t={},devices:e={}}=o;return Object.values(t).filter(i=>i.platform==="compound_security"&&i.entity_id.startsWith("sensor.")&&!i.entity_category&&!i.hidden&&i.device_id!==void 0&&(e[i.device_id]?.config_entries??[]).includes(s)).sort((i,a)=>i.entity_id.localeCompare(a.entity_id))}async function rs(o){try{return(await o.callWS({type:"frontend/get_translations",language:mt(o),category:"entity",integration:["compound_security"]})).resources}catch{return{}}}async function ns(o,s){let t=f=>l(s,f),e=await xt(s,o.config_entry_id).catch(()=>{});if(!e)return{title:t("common.title"),views:[{title:t("common.title"),cards:[{type:"markdown",content:t("common.no_access")}]}]};let i=f=>f in e.may,a=i("camera_health")?(await v(s,e,"cameras/list")).cameras:[],r={config_entry_id:e.config_entry_id},h=[];i("alarm_view")&&h.push({type:"custom:compound-security-alarm-desk-card",...r}),i("gate_operate")&&h.push({type:"custom:compound-security-gates-card",...r}),i("live_passages")&&h.push({type:"custom:compound-security-passages-card",...r});let u=a.filter(f=>f.entity_id).map(f=>({type:"picture-entity",entity:f.entity_id,name:f.name,camera_view:"auto"})),$=[{title:t("page.guard"),path:"guard-room",cards:h}];u.length&&$.push({title:t("page.cameras"),path:"cameras",cards:[{type:"grid",columns:2,square:!1,cards:u}]});let E=os(s,e.config_entry_id);if(E.length){let f=await rs(s),O=E.map(M=>{let J=f[`component.compound_security.entity.sensor.${M.translation_key}.name`];return J?{entity:M.entity_id,name:J}:{entity:M.entity_id}});$.push({title:t("guard.compound_view"),path:"compound",cards:[{type:"entities",title:t("guard.figures"),entities:O}]})}return{title:`${t("common.title")} · ${e.title}`,views:$}}var be="ll-strategy-dashboard-compound-security-staff";customElements.get(be)||customElements.define(be,class extends HTMLElement{static generate(o,s){return ns(o,s)}});
