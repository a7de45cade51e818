var qe=Object.defineProperty;var je=Object.getOwnPropertyDescriptor;var n=(a,s,t,e)=>{for(var i=e>1?void 0:e?je(s,t):s,l=a.length-1,d;l>=0;l--)(d=a[l])&&(i=(e?d(s,t,i):d(i))||i);return e&&i&&qe(s,t,i),i};var St=globalThis,Ht=St.ShadowRoot&&(St.ShadyCSS===void 0||St.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Ut=Symbol(),ne=new WeakMap,vt=class{constructor(s,t,e){if(this._$cssResult$=!0,e!==Ut)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=t}get styleSheet(){let s=this.o,t=this.t;if(Ht&&s===void 0){let e=t!==void 0&&t.length===1;e&&(s=ne.get(t)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),e&&ne.set(t,s))}return s}toString(){return this.cssText}},le=a=>new vt(typeof a=="string"?a:a+"",void 0,Ut),_=(a,...s)=>{let t=a.length===1?a[0]:s.reduce((e,i,l)=>e+(d=>{if(d._$cssResult$===!0)return d.cssText;if(typeof d=="number")return d;throw Error("Value passed to 'css' function must be a 'css' function result: "+d+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+a[l+1],a[0]);return new vt(t,a,Ut)},de=(a,s)=>{if(Ht)a.adoptedStyleSheets=s.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of s){let e=document.createElement("style"),i=St.litNonce;i!==void 0&&e.setAttribute("nonce",i),e.textContent=t.cssText,a.appendChild(e)}},Vt=Ht?a=>a:a=>a instanceof CSSStyleSheet?(s=>{let t="";for(let e of s.cssRules)t+=e.cssText;return le(t)})(a):a;var{is:Be,defineProperty:We,getOwnPropertyDescriptor:Ze,getOwnPropertyNames:Ke,getOwnPropertySymbols:Ye,getPrototypeOf:Je}=Object,Tt=globalThis,ce=Tt.trustedTypes,Ge=ce?ce.emptyScript:"",Qe=Tt.reactiveElementPolyfillSupport,_t=(a,s)=>a,$t={toAttribute(a,s){switch(s){case Boolean:a=a?Ge:null;break;case Object:case Array:a=a==null?a:JSON.stringify(a)}return a},fromAttribute(a,s){let t=a;switch(s){case Boolean:t=a!==null;break;case Number:t=a===null?null:Number(a);break;case Object:case Array:try{t=JSON.parse(a)}catch{t=null}}return t}},Ct=(a,s)=>!Be(a,s),he={attribute:!0,type:String,converter:$t,reflect:!1,useDefault:!1,hasChanged:Ct};Symbol.metadata??=Symbol("metadata"),Tt.litPropertyMetadata??=new WeakMap;var Y=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,t=he){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(s,t),!t.noAccessor){let e=Symbol(),i=this.getPropertyDescriptor(s,e,t);i!==void 0&&We(this.prototype,s,i)}}static getPropertyDescriptor(s,t,e){let{get:i,set:l}=Ze(this.prototype,s)??{get(){return this[t]},set(d){this[t]=d}};return{get:i,set(d){let u=i?.call(this);l?.call(this,d),this.requestUpdate(s,u,e)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??he}static _$Ei(){if(this.hasOwnProperty(_t("elementProperties")))return;let s=Je(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(_t("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(_t("properties"))){let t=this.properties,e=[...Ke(t),...Ye(t)];for(let i of e)this.createProperty(i,t[i])}let s=this[Symbol.metadata];if(s!==null){let t=litPropertyMetadata.get(s);if(t!==void 0)for(let[e,i]of t)this.elementProperties.set(e,i)}this._$Eh=new Map;for(let[t,e]of this.elementProperties){let i=this._$Eu(t,e);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let t=[];if(Array.isArray(s)){let e=new Set(s.flat(1/0).reverse());for(let i of e)t.unshift(Vt(i))}else s!==void 0&&t.push(Vt(s));return t}static _$Eu(s,t){let e=t.attribute;return e===!1?void 0:typeof e=="string"?e:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,t=this.constructor.elementProperties;for(let e of t.keys())this.hasOwnProperty(e)&&(s.set(e,this[e]),delete this[e]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return de(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,t,e){this._$AK(s,e)}_$ET(s,t){let e=this.constructor.elementProperties.get(s),i=this.constructor._$Eu(s,e);if(i!==void 0&&e.reflect===!0){let l=(e.converter?.toAttribute!==void 0?e.converter:$t).toAttribute(t,e.type);this._$Em=s,l==null?this.removeAttribute(i):this.setAttribute(i,l),this._$Em=null}}_$AK(s,t){let e=this.constructor,i=e._$Eh.get(s);if(i!==void 0&&this._$Em!==i){let l=e.getPropertyOptions(i),d=typeof l.converter=="function"?{fromAttribute:l.converter}:l.converter?.fromAttribute!==void 0?l.converter:$t;this._$Em=i;let u=d.fromAttribute(t,l.type);this[i]=u??this._$Ej?.get(i)??u,this._$Em=null}}requestUpdate(s,t,e,i=!1,l){if(s!==void 0){let d=this.constructor;if(i===!1&&(l=this[s]),e??=d.getPropertyOptions(s),!((e.hasChanged??Ct)(l,t)||e.useDefault&&e.reflect&&l===this._$Ej?.get(s)&&!this.hasAttribute(d._$Eu(s,e))))return;this.C(s,t,e)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,t,{useDefault:e,reflect:i,wrapped:l},d){e&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,d??t??this[s]),l!==!0||d!==void 0)||(this._$AL.has(s)||(this.hasUpdated||e||(t=void 0),this._$AL.set(s,t)),i===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,l]of this._$Ep)this[i]=l;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[i,l]of e){let{wrapped:d}=l,u=this[i];d!==!0||this._$AL.has(i)||u===void 0||this.C(i,void 0,l,u)}}let s=!1,t=this._$AL;try{s=this.shouldUpdate(t),s?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(e){throw s=!1,this._$EM(),e}s&&this._$AE(t)}willUpdate(s){}_$AE(s){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(s){}firstUpdated(s){}};Y.elementStyles=[],Y.shadowRootOptions={mode:"open"},Y[_t("elementProperties")]=new Map,Y[_t("finalized")]=new Map,Qe?.({ReactiveElement:Y}),(Tt.reactiveElementVersions??=[]).push("2.1.2");var Kt=globalThis,pe=a=>a,Lt=Kt.trustedTypes,ue=Lt?Lt.createPolicy("lit-html",{createHTML:a=>a}):void 0,$e="$lit$",tt=`lit$${Math.random().toFixed(9).slice(2)}$`,ye="?"+tt,Xe=`<${ye}>`,ct=document,wt=()=>ct.createComment(""),bt=a=>a===null||typeof a!="object"&&typeof a!="function",Yt=Array.isArray,ts=a=>Yt(a)||typeof a?.[Symbol.iterator]=="function",Ft=`[ 	
\f\r]`,yt=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,me=/-->/g,ge=/>/g,lt=RegExp(`>|${Ft}(?:([^\\s"'>=/]+)(${Ft}*=${Ft}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),fe=/'/g,ve=/"/g,we=/^(?:script|style|textarea|title)$/i,Jt=a=>(s,...t)=>({_$litType$:a,strings:s,values:t}),r=Jt(1),be=Jt(2),xe=Jt(3),ht=Symbol.for("lit-noChange"),c=Symbol.for("lit-nothing"),_e=new WeakMap,dt=ct.createTreeWalker(ct,129);function ke(a,s){if(!Yt(a)||!a.hasOwnProperty("raw"))throw Error("invalid template strings array");return ue!==void 0?ue.createHTML(s):s}var es=(a,s)=>{let t=a.length-1,e=[],i,l=s===2?"<svg>":s===3?"<math>":"",d=yt;for(let u=0;u<t;u++){let m=a[u],x,k,b=-1,V=0;for(;V<m.length&&(d.lastIndex=V,k=d.exec(m),k!==null);)V=d.lastIndex,d===yt?k[1]==="!--"?d=me:k[1]!==void 0?d=ge:k[2]!==void 0?(we.test(k[2])&&(i=RegExp("</"+k[2],"g")),d=lt):k[3]!==void 0&&(d=lt):d===lt?k[0]===">"?(d=i??yt,b=-1):k[1]===void 0?b=-2:(b=d.lastIndex-k[2].length,x=k[1],d=k[3]===void 0?lt:k[3]==='"'?ve:fe):d===ve||d===fe?d=lt:d===me||d===ge?d=yt:(d=lt,i=void 0);let I=d===lt&&a[u+1].startsWith("/>")?" ":"";l+=d===yt?m+Xe:b>=0?(e.push(x),m.slice(0,b)+$e+m.slice(b)+tt+I):m+tt+(b===-2?u:I)}return[ke(a,l+(a[t]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),e]},xt=class a{constructor({strings:s,_$litType$:t},e){let i;this.parts=[];let l=0,d=0,u=s.length-1,m=this.parts,[x,k]=es(s,t);if(this.el=a.createElement(x,e),dt.currentNode=this.el.content,t===2||t===3){let b=this.el.content.firstChild;b.replaceWith(...b.childNodes)}for(;(i=dt.nextNode())!==null&&m.length<u;){if(i.nodeType===1){if(i.hasAttributes())for(let b of i.getAttributeNames())if(b.endsWith($e)){let V=k[d++],I=i.getAttribute(b).split(tt),nt=/([.?@])?(.*)/.exec(V);m.push({type:1,index:l,name:nt[2],strings:I,ctor:nt[1]==="."?jt:nt[1]==="?"?Bt:nt[1]==="@"?Wt:mt}),i.removeAttribute(b)}else b.startsWith(tt)&&(m.push({type:6,index:l}),i.removeAttribute(b));if(we.test(i.tagName)){let b=i.textContent.split(tt),V=b.length-1;if(V>0){i.textContent=Lt?Lt.emptyScript:"";for(let I=0;I<V;I++)i.append(b[I],wt()),dt.nextNode(),m.push({type:2,index:++l});i.append(b[V],wt())}}}else if(i.nodeType===8)if(i.data===ye)m.push({type:2,index:l});else{let b=-1;for(;(b=i.data.indexOf(tt,b+1))!==-1;)m.push({type:7,index:l}),b+=tt.length-1}l++}}static createElement(s,t){let e=ct.createElement("template");return e.innerHTML=s,e}};function ut(a,s,t=a,e){if(s===ht)return s;let i=e!==void 0?t._$Co?.[e]:t._$Cl,l=bt(s)?void 0:s._$litDirective$;return i?.constructor!==l&&(i?._$AO?.(!1),l===void 0?i=void 0:(i=new l(a),i._$AT(a,t,e)),e!==void 0?(t._$Co??=[])[e]=i:t._$Cl=i),i!==void 0&&(s=ut(a,i._$AS(a,s.values),i,e)),s}var qt=class{constructor(s,t){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:t},parts:e}=this._$AD,i=(s?.creationScope??ct).importNode(t,!0);dt.currentNode=i;let l=dt.nextNode(),d=0,u=0,m=e[0];for(;m!==void 0;){if(d===m.index){let x;m.type===2?x=new kt(l,l.nextSibling,this,s):m.type===1?x=new m.ctor(l,m.name,m.strings,this,s):m.type===6&&(x=new Zt(l,this,s)),this._$AV.push(x),m=e[++u]}d!==m?.index&&(l=dt.nextNode(),d++)}return dt.currentNode=ct,i}p(s){let t=0;for(let e of this._$AV)e!==void 0&&(e.strings!==void 0?(e._$AI(s,e,t),t+=e.strings.length-2):e._$AI(s[t])),t++}},kt=class a{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,t,e,i){this.type=2,this._$AH=c,this._$AN=void 0,this._$AA=s,this._$AB=t,this._$AM=e,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,t=this._$AM;return t!==void 0&&s?.nodeType===11&&(s=t.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,t=this){s=ut(this,s,t),bt(s)?s===c||s==null||s===""?(this._$AH!==c&&this._$AR(),this._$AH=c):s!==this._$AH&&s!==ht&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):ts(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==c&&bt(this._$AH)?this._$AA.nextSibling.data=s:this.T(ct.createTextNode(s)),this._$AH=s}$(s){let{values:t,_$litType$:e}=s,i=typeof e=="number"?this._$AC(s):(e.el===void 0&&(e.el=xt.createElement(ke(e.h,e.h[0]),this.options)),e);if(this._$AH?._$AD===i)this._$AH.p(t);else{let l=new qt(i,this),d=l.u(this.options);l.p(t),this.T(d),this._$AH=l}}_$AC(s){let t=_e.get(s.strings);return t===void 0&&_e.set(s.strings,t=new xt(s)),t}k(s){Yt(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,e,i=0;for(let l of s)i===t.length?t.push(e=new a(this.O(wt()),this.O(wt()),this,this.options)):e=t[i],e._$AI(l),i++;i<t.length&&(this._$AR(e&&e._$AB.nextSibling,i),t.length=i)}_$AR(s=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);s!==this._$AB;){let e=pe(s).nextSibling;pe(s).remove(),s=e}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},mt=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,t,e,i,l){this.type=1,this._$AH=c,this._$AN=void 0,this.element=s,this.name=t,this._$AM=i,this.options=l,e.length>2||e[0]!==""||e[1]!==""?(this._$AH=Array(e.length-1).fill(new String),this.strings=e):this._$AH=c}_$AI(s,t=this,e,i){let l=this.strings,d=!1;if(l===void 0)s=ut(this,s,t,0),d=!bt(s)||s!==this._$AH&&s!==ht,d&&(this._$AH=s);else{let u=s,m,x;for(s=l[0],m=0;m<l.length-1;m++)x=ut(this,u[e+m],t,m),x===ht&&(x=this._$AH[m]),d||=!bt(x)||x!==this._$AH[m],x===c?s=c:s!==c&&(s+=(x??"")+l[m+1]),this._$AH[m]=x}d&&!i&&this.j(s)}j(s){s===c?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},jt=class extends mt{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===c?void 0:s}},Bt=class extends mt{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==c)}},Wt=class extends mt{constructor(s,t,e,i,l){super(s,t,e,i,l),this.type=5}_$AI(s,t=this){if((s=ut(this,s,t,0)??c)===ht)return;let e=this._$AH,i=s===c&&e!==c||s.capture!==e.capture||s.once!==e.once||s.passive!==e.passive,l=s!==c&&(e===c||i);i&&this.element.removeEventListener(this.name,this,e),l&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},Zt=class{constructor(s,t,e){this.element=s,this.type=6,this._$AN=void 0,this._$AM=t,this.options=e}get _$AU(){return this._$AM._$AU}_$AI(s){ut(this,s)}};var ss=Kt.litHtmlPolyfillSupport;ss?.(xt,kt),(Kt.litHtmlVersions??=[]).push("3.3.3");var Ee=(a,s,t)=>{let e=t?.renderBefore??s,i=e._$litPart$;if(i===void 0){let l=t?.renderBefore??null;e._$litPart$=i=new kt(s.insertBefore(wt(),l),l,void 0,t??{})}return i._$AI(a),i};var Gt=globalThis,v=class extends Y{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=Ee(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return ht}};v._$litElement$=!0,v.finalized=!0,Gt.litElementHydrateSupport?.({LitElement:v});var is=Gt.litElementPolyfillSupport;is?.({LitElement:v});(Gt.litElementVersions??=[]).push("4.2.2");var y=a=>(s,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(a,s)}):customElements.define(a,s)};var rs={attribute:!0,type:String,converter:$t,reflect:!1,hasChanged:Ct},os=(a=rs,s,t)=>{let{kind:e,metadata:i}=t,l=globalThis.litPropertyMetadata.get(i);if(l===void 0&&globalThis.litPropertyMetadata.set(i,l=new Map),e==="setter"&&((a=Object.create(a)).wrapped=!0),l.set(t.name,a),e==="accessor"){let{name:d}=t;return{set(u){let m=s.get.call(this);s.set.call(this,u),this.requestUpdate(d,m,a,!0,u)},init(u){return u!==void 0&&this.C(d,void 0,a,u),u}}}if(e==="setter"){let{name:d}=t;return function(u){let m=this[d];s.call(this,u),this.requestUpdate(d,m,a,!0,u)}}throw Error("Unsupported decorator location: "+e)};function p(a){return(s,t)=>typeof t=="object"?os(a,s,t):((e,i,l)=>{let d=i.hasOwnProperty(l);return i.constructor.createProperty(l,e),d?Object.getOwnPropertyDescriptor(i,l):void 0})(a,s,t)}function h(a){return p({...a,state:!0,attribute:!1})}var pt=(a,s,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof s!="object"&&Object.defineProperty(a,s,t),t);function Ae(a,s){return(t,e,i)=>{let l=d=>d.renderRoot?.querySelector(a)??null;if(s){let{get:d,set:u}=typeof e=="object"?t:i??(()=>{let m=Symbol();return{get(){return this[m]},set(x){this[m]=x}}})();return pt(t,e,{get(){let m=d.call(this);return m===void 0&&(m=l(this),(m!==null||this.hasUpdated)&&u.call(this,m)),m}})}return pt(t,e,{get(){return l(this)}})}}var w=_`
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
`;var et=class extends v{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return r`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};et.styles=[w,_`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],n([p()],et.prototype,"heading",2),n([p({type:Boolean,reflect:!0})],et.prototype,"open",2),n([Ae("dialog")],et.prototype,"dialog",2),et=n([y("cs-dialog")],et);var st=class extends v{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return r`<label>${this.label}</label>
      <slot></slot>
      ${this.error?r`<div class="error" role="alert">${this.error}</div>`:c}
      ${this.hint&&!this.error?r`<div class="muted">${this.hint}</div>`:c}`}};st.styles=[w,_`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],n([p()],st.prototype,"label",2),n([p()],st.prototype,"error",2),n([p()],st.prototype,"hint",2),st=n([y("cs-field")],st);var Se={cameras:{health:"Camera health",no_picture:"No picture from this camera right now.",none:"No cameras are set up.",offline:"Offline",offline_count:"{count} offline",offline_since:"Offline since {time}",online:"Online",overdue:"Repair overdue",public:"Public",repair_by:"repair by {time}",staff_only:"Staff only",unknown:"Not checked yet"},common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{alarm_kind:{camera_offline:"Camera offline",door_held_open:"Door held open",fire_release:"Fire release",forced_entry:"Door forced open",lost_card:"Lost card used",over_usage:"Usage far above the compound",pin_guessing:"Visitor PIN guessing",police_watch:"Police watch",repeated_denials:"Repeated denied swipes",vehicle_theft:"Possible vehicle theft",wanted_person:"Wanted-list match",watchlist:"Watched resident passed"},alarm_state:{acknowledged:"Acknowledged",open:"Open"},card_status:{active:"Active",lost:"Lost",revoked:"Revoked"},card_type:{citizen_card:"Citizen card",id_card:"ID card",property_card:"Property card",residence_permit:"Residence permit"},classification:{no_registered_occupant:"Used, but nobody registered",suspected_group_rental:"Suspected group rental",suspected_workshop:"Suspected workshop"},credential:{card:"Card",pin:"Visitor PIN",qr:"Visitor QR code",vehicle_chip:"Vehicle chip"},decision:{denied:"Denied",granted:"Granted"},direction:{both:"In/out",in:"In",out:"Out"},gate_command:{close:"Close",hold_open:"Hold open",open:"Open once"},gate_state:{closed:"Closed",held_open:"Held open",open:"Open"},match:{card:"Card",flat:"Flat",name:"Name",phone:"Phone",plate:"Plate"},pass_state:{active:"Active",expired:"Expired",not_yet_valid:"Not yet valid",revoked:"Revoked",used_up:"Used up"},person_role:{contractor:"Contractor",family:"Family",owner:"Owner",staff:"Staff",tenant:"Tenant"},reason:{expired:"Card expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card reported lost",moved_out:"Holder moved out",not_permitted_here:"Not permitted here",not_yet_valid:"Card not yet valid",outside_schedule:"Outside permitted hours",owner_absent:"Vehicle owner's card not shown",pin_locked:"PIN entry paused",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Visitor pass used up",vehicle_locked:"Vehicle locked by owner"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},subentry_type:{access_point:"Access point",camera:"Camera",meter_bus:"Meter bus",notification_route:"Notification route"},tenant_cards:{residence_permit:"Residence permit (居住证) only",residence_permit_or_property_card:"Residence permit or the property office's card (安居E卡)"},tenure:{owner:"Owner-occupied",rental:"Rental"},vehicle_kind:{car:"Car",ebike:"E-bike",motorcycle:"Motorcycle"},watch:{care:"Care watch",none:"None",police:"Police watch"},zone:{compound_gate:"Compound gate",compound_gates:"Compound gates",garage:"E-bike garage",garages:"Garages",unit_door:"Unit door",unit_doors:"Unit doors"}},guard:{acknowledge:"Acknowledge",acknowledge_heading:"Acknowledge the alarm",alarms:"Open alarms",close_alarm:"Close",close_heading:"Close the alarm",compound_view:"Compound",enlarge:"Show the snapshot large",entries_left:"{count} entries left",figures:"Compound figures",fire_hold:"Held open: fire alarm",gate_unavailable:"Not answering",gates:"Gates",more_alarms:"Showing the newest {shown} of {total}.",no_alarms:"No open alarms.",no_gates:"No gate can be operated from here.",no_passages:"No passages yet today.",no_visitors:"No visitors expected today.",note:"Note (what was done)",note_shown:"Note: {note}",passages:"Live passages",show_all_passages:"Show all {count}",snapshot:"Snapshot",visitor_unnamed:"Visitor",visitor_window:"{from}–{until}",visitors:"Expected visitors today"},log:{access_point:"Access point",any:"Any",choose_person:"Several people match: choose one",credential:"Credential",decision:"Decision",direction:"Direction",download:"Download CSV",end:"To",flat:"Flat",live_only:"Your role sees the live passages: the last 24 hours (since {since}), flats, and names only on alarms.",name:"Name",no_such_flat:"No flat matches.",no_such_person:"Nobody by that name.",person:"Person",person_hint:"Name",reason:"Reason",start:"From",time:"Time",title:"Who passed where and when"},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"},registry:{action:{add_household:"Add flat",add_person:"Add person",add_vehicle:"Add vehicle",edit:"Edit",edit_household:"Edit flat {flat}",edit_person:"Edit {name}",edit_validity:"Validity of card {uid}",edit_vehicle:"Edit {vehicle}",export:"Export CSV",found:"Found",import:"Import CSV",issue_card:"Issue card",lock:"Lock",move_out:"Move out",move_out_all:"Move everyone out",register:"Register",replace:"Replace",replace_card:"Replace card {uid}",report_lost:"Report lost",unlock:"Unlock",validity:"Validity"},alarms:"Open alarms",back:"Back to search",card_issued:"card {uid} issued",cards:"Cards",care_watch:"Care watch",chart:{electricity:"Electricity by month (kWh)",water:"Water by month (m³)"},confirm:{move_out_household:"Move everyone in {flat} out: their cards stop opening doors from that day (the records are kept).",move_out_person:"Move {name} out: their cards stop opening doors from that day (the record is kept).",report_lost:"Report card {uid} lost? It stops opening doors at once."},expires_soon:"Expires within 30 days",field:{area_m2:"Floor area (m²)",building:"Building",card_type:"Card type",chip_uid:"Vehicle chip",date:"Date",electricity_meter:"Electricity meter",holder:"Holder",id_number:"ID number",kind:"Vehicle kind",language:"Notification language",name:"Name",new_uid:"New card number",person_id:"Person",phone:"Phone",plate:"Plate",reason:"Reason",role:"Role in the household",room:"Room",status:"Status",tenure:"Tenure",uid:"Card number",unit:"Unit",valid_from:"Valid from",valid_until:"Valid until",water_meter:"Water meter"},form:{required:"Required."},id_check:{id_number_checksum:"The check digit does not match: a digit is mistyped.",id_number_invalid:"Not a valid 18-character resident ID number.",valid:"Valid ID number."},import:{checking:"Checking every row…",choose:"Choose a CSV file…",commit:"Store {count} rows",fix_first:"Correct the refused rows, then choose the file again",help:"One row per person, with the columns building, unit, room, area_m2, tenure, name and role (phone, id_number, card and vehicle columns optional). Every row is checked before anything is stored.",line:"Line",reason:"Why it is refused",stored:"Stored: {households} flats, {people} people, {cards} cards, {vehicles} vehicles.",summary:"{file}: {good} rows good, {bad} rows refused."},language_server:"The server's language",locked:"Locked",more_people:"+{count} more",moved_out:"Moved out {date}",no_alarms:"No open alarms.",no_meters:"No meters registered.",no_passages:"No passages yet.",passages:"Recent passages",people:"People",registered:"Registered",search:{find_hint:"Type a flat (9-1-301) or a name to find a resident.",find_placeholder:"Flat (9-1-301) or name",label:"Search the registry",none:"No household matches.",placeholder:"Flat (9-1-301), name, phone, plate or card number",swipe:"Swipe a card",total:"{total} households"},swipe:{reader:"Desk reader",start:"Swipe",timeout:"No card was swiped within a minute.",waiting:"Swipe the card now…"},usage:"Meters and usage",vehicles:"Vehicles",visitors:{create:"Create pass",created:"Pass created: PIN {pin}",entries:"Entries",name:"Visitor's name",revoke:"Revoke",title:"Visitor passes",until:"until {time}",visitor:"Visitor"},wanted:{check_with_police:"Check with the police before registering this person.",listed:"On the wanted list: call the police now.",not_listed:"Not on the wanted list."}},settings:{add_level:"Add access level",closed:"Closed at all times",day:{fri:"Fri",mon:"Mon",sat:"Sat",sun:"Sun",thu:"Thu",tue:"Tue",wed:"Wed"},delete:"Delete",edit:"Edit",edit_level:"Edit access level",hardware:"Hardware",hardware_help:"Access points, cameras, meter buses and notification routes are set up in Home Assistant's own integration page.",holiday_hours:"Holiday hours",holidays:"Holidays (dates)",inactive:"inactive",level_name:"Name",levels:"Access levels and schedules",levels_help:"Residents need none to get home; staff and contractors hold named levels.",no_levels:"No access levels yet.",no_role:"No role",open_integration:"Open the integration's page",outside_policy:"Tenant cards of a type this policy no longer gives tenants: {count}.",policy_saved:"The tenant-card policy is saved.",role:"Role",role_saved:"{name}'s role is saved.",roles:"Staff roles",roles_help:"Home Assistant administrators are managers everywhere. Give other users a role in this compound.",schedule:"Weekly schedule",schedule_help:"Times like 07:00-22:00, several separated by commas; empty means closed that day.",tenant_cards:"Tenant-card policy",tenant_cards_help:"Which cards tenants may hold.",user:"User",where:"Where"},usage:{chart:"Chart",classification:"Verdict",electricity:"Electricity",estimated:"about {count} living there",flagged:"Flagged households",flat:"Flat",flat_months:"A flat's months",households:"Households with readings: {count}",month:"Month",no_readings:"No meter readings yet.",no_such_flat:"No flat matches.",none_flagged:"No household is flagged this month.",occupants:"Occupants",registered:"{count} registered",rule:"Flagged when usage per registered person is at least {factor} times the compound's median, {months} months running.",show:"Show",times_median:"{ratio} × median per person",totals:"The month's totals",water:"Water"},watch:{care:"Care watch (重点看护)",care_help:"Asked for by the family: their passages are reported to the family's phones.",checking:"Checking…",directions:"Reported",finished:"Done. New on the list: {added}, of them registered here: {matched}; rows that were not valid ID numbers: {invalid}.",flat:"Flat",matches:"Registered people on the list",moved_out:"moved out",name:"Name",no_matches:"Nobody registered is on the wanted list.",nobody:"Nobody.",notify:"Family told",police:"Police watch (重点人员)",police_help:"Police business: only the police and managers see this list.",progress:"Checked {done} of {total} ID numbers…",upload:"Upload wanted list (CSV or text)",uploaded:"ID numbers being checked: {numbers}; rows that were not valid ID numbers: {invalid}.",wanted:"Wanted list",wanted_listed:"ID numbers on the list: {count} (kept only as hashes)."}};var He={cameras:{health:"摄像头状态",no_picture:"此摄像头暂时没有画面。",none:"尚未配置摄像头。",offline:"离线",offline_count:"{count} 个离线",offline_since:"自 {time} 离线",online:"在线",overdue:"维修超期",public:"公开",repair_by:"须于 {time} 前修复",staff_only:"仅限员工",unknown:"尚未检测"},common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{alarm_kind:{camera_offline:"摄像头离线",door_held_open:"门长时间未关",fire_release:"火警放行",forced_entry:"门被强行打开",lost_card:"挂失卡被使用",over_usage:"用能远超小区水平",pin_guessing:"访客密码被猜测",police_watch:"重点人员动态",repeated_denials:"多次刷卡被拒",vehicle_theft:"疑似车辆被盗",wanted_person:"协查名单比中",watchlist:"重点看护人员通行"},alarm_state:{acknowledged:"已确认",open:"未处理"},card_status:{active:"有效",lost:"已挂失",revoked:"已注销"},card_type:{citizen_card:"市民卡",id_card:"身份证",property_card:"物业卡",residence_permit:"居住证"},classification:{no_registered_occupant:"有用量但无人登记",suspected_group_rental:"疑似群租",suspected_workshop:"疑似小作坊"},credential:{card:"门禁卡",pin:"访客密码",qr:"访客二维码",vehicle_chip:"车辆芯片"},decision:{denied:"拒绝",granted:"通过"},direction:{both:"进出",in:"进",out:"出"},gate_command:{close:"关闭",hold_open:"常开",open:"开一次"},gate_state:{closed:"已关闭",held_open:"常开",open:"已打开"},match:{card:"卡号",flat:"房号",name:"姓名",phone:"电话",plate:"车牌"},pass_state:{active:"有效",expired:"已过期",not_yet_valid:"未生效",revoked:"已作废",used_up:"次数已用完"},person_role:{contractor:"外包人员",family:"家庭成员",owner:"业主",staff:"物业员工",tenant:"租户"},reason:{expired:"卡已过期",granted:"通过",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"持卡人已迁出",not_permitted_here:"无此门权限",not_yet_valid:"卡尚未生效",outside_schedule:"不在允许时段",owner_absent:"未刷车主卡",pin_locked:"密码输入已暂停",revoked:"卡已注销",unknown_credential:"未登记的卡",used_up:"访客通行证次数已用完",vehicle_locked:"车主已锁车"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},subentry_type:{access_point:"出入口",camera:"摄像头",meter_bus:"抄表总线",notification_route:"通知路由"},tenant_cards:{residence_permit:"仅限居住证",residence_permit_or_property_card:"居住证或物业卡（安居E卡）"},tenure:{owner:"自住",rental:"出租"},vehicle_kind:{car:"汽车",ebike:"电动自行车",motorcycle:"摩托车"},watch:{care:"重点看护",none:"无",police:"重点人员"},zone:{compound_gate:"小区大门",compound_gates:"小区大门",garage:"电动车车库",garages:"车库",unit_door:"单元门",unit_doors:"单元门"}},guard:{acknowledge:"确认",acknowledge_heading:"确认报警",alarms:"未处理报警",close_alarm:"关闭",close_heading:"关闭报警",compound_view:"小区",enlarge:"查看大图",entries_left:"剩余 {count} 次",figures:"小区数据",fire_hold:"火警常开",gate_unavailable:"无响应",gates:"闸门",more_alarms:"显示最新 {shown} 条，共 {total} 条。",no_alarms:"暂无未处理报警。",no_gates:"没有可在此操作的闸门。",no_passages:"今天还没有通行记录。",no_visitors:"今天没有预约访客。",note:"备注（处理情况）",note_shown:"备注：{note}",passages:"实时通行",show_all_passages:"显示全部 {count} 条",snapshot:"抓拍",visitor_unnamed:"访客",visitor_window:"{from}–{until}",visitors:"今日预约访客"},log:{access_point:"出入口",any:"全部",choose_person:"有多人匹配，请选择一位",credential:"凭证",decision:"结果",direction:"方向",download:"下载 CSV",end:"至",flat:"房号",live_only:"您的角色可查看实时通行：最近 24 小时（自 {since} 起），只显示房号，仅在告警时显示姓名。",name:"姓名",no_such_flat:"没有匹配的房号。",no_such_person:"没有此姓名的人员。",person:"人员",person_hint:"姓名",reason:"原因",start:"从",time:"时间",title:"谁在何时经过何处"},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"},registry:{action:{add_household:"新增房屋",add_person:"登记人员",add_vehicle:"登记车辆",edit:"编辑",edit_household:"编辑房屋 {flat}",edit_person:"编辑 {name}",edit_validity:"门禁卡 {uid} 的有效期",edit_vehicle:"编辑 {vehicle}",export:"导出 CSV",found:"已找回",import:"导入 CSV",issue_card:"发卡",lock:"上锁",move_out:"退房",move_out_all:"全户退房",register:"登记",replace:"补卡",replace_card:"补办卡 {uid}",report_lost:"挂失",unlock:"解锁",validity:"有效期"},alarms:"未处理告警",back:"返回搜索",card_issued:"已发卡 {uid}",cards:"门禁卡",care_watch:"重点看护",chart:{electricity:"每月用电（千瓦时）",water:"每月用水（立方米）"},confirm:{move_out_household:"为 {flat} 全户办理退房：自该日起全户门禁卡停止开门（记录保留）。",move_out_person:"为 {name} 办理退房：自该日起其门禁卡停止开门（记录保留）。",report_lost:"挂失门禁卡 {uid}？挂失后立即停止开门。"},expires_soon:"30 天内到期",field:{area_m2:"面积（平方米）",building:"楼栋",card_type:"卡类型",chip_uid:"车辆芯片",date:"日期",electricity_meter:"电表",holder:"持卡人",id_number:"身份证号",kind:"车辆类型",language:"通知语言",name:"姓名",new_uid:"新卡号",person_id:"人员",phone:"电话",plate:"车牌",reason:"原因",role:"户内身份",room:"房号",status:"状态",tenure:"房屋性质",uid:"卡号",unit:"单元",valid_from:"生效日期",valid_until:"有效期至",water_meter:"水表"},form:{required:"必填。"},id_check:{id_number_checksum:"校验位不符：有数字输错了。",id_number_invalid:"不是有效的 18 位居民身份证号码。",valid:"身份证号有效。"},import:{checking:"正在逐行检查…",choose:"选择 CSV 文件…",commit:"保存 {count} 行",fix_first:"请先改正被拒绝的行，再重新选择文件",help:"每人一行，需包含 building、unit、room、area_m2、tenure、name、role 列（phone、id_number、卡和车辆列可选）。保存前会检查每一行。",line:"行号",reason:"拒绝原因",stored:"已保存：{households} 套房屋，{people} 人，{cards} 张卡，{vehicles} 辆车。",summary:"{file}：{good} 行无误，{bad} 行被拒绝。"},language_server:"与服务器相同",locked:"已锁车",more_people:"另有 {count} 人",moved_out:"{date} 退房",no_alarms:"没有未处理的告警。",no_meters:"未登记水电表。",no_passages:"暂无通行记录。",passages:"最近通行",people:"人员",registered:"已登记",search:{find_hint:"输入房号（9-1-301）或姓名查找住户。",find_placeholder:"房号（9-1-301）或姓名",label:"搜索住户登记",none:"没有匹配的住户。",placeholder:"房号（9-1-301）、姓名、电话、车牌或卡号",swipe:"刷卡查找",total:"共 {total} 户"},swipe:{reader:"桌面读卡器",start:"刷卡",timeout:"一分钟内没有刷卡。",waiting:"请现在刷卡…"},usage:"水电表与用量",vehicles:"车辆",visitors:{create:"生成通行证",created:"已生成通行证：PIN {pin}",entries:"次数",name:"访客姓名",revoke:"作废",title:"访客通行证",until:"有效至 {time}",visitor:"访客"},wanted:{check_with_police:"登记前请先与民警核实此人。",listed:"在逃人员名单命中：请立即联系民警。",not_listed:"未在在逃人员名单中。"}},settings:{add_level:"添加权限组",closed:"全天关闭",day:{fri:"周五",mon:"周一",sat:"周六",sun:"周日",thu:"周四",tue:"周二",wed:"周三"},delete:"删除",edit:"编辑",edit_level:"编辑权限组",hardware:"硬件",hardware_help:"出入口、摄像头、抄表总线和通知路由在 Home Assistant 的集成页面中配置。",holiday_hours:"节假日时段",holidays:"节假日（日期）",inactive:"已停用",level_name:"名称",levels:"权限组与时间段",levels_help:"住户回家无需权限组；员工和外包人员持有指定的权限组。",no_levels:"暂无权限组。",no_role:"无角色",open_integration:"打开集成页面",outside_policy:"有 {count} 张租户卡的类型已不在此政策允许范围内。",policy_saved:"租户卡政策已保存。",role:"角色",role_saved:"已保存 {name} 的角色。",roles:"员工角色",roles_help:"Home Assistant 管理员在所有小区都是物业经理。可为其他用户分配本小区的角色。",schedule:"每周时间段",schedule_help:"时间格式如 07:00-22:00，多个时段用逗号分隔；留空表示当天关闭。",tenant_cards:"租户卡政策",tenant_cards_help:"租户可以持有哪些卡。",user:"用户",where:"适用范围"},usage:{chart:"图表",classification:"研判",electricity:"用电",estimated:"估计约 {count} 人居住",flagged:"异常住户",flat:"房号",flat_months:"单户逐月用量",households:"{count} 户有读数",month:"月份",no_readings:"暂无抄表读数。",no_such_flat:"没有匹配的房号。",none_flagged:"本月没有异常住户。",occupants:"人数",registered:"登记 {count} 人",rule:"人均用量连续 {months} 个月达到小区中位数的 {factor} 倍即标记。",show:"显示",times_median:"人均为中位数的 {ratio} 倍",totals:"本月合计",water:"用水"},watch:{care:"重点看护",care_help:"应家属要求设立：其通行情况会推送到家属手机。",checking:"比对中…",directions:"推送方向",finished:"完成：新增 {added} 个身份证号，其中 {matched} 人在本小区登记；{invalid} 行不是有效的身份证号。",flat:"房号",matches:"名单上的已登记人员",moved_out:"已迁出",name:"姓名",no_matches:"没有已登记人员在在逃人员名单上。",nobody:"暂无。",notify:"通知家属",police:"重点人员",police_help:"公安事务：仅民警和物业经理可见此名单。",progress:"已比对 {done}/{total} 个身份证号…",upload:"上传在逃人员名单（CSV 或文本）",uploaded:"正在比对 {numbers} 个身份证号；{invalid} 行不是有效的身份证号。",wanted:"在逃人员名单",wanted_listed:"名单共 {count} 个身份证号（仅保存哈希值）。"}};var Qt={en:Se,"zh-Hans":He},Te=new Map;function Et(a){return(a.locale?.language??a.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function Xt(a,s){let t=a;for(let e of s.split(".")){if(t===void 0||typeof t=="string")return;t=t[e]}return typeof t=="string"?t:void 0}function Nt(a,s={}){return a.replace(/\{(\w+)\}/g,(t,e)=>e in s?String(s[e]):t)}function o(a,s,t={}){let e=Xt(Qt[Et(a)],s)??Xt(Qt.en,s);return e===void 0?s:Nt(e,t)}function f(a,s,t){return t==null||t===""?"":Xt(Qt[Et(a)],`enum.${s}.${t}`)??t}function At(a){let s=Et(a),t=Te.get(s);return t||(t=a.callWS({type:"frontend/get_translations",language:s,category:"exceptions",integration:["compound_security"]}).then(e=>e.resources).catch(()=>({})),Te.set(s,t)),t}async function $(a,s){let t=s;if(t?.translation_key){let i=(await At(a))[`component.compound_security.exceptions.${t.translation_key}.message`];if(i)return Nt(i,t.translation_placeholders??{})}return t?.code==="unauthorized"?o(a,"common.unauthorized"):t?.code==="not_found"?o(a,"common.not_found"):t?.message??o(a,"common.failed")}var J=class extends v{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return r``;let t=Math.min(this.offset+this.limit,this.total);return r`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${o(this.hass,"common.previous")}
      </button>
      <span class="muted">${o(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${o(this.hass,"common.next")}
      </button>
    </div>`}};J.styles=[w,_`.row { justify-content: flex-end; margin-top: 8px; }`],n([p({attribute:!1})],J.prototype,"hass",2),n([p({type:Number})],J.prototype,"offset",2),n([p({type:Number})],J.prototype,"limit",2),n([p({type:Number})],J.prototype,"total",2),J=n([y("cs-pager")],J);var Le=Symbol.for(""),ls=a=>{if(a?.r===Le)return a?._$litStatic$},Rt=a=>({_$litStatic$:a,r:Le});var Ce=new Map,te=a=>(s,...t)=>{let e=t.length,i,l,d=[],u=[],m,x=0,k=!1;for(;x<e;){for(m=s[x];x<e&&(l=t[x],(i=ls(l))!==void 0);)m+=i+s[++x],k=!0;x!==e&&u.push(l),d.push(m),x++}if(x===e&&d.push(s[e]),k){let b=d.join("$$lit$$");(s=Ce.get(b))===void 0&&(d.raw=d,Ce.set(b,s=d)),t=u}return a(s,...t)},Mt=te(r),Yi=te(be),Ji=te(xe);var ee=[];function C(a){ee.push(a)}var Ne="compound_security";function g(a,s,t,e={}){let i={type:`${Ne}/${t}`,...e};return s&&(i.config_entry_id=s.config_entry_id),a.callWS(i)}function Ot(a,s,t,e,i={}){return a.connection.subscribeMessage(e,{type:`${Ne}/${t}`,config_entry_id:s.config_entry_id,...i})}function F(a,s){return s in a.may}var Re="compound-security-compound",q=class extends v{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(Re)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([g(this.hass,null,"console/info"),At(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(e=>e.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return ee.filter(e=>e.operations.some(i=>i in t.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let e=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem(Re,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,e=t?this.pagesFor(t):[],i=e.find(l=>l.id===this.pageId)??e[0];return r`
      <header>
        ${this.narrow?r`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:c}
        <h1>${o(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?r`<select aria-label=${o(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(l=>r`<option value=${l.config_entry_id} ?selected=${l===t}>${l.title}</option>`)}
            </select>`:t?r`<span class="compound">${t.title}</span>`:c}
        ${t?r`<span class="chip role">${f(this.hass,"role",t.role)}</span>`:c}
      </header>
      ${e.length>1?r`<nav role="tablist">
            ${e.map(l=>r`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${l.id}"
                aria-selected=${l===i?"true":"false"}
                data-page=${l.id}
                @click=${d=>{d.preventDefault(),this.navigate(l.id)}}
                >${o(this.hass,`page.${l.id}`)}</a
              >`)}
          </nav>`:c}
      <main>${this.renderBody(t,i)}</main>
    `}renderBody(t,e){if(this.failed)return r`<div class="card error">
        ${o(this.hass,"common.failed")}
        <button @click=${this.load}>${o(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return r`<div class="muted">${o(this.hass,"common.loading")}</div>`;if(!t)return r`<div class="card">${o(this.hass,"common.no_access")}</div>`;if(!e)return r`<div class="card">${o(this.hass,"common.refused_page")}</div>`;let i=Rt(e.tag);return Mt`<${i} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${i}>`}};q.styles=[w,_`
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
    `],n([p({attribute:!1})],q.prototype,"hass",2),n([p({type:Boolean,reflect:!0})],q.prototype,"narrow",2),n([p({attribute:!1})],q.prototype,"route",2),n([h()],q.prototype,"info",2),n([h()],q.prototype,"failed",2),n([h()],q.prototype,"compoundId",2),q=n([y("compound-security-panel")],q);function Me(a){return a.locale?.language??a.language??"en"}function G(a,s,t){return s?new Intl.DateTimeFormat(Me(a),{timeZone:t.time_zone,hour:"2-digit",minute:"2-digit",second:"2-digit",hour12:!1}).format(new Date(s)):""}function z(a,s,t){return s?new Intl.DateTimeFormat(Me(a),{timeZone:t.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).format(new Date(s)):""}function ds(a,s){let t=new Intl.DateTimeFormat("en-CA",{timeZone:s.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).formatToParts(a),e=l=>t.find(d=>d.type===l)?.value??"00",i=e("hour")==="24"?"00":e("hour");return`${e("year")}-${e("month")}-${e("day")}T${i}:${e("minute")}`}function se(a,s){let t=new Date(`${a}:00Z`),e=new Date(`${ds(t,s)}:00Z`);return new Date(t.getTime()-(e.getTime()-t.getTime())).toISOString()}var W=_`
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  .list > li:last-child { border-bottom: none; }
  .card h2 .chip { font-size: 13px; }
  .scroll { max-height: 520px; overflow-y: auto; }
  :host([narrow]) .scroll { max-height: none; }
`;var cs=3e3,Q=class extends v{constructor(){super(...arguments);this.narrow=!1}connectedCallback(){super.connectedCallback(),this.hass&&this.compound&&this.follow()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}willUpdate(t){this.hass&&this.compound&&this.following!==this.compound.config_entry_id&&this.follow(),super.willUpdate(t)}follow(){this.stop(),this.following=this.compound.config_entry_id,this.unsubscribe=Ot(this.hass,this.compound,this.command,t=>{if(t.ended){this.following=void 0,this.retry=window.setTimeout(()=>this.isConnected&&this.follow(),cs);return}this.received(t)}),this.unsubscribe.catch(t=>this.failed(t))}stop(){window.clearTimeout(this.retry);let t=this.unsubscribe;this.unsubscribe=void 0,this.following=void 0,t?.then(e=>e()).catch(()=>{})}failed(t){}};n([p({attribute:!1})],Q.prototype,"hass",2),n([p({attribute:!1})],Q.prototype,"compound",2),n([p({type:Boolean,reflect:!0})],Q.prototype,"narrow",2);var hs=3600,E=class extends Q{constructor(){super(...arguments);this.command="alarms/subscribe";this.alarms=new Map;this.total=0;this.loaded=!1;this.refused=null;this.note="";this.error=null;this.busy=!1;this.pictures=new Map}received(t){let e=t.initial?new Map:new Map(this.alarms);for(let i of t.alarms??[])i.state==="closed"?e.delete(i.alarm_id):e.set(i.alarm_id,i);t.initial?this.total=t.total??e.size:this.total=Math.max(e.size,this.total+e.size-this.alarms.size),this.alarms=e,this.loaded=!0;for(let i of e.values())this.sign(i)}failed(t){$(this.hass,t).then(e=>this.refused=e)}async sign(t){if(!(!t.snapshot||this.pictures.has(t.alarm_id)))try{let e=await this.hass.callWS({type:"auth/sign_path",path:t.snapshot,expires:hs});this.pictures=new Map(this.pictures).set(t.alarm_id,e.path)}catch{}}get newestFirst(){return[...this.alarms.values()].sort((t,e)=>e.time.localeCompare(t.time))}mayHandle(t){let e=this.compound.may.alarm_handle;return e==="own_vehicle_theft"?t.kind==="vehicle_theft":e!==void 0}open(t,e){this.handling={alarm:t,action:e},this.note=t.note??"",this.error=null}async handle(){if(this.handling){this.busy=!0,this.error=null;try{let{alarm:t,action:e}=this.handling,i=this.note.trim(),l=await g(this.hass,this.compound,"alarms/handle",{alarm_id:t.alarm_id,action:e,...i?{note:i}:{}});l&&this.received({alarms:[l]}),this.handling=void 0}catch(t){this.error=await $(this.hass,t)}finally{this.busy=!1}}}render(){let t=(i,l)=>o(this.hass,i,l),e=this.newestFirst;return r`<section class="card" data-section="alarms">
        <h2>
          ${t("guard.alarms")}
          ${e.length?r`<span class="chip alarm">${e.length}</span>`:c}
        </h2>
        ${this.refused?r`<div class="error">${this.refused}</div>`:this.loaded?e.length===0?r`<div class="muted">${t("guard.no_alarms")}</div>`:r`<ul class="list">
                  ${e.map(i=>this.renderAlarm(i))}
                </ul>`:r`<div class="muted">${t("common.loading")}</div>`}
        ${this.total>e.length?r`<div class="muted">${t("guard.more_alarms",{shown:e.length,total:this.total})}</div>`:c}
      </section>
      ${this.renderHandleDialog()} ${this.renderPicture()}`}renderAlarm(t){let e=(d,u)=>o(this.hass,d,u),i=this.pictures.get(t.alarm_id),l=[t.household,t.person].filter(Boolean).join(" · ");return r`<li class="alarm ${t.severity}" data-alarm=${t.alarm_id} data-kind=${t.kind}>
      ${i?r`<button class="thumb" title=${e("guard.enlarge")} @click=${()=>this.enlarged=t}>
            <img src=${i} alt=${e("guard.snapshot")} loading="lazy" />
          </button>`:r`<div class="thumb none" aria-hidden="true"></div>`}
      <div class="body">
        <div class="line">
          <strong class="kind">${f(this.hass,"alarm_kind",t.kind)}</strong>
          ${t.count>1?r`<span class="chip">×${t.count}</span>`:c}
          <span class="chip state-${t.state}">${f(this.hass,"alarm_state",t.state)}</span>
        </div>
        <div class="line muted">
          <time datetime=${t.time}>${G(this.hass,t.time,this.compound)}</time>
          ${t.access_point?r`<span>${t.access_point}</span>`:c}
          ${l?r`<span class="who">${l}</span>`:c}
        </div>
        ${t.note?r`<div class="note">${e("guard.note_shown",{note:t.note})}</div>`:c}
        ${this.mayHandle(t)?r`<div class="row actions">
              ${t.state==="open"?r`<button class="primary" data-action="acknowledge" @click=${()=>this.open(t,"acknowledge")}>
                    ${e("guard.acknowledge")}
                  </button>`:c}
              <button data-action="close" @click=${()=>this.open(t,"close")}>${e("guard.close_alarm")}</button>
            </div>`:c}
      </div>
    </li>`}renderHandleDialog(){if(!this.handling)return c;let t=(l,d)=>o(this.hass,l,d),{alarm:e,action:i}=this.handling;return r`<cs-dialog
      open
      heading=${t(i==="acknowledge"?"guard.acknowledge_heading":"guard.close_heading")}
      @closed=${()=>this.handling=void 0}
    >
      <p>
        ${f(this.hass,"alarm_kind",e.kind)} · ${G(this.hass,e.time,this.compound)}
        ${e.access_point?r` · ${e.access_point}`:c}
      </p>
      <cs-field .label=${t("guard.note")} .error=${this.error}>
        <textarea
          name="note"
          rows="3"
          maxlength="500"
          .value=${this.note}
          @input=${l=>this.note=l.target.value}
        ></textarea>
      </cs-field>
      <button slot="actions" @click=${()=>this.handling=void 0}>${t("common.cancel")}</button>
      <button slot="actions" class="primary" data-action="confirm" ?disabled=${this.busy} @click=${this.handle}>
        ${t(i==="acknowledge"?"guard.acknowledge":"guard.close_alarm")}
      </button>
    </cs-dialog>`}renderPicture(){let t=this.enlarged,e=t&&this.pictures.get(t.alarm_id);if(!t||!e)return c;let i=l=>o(this.hass,l);return r`<cs-dialog
      open
      heading=${`${f(this.hass,"alarm_kind",t.kind)} · ${G(this.hass,t.time,this.compound)}`}
      @closed=${()=>this.enlarged=void 0}
    >
      <img class="large" src=${e} alt=${i("guard.snapshot")} />
      <button slot="actions" @click=${()=>this.enlarged=void 0}>${i("common.close")}</button>
    </cs-dialog>`}};E.styles=[w,W,_`
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
    `],n([h()],E.prototype,"alarms",2),n([h()],E.prototype,"total",2),n([h()],E.prototype,"loaded",2),n([h()],E.prototype,"refused",2),n([h()],E.prototype,"handling",2),n([h()],E.prototype,"note",2),n([h()],E.prototype,"error",2),n([h()],E.prototype,"busy",2),n([h()],E.prototype,"enlarged",2),n([h()],E.prototype,"pictures",2),E=n([y("cs-alarm-desk")],E);var ie;async function ps(){await customElements.whenDefined("partial-panel-resolver");let a=document.createElement("partial-panel-resolver");a.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},a._updateRoutes(),await a.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}function gt(){return ie??=(async()=>{try{return window.loadCardHelpers||await ps(),await window.loadCardHelpers?.()}catch{ie=void 0;return}})(),ie}var us=4e3,ms=30,Z=class extends v{constructor(){super(...arguments);this.cameraId="";this.name="";this.failed=!1}connectedCallback(){super.connectedCallback(),this.refresh(),this.timer=window.setInterval(()=>void this.refresh(),us)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}async refresh(){if(!(!this.hass||!this.cameraId))try{let t=await this.hass.callWS({type:"auth/sign_path",path:`/api/compound_security/camera/${encodeURIComponent(this.cameraId)}/snapshot`,expires:ms}),e=new Image;e.onload=()=>{this.src=t.path,this.failed=!1},e.onerror=()=>this.failed=!0,e.src=t.path}catch{this.failed=!0}}render(){return r`${this.src?r`<img src=${this.src} alt=${this.name} />`:c}
    ${this.failed?r`<div class="muted">${o(this.hass,"cameras.no_picture")}</div>`:c}`}};Z.styles=_`
    img { display: block; width: 100%; border-radius: var(--ha-card-border-radius, 12px); background: #000; }
    .muted { color: var(--secondary-text-color); font-size: 13px; margin-top: 4px; }
  `,n([p({attribute:!1})],Z.prototype,"hass",2),n([p()],Z.prototype,"cameraId",2),n([p()],Z.prototype,"name",2),n([h()],Z.prototype,"src",2),n([h()],Z.prototype,"failed",2),Z=n([y("cs-camera-still")],Z);var gs=6e4,D=class extends v{constructor(){super(...arguments);this.narrow=!1;this.live=!1;this.cameras=[];this.loaded=!1;this.failure=null;this.liveCards=new Map}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),gs)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load());for(let t of this.liveCards.values())t.hass=this.hass}async load(){try{let t=await g(this.hass,this.compound,"cameras/list");this.cameras=t.cameras,this.failure=null,this.live&&await this.makeLiveCards()}catch(t){this.failure=await $(this.hass,t)}this.loaded=!0}async makeLiveCards(){let t=await gt();if(t){for(let e of this.cameras){if(!e.public||!e.entity_id||this.liveCards.has(e.entity_id))continue;let i=t.createCardElement({type:"picture-entity",entity:e.entity_id,camera_view:"live",show_name:!1,show_state:!1});i.hass=this.hass,this.liveCards.set(e.entity_id,i)}this.requestUpdate()}}render(){let t=(i,l)=>o(this.hass,i,l),e=this.cameras.filter(i=>i.online===!1).length;return r`<section class="card" data-section="cameras">
      <h2>
        ${t("cameras.health")}
        ${e?r`<span class="chip alarm">${t("cameras.offline_count",{count:e})}</span>`:c}
      </h2>
      ${this.failure?r`<div class="error">${this.failure}</div>`:this.loaded?this.cameras.length===0?r`<div class="muted">${t("cameras.none")}</div>`:r`<ul class="list ${this.live?"live":""}">${this.cameras.map(i=>this.renderCamera(i))}</ul>`:r`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderCamera(t){let e=(u,m)=>o(this.hass,u,m),i=t.online===null?"unknown":t.online?"online":"offline",l=this.live&&t.public&&t.entity_id?this.liveCards.get(t.entity_id):void 0,d=this.live&&!t.public&&this.compound.may.camera_private!==void 0;return r`<li class="camera" data-camera=${t.camera_id} data-health=${i}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="chip health-${i}">${e(`cameras.${i}`)}</span>
        ${t.overdue?r`<span class="chip alarm">${e("cameras.overdue")}</span>`:c}
        <span class="chip" data-audience>${e(t.public?"cameras.public":"cameras.staff_only")}</span>
      </div>
      ${t.access_points.length?r`<div class="muted">${t.access_points.join(" · ")}</div>`:c}
      ${t.offline_since?r`<div class="muted">
            ${e("cameras.offline_since",{time:z(this.hass,t.offline_since,this.compound)})}
            · ${e("cameras.repair_by",{time:z(this.hass,t.repair_deadline,this.compound)})}
          </div>`:c}
      ${l?r`<div class="live-view">${l}</div>`:c}
      ${d?r`<div class="live-view" data-still>
            <cs-camera-still .hass=${this.hass} .cameraId=${t.camera_id} .name=${t.name}></cs-camera-still>
          </div>`:c}
    </li>`}};D.styles=[w,W,_`
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.health-online { background: var(--success-color, #43a047); color: #fff; }
      .chip.health-offline { background: var(--error-color, #db4437); color: #fff; }
      .list.live { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
      .list.live > li { border-bottom: none; }
      .live-view { margin-top: 8px; }
      :host([narrow]) .list.live { grid-template-columns: 1fr; }
    `],n([p({attribute:!1})],D.prototype,"hass",2),n([p({attribute:!1})],D.prototype,"compound",2),n([p({type:Boolean,reflect:!0})],D.prototype,"narrow",2),n([p({type:Boolean})],D.prototype,"live",2),n([h()],D.prototype,"cameras",2),n([h()],D.prototype,"loaded",2),n([h()],D.prototype,"failure",2),D=n([y("cs-camera-health")],D);var fs=["open","hold_open","close"],N=class extends v{constructor(){super(...arguments);this.narrow=!1;this.gates=[];this.loaded=!1;this.failure=null;this.errors=new Map;this.busy=new Set;this.seen=""}willUpdate(){if(!this.hass||!this.compound)return;let t=this.lockStates();(this.loadedFor!==this.compound.config_entry_id||t!==this.seen)&&(this.seen=t,this.loadedFor=this.compound.config_entry_id,this.load())}lockStates(){return this.gates.map(t=>(t.entity_id?this.hass.states[t.entity_id]:void 0)?.last_changed??"").join()}async load(){try{let t=await g(this.hass,this.compound,"gates/list");this.gates=t.gates,this.seen=this.lockStates(),this.failure=null}catch(t){this.failure=await $(this.hass,t)}this.loaded=!0}async command(t,e){let i=t.access_point_id;this.busy=new Set(this.busy).add(i);let l=new Map(this.errors);l.delete(i),this.errors=l;try{let d=await g(this.hass,this.compound,"gates/command",{access_point_id:i,command:e});this.gates=this.gates.map(u=>u.access_point_id===i?d:u)}catch(d){this.errors=new Map(this.errors).set(i,await $(this.hass,d))}finally{let d=new Set(this.busy);d.delete(i),this.busy=d}}render(){let t=e=>o(this.hass,e);return r`<section class="card" data-section="gates">
      <h2>${t("guard.gates")}</h2>
      ${this.failure?r`<div class="error">${this.failure}</div>`:this.loaded?this.gates.length===0?r`<div class="muted">${t("guard.no_gates")}</div>`:r`<ul class="list">${this.gates.map(e=>this.renderGate(e))}</ul>`:r`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderGate(t){let e=d=>o(this.hass,d),i=this.errors.get(t.access_point_id),l=this.busy.has(t.access_point_id);return r`<li class="gate" data-gate=${t.access_point_id} data-state=${t.state}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="muted">${f(this.hass,"zone",t.zone)}</span>
        <span class="chip gate-${t.state}">${f(this.hass,"gate_state",t.state)}</span>
        ${t.fire_hold?r`<span class="chip alarm">${e("guard.fire_hold")}</span>`:c}
        ${t.available?c:r`<span class="chip warn">${e("guard.gate_unavailable")}</span>`}
      </div>
      <div class="row">
        ${fs.map(d=>r`<button
            data-command=${d}
            class=${d==="open"?"primary":""}
            ?disabled=${l}
            @click=${()=>this.command(t,d)}
          >
            ${f(this.hass,"gate_command",d)}
          </button>`)}
      </div>
      ${i?r`<div class="error" role="alert">${i}</div>`:c}
    </li>`}};N.styles=[w,W,_`
      .gate { display: flex; flex-direction: column; gap: 6px; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.gate-open, .chip.gate-held_open { background: var(--warning-color, #ffa600); color: #fff; }
      .chip.gate-closed { background: var(--success-color, #43a047); color: #fff; }
      .chip.warn { background: var(--warning-color, #ffa600); color: #fff; }
      :host([narrow]) .row button { flex: 1; }
    `],n([p({attribute:!1})],N.prototype,"hass",2),n([p({attribute:!1})],N.prototype,"compound",2),n([p({type:Boolean,reflect:!0})],N.prototype,"narrow",2),n([h()],N.prototype,"gates",2),n([h()],N.prototype,"loaded",2),n([h()],N.prototype,"failure",2),n([h()],N.prototype,"errors",2),n([h()],N.prototype,"busy",2),N=n([y("cs-gate-board")],N);var vs=50,_s=8,X=class extends Q{constructor(){super(...arguments);this.command="passages/subscribe";this.passages=[];this.loaded=!1;this.refused=null;this.expanded=!1}received(t){let e=t.passages??[];this.passages=t.initial?e:[...e,...this.passages].slice(0,vs),this.loaded=!0}failed(t){$(this.hass,t).then(e=>this.refused=e)}render(){let t=e=>o(this.hass,e);return r`<section class="card" data-section="passages">
      <h2>${t("guard.passages")}</h2>
      ${this.refused?r`<div class="error">${this.refused}</div>`:this.loaded?this.passages.length===0?r`<div class="muted">${t("guard.no_passages")}</div>`:r`<ul class="list scroll">
                  ${this.shown().map(e=>this.renderPassage(e))}
                </ul>
                ${this.shown().length<this.passages.length?r`<button class="more" @click=${()=>this.expanded=!0}>
                      ${o(this.hass,"guard.show_all_passages",{count:this.passages.length})}
                    </button>`:c}`:r`<div class="muted">${t("common.loading")}</div>`}
    </section>`}shown(){return this.narrow&&!this.expanded?this.passages.slice(0,_s):this.passages}renderPassage(t){let e=(l,d)=>f(this.hass,l,d),i=[t.household,t.person].filter(Boolean).join(" · ");return r`<li class="passage" data-decision=${t.decision}>
      <time datetime=${t.time}>${G(this.hass,t.time,this.compound)}</time>
      <span class="chip ${t.decision}">${e("decision",t.decision)}</span>
      <span class="place">${t.access_point??""}</span>
      <span class="muted">
        ${t.direction==="both"?"":`${e("direction",t.direction)} · `}${e("credential",t.credential)}
      </span>
      ${t.decision==="denied"?r`<span class="reason">${e("reason",t.reason)}</span>`:c}
      <span class="who">${i}</span>
      ${t.alarm_kinds.map(l=>r`<span class="chip alarm">${e("alarm_kind",l)}</span>`)}
    </li>`}};X.styles=[w,W,_`
      .passage { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
      .passage time { font-variant-numeric: tabular-nums; }
      .place { font-weight: 500; }
      .reason { color: var(--error-color, #db4437); }
      .who { margin-inline-start: auto; }
      :host([narrow]) .who { margin-inline-start: 0; width: 100%; }
      .more { margin-top: 8px; width: 100%; }
    `],n([h()],X.prototype,"passages",2),n([h()],X.prototype,"loaded",2),n([h()],X.prototype,"refused",2),n([h()],X.prototype,"expanded",2),X=n([y("cs-passage-feed")],X);var $s=6e4,j=class extends v{constructor(){super(...arguments);this.narrow=!1;this.visitors=[];this.loaded=!1;this.failure=null}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),$s)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load())}async load(){try{let t=await g(this.hass,this.compound,"visitors/today");this.visitors=t.visitors,this.failure=null}catch(t){this.failure=await $(this.hass,t)}this.loaded=!0}render(){let t=(e,i)=>o(this.hass,e,i);return r`<section class="card" data-section="visitors">
      <h2>${t("guard.visitors")}</h2>
      ${this.failure?r`<div class="error">${this.failure}</div>`:this.loaded?this.visitors.length===0?r`<div class="muted">${t("guard.no_visitors")}</div>`:r`<ul class="list">
                ${this.visitors.map(e=>r`<li class="visitor">
                    <strong>${e.name||t("guard.visitor_unnamed")}</strong>
                    <span>${e.household??""}</span>
                    <span class="muted">
                      ${t("guard.visitor_window",{from:G(this.hass,e.valid_from,this.compound),until:G(this.hass,e.valid_until,this.compound)})}
                      · ${t("guard.entries_left",{count:e.entries_left})}
                    </span>
                  </li>`)}
              </ul>`:r`<div class="muted">${t("common.loading")}</div>`}
    </section>`}};j.styles=[w,W,_`
      .visitor { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
    `],n([p({attribute:!1})],j.prototype,"hass",2),n([p({attribute:!1})],j.prototype,"compound",2),n([p({type:Boolean,reflect:!0})],j.prototype,"narrow",2),n([h()],j.prototype,"visitors",2),n([h()],j.prototype,"loaded",2),n([h()],j.prototype,"failure",2),j=n([y("cs-visitors-today")],j);C({id:"guard",tag:"cs-guard-page",icon:"mdi:shield-account",operations:["live_passages","gate_operate"]});var it=class extends v{constructor(){super(...arguments);this.narrow=!1}render(){let t=this.compound;return r`<div class="columns">
      <div class="column">
        ${F(t,"alarm_view")?r`<cs-alarm-desk .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-alarm-desk>`:c}
        ${F(t,"gate_operate")?r`<cs-gate-board .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-gate-board>`:c}
      </div>
      <div class="column">
        ${F(t,"live_passages")?r`<cs-passage-feed .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-passage-feed>`:c}
        ${F(t,"visitors_today")?r`<cs-visitors-today .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-visitors-today>`:c}
        ${F(t,"camera_health")?r`<cs-camera-health .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-camera-health>`:c}
      </div>
    </div>`}};it.styles=[w,_`
      .columns { display: grid; gap: var(--cs-gap); grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
      .column { min-width: 0; }
      :host([narrow]) .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); gap: 0; } }
    `],n([p({attribute:!1})],it.prototype,"hass",2),n([p({type:Boolean,reflect:!0})],it.prototype,"narrow",2),n([p({attribute:!1})],it.prototype,"compound",2),it=n([y("cs-guard-page")],it);function ys(a){return a?[["name","name"],["phone","phone"],["id_number","id_number"],["tenant","role"],["role","role"],["uid","uid"],["card_type","card_type"],["tenant_card","card_type"],["valid","valid_until"],["date","valid_until"],["building","building"],["unit","unit"],["room","room"],["household_exists","room"],["area","area_m2"],["tenure","tenure"],["meter","electricity_meter"],["chip","chip_uid"],["plate","plate"],["vehicle_kind","kind"]].find(([t])=>a.startsWith(t))?.[1]??"":""}async function Oe(a,s){return{[ys(s?.translation_key)]:await $(a,s)}}function It(a){return new Date(Date.now()+a*864e5).toISOString().slice(0,10)}function Ie(a,s,t="text/csv;charset=utf-8"){let e=new Blob(["\uFEFF",s],{type:t}),i=document.createElement("a");i.href=URL.createObjectURL(e),i.download=a,i.click(),setTimeout(()=>URL.revokeObjectURL(i.href),1e3)}var ws=["owner","family","tenant","staff","contractor"],ze=["residence_permit","citizen_card","id_card","property_card"],De=["ebike","motorcycle","car"],bs=["owner","rental"],B=(a,s=!1)=>({name:a,kind:"text",required:s});function K(a,s,t=[]){let e={};for(let i of s){let l=a[i]?.trim();l&&(e[i]=t.includes(i)?Number(l):l)}return e}function zt(){return[B("building",!0),B("unit",!0),B("room",!0),{name:"area_m2",kind:"number",required:!0},{name:"tenure",kind:"select",options:bs,required:!0},B("electricity_meter"),B("water_meter")]}function Pe(a,s,t){let e=zt().map(i=>i.name);return{heading:o(a,"registry.action.add_household"),fields:zt(),values:{tenure:"owner"},submit:async i=>{let l=await g(a,s,"household/create",K(i,e,["area_m2"]));t(l.id)}}}var Dt=class{constructor(s,t,e){this.hass=s;this.compound=t;this.detail=e}get rental(){return this.detail.household.tenure==="rental"}grant(s){return this.compound.may[s]}get tenantsOnly(){return this.grant("registry_edit")==="tenants"}mayAddPerson(){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental}mayEdit(s){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental&&s.role==="tenant"}mayMoveOutHousehold(){let s=this.detail.people;return s.some(t=>!t.moved_out)&&s.every(t=>this.mayEdit(t))}mayEnrolCard(){return this.grant("card_manage")==="all"||this.grant("card_enrol")==="all"&&this.rental}names(s){return Object.fromEntries(s.map(t=>[t.id,t.name]))}personFields(){let s=this.tenantsOnly?["tenant"]:ws,t=[B("name",!0),{name:"role",kind:"select",enumName:"person_role",options:s,required:!0},{name:"phone",kind:"tel"}];return this.grant("id_number_enter")&&t.push({name:"id_number",kind:"id_number"}),t.push(this.languageField()),t}languageField(){return{name:"language",kind:"select",options:["","zh-Hans","en"],labels:{"":o(this.hass,"registry.language_server"),"zh-Hans":"简体中文",en:"English"}}}addPerson(){let s=this.personFields(),t=this.mayEnrolCard();t&&s.push({name:"card_type",kind:"select",options:ze},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid"});let e=this.rental?"tenant":this.detail.people.length?"family":"owner",i;return{heading:o(this.hass,"registry.action.add_person"),fields:s,values:{role:e,card_type:e==="tenant"?"residence_permit":"citizen_card",valid_until:e==="tenant"?It(365):""},submitLabel:o(this.hass,"registry.action.register"),submit:async l=>{let d={household_id:this.detail.household.id,...K(l,["name","role","phone","id_number","language"])};t&&l.uid?.trim()&&(d.card=K(l,["uid","card_type","valid_until"])),i=await g(this.hass,this.compound,"person/register",d)},notice:()=>{if(!i)return"";let l=[o(this.hass,"registry.registered")];return i.card&&l.push(o(this.hass,"registry.card_issued",{uid:i.card.uid})),i.wanted&&l.push(o(this.hass,`registry.wanted.${i.wanted}`)),l.join(" · ")}}}editPerson(s){return{heading:o(this.hass,"registry.action.edit_person",{name:s.name}),fields:this.personFields(),values:{name:s.name,role:s.role??"",phone:s.phone??"",language:s.language??""},submit:t=>g(this.hass,this.compound,"person/update",{person_id:s.id,...K(t,["name","role","phone","id_number"]),language:t.language??""})}}issueCard(){let s=this.detail.people.filter(t=>!t.moved_out);return{heading:o(this.hass,"registry.action.issue_card"),fields:[{name:"person_id",kind:"select",options:s.map(t=>t.id),labels:this.names(s)},{name:"card_type",kind:"select",options:ze},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid",required:!0}],values:{person_id:s[0]?.id??"",card_type:this.rental?"residence_permit":"citizen_card",valid_until:this.rental?It(365):""},submit:t=>g(this.hass,this.compound,"card/create",K(t,["person_id","uid","card_type","valid_until"]))}}replaceCard(s){return{heading:o(this.hass,"registry.action.replace_card",{uid:s.uid}),fields:[{name:"new_uid",kind:"uid",required:!0},B("reason")],values:{},submit:t=>g(this.hass,this.compound,"card/replace",{card_id:s.card_id,...K(t,["new_uid","reason"])})}}addVehicle(){let s=this.detail.people.filter(t=>!t.moved_out);return{heading:o(this.hass,"registry.action.add_vehicle"),fields:[{name:"person_id",kind:"select",options:s.map(t=>t.id),labels:this.names(s)},{name:"kind",kind:"select",enumName:"vehicle_kind",options:De},B("plate"),{name:"chip_uid",kind:"uid",required:!0}],values:{person_id:s[0]?.id??"",kind:"ebike"},submit:t=>g(this.hass,this.compound,"vehicle/create",K(t,["person_id","kind","plate","chip_uid"]))}}editHousehold(){let s=this.detail.household,t=zt().map(i=>i.name),e={};for(let i of t)e[i]=String(s[i]??"");return{heading:o(this.hass,"registry.action.edit_household",{flat:s.flat}),fields:zt(),values:e,submit:i=>g(this.hass,this.compound,"household/update",{household_id:s.id,...K(i,t,["area_m2"])})}}moveOut(s){return{heading:s?o(this.hass,"registry.confirm.move_out_person",{name:s.name}):o(this.hass,"registry.confirm.move_out_household",{flat:this.detail.household.flat}),fields:[{name:"date",kind:"date",required:!0},B("reason")],values:{date:It(0)},submitLabel:o(this.hass,s?"registry.action.move_out":"registry.action.move_out_all"),submit:e=>g(this.hass,this.compound,s?"person/move_out":"household/move_out",{...s?{person_id:s.id}:{household_id:this.detail.household.id},...K(e,["date","reason"])})}}reportLost(s){return{heading:o(this.hass,"registry.confirm.report_lost",{uid:s.uid}),fields:[B("reason")],values:{},submitLabel:o(this.hass,"registry.action.report_lost"),submit:t=>g(this.hass,this.compound,"card/report_lost",{card_id:s.card_id,...K(t,["reason"])})}}editValidity(s){return{heading:o(this.hass,"registry.action.edit_validity",{uid:s.uid}),fields:[{name:"valid_from",kind:"date"},{name:"valid_until",kind:"date",required:s.card_type==="residence_permit"}],values:{valid_from:s.valid_from??"",valid_until:s.valid_until??""},submit:t=>g(this.hass,this.compound,"card/update",{card_id:s.card_id,valid_from:t.valid_from?.trim()||null,valid_until:t.valid_until?.trim()||null})}}editVehicle(s){return{heading:o(this.hass,"registry.action.edit_vehicle",{vehicle:s.plate||s.chip_uid}),fields:[{name:"kind",kind:"select",enumName:"vehicle_kind",options:De},B("plate")],values:{kind:s.kind,plate:s.plate??""},submit:t=>g(this.hass,this.compound,"vehicle/update",{vehicle_id:s.vehicle_id,kind:t.kind,plate:t.plate?.trim()??""})}}};var Ue="compound-security-desk-reader",re=new Map,R=class extends v{constructor(){super(...arguments);this.known=!1;this.label="";this.readers=[];this.reader=localStorage.getItem(Ue)??"";this.waiting=!1;this.message=""}connectedCallback(){super.connectedCallback(),this.loadReaders()}disconnectedCallback(){super.disconnectedCallback(),this.cancel()}async loadReaders(){let t=this.compound.config_entry_id;re.has(t)||re.set(t,g(this.hass,this.compound,"registry/desk_readers").then(e=>e.access_points).catch(()=>[])),this.readers=await re.get(t),this.readers.some(e=>e.id===this.reader)||(this.reader=this.readers[0]?.id??"")}choose(t){this.reader=t.target.value,localStorage.setItem(Ue,this.reader)}async start(){await this.cancel(),this.message="",this.waiting=!0;try{this.stop=await Ot(this.hass,this.compound,"enrol/subscribe",t=>this.heard(t),{access_point:this.reader,known:this.known})}catch(t){this.waiting=!1,this.message=await $(this.hass,t)}}heard(t){this.waiting=!1,this.stop=void 0,t.type==="read"&&t.uid?this.dispatchEvent(new CustomEvent("uid",{detail:{uid:t.uid}})):this.message=o(this.hass,"registry.swipe.timeout")}async cancel(){let t=this.stop;this.stop=void 0,this.waiting=!1,t&&await t().catch(()=>{})}render(){return this.readers.length?r`<span class="swipe">
      ${this.readers.length>1?r`<select
            aria-label=${o(this.hass,"registry.swipe.reader")}
            .value=${this.reader}
            @change=${this.choose}
          >
            ${this.readers.map(t=>r`<option value=${t.id} ?selected=${t.id===this.reader}>${t.name}</option>`)}
          </select>`:c}
      ${this.waiting?r`<span class="waiting" role="status">${o(this.hass,"registry.swipe.waiting")}</span>
            <button type="button" @click=${this.cancel}>${o(this.hass,"common.cancel")}</button>`:r`<button type="button" class="start" @click=${this.start}>
            ${this.label||o(this.hass,"registry.swipe.start")}
          </button>`}
      ${this.message?r`<span class="muted">${this.message}</span>`:c}
    </span>`:c}};R.styles=[w,_`
      :host { display: inline-block; }
      .swipe { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
      .waiting { color: var(--primary-color); font-weight: 500; }
    `],n([p({attribute:!1})],R.prototype,"hass",2),n([p({attribute:!1})],R.prototype,"compound",2),n([p({type:Boolean})],R.prototype,"known",2),n([p()],R.prototype,"label",2),n([h()],R.prototype,"readers",2),n([h()],R.prototype,"reader",2),n([h()],R.prototype,"waiting",2),n([h()],R.prototype,"message",2),R=n([y("cs-registry-swipe")],R);var xs=18,A=class extends v{constructor(){super(...arguments);this.fields=[];this.initial={};this.values={};this.submitLabel="";this.errors={};this.busy=!1;this.checking=0}willUpdate(t){t.has("initial")&&(this.values={...this.initial},this.errors={},this.idCheck=void 0)}set(t,e){this.values={...this.values,[t]:e},this.errors[t]&&(this.errors={...this.errors,[t]:""})}async checkIdNumber(t){let e=t.replace(/\s/g,""),i=++this.checking;if(e.length<xs){this.idCheck=void 0;return}try{let l=await g(this.hass,this.compound,"person/check_id",{id_number:e});i===this.checking&&(this.idCheck=l)}catch(l){i===this.checking&&(this.errors={...this.errors,id_number:await $(this.hass,l)})}}async save(t){if(t.preventDefault(),!this.submit||this.busy)return;let e=this.fields.filter(i=>i.required&&!this.values[i.name]?.trim());if(e.length){this.errors=Object.fromEntries(e.map(i=>[i.name,o(this.hass,"registry.form.required")]));return}this.busy=!0,this.errors={};try{await this.submit(this.values),this.dispatchEvent(new CustomEvent("saved"))}catch(i){this.errors=await Oe(this.hass,i)}finally{this.busy=!1}}idHint(){let t=this.idCheck;if(!t)return c;if(!t.valid)return r`<div class="error" role="alert" data-id-check="invalid">
        ${o(this.hass,`registry.id_check.${t.reason??"id_number_invalid"}`)}
      </div>`;let e=t.wanted;return r`<div class="ok" data-id-check="valid">${o(this.hass,"registry.id_check.valid")}</div>
      ${e?r`<div class=${e==="not_listed"?"ok":"error wanted"} role="status" data-wanted=${e}>
            ${o(this.hass,`registry.wanted.${e}`)}
          </div>`:c}`}input(t){let e=this.values[t.name]??"",i=l=>{let d=l.target.value;this.set(t.name,d),t.kind==="id_number"&&this.checkIdNumber(d)};switch(t.kind){case"select":return r`<select name=${t.name} .value=${e} @change=${i}>
          ${t.options?.map(l=>r`<option value=${l} ?selected=${l===e}>
              ${t.labels?.[l]??f(this.hass,t.enumName??t.name,l)}
            </option>`)}
        </select>`;case"uid":return r`<div class="uid">
          <input name=${t.name} .value=${e} @input=${i} autocomplete="off" />
          <cs-registry-swipe
            .hass=${this.hass}
            .compound=${this.compound}
            @uid=${l=>this.set(t.name,l.detail.uid)}
          ></cs-registry-swipe>
        </div>`;default:return r`<input
          name=${t.name}
          type=${t.kind==="number"?"number":t.kind==="date"?"date":t.kind==="tel"?"tel":"text"}
          inputmode=${t.kind==="id_number"?"text":t.kind==="tel"?"tel":c}
          autocomplete="off"
          .value=${e}
          @input=${i}
        />`}}render(){let t=this.errors[""];return r`<form @submit=${this.save}>
      ${this.fields.map(e=>r`<cs-field
          data-field=${e.name}
          .label=${o(this.hass,`registry.field.${e.name}`)+(e.required?" *":"")}
          .error=${this.errors[e.name]||null}
        >
          ${this.input(e)} ${e.kind==="id_number"?this.idHint():c}
        </cs-field>`)}
      ${t?r`<div class="error" role="alert">${t}</div>`:c}
      <div class="actions">
        <button type="button" @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>
          ${o(this.hass,"common.cancel")}
        </button>
        <button type="submit" class="primary save" ?disabled=${this.busy}>
          ${this.submitLabel||o(this.hass,"common.save")}
        </button>
      </div>
    </form>`}};A.styles=[w,_`
      cs-field { display: block; }
      .uid { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .uid input { flex: 1; min-width: 140px; }
      .wanted { font-weight: 600; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
      .error, .ok { font-size: 13px; margin-top: 4px; }
    `],n([p({attribute:!1})],A.prototype,"hass",2),n([p({attribute:!1})],A.prototype,"compound",2),n([p({attribute:!1})],A.prototype,"fields",2),n([p({attribute:!1})],A.prototype,"initial",2),n([h()],A.prototype,"values",2),n([p({attribute:!1})],A.prototype,"submit",2),n([p()],A.prototype,"submitLabel",2),n([h()],A.prototype,"errors",2),n([h()],A.prototype,"idCheck",2),n([h()],A.prototype,"busy",2),A=n([y("cs-registry-form")],A);var rt=class extends v{constructor(){super(...arguments);this.heading="";this.cards=[];this.shownFor=""}updated(t){t.has("statistics")&&this.statistics&&this.statistics.electricity!==this.shownFor&&this.build();for(let e of this.cards)e.hass=this.hass}async build(){this.shownFor=this.statistics.electricity;let t=await gt();if(!t)return;let e=this.renderRoot.querySelector(".charts");e&&(this.cards=["electricity","water"].map(i=>{let l=t.createCardElement({type:"statistics-graph",title:o(this.hass,`registry.chart.${i}`),entities:[this.statistics[i]],period:"month",chart_type:"bar",stat_types:["change"],days_to_show:365,hide_legend:!0});return l.hass=this.hass,l.dataset.kind=i,l}),e.replaceChildren(...this.cards))}render(){return r`<div class="charts"></div>`}};rt.styles=[w,_`
      .charts { display: grid; gap: 12px; margin-top: 8px; }
    `],n([p({attribute:!1})],rt.prototype,"hass",2),n([p({attribute:!1})],rt.prototype,"statistics",2),n([p()],rt.prototype,"heading",2),rt=n([y("cs-registry-chart")],rt);var P=class extends v{constructor(){super(...arguments);this.householdId="";this.passes=[];this.name="";this.entries="1";this.message=""}updated(t){t.has("householdId")&&this.load()}async load(){try{let t=await g(this.hass,this.compound,"visitor_pass/list");this.passes=t.passes.filter(e=>e.household_id===this.householdId)}catch(t){this.message=await $(this.hass,t)}}async create(t){t.preventDefault();try{let e=await g(this.hass,this.compound,"visitor_pass/create",{household_id:this.householdId,name:this.name.trim()||void 0,entries:Number(this.entries)||1});this.message=o(this.hass,"registry.visitors.created",{pin:e.pin}),this.name="",await this.load()}catch(e){this.message=await $(this.hass,e)}}async revoke(t){try{await g(this.hass,this.compound,"visitor_pass/revoke",{pass_id:t.pass_id}),await this.load()}catch(e){this.message=await $(this.hass,e)}}render(){let t=this.passes.filter(e=>e.state==="active"||e.state==="not_yet_valid");return r`<section class="card" data-section="visitors">
      <h2>${o(this.hass,"registry.visitors.title")}</h2>
      <form class="row" @submit=${this.create}>
        <input
          aria-label=${o(this.hass,"registry.visitors.name")}
          placeholder=${o(this.hass,"registry.visitors.name")}
          .value=${this.name}
          @input=${e=>this.name=e.target.value}
        />
        <input
          type="number"
          min="1"
          max="20"
          class="entries"
          aria-label=${o(this.hass,"registry.visitors.entries")}
          .value=${this.entries}
          @input=${e=>this.entries=e.target.value}
        />
        <button type="submit">${o(this.hass,"registry.visitors.create")}</button>
      </form>
      ${this.message?r`<div class="muted" role="status">${this.message}</div>`:c}
      <ul class="list">
        ${t.map(e=>r`<li>
            <strong>${e.name||o(this.hass,"registry.visitors.visitor")}</strong>
            <span class="chip">PIN ${e.pin}</span>
            <span class="chip">${f(this.hass,"pass_state",e.state)}</span>
            <span class="muted">
              ${o(this.hass,"registry.visitors.until",{time:z(this.hass,e.valid_until,this.compound)})}
              · ${e.entries-e.used}/${e.entries}
            </span>
            <button class="danger" @click=${()=>this.revoke(e)}>${o(this.hass,"registry.visitors.revoke")}</button>
          </li>`)}
      </ul>
    </section>`}};P.styles=[w,_`
      .list { list-style: none; margin: 8px 0 0; padding: 0; }
      .list li { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 6px 0; }
      .entries { width: 70px; }
      form input:first-child { flex: 1; min-width: 120px; }
    `],n([p({attribute:!1})],P.prototype,"hass",2),n([p({attribute:!1})],P.prototype,"compound",2),n([p()],P.prototype,"householdId",2),n([h()],P.prototype,"passes",2),n([h()],P.prototype,"name",2),n([h()],P.prototype,"entries",2),n([h()],P.prototype,"message",2),P=n([y("cs-registry-visitors")],P);var M=class extends v{constructor(){super(...arguments);this.narrow=!1;this.householdId="";this.failure="";this.dialog=null;this.notice=""}get forms(){return new Dt(this.hass,this.compound,this.detail)}updated(t){t.has("householdId")&&this.householdId&&this.load()}async load(){try{this.detail=await g(this.hass,this.compound,"household/detail",{household_id:this.householdId}),this.failure=""}catch(t){this.failure=await $(this.hass,t)}}grant(t){return this.compound.may[t]}open(t){this.notice="",this.dialog=t}async saved(){let t=this.dialog?.notice?.();this.dialog=null,this.notice=t??"",await this.load()}async act(t,e){try{await g(this.hass,this.compound,t,e),this.notice="",await this.load()}catch(i){this.notice=await $(this.hass,i)}}holderMovedOut(t){return!!this.detail?.people.find(e=>e.id===t.person_id)?.moved_out}nameOf(t){return this.detail?.people.find(e=>e.id===t)?.name??""}renderPeople(t){let e=this.forms;return r`<section class="card" data-section="people">
      <h2>
        ${o(this.hass,"registry.people")}
        ${e.mayAddPerson()?r`<button class="add-person primary" @click=${()=>this.open(e.addPerson())}>
              ${o(this.hass,"registry.action.add_person")}
            </button>`:c}
      </h2>
      ${t.people.length?r`<ul class="list">
            ${t.people.map(i=>this.renderPerson(i))}
          </ul>`:r`<div class="muted">${o(this.hass,"common.nothing")}</div>`}
    </section>`}renderPerson(t){let e=this.forms,i=t.moved_out?.date;return r`<li data-person=${t.name}>
      <div class="main">
        <strong>${t.name}</strong>
        ${t.role?r`<span class="chip">${f(this.hass,"person_role",t.role)}</span>`:c}
        ${i?r`<span class="chip">${o(this.hass,"registry.moved_out",{date:i})}</span>`:c}
        ${t.watch==="care"?r`<span class="chip">${o(this.hass,"registry.care_watch")}</span>`:c}
      </div>
      <div class="muted">${[t.phone,t.id_number_mask].filter(Boolean).join(" · ")}</div>
      <div class="row actions">
        ${e.mayEdit(t)?r`<button @click=${()=>this.open(e.editPerson(t))}>${o(this.hass,"registry.action.edit")}</button>`:c}
        ${e.mayEdit(t)&&!i?r`<button class="danger move-out" @click=${()=>this.open(e.moveOut(t))}>
              ${o(this.hass,"registry.action.move_out")}
            </button>`:c}
      </div>
    </li>`}renderCard(t){let e=this.forms;return r`<tr data-card=${t.uid}>
      <td>${t.uid}</td>
      <td>${this.nameOf(t.person_id)}</td>
      <td>${f(this.hass,"card_type",t.card_type)}</td>
      <td>
        ${this.holderMovedOut(t)?r`<span class="chip status-revoked">${f(this.hass,"reason","moved_out")}</span>`:r`<span class="chip status-${t.status}">${f(this.hass,"card_status",t.status)}</span>`}
        ${t.expires_soon?r`<span class="chip warn-chip">${o(this.hass,"registry.expires_soon")}</span>`:c}
      </td>
      <td>${t.valid_until??"—"}</td>
      <td class="row">
        ${t.status==="active"&&!this.holderMovedOut(t)&&this.grant("card_report_lost")?r`<button class="danger report-lost" @click=${()=>this.open(e.reportLost(t))}>
              ${o(this.hass,"registry.action.report_lost")}
            </button>`:c}
        ${t.status==="lost"&&this.grant("card_manage")==="all"?r`<button @click=${()=>this.act("card/found",{card_id:t.card_id})}>
              ${o(this.hass,"registry.action.found")}
            </button>`:c}
        ${this.grant("card_manage")==="all"?r`<button @click=${()=>this.open(e.replaceCard(t))}>${o(this.hass,"registry.action.replace")}</button>
              <button class="validity" @click=${()=>this.open(e.editValidity(t))}>
                ${o(this.hass,"registry.action.validity")}
              </button>`:c}
      </td>
    </tr>`}renderCards(t){if(!t.cards)return c;let e=this.forms;return r`<section class="card" data-section="cards">
      <h2>
        ${o(this.hass,"registry.cards")}
        ${this.grant("card_manage")==="all"&&t.people.length?r`<button @click=${()=>this.open(e.issueCard())}>${o(this.hass,"registry.action.issue_card")}</button>`:c}
      </h2>
      ${t.cards.length?r`<div class="scroll"><table>
            <thead><tr>
              ${["uid","holder","card_type","status","valid_until",""].map(i=>r`<th>${i?o(this.hass,`registry.field.${i}`):""}</th>`)}
            </tr></thead>
            <tbody>${t.cards.map(i=>this.renderCard(i))}</tbody>
          </table></div>`:r`<div class="muted">${o(this.hass,"common.nothing")}</div>`}
    </section>`}renderVehicles(t){if(!t.vehicles)return c;let e=this.forms;return r`<section class="card" data-section="vehicles">
      <h2>
        ${o(this.hass,"registry.vehicles")}
        ${this.grant("vehicle_manage")==="all"&&t.people.length?r`<button @click=${()=>this.open(e.addVehicle())}>${o(this.hass,"registry.action.add_vehicle")}</button>`:c}
      </h2>
      ${t.vehicles.length?r`<ul class="list">
            ${t.vehicles.map(i=>r`<li>
                <strong>${i.plate||i.chip_uid}</strong>
                <span class="chip">${f(this.hass,"vehicle_kind",i.kind)}</span>
                ${i.locked?r`<span class="chip">${o(this.hass,"registry.locked")}</span>`:c}
                <span class="muted">${this.nameOf(i.person_id)} · ${i.chip_uid}</span>
                ${this.grant("vehicle_manage")==="all"?r`<span class="row actions">
                      <button class="edit-vehicle" @click=${()=>this.open(e.editVehicle(i))}>
                        ${o(this.hass,"registry.action.edit")}
                      </button>
                      <button
                        class="lock"
                        @click=${()=>this.act("vehicle/update",{vehicle_id:i.vehicle_id,locked:!i.locked})}
                      >
                        ${o(this.hass,i.locked?"registry.action.unlock":"registry.action.lock")}
                      </button>
                    </span>`:c}
              </li>`)}
          </ul>`:r`<div class="muted">${o(this.hass,"common.nothing")}</div>`}
    </section>`}renderUsage(t){if(!t.meters&&!t.statistics)return c;let e=Object.entries(t.meters??{});return r`<section class="card" data-section="usage">
      <h2>${o(this.hass,"registry.usage")}</h2>
      ${e.length?r`<div class="muted">
            ${e.map(([i,l])=>r`${o(this.hass,`registry.field.${i}`)}: ${l} `)}
          </div>`:r`<div class="muted">${o(this.hass,"registry.no_meters")}</div>`}
      ${t.statistics?r`<cs-registry-chart
            .hass=${this.hass}
            .statistics=${t.statistics}
            .heading=${t.household.flat}
          ></cs-registry-chart>`:c}
    </section>`}renderActivity(t){return r`${t.alarms?r`<section class="card" data-section="alarms">
          <h2>${o(this.hass,"registry.alarms")}</h2>
          ${t.alarms.length?r`<ul class="list">
                ${t.alarms.map(e=>r`<li>
                    <span class="chip alarm">${f(this.hass,"alarm_kind",e.kind)}</span>
                    <span class="muted">${z(this.hass,e.time,this.compound)}</span>
                  </li>`)}
              </ul>`:r`<div class="muted">${o(this.hass,"registry.no_alarms")}</div>`}
        </section>`:c}
    ${t.passages?r`<section class="card" data-section="passages">
          <h2>${o(this.hass,"registry.passages")}</h2>
          ${t.passages.length?r`<ul class="list">
                ${t.passages.map(e=>r`<li data-decision=${e.decision}>
                    <span class="chip ${e.decision}">${f(this.hass,"decision",e.decision)}</span>
                    ${z(this.hass,e.time,this.compound)} · ${e.access_point??""}
                    · ${e.name??""}
                    ${e.decision==="denied"?r`<span class="muted">(${f(this.hass,"reason",e.reason)})</span>`:c}
                  </li>`)}
              </ul>`:r`<div class="muted">${o(this.hass,"registry.no_passages")}</div>`}
        </section>`:c}`}render(){if(this.failure)return r`<button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${o(this.hass,"registry.back")}
        </button>
        <div class="card error" role="alert">${this.failure}</div>`;let t=this.detail;if(!t)return r`<div class="muted">${o(this.hass,"common.loading")}</div>`;let e=t.household,i=this.forms;return r`
      <div class="head">
        <button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${o(this.hass,"registry.back")}
        </button>
        <h2 class="flat">${e.flat}</h2>
        ${e.tenure?r`<span class="chip">${f(this.hass,"tenure",e.tenure)}</span>`:c}
        ${e.area_m2?r`<span class="muted">${e.area_m2} m²</span>`:c}
        <span class="spacer"></span>
        ${this.grant("registry_edit")==="all"?r`<button @click=${()=>this.open(i.editHousehold())}>${o(this.hass,"registry.action.edit")}</button>`:c}
        ${i.mayMoveOutHousehold()?r`<button class="danger move-out-all" @click=${()=>this.open(i.moveOut(null))}>
              ${o(this.hass,"registry.action.move_out_all")}
            </button>`:c}
      </div>
      ${this.notice?r`<div class="card notice" role="status">${this.notice}</div>`:c}
      <div class="grid">
        ${this.renderPeople(t)} ${this.renderCards(t)} ${this.renderVehicles(t)}
        ${this.grant("visitor_pass")?r`<cs-registry-visitors .hass=${this.hass} .compound=${this.compound} .householdId=${e.id}></cs-registry-visitors>`:c}
        ${this.renderUsage(t)} ${this.renderActivity(t)}
      </div>
      <cs-dialog .heading=${this.dialog?.heading??""} .open=${this.dialog!==null} @closed=${()=>this.dialog=null}>
        ${this.dialog?r`<cs-registry-form
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
    `}};M.styles=[w,_`
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
    `],n([p({attribute:!1})],M.prototype,"hass",2),n([p({attribute:!1})],M.prototype,"compound",2),n([p({type:Boolean,reflect:!0})],M.prototype,"narrow",2),n([p()],M.prototype,"householdId",2),n([h()],M.prototype,"detail",2),n([h()],M.prototype,"failure",2),n([h()],M.prototype,"dialog",2),n([h()],M.prototype,"notice",2),M=n([y("cs-registry-household")],M);var U=class extends v{constructor(){super(...arguments);this.fileName="";this.texts={};this.message="";this.busy=!1;this.content=""}async pick(t){let e=t.target.files?.[0];e&&(this.fileName=e.name,this.content=await e.text(),this.preview=void 0,this.message="",await this.run("import/preview"))}async run(t){this.busy=!0;try{let[e,i]=await Promise.all([g(this.hass,this.compound,t,{kind:"registry",content:this.content}),At(this.hass)]);this.texts=i,this.preview=e,e.stored&&(this.message=o(this.hass,"registry.import.stored",e.counts??{}),this.dispatchEvent(new CustomEvent("imported")))}catch(e){this.message=await $(this.hass,e)}finally{this.busy=!1}}reason(t,e){let i=this.texts[`component.compound_security.exceptions.${t}.message`];return i?Nt(i,e):t}render(){let t=this.preview;return r`<div class="import">
      <p class="muted">${o(this.hass,"registry.import.help")}</p>
      <label class="button pick">
        ${o(this.hass,"registry.import.choose")}
        <input type="file" accept=".csv,text/csv" @change=${this.pick} />
      </label>
      ${this.fileName?r`<span class="muted">${this.fileName}</span>`:c}
      ${this.busy?r`<div class="muted">${o(this.hass,"registry.import.checking")}</div>`:c}
      ${t&&!t.stored?r`<div class="summary" data-good=${t.good_rows} data-bad=${t.errors.length}>
            ${o(this.hass,"registry.import.summary",{file:this.fileName,good:t.good_rows,bad:t.errors.length})}
          </div>`:c}
      ${t?.errors.length?r`<table class="errors">
            <thead><tr><th>${o(this.hass,"registry.import.line")}</th><th>${o(this.hass,"registry.import.reason")}</th></tr></thead>
            <tbody>
              ${t.errors.map(e=>r`<tr data-line=${e.line}><td>${e.line}</td><td>${this.reason(e.code,e.placeholders)}</td></tr>`)}
            </tbody>
          </table>`:c}
      ${this.message?r`<div class="message" role="status">${this.message}</div>`:c}
      <div class="actions">
        <button @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>${o(this.hass,"common.close")}</button>
        <button
          class="primary commit"
          ?disabled=${!t?.valid||t.stored||this.busy}
          @click=${()=>this.run("import/commit")}
        >
          ${t&&!t.valid?o(this.hass,"registry.import.fix_first"):o(this.hass,"registry.import.commit",{count:t?.good_rows??0})}
        </button>
      </div>
    </div>`}};U.styles=[w,_`
      .summary { margin: 12px 0; font-weight: 500; }
      .pick { display: inline-flex; align-items: center; margin: 0 8px 0 0; color: var(--primary-color); font-size: inherit; }
      .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .errors { max-height: 50vh; display: block; overflow: auto; }
      .errors td:first-child { width: 60px; }
      .message { margin-top: 8px; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
    `],n([p({attribute:!1})],U.prototype,"hass",2),n([p({attribute:!1})],U.prototype,"compound",2),n([h()],U.prototype,"fileName",2),n([h()],U.prototype,"preview",2),n([h()],U.prototype,"texts",2),n([h()],U.prototype,"message",2),n([h()],U.prototype,"busy",2),U=n([y("cs-registry-import")],U);C({id:"registry",tag:"cs-registry-page",icon:"mdi:account-group",operations:["registry_view"]});var ks=250,S=class extends v{constructor(){super(...arguments);this.narrow=!1;this.query="";this.offset=0;this.failure="";this.householdId=null;this.dialog=null;this.importing=!1;this.asked=0}get limit(){return this.narrow?20:50}get finds(){return this.compound.may.registry_view==="find"}connectedCallback(){super.connectedCallback();let t=new URLSearchParams(location.search);this.householdId=t.get("household"),this.finds||this.search()}typed(t){this.query=t.target.value,this.offset=0,clearTimeout(this.timer),this.timer=window.setTimeout(()=>void this.search(),ks)}async search(){let t=++this.asked;if(this.finds&&!this.query.trim()){this.answer=void 0;return}try{let e=await g(this.hass,this.compound,"registry/search",{query:this.query,offset:this.offset,limit:this.limit});t===this.asked&&(this.answer=e,this.failure="")}catch(e){this.failure=await $(this.hass,e)}}show(t){this.householdId=t;let e=new URL(location.href);t?e.searchParams.set("household",t):e.searchParams.delete("household"),history.replaceState(null,"",e),t||this.search()}async exportCsv(){try{let t=await g(this.hass,this.compound,"registry/export");Ie(t.file_name,t.content)}catch(t){this.failure=await $(this.hass,t)}}renderRow(t){return r`<li>
      <button class="result" data-flat=${t.flat} @click=${()=>this.show(t.household_id)}>
        <span class="flat">${t.flat}</span>
        ${t.tenure?r`<span class="chip">${f(this.hass,"tenure",t.tenure)}</span>`:c}
        <span class="people">${t.people.map(e=>e.name).join("、")}</span>
        ${t.people_count!==void 0&&t.people_count>t.people.length?r`<span class="muted">${o(this.hass,"registry.more_people",{count:t.people_count-t.people.length})}</span>`:c}
        <span class="matches">
          ${t.matches.filter(e=>e!=="flat"&&e!=="name").map(e=>r`<span class="chip">${f(this.hass,"match",e)}</span>`)}
        </span>
      </button>
    </li>`}renderSearch(){let t=this.compound.may,e=this.answer;return r`
      <div class="card search">
        <div class="row">
          <input
            class="query"
            type="search"
            autofocus
            enterkeyhint="search"
            aria-label=${o(this.hass,"registry.search.label")}
            placeholder=${o(this.hass,this.finds?"registry.search.find_placeholder":"registry.search.placeholder")}
            .value=${this.query}
            @input=${this.typed}
          />
          ${t.card_enrol?r`<cs-registry-swipe
                known
                .hass=${this.hass}
                .compound=${this.compound}
                .label=${o(this.hass,"registry.search.swipe")}
                @uid=${i=>{this.query=i.detail.uid,this.offset=0,this.search()}}
              ></cs-registry-swipe>`:c}
        </div>
        <div class="row tools">
          ${t.registry_edit==="all"?r`<button class="add-household" @click=${()=>this.dialog=Pe(this.hass,this.compound,i=>this.show(i))}>
                ${o(this.hass,"registry.action.add_household")}
              </button>`:c}
          ${t.registry_import?r`<button class="import" @click=${()=>this.importing=!0}>${o(this.hass,"registry.action.import")}</button>`:c}
          ${t.registry_view==="all"?r`<button class="export" @click=${this.exportCsv}>${o(this.hass,"registry.action.export")}</button>`:c}
        </div>
      </div>
      ${this.failure?r`<div class="card error" role="alert">${this.failure}</div>`:c}
      ${e?r`<div class="card">
            <div class="muted total">${o(this.hass,"registry.search.total",{total:e.total})}</div>
            ${e.results.length?r`<ul class="results">${e.results.map(i=>this.renderRow(i))}</ul>`:r`<div class="muted">${o(this.hass,"registry.search.none")}</div>`}
            <cs-pager
              .hass=${this.hass}
              .offset=${e.offset}
              .limit=${e.limit}
              .total=${e.total}
              @page=${i=>{this.offset=i.detail.offset,this.search()}}
            ></cs-pager>
          </div>`:this.finds?r`<div class="card muted">${o(this.hass,"registry.search.find_hint")}</div>`:c}
    `}render(){return r`
      ${this.householdId?r`<cs-registry-household
            .hass=${this.hass}
            .compound=${this.compound}
            .narrow=${this.narrow}
            .householdId=${this.householdId}
            @back=${()=>this.show(null)}
          ></cs-registry-household>`:this.renderSearch()}
      <cs-dialog .heading=${this.dialog?.heading??""} .open=${this.dialog!==null} @closed=${()=>this.dialog=null}>
        ${this.dialog?r`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields}
              .initial=${this.dialog.values}
              .submit=${this.dialog.submit}
              @saved=${()=>this.dialog=null}
              @cancel=${()=>this.dialog=null}
            ></cs-registry-form>`:c}
      </cs-dialog>
      <cs-dialog .heading=${o(this.hass,"registry.action.import")} .open=${this.importing} @closed=${()=>this.importing=!1}>
        ${this.importing?r`<cs-registry-import
              .hass=${this.hass}
              .compound=${this.compound}
              @imported=${()=>void this.search()}
              @cancel=${()=>this.importing=!1}
            ></cs-registry-import>`:c}
      </cs-dialog>
    `}};S.styles=[w,_`
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
    `],n([p({attribute:!1})],S.prototype,"hass",2),n([p({type:Boolean,reflect:!0})],S.prototype,"narrow",2),n([p({attribute:!1})],S.prototype,"compound",2),n([h()],S.prototype,"query",2),n([h()],S.prototype,"offset",2),n([h()],S.prototype,"answer",2),n([h()],S.prototype,"failure",2),n([h()],S.prototype,"householdId",2),n([h()],S.prototype,"dialog",2),n([h()],S.prototype,"importing",2),S=n([y("cs-registry-page")],S);var Ve=50,Es=["granted","unknown_credential","revoked","lost","expired","not_yet_valid","vehicle_locked","owner_absent","holder_missing","moved_out","not_permitted_here","outside_schedule","used_up","pin_locked"],As=a=>`${a.building}-${a.unit}-${a.room}`,H=class extends v{constructor(){super(...arguments);this.narrow=!1;this.offset=0;this.error=null;this.personError=null;this.flatError=null;this.people=[];this.busy=!1;this.filters={}}get followsPeople(){let t=this.compound.may.access_log_query;return t==="all"||t==="own"}get ownHousehold(){return this.compound.may.access_log_query==="own"&&!F(this.compound,"live_passages")}firstUpdated(){this.load()}updated(t){t.has("compound")&&t.get("compound")!==void 0&&(this.filters={},this.offset=0,this.load())}async load(){this.busy=!0;try{this.page=await g(this.hass,this.compound,"access_log/query",{...this.filters,offset:this.offset,limit:Ve}),this.error=null}catch(t){this.error=await $(this.hass,t)}finally{this.busy=!1}}field(t){return this.renderRoot.querySelector(`[name="${t}"]`)?.value.trim()??""}async findHousehold(t){if(!t)return;let e=await g(this.hass,this.compound,"household/list",{search:t}),i=e.filter(d=>As(d)===t),l=i.length===1?i[0]:e.length===1?e[0]:void 0;return l?l.id:null}async findPerson(t){let e=this.field("person_id");if(e)return e;if(!t)return;let i=await g(this.hass,this.compound,"person/list",{search:t}),l=i.filter(u=>u.name===t),d=l.length?l:i;return d.length===1?d[0].id:(this.people=d.slice(0,50),null)}async search(t){t?.preventDefault(),this.personError=this.flatError=null;let e={};try{if(!this.ownHousehold){let d=await this.findHousehold(this.field("flat"));d===null?this.flatError=o(this.hass,"log.no_such_flat"):d&&(e.household_id=d)}if(this.followsPeople){let d=await this.findPerson(this.field("person"));d===null?this.personError=o(this.hass,this.people.length?"log.choose_person":"log.no_such_person"):d&&(e.person_id=d)}}catch(d){this.error=await $(this.hass,d);return}if(this.personError||this.flatError)return;for(let d of["access_point_id","decision","reason"]){let u=this.field(d);u&&(e[d]=u)}let i=this.field("start"),l=this.field("end");i&&(e.start=se(i,this.compound)),l&&(e.end=se(l,this.compound)),this.filters=e,this.offset=0,await this.load()}personTyped(){this.people=[]}async download(){try{let t=await g(this.hass,this.compound,"access_log/export",this.filters),e=URL.createObjectURL(new Blob([t.csv],{type:"text/csv;charset=utf-8"})),i=document.createElement("a");i.href=e,i.download=t.filename,i.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}catch(t){this.error=await $(this.hass,t)}}render(){let t=this.hass;return r`
      <form class="card filters" @submit=${this.search}>
        <h2>${o(t,"log.title")}</h2>
        ${this.page?.since?r`<p class="muted">${o(t,"log.live_only",{since:z(t,this.page.since,this.compound)})}</p>`:c}
        <div class="fields">
          ${this.followsPeople?r`<cs-field .label=${o(t,"log.person")} .error=${this.personError}>
                <input name="person" autocomplete="off" placeholder=${o(t,"log.person_hint")} @input=${this.personTyped} />
              </cs-field>`:c}
          ${this.people.length?r`<cs-field .label=${o(t,"log.choose_person")}>
                <select name="person_id">
                  ${this.people.map(e=>r`<option value=${e.id}>${e.name}</option>`)}
                </select>
              </cs-field>`:c}
          ${this.ownHousehold?c:r`<cs-field .label=${o(t,"log.flat")} .error=${this.flatError}>
                <input name="flat" autocomplete="off" placeholder="9-1-301" />
              </cs-field>`}
          <cs-field .label=${o(t,"log.access_point")}>
            <select name="access_point_id">
              <option value="">${o(t,"log.any")}</option>
              ${(this.page?.access_points??[]).map(e=>r`<option value=${e.id}>${e.name}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${o(t,"log.start")}>
            <input name="start" type="datetime-local" />
          </cs-field>
          <cs-field .label=${o(t,"log.end")}>
            <input name="end" type="datetime-local" />
          </cs-field>
          <cs-field .label=${o(t,"log.decision")}>
            <select name="decision">
              <option value="">${o(t,"log.any")}</option>
              ${["granted","denied"].map(e=>r`<option value=${e}>${f(t,"decision",e)}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${o(t,"log.reason")}>
            <select name="reason">
              <option value="">${o(t,"log.any")}</option>
              ${Es.map(e=>r`<option value=${e}>${f(t,"reason",e)}</option>`)}
            </select>
          </cs-field>
        </div>
        <div class="row actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${o(t,"common.search")}</button>
          ${F(this.compound,"access_log_export")?r`<button type="button" @click=${this.download}>${o(t,"log.download")}</button>`:c}
        </div>
      </form>
      ${this.error?r`<div class="card error" role="alert">${this.error}</div>`:c}
      <div class="card">${this.renderEntries()}</div>
    `}renderEntries(){let t=this.hass,e=this.page;if(!e)return r`<div class="muted">${o(t,"common.loading")}</div>`;if(!e.entries.length)return r`<div class="muted">${o(t,"common.nothing")}</div>`;let i=r`<cs-pager
      .hass=${t}
      .offset=${this.offset}
      .limit=${Ve}
      .total=${e.total}
      @page=${d=>{this.offset=d.detail.offset,this.load()}}
    ></cs-pager>`;if(this.narrow)return r`<ul class="entries">
          ${e.entries.map(d=>r`<li>
              <div class="row">
                <span class="chip ${d.decision}">${f(t,"decision",d.decision)}</span>
                <strong>${d.name??d.flat??"—"}</strong>
                ${d.name&&d.flat?r`<span class="muted">${d.flat}</span>`:c}
                ${d.watch!=="none"?r`<span class="chip alarm">${f(t,"watch",d.watch)}</span>`:c}
              </div>
              <div class="muted">
                ${z(t,d.time,this.compound)} · ${d.access_point??d.access_point_id} ·
                ${f(t,"direction",d.direction)} · ${f(t,"reason",d.reason)}
              </div>
            </li>`)}
        </ul>
        ${i}`;let l=e.entries.some(d=>"name"in d);return r`<table>
        <thead>
          <tr>
            <th>${o(t,"log.time")}</th>
            <th>${o(t,"log.access_point")}</th>
            <th>${o(t,"log.direction")}</th>
            <th>${o(t,"log.decision")}</th>
            <th>${o(t,"log.reason")}</th>
            <th>${o(t,"log.credential")}</th>
            <th>${o(t,"log.flat")}</th>
            ${l?r`<th>${o(t,"log.name")}</th>`:c}
          </tr>
        </thead>
        <tbody>
          ${e.entries.map(d=>r`<tr>
              <td>${z(t,d.time,this.compound)}</td>
              <td>${d.access_point??d.access_point_id}</td>
              <td>${f(t,"direction",d.direction)}</td>
              <td><span class="chip ${d.decision}">${f(t,"decision",d.decision)}</span></td>
              <td>${f(t,"reason",d.reason)}</td>
              <td>${f(t,"credential",d.credential)}</td>
              <td>${d.flat??"—"}</td>
              ${l?r`<td>
                    ${d.name??""}
                    ${d.watch!=="none"?r`<span class="chip alarm">${f(t,"watch",d.watch)}</span>`:c}
                  </td>`:c}
            </tr>`)}
        </tbody>
      </table>
      ${i}`}};H.styles=[w,_`
      .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 0 12px; }
      .actions { margin-top: 4px; }
      ul.entries { list-style: none; margin: 0; padding: 0; }
      ul.entries li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.entries .muted { font-size: 13px; margin-top: 2px; }
      table { font-size: 14px; }
    `],n([p({attribute:!1})],H.prototype,"hass",2),n([p({type:Boolean})],H.prototype,"narrow",2),n([p({attribute:!1})],H.prototype,"compound",2),n([h()],H.prototype,"page",2),n([h()],H.prototype,"offset",2),n([h()],H.prototype,"error",2),n([h()],H.prototype,"personError",2),n([h()],H.prototype,"flatError",2),n([h()],H.prototype,"people",2),n([h()],H.prototype,"busy",2),H=n([y("cs-log-page")],H);C({id:"log",tag:"cs-log-page",icon:"mdi:format-list-bulleted",operations:["access_log_query","live_passages"]});var Ss=1e3;function Hs(a){let s=a.replace(/^\ufeff/,"").split(/\r?\n/).filter(i=>i.trim());if(!s.length)return[];let e=s[0].split(",").map(i=>i.trim().toLowerCase()).indexOf("id_number");return e<0?s.map(i=>i.split(",")[0].trim()):s.slice(1).map(i=>(i.split(",")[e]??"").trim())}var O=class extends v{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.upload=null;this.uploading=!1}firstUpdated(){this.load()}async load(t){try{let e=F(this.compound,"police_watch")&&this.compound.may.police_watch==="all",[i,l]=await Promise.all([g(this.hass,this.compound,"watch/list"),e?g(this.hass,this.compound,"wanted/matches",t?{job_id:t}:{}):Promise.resolve(void 0)]);this.lists=i,this.wanted=l,this.error=null}catch(e){this.error=await $(this.hass,e)}}async uploadFile(t){let e=t.target,i=e.files?.[0];if(!i)return;let l=Hs(await i.text());e.value="",this.uploading=!0;try{let d=await g(this.hass,this.compound,"wanted/import",{numbers:l});for(this.upload=o(this.hass,"watch.uploaded",{numbers:d.numbers,invalid:d.invalid_rows.length});d.numbers>0;){await new Promise(x=>setTimeout(x,Ss)),await this.load(d.job_id);let m=this.wanted?.job;if(!m||m.finished)break;this.upload=o(this.hass,"watch.progress",{done:m.done,total:m.total})}let u=this.wanted?.job;u?.finished&&(this.upload=o(this.hass,"watch.finished",{added:u.added??0,matched:u.matched??0,invalid:d.invalid_rows.length}))}catch(d){this.upload=await $(this.hass,d)}finally{this.uploading=!1}}render(){let t=this.hass;return this.error?r`<div class="card error" role="alert">${this.error}</div>`:this.lists?r`
      ${this.lists.care!==null?r`<div class="card" data-list="care">
            <h2>${o(t,"watch.care")}</h2>
            <p class="muted">${o(t,"watch.care_help")}</p>
            ${this.renderPeople(this.lists.care,!0)}
          </div>`:c}
      ${this.lists.police!==null?r`<div class="card" data-list="police">
            <h2>${o(t,"watch.police")}</h2>
            <p class="muted">${o(t,"watch.police_help")}</p>
            ${this.renderPeople(this.lists.police,!1)}
          </div>`:c}
      ${this.wanted?this.renderWanted(this.wanted):c}
    `:r`<div class="muted">${o(t,"common.loading")}</div>`}renderPeople(t,e){let i=this.hass;return t.length?r`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${o(i,"watch.name")}</th>
          <th>${o(i,"watch.flat")}</th>
          <th>${o(i,"watch.directions")}</th>
          ${e?r`<th>${o(i,"watch.notify")}</th>`:c}
        </tr>
      </thead>
      <tbody>
        ${t.map(l=>r`<tr>
            <td>${l.name} <span class="muted">${f(i,"person_role",l.role)}</span>
              ${l.moved_out?r`<span class="chip">${o(i,"watch.moved_out")}</span>`:c}</td>
            <td>${l.flat??"—"}</td>
            <td>${f(i,"direction",l.directions)}</td>
            ${e?r`<td>${l.notify?.length?l.notify.map(d=>r`<div>${d}</div>`):r`<span class="muted">—</span>`}</td>`:c}
          </tr>`)}
      </tbody>
    </table></div>`:r`<div class="muted">${o(i,"watch.nobody")}</div>`}renderWanted(t){let e=this.hass;return r`<div class="card" data-list="wanted">
      <h2>${o(e,"watch.wanted")}</h2>
      <p class="muted">${o(e,"watch.wanted_listed",{count:t.listed})}</p>
      <div class="row">
        <label class="button upload">
          ${o(e,this.uploading?"watch.checking":"watch.upload")}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" ?disabled=${this.uploading} @change=${this.uploadFile} />
        </label>
        ${this.upload?r`<span class="muted">${this.upload}</span>`:c}
      </div>
      <h3>${o(e,"watch.matches")}</h3>
      ${t.matches.length?r`<div class="scroll"><table>
            <thead><tr><th>${o(e,"watch.name")}</th><th>${o(e,"watch.flat")}</th></tr></thead>
            <tbody>
              ${t.matches.map(i=>r`<tr class="match"><td>${i.name} <span class="muted">${f(e,"person_role",i.role)}</span></td><td>${i.flat??"—"}</td></tr>`)}
            </tbody>
          </table></div>`:r`<div class="muted">${o(e,"watch.no_matches")}</div>`}
    </div>`}};O.styles=[w,_`
      .scroll { overflow-x: auto; }
      h3 { font-weight: 500; margin: 16px 0 8px; }
      label.button.upload {
        display: inline-flex; align-items: center; margin: 0; font-size: inherit;
        color: var(--primary-color, #03a9f4);
      }
      label.button.upload input { display: none; }
    `],n([p({attribute:!1})],O.prototype,"hass",2),n([p({type:Boolean})],O.prototype,"narrow",2),n([p({attribute:!1})],O.prototype,"compound",2),n([h()],O.prototype,"lists",2),n([h()],O.prototype,"wanted",2),n([h()],O.prototype,"error",2),n([h()],O.prototype,"upload",2),n([h()],O.prototype,"uploading",2),O=n([y("cs-watch-page")],O);C({id:"watch",tag:"cs-watch-page",icon:"mdi:eye",operations:["care_watch_set","police_watch"]});var ot=a=>a==null?"—":String(a),L=class extends v{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.flatError=null;this.period=null;this.charts=[]}get everyFlat(){return this.compound.may.usage_view==="all"}firstUpdated(){this.load(),!this.everyFlat&&this.compound.household_id&&this.chart(this.compound.household_id)}updated(t){if(t.has("hass"))for(let e of this.charts)e.hass=this.hass}async load(){let t=this.period?{period:this.period}:{};try{[this.totals,this.flagged]=await Promise.all([g(this.hass,this.compound,"usage/totals",t),g(this.hass,this.compound,"usage/flagged",{...t,limit:200})]),this.error=null}catch(e){this.error=await $(this.hass,e)}}choosePeriod(t){this.period=t.target.value||null,this.load()}async findFlat(t){t.preventDefault();let e=(this.renderRoot.querySelector('input[name="flat"]')?.value??"").trim();if(e)try{let i=await g(this.hass,this.compound,"household/list",{search:e}),d=i.filter(u=>`${u.building}-${u.unit}-${u.room}`===e)[0]??(i.length===1?i[0]:void 0);if(!d){this.flatError=o(this.hass,"usage.no_such_flat");return}this.flatError=null,await this.chart(d.id)}catch(i){this.flatError=await $(this.hass,i)}}async chart(t){try{this.household=await g(this.hass,this.compound,"usage/household",{household_id:t})}catch(l){this.error=await $(this.hass,l);return}this.charts=[];let e=await gt();if(!e)return;let i=this.household.statistic_ids;for(let[l,d]of Object.entries(i)){if(!d)continue;let u=e.createCardElement({type:"statistics-graph",title:o(this.hass,`usage.${l}`),entities:[d],period:"month",stat_types:["change"],chart_type:"bar",days_to_show:730,hide_legend:!0});u.hass=this.hass,this.charts.push(u)}this.requestUpdate()}render(){let t=this.hass;return r`
      ${this.error?r`<div class="card error" role="alert">${this.error}</div>`:c}
      <div class="card totals">
        <h2>${o(t,"usage.totals")}</h2>
        ${this.totals?.period?r`<div class="row">
              <select aria-label=${o(t,"usage.month")} @change=${this.choosePeriod}>
                ${(this.totals.periods??[this.totals.period]).map(e=>r`<option value=${e} ?selected=${e===this.totals?.period}>${e}</option>`)}
              </select>
              <span class="figure"><strong>${ot(this.totals.electricity_kwh)}</strong> kWh</span>
              <span class="figure"><strong>${ot(this.totals.water_m3)}</strong> m³</span>
              <span class="muted">${o(t,"usage.households",{count:this.totals.households})}</span>
            </div>`:r`<div class="muted">${this.totals?o(t,"usage.no_readings"):o(t,"common.loading")}</div>`}
      </div>
      <div class="card">
        <h2>${o(t,"usage.flagged")}</h2>
        ${this.flagged?r`<p class="muted">
              ${o(t,"usage.rule",{factor:this.flagged.factor,months:this.flagged.months})}
            </p>`:c}
        ${this.renderFlagged()}
      </div>
      <div class="card">
        <h2>${o(t,"usage.flat_months")}</h2>
        ${this.everyFlat?r`<form class="row" @submit=${this.findFlat}>
              <cs-field .label=${o(t,"usage.flat")} .error=${this.flatError}>
                <input name="flat" placeholder="9-1-301" autocomplete="off" />
              </cs-field>
              <button class="primary" type="submit">${o(t,"usage.show")}</button>
            </form>`:c}
        ${this.renderHousehold()}
      </div>
    `}renderFlagged(){let t=this.hass,e=this.flagged;return e?e.flagged.length?this.narrow?r`<ul class="flagged">
        ${e.flagged.map(i=>r`<li>
            <div class="row">
              <strong>${i.flat??"—"}</strong>
              <span class="chip alarm">${f(t,"classification",i.classification)}</span>
              <button class="chart" @click=${()=>this.chart(i.household_id)}>${o(t,"usage.chart")}</button>
            </div>
            <div>${ot(i.electricity_kwh)} kWh${i.electricity_ratio!==null?r` · <span class="muted">${o(t,"usage.times_median",{ratio:i.electricity_ratio})}</span>`:c}</div>
            <div>${ot(i.water_m3)} m³${i.water_ratio!==null?r` · <span class="muted">${o(t,"usage.times_median",{ratio:i.water_ratio})}</span>`:c}</div>
            <div class="muted">
              ${o(t,"usage.registered",{count:i.occupants})}${i.estimated_occupants!==null?r` · ${o(t,"usage.estimated",{count:i.estimated_occupants})}`:c}
            </div>
          </li>`)}
      </ul>`:r`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${o(t,"usage.flat")}</th>
          <th>${o(t,"usage.classification")}</th>
          <th>${o(t,"usage.electricity")}</th>
          <th>${o(t,"usage.water")}</th>
          <th>${o(t,"usage.occupants")}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${e.flagged.map(i=>r`<tr>
            <td><strong>${i.flat??"—"}</strong></td>
            <td><span class="chip alarm">${f(t,"classification",i.classification)}</span></td>
            <td>
              ${ot(i.electricity_kwh)} kWh
              ${i.electricity_ratio!==null?r`<div class="muted">${o(t,"usage.times_median",{ratio:i.electricity_ratio})}</div>`:c}
            </td>
            <td>
              ${ot(i.water_m3)} m³
              ${i.water_ratio!==null?r`<div class="muted">${o(t,"usage.times_median",{ratio:i.water_ratio})}</div>`:c}
            </td>
            <td>
              ${o(t,"usage.registered",{count:i.occupants})}
              ${i.estimated_occupants!==null?r`<div class="muted">${o(t,"usage.estimated",{count:i.estimated_occupants})}</div>`:c}
            </td>
            <td><button @click=${()=>this.chart(i.household_id)}>${o(t,"usage.chart")}</button></td>
          </tr>`)}
      </tbody>
    </table></div>`:r`<div class="muted">${o(t,"usage.none_flagged")}</div>`:r`<div class="muted">${o(t,"common.loading")}</div>`}renderHousehold(){let t=this.hass,e=this.household;return e?r`<h3>${e.flat}</h3>
      <div class="charts">${this.charts}</div>
      ${e.months.length?r`<div class="scroll"><table class="months">
            <thead>
              <tr>
                <th>${o(t,"usage.month")}</th>
                <th>${o(t,"usage.electricity")} (kWh)</th>
                <th>${o(t,"usage.water")} (m³)</th>
              </tr>
            </thead>
            <tbody>
              ${[...e.months].reverse().map(i=>r`<tr><td>${i.period}</td><td>${ot(i.electricity_kwh)}</td><td>${ot(i.water_m3)}</td></tr>`)}
            </tbody>
          </table></div>`:r`<div class="muted">${o(t,"usage.no_readings")}</div>`}`:c}};L.styles=[w,_`
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
    `],n([p({attribute:!1})],L.prototype,"hass",2),n([p({type:Boolean})],L.prototype,"narrow",2),n([p({attribute:!1})],L.prototype,"compound",2),n([h()],L.prototype,"totals",2),n([h()],L.prototype,"flagged",2),n([h()],L.prototype,"household",2),n([h()],L.prototype,"error",2),n([h()],L.prototype,"flatError",2),n([h()],L.prototype,"period",2),L=n([y("cs-usage-page")],L);C({id:"usage",tag:"cs-usage-page",icon:"mdi:flash",operations:["usage_view"]});C({id:"cameras",tag:"cs-cameras-page",icon:"mdi:cctv",operations:["camera_health"]});var at=class extends v{constructor(){super(...arguments);this.narrow=!1}render(){return r`<cs-camera-health
      live
      .hass=${this.hass}
      .compound=${this.compound}
      .narrow=${this.narrow}
    ></cs-camera-health>`}};at.styles=[w],n([p({attribute:!1})],at.prototype,"hass",2),n([p({type:Boolean,reflect:!0})],at.prototype,"narrow",2),n([p({attribute:!1})],at.prototype,"compound",2),at=n([y("cs-cameras-page")],at);var oe=["mon","tue","wed","thu","fri","sat","sun"],Ts=["compound_gates","unit_doors","garages"],Cs=["clerk","guard","police"],T=class extends v{constructor(){super(...arguments);this.narrow=!1;this.users=[];this.levels=[];this.error=null;this.saved=null;this.editing=null;this.levelError=null}firstUpdated(){this.load()}async load(){try{let[t,e,i]=await Promise.all([g(this.hass,this.compound,"roles/list"),g(this.hass,this.compound,"level/list"),g(this.hass,this.compound,"settings/get")]);this.users=t.users,this.levels=e,this.settings=i,this.error=null}catch(t){this.error=await $(this.hass,t)}}async setRole(t,e){let i=e.target.value||null;try{await g(this.hass,this.compound,"roles/set",{user_id:t.user_id,role:i}),this.users=this.users.map(l=>l.user_id===t.user_id?{...l,role:i}:l),this.saved=o(this.hass,"settings.role_saved",{name:t.name??t.user_id})}catch(l){this.error=await $(this.hass,l)}}async setPolicy(t){let e=t.target.value;try{this.settings=await g(this.hass,this.compound,"settings/set",{tenant_cards:e}),this.saved=o(this.hass,"settings.policy_saved")}catch(i){this.error=await $(this.hass,i)}}newLevel(){this.levelError=null,this.editing={id:"",name:"",access_points:[],zones:[],schedule:{}}}async saveLevel(t){t.preventDefault();let e=t.target,i=new FormData(e),l={};for(let m of[...oe,"holiday","holidays"])l[m]=String(i.get(m)??"");let d={name:String(i.get("name")??"").trim(),access_points:i.getAll("access_points").map(String),zones:i.getAll("zones").map(String),schedule:l},u=this.editing;try{u?.id?await g(this.hass,this.compound,"level/update",{level_id:u.id,...d}):await g(this.hass,this.compound,"level/create",d),this.editing=null,await this.load()}catch(m){this.levelError=await $(this.hass,m)}}async deleteLevel(t){try{await g(this.hass,this.compound,"level/delete",{level_id:t.id}),await this.load()}catch(e){this.error=await $(this.hass,e)}}render(){let t=this.hass;return r`
      ${this.error?r`<div class="card error" role="alert">${this.error}</div>`:c}
      ${this.saved?r`<div class="card ok" role="status">${this.saved}</div>`:c}
      <div class="card" data-section="roles">
        <h2>${o(t,"settings.roles")}</h2>
        <p class="muted">${o(t,"settings.roles_help")}</p>
        <div class="scroll"><table>
          <thead><tr><th>${o(t,"settings.user")}</th><th>${o(t,"settings.role")}</th></tr></thead>
          <tbody>${this.users.map(e=>this.renderUser(e))}</tbody>
        </table></div>
      </div>
      <div class="card" data-section="levels">
        <h2>${o(t,"settings.levels")}</h2>
        <p class="muted">${o(t,"settings.levels_help")}</p>
        ${this.levels.length?r`<ul class="levels">${this.levels.map(e=>this.renderLevel(e))}</ul>`:r`<div class="muted">${o(t,"settings.no_levels")}</div>`}
        <button @click=${this.newLevel}>${o(t,"settings.add_level")}</button>
      </div>
      ${this.settings?this.renderPolicy(this.settings):c}
      ${this.settings?this.renderHardware(this.settings):c}
      ${this.editing?this.renderLevelDialog(this.editing):c}
    `}renderUser(t){let e=this.hass;return r`<tr data-user=${t.user_id}>
      <td>${t.name??t.user_id}${t.is_active?c:r` <span class="chip">${o(e,"settings.inactive")}</span>`}</td>
      <td>
        ${t.is_admin?f(e,"role","manager"):r`<select aria-label=${o(e,"settings.role")} @change=${i=>this.setRole(t,i)}>
              <option value="" ?selected=${!t.role}>${o(e,"settings.no_role")}</option>
              ${Cs.map(i=>r`<option value=${i} ?selected=${t.role===i}>${f(e,"role",i)}</option>`)}
            </select>`}
      </td>
    </tr>`}renderLevel(t){let e=this.hass,i=new Map(this.settings?.hardware.map(u=>[u.subentry_id,u.title])),l=[...t.zones.map(u=>f(e,"zone",u.split(":")[0])+(u.includes(":")?` ${u.split(":")[1]}`:"")),...t.access_points.map(u=>i.get(u)??u)].join(", "),d=oe.filter(u=>t.schedule[u]?.length).map(u=>`${o(e,`settings.day.${u}`)} ${t.schedule[u].join(", ")}`).join(" · ");return r`<li>
      <div><strong>${t.name}</strong> <span class="muted">${l}</span></div>
      <div class="muted">${d||o(e,"settings.closed")}</div>
      <div class="row">
        <button @click=${()=>{this.levelError=null,this.editing=t}}>${o(e,"settings.edit")}</button>
        <button class="danger" @click=${()=>this.deleteLevel(t)}>${o(e,"settings.delete")}</button>
      </div>
    </li>`}renderLevelDialog(t){let e=this.hass,i=this.settings?.hardware.filter(d=>d.subentry_type==="access_point")??[],l=d=>(t.schedule[d]??[]).join(", ");return r`<cs-dialog open .heading=${o(e,t.id?"settings.edit_level":"settings.add_level")} @closed=${()=>this.editing=null}>
      <form id="level" @submit=${this.saveLevel}>
        <cs-field .label=${o(e,"settings.level_name")}><input name="name" required .value=${t.name} /></cs-field>
        <fieldset>
          <legend>${o(e,"settings.where")}</legend>
          ${Ts.map(d=>r`<label class="check"><input type="checkbox" name="zones" value=${d} ?checked=${t.zones.includes(d)} /> ${f(e,"zone",d)}</label>`)}
          ${i.map(d=>r`<label class="check"><input type="checkbox" name="access_points" value=${d.subentry_id} ?checked=${t.access_points.includes(d.subentry_id)} /> ${d.title}</label>`)}
        </fieldset>
        <fieldset class="schedule">
          <legend>${o(e,"settings.schedule")}</legend>
          <p class="muted">${o(e,"settings.schedule_help")}</p>
          ${oe.map(d=>r`<cs-field .label=${o(e,`settings.day.${d}`)}><input name=${d} .value=${t.id?l(d):"00:00-24:00"} placeholder="07:00-22:00" /></cs-field>`)}
          <cs-field .label=${o(e,"settings.holidays")}><input name="holidays" .value=${l("holidays")} placeholder="2026-10-01, 2026-10-02" /></cs-field>
          <cs-field .label=${o(e,"settings.holiday_hours")}><input name="holiday" .value=${t.id?l("holiday"):"00:00-24:00"} /></cs-field>
        </fieldset>
        ${this.levelError?r`<div class="error" role="alert">${this.levelError}</div>`:c}
      </form>
      <button slot="actions" @click=${()=>this.editing=null}>${o(e,"common.cancel")}</button>
      <button slot="actions" class="primary" type="submit" form="level">${o(e,"common.save")}</button>
    </cs-dialog>`}renderPolicy(t){let e=this.hass;return r`<div class="card" data-section="tenant-cards">
      <h2>${o(e,"settings.tenant_cards")}</h2>
      <p class="muted">${o(e,"settings.tenant_cards_help")}</p>
      ${t.tenant_card_options.map(i=>r`<label class="check">
          <input type="radio" name="tenant_cards" value=${i} ?checked=${t.tenant_cards===i} @change=${this.setPolicy} />
          ${f(e,"tenant_cards",i)}
        </label>`)}
      ${t.tenant_cards_outside_policy?r`<p class="warn">${o(e,"settings.outside_policy",{count:t.tenant_cards_outside_policy})}</p>`:c}
    </div>`}renderHardware(t){let e=this.hass;return r`<div class="card" data-section="hardware">
      <h2>${o(e,"settings.hardware")}</h2>
      <p class="muted">${o(e,"settings.hardware_help")}</p>
      <ul class="hardware">
        ${t.hardware.map(i=>r`<li>
            <span class="chip">${f(e,"subentry_type",i.subentry_type)}</span>
            ${i.device_id?r`<a href="/config/devices/device/${i.device_id}">${i.title}</a>`:i.title}
          </li>`)}
      </ul>
      <a class="button" href=${t.integration_path}>${o(e,"settings.open_integration")}</a>
    </div>`}};T.styles=[w,_`
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
    `],n([p({attribute:!1})],T.prototype,"hass",2),n([p({type:Boolean})],T.prototype,"narrow",2),n([p({attribute:!1})],T.prototype,"compound",2),n([h()],T.prototype,"users",2),n([h()],T.prototype,"levels",2),n([h()],T.prototype,"settings",2),n([h()],T.prototype,"error",2),n([h()],T.prototype,"saved",2),n([h()],T.prototype,"editing",2),n([h()],T.prototype,"levelError",2),T=n([y("cs-settings-page")],T);C({id:"settings",tag:"cs-settings-page",icon:"mdi:cog",operations:["settings"]});var ae;async function Pt(a,s){ae??=g(a,null,"console/info").catch(e=>{throw ae=void 0,e});let{compounds:t}=await ae;return t.find(e=>e.config_entry_id===s)??t[0]}var ft=class extends v{constructor(){super(...arguments);this.missing=!1;this.config={type:""};this.asked=!1}setConfig(t){this.config=t,this.asked=!1}getCardSize(){return 5}willUpdate(){this.hass&&!this.asked&&(this.asked=!0,Pt(this.hass,this.config.config_entry_id).then(t=>{this.compound=t,this.missing=!t}).catch(()=>this.missing=!0))}render(){if(!this.hass)return c;let t=this.compound;if(this.missing||t&&!(this.operation in t.may))return r`<div class="card muted">${o(this.hass,"common.unauthorized")}</div>`;if(!t)return r`<div class="card muted">${o(this.hass,"common.loading")}</div>`;let e=Rt(this.section);return Mt`<${e} .hass=${this.hass} .compound=${t}></${e}>`}static{this.styles=[w]}};n([p({attribute:!1})],ft.prototype,"hass",2),n([h()],ft.prototype,"compound",2),n([h()],ft.prototype,"missing",2);var Ls=[{tag:"compound-security-alarm-desk-card",section:"cs-alarm-desk",operation:"alarm_view",name:"Compound Security alarm desk",description:"Open alarms with time, place and snapshot; acknowledge or close one with a note."},{tag:"compound-security-passages-card",section:"cs-passage-feed",operation:"live_passages",name:"Compound Security live passages",description:"Today's passages at the compound's gates, as they happen."},{tag:"compound-security-gates-card",section:"cs-gate-board",operation:"gate_operate",name:"Compound Security gates",description:"Every gate: open once, hold open, close."}];for(let a of Ls)customElements.get(a.tag)||(customElements.define(a.tag,class extends ft{constructor(){super(...arguments);this.section=a.section;this.operation=a.operation}}),window.customCards??=[],window.customCards.push({type:a.tag,name:a.name,description:a.description,preview:!1}));function Ns(a,s){let{entities:t={},devices:e={}}=a;return Object.values(t).filter(i=>i.platform==="compound_security"&&i.entity_id.startsWith("sensor.")&&!i.entity_category&&!i.hidden&&i.device_id!==void 0&&(e[i.device_id]?.config_entries??[]).includes(s)).sort((i,l)=>i.entity_id.localeCompare(l.entity_id))}async function Rs(a){try{return(await a.callWS({type:"frontend/get_translations",language:Et(a),category:"entity",integration:["compound_security"]})).resources}catch{return{}}}async function Ms(a,s){let t=b=>o(s,b),e=await Pt(s,a.config_entry_id).catch(()=>{});if(!e)return{title:t("common.title"),views:[{title:t("common.title"),cards:[{type:"markdown",content:t("common.no_access")}]}]};let i=b=>b in e.may,l=i("camera_health")?(await g(s,e,"cameras/list")).cameras:[],d={config_entry_id:e.config_entry_id},u=[];i("alarm_view")&&u.push({type:"custom:compound-security-alarm-desk-card",...d}),i("gate_operate")&&u.push({type:"custom:compound-security-gates-card",...d}),i("live_passages")&&u.push({type:"custom:compound-security-passages-card",...d});let m=l.filter(b=>b.entity_id).map(b=>({type:"picture-entity",entity:b.entity_id,name:b.name,camera_view:"auto"})),x=[{title:t("page.guard"),path:"guard-room",cards:u}];m.length&&x.push({title:t("page.cameras"),path:"cameras",cards:[{type:"grid",columns:2,square:!1,cards:m}]});let k=Ns(s,e.config_entry_id);if(k.length){let b=await Rs(s),V=k.map(I=>{let nt=b[`component.compound_security.entity.sensor.${I.translation_key}.name`];return nt?{entity:I.entity_id,name:nt}:{entity:I.entity_id}});x.push({title:t("guard.compound_view"),path:"compound",cards:[{type:"entities",title:t("guard.figures"),entities:V}]})}return{title:`${t("common.title")} · ${e.title}`,views:x}}var Fe="ll-strategy-dashboard-compound-security-staff";customElements.get(Fe)||customElements.define(Fe,class extends HTMLElement{static generate(a,s){return Ms(a,s)}});
