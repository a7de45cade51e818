var Ne=Object.defineProperty;var Oe=Object.getOwnPropertyDescriptor;var n=(r,s,t,e)=>{for(var i=e>1?void 0:e?Oe(s,t):s,a=r.length-1,c;a>=0;a--)(c=r[a])&&(i=(e?c(s,t,i):c(i))||i);return e&&i&&Ne(s,t,i),i};var $t=globalThis,wt=$t.ShadowRoot&&($t.ShadyCSS===void 0||$t.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,Mt=Symbol(),Xt=new WeakMap,ct=class{constructor(s,t,e){if(this._$cssResult$=!0,e!==Mt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=t}get styleSheet(){let s=this.o,t=this.t;if(wt&&s===void 0){let e=t!==void 0&&t.length===1;e&&(s=Xt.get(t)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),e&&Xt.set(t,s))}return s}toString(){return this.cssText}},Gt=r=>new ct(typeof r=="string"?r:r+"",void 0,Mt),g=(r,...s)=>{let t=r.length===1?r[0]:s.reduce((e,i,a)=>e+(c=>{if(c._$cssResult$===!0)return c.cssText;if(typeof c=="number")return c;throw Error("Value passed to 'css' function must be a 'css' function result: "+c+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+r[a+1],r[0]);return new ct(t,r,Mt)},te=(r,s)=>{if(wt)r.adoptedStyleSheets=s.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of s){let e=document.createElement("style"),i=$t.litNonce;i!==void 0&&e.setAttribute("nonce",i),e.textContent=t.cssText,r.appendChild(e)}},Nt=wt?r=>r:r=>r instanceof CSSStyleSheet?(s=>{let t="";for(let e of s.cssRules)t+=e.cssText;return Gt(t)})(r):r;var{is:Re,defineProperty:Le,getOwnPropertyDescriptor:ze,getOwnPropertyNames:Ie,getOwnPropertySymbols:De,getPrototypeOf:Ue}=Object,bt=globalThis,ee=bt.trustedTypes,Ve=ee?ee.emptyScript:"",qe=bt.reactiveElementPolyfillSupport,ht=(r,s)=>r,pt={toAttribute(r,s){switch(s){case Boolean:r=r?Ve:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,s){let t=r;switch(s){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},xt=(r,s)=>!Re(r,s),se={attribute:!0,type:String,converter:pt,reflect:!1,useDefault:!1,hasChanged:xt};Symbol.metadata??=Symbol("metadata"),bt.litPropertyMetadata??=new WeakMap;var D=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,t=se){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(s,t),!t.noAccessor){let e=Symbol(),i=this.getPropertyDescriptor(s,e,t);i!==void 0&&Le(this.prototype,s,i)}}static getPropertyDescriptor(s,t,e){let{get:i,set:a}=ze(this.prototype,s)??{get(){return this[t]},set(c){this[t]=c}};return{get:i,set(c){let u=i?.call(this);a?.call(this,c),this.requestUpdate(s,u,e)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??se}static _$Ei(){if(this.hasOwnProperty(ht("elementProperties")))return;let s=Ue(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(ht("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(ht("properties"))){let t=this.properties,e=[...Ie(t),...De(t)];for(let i of e)this.createProperty(i,t[i])}let s=this[Symbol.metadata];if(s!==null){let t=litPropertyMetadata.get(s);if(t!==void 0)for(let[e,i]of t)this.elementProperties.set(e,i)}this._$Eh=new Map;for(let[t,e]of this.elementProperties){let i=this._$Eu(t,e);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let t=[];if(Array.isArray(s)){let e=new Set(s.flat(1/0).reverse());for(let i of e)t.unshift(Nt(i))}else s!==void 0&&t.push(Nt(s));return t}static _$Eu(s,t){let e=t.attribute;return e===!1?void 0:typeof e=="string"?e:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,t=this.constructor.elementProperties;for(let e of t.keys())this.hasOwnProperty(e)&&(s.set(e,this[e]),delete this[e]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return te(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,t,e){this._$AK(s,e)}_$ET(s,t){let e=this.constructor.elementProperties.get(s),i=this.constructor._$Eu(s,e);if(i!==void 0&&e.reflect===!0){let a=(e.converter?.toAttribute!==void 0?e.converter:pt).toAttribute(t,e.type);this._$Em=s,a==null?this.removeAttribute(i):this.setAttribute(i,a),this._$Em=null}}_$AK(s,t){let e=this.constructor,i=e._$Eh.get(s);if(i!==void 0&&this._$Em!==i){let a=e.getPropertyOptions(i),c=typeof a.converter=="function"?{fromAttribute:a.converter}:a.converter?.fromAttribute!==void 0?a.converter:pt;this._$Em=i;let u=c.fromAttribute(t,a.type);this[i]=u??this._$Ej?.get(i)??u,this._$Em=null}}requestUpdate(s,t,e,i=!1,a){if(s!==void 0){let c=this.constructor;if(i===!1&&(a=this[s]),e??=c.getPropertyOptions(s),!((e.hasChanged??xt)(a,t)||e.useDefault&&e.reflect&&a===this._$Ej?.get(s)&&!this.hasAttribute(c._$Eu(s,e))))return;this.C(s,t,e)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,t,{useDefault:e,reflect:i,wrapped:a},c){e&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,c??t??this[s]),a!==!0||c!==void 0)||(this._$AL.has(s)||(this.hasUpdated||e||(t=void 0),this._$AL.set(s,t)),i===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,a]of this._$Ep)this[i]=a;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[i,a]of e){let{wrapped:c}=a,u=this[i];c!==!0||this._$AL.has(i)||u===void 0||this.C(i,void 0,a,u)}}let s=!1,t=this._$AL;try{s=this.shouldUpdate(t),s?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(e){throw s=!1,this._$EM(),e}s&&this._$AE(t)}willUpdate(s){}_$AE(s){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(s){}firstUpdated(s){}};D.elementStyles=[],D.shadowRootOptions={mode:"open"},D[ht("elementProperties")]=new Map,D[ht("finalized")]=new Map,qe?.({ReactiveElement:D}),(bt.reactiveElementVersions??=[]).push("2.1.2");var Ut=globalThis,ie=r=>r,kt=Ut.trustedTypes,re=kt?kt.createPolicy("lit-html",{createHTML:r=>r}):void 0,ce="$lit$",j=`lit$${Math.random().toFixed(9).slice(2)}$`,he="?"+j,je=`<${he}>`,st=document,ut=()=>st.createComment(""),ft=r=>r===null||typeof r!="object"&&typeof r!="function",Vt=Array.isArray,Be=r=>Vt(r)||typeof r?.[Symbol.iterator]=="function",Ot=`[ 	
\f\r]`,mt=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,oe=/-->/g,ae=/>/g,tt=RegExp(`>|${Ot}(?:([^\\s"'>=/]+)(${Ot}*=${Ot}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),ne=/'/g,le=/"/g,pe=/^(?:script|style|textarea|title)$/i,qt=r=>(s,...t)=>({_$litType$:r,strings:s,values:t}),o=qt(1),me=qt(2),ue=qt(3),it=Symbol.for("lit-noChange"),d=Symbol.for("lit-nothing"),de=new WeakMap,et=st.createTreeWalker(st,129);function fe(r,s){if(!Vt(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return re!==void 0?re.createHTML(s):s}var Fe=(r,s)=>{let t=r.length-1,e=[],i,a=s===2?"<svg>":s===3?"<math>":"",c=mt;for(let u=0;u<t;u++){let m=r[u],w,k,_=-1,R=0;for(;R<m.length&&(c.lastIndex=R,k=c.exec(m),k!==null);)R=c.lastIndex,c===mt?k[1]==="!--"?c=oe:k[1]!==void 0?c=ae:k[2]!==void 0?(pe.test(k[2])&&(i=RegExp("</"+k[2],"g")),c=tt):k[3]!==void 0&&(c=tt):c===tt?k[0]===">"?(c=i??mt,_=-1):k[1]===void 0?_=-2:(_=c.lastIndex-k[2].length,w=k[1],c=k[3]===void 0?tt:k[3]==='"'?le:ne):c===le||c===ne?c=tt:c===oe||c===ae?c=mt:(c=tt,i=void 0);let P=c===tt&&r[u+1].startsWith("/>")?" ":"";a+=c===mt?m+je:_>=0?(e.push(w),m.slice(0,_)+ce+m.slice(_)+j+P):m+j+(_===-2?u:P)}return[fe(r,a+(r[t]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),e]},gt=class r{constructor({strings:s,_$litType$:t},e){let i;this.parts=[];let a=0,c=0,u=s.length-1,m=this.parts,[w,k]=Fe(s,t);if(this.el=r.createElement(w,e),et.currentNode=this.el.content,t===2||t===3){let _=this.el.content.firstChild;_.replaceWith(..._.childNodes)}for(;(i=et.nextNode())!==null&&m.length<u;){if(i.nodeType===1){if(i.hasAttributes())for(let _ of i.getAttributeNames())if(_.endsWith(ce)){let R=k[c++],P=i.getAttribute(_).split(j),G=/([.?@])?(.*)/.exec(R);m.push({type:1,index:a,name:G[2],strings:P,ctor:G[1]==="."?Lt:G[1]==="?"?zt:G[1]==="@"?It:at}),i.removeAttribute(_)}else _.startsWith(j)&&(m.push({type:6,index:a}),i.removeAttribute(_));if(pe.test(i.tagName)){let _=i.textContent.split(j),R=_.length-1;if(R>0){i.textContent=kt?kt.emptyScript:"";for(let P=0;P<R;P++)i.append(_[P],ut()),et.nextNode(),m.push({type:2,index:++a});i.append(_[R],ut())}}}else if(i.nodeType===8)if(i.data===he)m.push({type:2,index:a});else{let _=-1;for(;(_=i.data.indexOf(j,_+1))!==-1;)m.push({type:7,index:a}),_+=j.length-1}a++}}static createElement(s,t){let e=st.createElement("template");return e.innerHTML=s,e}};function ot(r,s,t=r,e){if(s===it)return s;let i=e!==void 0?t._$Co?.[e]:t._$Cl,a=ft(s)?void 0:s._$litDirective$;return i?.constructor!==a&&(i?._$AO?.(!1),a===void 0?i=void 0:(i=new a(r),i._$AT(r,t,e)),e!==void 0?(t._$Co??=[])[e]=i:t._$Cl=i),i!==void 0&&(s=ot(r,i._$AS(r,s.values),i,e)),s}var Rt=class{constructor(s,t){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:t},parts:e}=this._$AD,i=(s?.creationScope??st).importNode(t,!0);et.currentNode=i;let a=et.nextNode(),c=0,u=0,m=e[0];for(;m!==void 0;){if(c===m.index){let w;m.type===2?w=new vt(a,a.nextSibling,this,s):m.type===1?w=new m.ctor(a,m.name,m.strings,this,s):m.type===6&&(w=new Dt(a,this,s)),this._$AV.push(w),m=e[++u]}c!==m?.index&&(a=et.nextNode(),c++)}return et.currentNode=st,i}p(s){let t=0;for(let e of this._$AV)e!==void 0&&(e.strings!==void 0?(e._$AI(s,e,t),t+=e.strings.length-2):e._$AI(s[t])),t++}},vt=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,t,e,i){this.type=2,this._$AH=d,this._$AN=void 0,this._$AA=s,this._$AB=t,this._$AM=e,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,t=this._$AM;return t!==void 0&&s?.nodeType===11&&(s=t.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,t=this){s=ot(this,s,t),ft(s)?s===d||s==null||s===""?(this._$AH!==d&&this._$AR(),this._$AH=d):s!==this._$AH&&s!==it&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):Be(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==d&&ft(this._$AH)?this._$AA.nextSibling.data=s:this.T(st.createTextNode(s)),this._$AH=s}$(s){let{values:t,_$litType$:e}=s,i=typeof e=="number"?this._$AC(s):(e.el===void 0&&(e.el=gt.createElement(fe(e.h,e.h[0]),this.options)),e);if(this._$AH?._$AD===i)this._$AH.p(t);else{let a=new Rt(i,this),c=a.u(this.options);a.p(t),this.T(c),this._$AH=a}}_$AC(s){let t=de.get(s.strings);return t===void 0&&de.set(s.strings,t=new gt(s)),t}k(s){Vt(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,e,i=0;for(let a of s)i===t.length?t.push(e=new r(this.O(ut()),this.O(ut()),this,this.options)):e=t[i],e._$AI(a),i++;i<t.length&&(this._$AR(e&&e._$AB.nextSibling,i),t.length=i)}_$AR(s=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);s!==this._$AB;){let e=ie(s).nextSibling;ie(s).remove(),s=e}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},at=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,t,e,i,a){this.type=1,this._$AH=d,this._$AN=void 0,this.element=s,this.name=t,this._$AM=i,this.options=a,e.length>2||e[0]!==""||e[1]!==""?(this._$AH=Array(e.length-1).fill(new String),this.strings=e):this._$AH=d}_$AI(s,t=this,e,i){let a=this.strings,c=!1;if(a===void 0)s=ot(this,s,t,0),c=!ft(s)||s!==this._$AH&&s!==it,c&&(this._$AH=s);else{let u=s,m,w;for(s=a[0],m=0;m<a.length-1;m++)w=ot(this,u[e+m],t,m),w===it&&(w=this._$AH[m]),c||=!ft(w)||w!==this._$AH[m],w===d?s=d:s!==d&&(s+=(w??"")+a[m+1]),this._$AH[m]=w}c&&!i&&this.j(s)}j(s){s===d?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},Lt=class extends at{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===d?void 0:s}},zt=class extends at{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==d)}},It=class extends at{constructor(s,t,e,i,a){super(s,t,e,i,a),this.type=5}_$AI(s,t=this){if((s=ot(this,s,t,0)??d)===it)return;let e=this._$AH,i=s===d&&e!==d||s.capture!==e.capture||s.once!==e.once||s.passive!==e.passive,a=s!==d&&(e===d||i);i&&this.element.removeEventListener(this.name,this,e),a&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},Dt=class{constructor(s,t,e){this.element=s,this.type=6,this._$AN=void 0,this._$AM=t,this.options=e}get _$AU(){return this._$AM._$AU}_$AI(s){ot(this,s)}};var We=Ut.litHtmlPolyfillSupport;We?.(gt,vt),(Ut.litHtmlVersions??=[]).push("3.3.3");var ge=(r,s,t)=>{let e=t?.renderBefore??s,i=e._$litPart$;if(i===void 0){let a=t?.renderBefore??null;e._$litPart$=i=new vt(s.insertBefore(ut(),a),a,void 0,t??{})}return i._$AI(r),i};var jt=globalThis,f=class extends D{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=ge(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return it}};f._$litElement$=!0,f.finalized=!0,jt.litElementHydrateSupport?.({LitElement:f});var Ze=jt.litElementPolyfillSupport;Ze?.({LitElement:f});(jt.litElementVersions??=[]).push("4.2.2");var $=r=>(s,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(r,s)}):customElements.define(r,s)};var Ke={attribute:!0,type:String,converter:pt,reflect:!1,hasChanged:xt},Ye=(r=Ke,s,t)=>{let{kind:e,metadata:i}=t,a=globalThis.litPropertyMetadata.get(i);if(a===void 0&&globalThis.litPropertyMetadata.set(i,a=new Map),e==="setter"&&((r=Object.create(r)).wrapped=!0),a.set(t.name,r),e==="accessor"){let{name:c}=t;return{set(u){let m=s.get.call(this);s.set.call(this,u),this.requestUpdate(c,m,r,!0,u)},init(u){return u!==void 0&&this.C(c,void 0,r,u),u}}}if(e==="setter"){let{name:c}=t;return function(u){let m=this[c];s.call(this,u),this.requestUpdate(c,m,r,!0,u)}}throw Error("Unsupported decorator location: "+e)};function h(r){return(s,t)=>typeof t=="object"?Ye(r,s,t):((e,i,a)=>{let c=i.hasOwnProperty(a);return i.constructor.createProperty(a,e),c?Object.getOwnPropertyDescriptor(i,a):void 0})(r,s,t)}function p(r){return h({...r,state:!0,attribute:!1})}var rt=(r,s,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof s!="object"&&Object.defineProperty(r,s,t),t);function ve(r,s){return(t,e,i)=>{let a=c=>c.renderRoot?.querySelector(r)??null;if(s){let{get:c,set:u}=typeof e=="object"?t:i??(()=>{let m=Symbol();return{get(){return this[m]},set(w){this[m]=w}}})();return rt(t,e,{get(){let m=c.call(this);return m===void 0&&(m=a(this),(m!==null||this.hasUpdated)&&u.call(this,m)),m}})}return rt(t,e,{get(){return a(this)}})}}var y=g`
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
`;var B=class extends f{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return o`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};B.styles=[y,g`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],n([h()],B.prototype,"heading",2),n([h({type:Boolean,reflect:!0})],B.prototype,"open",2),n([ve("dialog")],B.prototype,"dialog",2),B=n([$("cs-dialog")],B);var F=class extends f{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return o`<label>${this.label}</label>
      <slot></slot>
      ${this.error?o`<div class="error" role="alert">${this.error}</div>`:d}
      ${this.hint&&!this.error?o`<div class="muted">${this.hint}</div>`:d}`}};F.styles=[y,g`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],n([h()],F.prototype,"label",2),n([h()],F.prototype,"error",2),n([h()],F.prototype,"hint",2),F=n([$("cs-field")],F);var _e={cameras:{health:"Camera health",none:"No cameras are set up.",offline:"Offline",offline_count:"{count} offline",offline_since:"Offline since {time}",online:"Online",overdue:"Repair overdue",public:"Public",repair_by:"repair by {time}",unknown:"Not checked yet"},common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{alarm_kind:{camera_offline:"Camera offline",door_held_open:"Door held open",fire_release:"Fire release",forced_entry:"Door forced open",lost_card:"Lost card used",over_usage:"Usage far above the compound",pin_guessing:"Visitor PIN guessing",police_watch:"Police watch",repeated_denials:"Repeated denied swipes",vehicle_theft:"Possible vehicle theft",wanted_person:"Wanted-list match",watchlist:"Watched resident passed"},alarm_state:{acknowledged:"Acknowledged",open:"Open"},card_status:{active:"Active",lost:"Lost",revoked:"Revoked"},card_type:{citizen_card:"Citizen card",id_card:"ID card",property_card:"Property card",residence_permit:"Residence permit"},credential:{card:"Card",pin:"Visitor PIN",qr:"Visitor QR code",vehicle_chip:"Vehicle chip"},decision:{denied:"Denied",granted:"Granted"},direction:{both:"In/out",in:"In",out:"Out"},gate_command:{close:"Close",hold_open:"Hold open",open:"Open once"},gate_state:{closed:"Closed",held_open:"Held open",open:"Open"},match:{card:"Card",flat:"Flat",name:"Name",phone:"Phone",plate:"Plate"},pass_state:{active:"Active",expired:"Expired",not_yet_valid:"Not yet valid",revoked:"Revoked",used_up:"Used up"},person_role:{contractor:"Contractor",family:"Family",owner:"Owner",staff:"Staff",tenant:"Tenant"},reason:{expired:"Card expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card reported lost",moved_out:"Holder moved out",not_permitted_here:"Not permitted here",not_yet_valid:"Card not yet valid",outside_schedule:"Outside permitted hours",owner_absent:"Vehicle owner's card not shown",pin_locked:"PIN entry paused",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Visitor pass used up",vehicle_locked:"Vehicle locked by owner"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},tenure:{owner:"Owner-occupied",rental:"Rental"},vehicle_kind:{car:"Car",ebike:"E-bike",motorcycle:"Motorcycle"},zone:{compound_gate:"Compound gate",garage:"E-bike garage",unit_door:"Unit door"}},guard:{acknowledge:"Acknowledge",acknowledge_heading:"Acknowledge the alarm",alarms:"Open alarms",close_alarm:"Close",close_heading:"Close the alarm",compound_view:"Compound",enlarge:"Show the snapshot large",entries_left:"{count} entries left",figures:"Compound figures",fire_hold:"Held open: fire alarm",gate_unavailable:"Not answering",gates:"Gates",more_alarms:"Showing the newest {shown} of {total}.",no_alarms:"No open alarms.",no_gates:"No gate can be operated from here.",no_passages:"No passages yet today.",no_visitors:"No visitors expected today.",note:"Note (what was done)",note_shown:"Note: {note}",passages:"Live passages",snapshot:"Snapshot",visitor_unnamed:"Visitor",visitor_window:"{from}–{until}",visitors:"Expected visitors today"},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"},registry:{action:{add_household:"Add flat",add_person:"Add person",add_vehicle:"Add vehicle",edit:"Edit",edit_household:"Edit flat {flat}",edit_person:"Edit {name}",export:"Export CSV",found:"Found",import:"Import CSV",issue_card:"Issue card",move_out:"Move out",move_out_all:"Move everyone out",register:"Register",replace:"Replace",replace_card:"Replace card {uid}",report_lost:"Report lost"},alarms:"Open alarms",back:"Back to search",card_issued:"card {uid} issued",cards:"Cards",care_watch:"Care watch",chart:{electricity:"Electricity by month (kWh)",water:"Water by month (m³)"},confirm:{move_out_household:"Move everyone in this flat out today? Their cards stop opening doors.",move_out_person:"Move this person out today? Their cards stop opening doors.",report_lost:"Report this card lost? It stops opening doors at once."},expires_soon:"Expires within 30 days",field:{area_m2:"Floor area (m²)",building:"Building",card_type:"Card type",chip_uid:"Vehicle chip",electricity_meter:"Electricity meter",holder:"Holder",id_number:"ID number",kind:"Vehicle kind",name:"Name",new_uid:"New card number",person_id:"Person",phone:"Phone",plate:"Plate",reason:"Reason",role:"Role in the household",room:"Room",status:"Status",tenure:"Tenure",uid:"Card number",unit:"Unit",valid_until:"Valid until",water_meter:"Water meter"},form:{required:"Required."},id_check:{id_number_checksum:"The check digit does not match: a digit is mistyped.",id_number_invalid:"Not a valid 18-character resident ID number.",valid:"Valid ID number."},import:{checking:"Checking every row…",choose:"Choose a CSV file…",commit:"Store {count} rows",fix_first:"Correct the refused rows, then choose the file again",help:"One row per person, with the columns building, unit, room, area_m2, tenure, name and role (phone, id_number, card and vehicle columns optional). Every row is checked before anything is stored.",line:"Line",reason:"Why it is refused",stored:"Stored: {households} flats, {people} people, {cards} cards, {vehicles} vehicles.",summary:"{file}: {good} rows good, {bad} rows refused."},locked:"Locked",more_people:"+{count} more",moved_out:"Moved out {date}",no_alarms:"No open alarms.",no_meters:"No meters registered.",no_passages:"No passages yet.",passages:"Recent passages",people:"People",registered:"Registered",search:{find_hint:"Type a flat (9-1-301) or a name to find a resident.",find_placeholder:"Flat (9-1-301) or name",label:"Search the registry",none:"No household matches.",placeholder:"Flat (9-1-301), name, phone, plate or card number",swipe:"Swipe a card",total:"{total} households"},swipe:{reader:"Desk reader",start:"Swipe",timeout:"No card was swiped within a minute.",waiting:"Swipe the card now…"},usage:"Meters and usage",vehicles:"Vehicles",visitors:{create:"Create pass",created:"Pass created: PIN {pin}",entries:"Entries",name:"Visitor's name",revoke:"Revoke",title:"Visitor passes",until:"until {time}",visitor:"Visitor"},wanted:{check_with_police:"Check with the police before registering this person.",listed:"On the wanted list: call the police now.",not_listed:"Not on the wanted list."}}};var ye={cameras:{health:"摄像头状态",none:"尚未配置摄像头。",offline:"离线",offline_count:"{count} 个离线",offline_since:"自 {time} 离线",online:"在线",overdue:"维修超期",public:"公开",repair_by:"须于 {time} 前修复",unknown:"尚未检测"},common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{alarm_kind:{camera_offline:"摄像头离线",door_held_open:"门长时间未关",fire_release:"火警放行",forced_entry:"门被强行打开",lost_card:"挂失卡被使用",over_usage:"用能远超小区水平",pin_guessing:"访客密码被猜测",police_watch:"重点人员动态",repeated_denials:"多次刷卡被拒",vehicle_theft:"疑似车辆被盗",wanted_person:"协查名单比中",watchlist:"重点看护人员通行"},alarm_state:{acknowledged:"已确认",open:"未处理"},card_status:{active:"有效",lost:"已挂失",revoked:"已注销"},card_type:{citizen_card:"市民卡",id_card:"身份证",property_card:"物业卡",residence_permit:"居住证"},credential:{card:"门禁卡",pin:"访客密码",qr:"访客二维码",vehicle_chip:"车辆芯片"},decision:{denied:"拒绝",granted:"通过"},direction:{both:"进出",in:"进",out:"出"},gate_command:{close:"关闭",hold_open:"常开",open:"开一次"},gate_state:{closed:"已关闭",held_open:"常开",open:"已打开"},match:{card:"卡号",flat:"房号",name:"姓名",phone:"电话",plate:"车牌"},pass_state:{active:"有效",expired:"已过期",not_yet_valid:"未生效",revoked:"已作废",used_up:"次数已用完"},person_role:{contractor:"外包人员",family:"家庭成员",owner:"业主",staff:"物业员工",tenant:"租户"},reason:{expired:"卡已过期",granted:"通过",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"持卡人已迁出",not_permitted_here:"无此门权限",not_yet_valid:"卡尚未生效",outside_schedule:"不在允许时段",owner_absent:"未刷车主卡",pin_locked:"密码输入已暂停",revoked:"卡已注销",unknown_credential:"未登记的卡",used_up:"访客通行证次数已用完",vehicle_locked:"车主已锁车"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},tenure:{owner:"自住",rental:"出租"},vehicle_kind:{car:"汽车",ebike:"电动自行车",motorcycle:"摩托车"},zone:{compound_gate:"小区大门",garage:"电动车车库",unit_door:"单元门"}},guard:{acknowledge:"确认",acknowledge_heading:"确认报警",alarms:"未处理报警",close_alarm:"关闭",close_heading:"关闭报警",compound_view:"小区",enlarge:"查看大图",entries_left:"剩余 {count} 次",figures:"小区数据",fire_hold:"火警常开",gate_unavailable:"无响应",gates:"闸门",more_alarms:"显示最新 {shown} 条，共 {total} 条。",no_alarms:"暂无未处理报警。",no_gates:"没有可在此操作的闸门。",no_passages:"今天还没有通行记录。",no_visitors:"今天没有预约访客。",note:"备注（处理情况）",note_shown:"备注：{note}",passages:"实时通行",snapshot:"抓拍",visitor_unnamed:"访客",visitor_window:"{from}–{until}",visitors:"今日预约访客"},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"},registry:{action:{add_household:"新增房屋",add_person:"登记人员",add_vehicle:"登记车辆",edit:"编辑",edit_household:"编辑房屋 {flat}",edit_person:"编辑 {name}",export:"导出 CSV",found:"已找回",import:"导入 CSV",issue_card:"发卡",move_out:"退房",move_out_all:"全户退房",register:"登记",replace:"补卡",replace_card:"补办卡 {uid}",report_lost:"挂失"},alarms:"未处理告警",back:"返回搜索",card_issued:"已发卡 {uid}",cards:"门禁卡",care_watch:"重点看护",chart:{electricity:"每月用电（千瓦时）",water:"每月用水（立方米）"},confirm:{move_out_household:"今天为本户所有人办理退房？他们的卡将不再能开门。",move_out_person:"今天为此人办理退房？其卡将不再能开门。",report_lost:"挂失此卡？挂失后立即不能开门。"},expires_soon:"30 天内到期",field:{area_m2:"面积（平方米）",building:"楼栋",card_type:"卡类型",chip_uid:"车辆芯片",electricity_meter:"电表",holder:"持卡人",id_number:"身份证号",kind:"车辆类型",name:"姓名",new_uid:"新卡号",person_id:"人员",phone:"电话",plate:"车牌",reason:"原因",role:"户内身份",room:"房号",status:"状态",tenure:"房屋性质",uid:"卡号",unit:"单元",valid_until:"有效期至",water_meter:"水表"},form:{required:"必填。"},id_check:{id_number_checksum:"校验位不符：有数字输错了。",id_number_invalid:"不是有效的 18 位居民身份证号码。",valid:"身份证号有效。"},import:{checking:"正在逐行检查…",choose:"选择 CSV 文件…",commit:"保存 {count} 行",fix_first:"请先改正被拒绝的行，再重新选择文件",help:"每人一行，需包含 building、unit、room、area_m2、tenure、name、role 列（phone、id_number、卡和车辆列可选）。保存前会检查每一行。",line:"行号",reason:"拒绝原因",stored:"已保存：{households} 套房屋，{people} 人，{cards} 张卡，{vehicles} 辆车。",summary:"{file}：{good} 行无误，{bad} 行被拒绝。"},locked:"已锁车",more_people:"另有 {count} 人",moved_out:"{date} 退房",no_alarms:"没有未处理的告警。",no_meters:"未登记水电表。",no_passages:"暂无通行记录。",passages:"最近通行",people:"人员",registered:"已登记",search:{find_hint:"输入房号（9-1-301）或姓名查找住户。",find_placeholder:"房号（9-1-301）或姓名",label:"搜索住户登记",none:"没有匹配的住户。",placeholder:"房号（9-1-301）、姓名、电话、车牌或卡号",swipe:"刷卡查找",total:"共 {total} 户"},swipe:{reader:"桌面读卡器",start:"刷卡",timeout:"一分钟内没有刷卡。",waiting:"请现在刷卡…"},usage:"水电表与用量",vehicles:"车辆",visitors:{create:"生成通行证",created:"已生成通行证：PIN {pin}",entries:"次数",name:"访客姓名",revoke:"作废",title:"访客通行证",until:"有效至 {time}",visitor:"访客"},wanted:{check_with_police:"登记前请先与民警核实此人。",listed:"在逃人员名单命中：请立即联系民警。",not_listed:"未在在逃人员名单中。"}}};var Bt={en:_e,"zh-Hans":ye},$e=new Map;function _t(r){return(r.locale?.language??r.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function Ft(r,s){let t=r;for(let e of s.split(".")){if(t===void 0||typeof t=="string")return;t=t[e]}return typeof t=="string"?t:void 0}function Et(r,s={}){return r.replace(/\{(\w+)\}/g,(t,e)=>e in s?String(s[e]):t)}function l(r,s,t={}){let e=Ft(Bt[_t(r)],s)??Ft(Bt.en,s);return e===void 0?s:Et(e,t)}function x(r,s,t){return t==null||t===""?"":Ft(Bt[_t(r)],`enum.${s}.${t}`)??t}function yt(r){let s=_t(r),t=$e.get(s);return t||(t=r.callWS({type:"frontend/get_translations",language:s,category:"exceptions",integration:["compound_security"]}).then(e=>e.resources).catch(()=>({})),$e.set(s,t)),t}async function b(r,s){let t=s;if(t?.translation_key){let i=(await yt(r))[`component.compound_security.exceptions.${t.translation_key}.message`];if(i)return Et(i,t.translation_placeholders??{})}return t?.code==="unauthorized"?l(r,"common.unauthorized"):t?.code==="not_found"?l(r,"common.not_found"):t?.message??l(r,"common.failed")}var U=class extends f{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return o``;let t=Math.min(this.offset+this.limit,this.total);return o`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${l(this.hass,"common.previous")}
      </button>
      <span class="muted">${l(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${l(this.hass,"common.next")}
      </button>
    </div>`}};U.styles=[y,g`.row { justify-content: flex-end; margin-top: 8px; }`],n([h({attribute:!1})],U.prototype,"hass",2),n([h({type:Number})],U.prototype,"offset",2),n([h({type:Number})],U.prototype,"limit",2),n([h({type:Number})],U.prototype,"total",2),U=n([$("cs-pager")],U);var be=Symbol.for(""),Xe=r=>{if(r?.r===be)return r?._$litStatic$},At=r=>({_$litStatic$:r,r:be});var we=new Map,Wt=r=>(s,...t)=>{let e=t.length,i,a,c=[],u=[],m,w=0,k=!1;for(;w<e;){for(m=s[w];w<e&&(a=t[w],(i=Xe(a))!==void 0);)m+=i+s[++w],k=!0;w!==e&&u.push(a),c.push(m),w++}if(w===e&&c.push(s[e]),k){let _=c.join("$$lit$$");(s=we.get(_))===void 0&&(c.raw=c,we.set(_,s=c)),t=u}return r(s,...t)},St=Wt(o),Pi=Wt(me),Mi=Wt(ue);var Zt=[];function nt(r){Zt.push(r)}var xe="compound_security";function v(r,s,t,e={}){let i={type:`${xe}/${t}`,...e};return s&&(i.config_entry_id=s.config_entry_id),r.callWS(i)}function Ct(r,s,t,e,i={}){return r.connection.subscribeMessage(e,{type:`${xe}/${t}`,config_entry_id:s.config_entry_id,...i})}function lt(r,s){return s in r.may}var ke="compound-security-compound",L=class extends f{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(ke)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([v(this.hass,null,"console/info"),yt(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(e=>e.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return Zt.filter(e=>e.operations.some(i=>i in t.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let e=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem(ke,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,e=t?this.pagesFor(t):[],i=e.find(a=>a.id===this.pageId)??e[0];return o`
      <header>
        ${this.narrow?o`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:d}
        <h1>${l(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?o`<select aria-label=${l(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(a=>o`<option value=${a.config_entry_id} ?selected=${a===t}>${a.title}</option>`)}
            </select>`:t?o`<span class="compound">${t.title}</span>`:d}
        ${t?o`<span class="chip role">${x(this.hass,"role",t.role)}</span>`:d}
      </header>
      ${e.length>1?o`<nav role="tablist">
            ${e.map(a=>o`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${a.id}"
                aria-selected=${a===i?"true":"false"}
                data-page=${a.id}
                @click=${c=>{c.preventDefault(),this.navigate(a.id)}}
                >${l(this.hass,`page.${a.id}`)}</a
              >`)}
          </nav>`:d}
      <main>${this.renderBody(t,i)}</main>
    `}renderBody(t,e){if(this.failed)return o`<div class="card error">
        ${l(this.hass,"common.failed")}
        <button @click=${this.load}>${l(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return o`<div class="muted">${l(this.hass,"common.loading")}</div>`;if(!t)return o`<div class="card">${l(this.hass,"common.no_access")}</div>`;if(!e)return o`<div class="card">${l(this.hass,"common.refused_page")}</div>`;let i=At(e.tag);return St`<${i} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${i}>`}};L.styles=[y,g`
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
    `],n([h({attribute:!1})],L.prototype,"hass",2),n([h({type:Boolean,reflect:!0})],L.prototype,"narrow",2),n([h({attribute:!1})],L.prototype,"route",2),n([p()],L.prototype,"info",2),n([p()],L.prototype,"failed",2),n([p()],L.prototype,"compoundId",2),L=n([$("compound-security-panel")],L);function Ee(r){return r.locale?.language??r.language??"en"}function V(r,s,t){return s?new Intl.DateTimeFormat(Ee(r),{timeZone:t.time_zone,hour:"2-digit",minute:"2-digit",second:"2-digit",hour12:!1}).format(new Date(s)):""}function W(r,s,t){return s?new Intl.DateTimeFormat(Ee(r),{timeZone:t.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).format(new Date(s)):""}var I=g`
  .list { list-style: none; margin: 0; padding: 0; }
  .list > li { padding: 10px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
  .list > li:last-child { border-bottom: none; }
  .card h2 .chip { font-size: 13px; }
  .scroll { max-height: 520px; overflow-y: auto; }
  :host([narrow]) .scroll { max-height: none; }
`;var Ge=3e3,q=class extends f{constructor(){super(...arguments);this.narrow=!1}connectedCallback(){super.connectedCallback(),this.hass&&this.compound&&this.follow()}disconnectedCallback(){super.disconnectedCallback(),this.stop()}willUpdate(t){this.hass&&this.compound&&this.following!==this.compound.config_entry_id&&this.follow(),super.willUpdate(t)}follow(){this.stop(),this.following=this.compound.config_entry_id,this.unsubscribe=Ct(this.hass,this.compound,this.command,t=>{if(t.ended){this.following=void 0,this.retry=window.setTimeout(()=>this.isConnected&&this.follow(),Ge);return}this.received(t)}),this.unsubscribe.catch(t=>this.failed(t))}stop(){window.clearTimeout(this.retry);let t=this.unsubscribe;this.unsubscribe=void 0,this.following=void 0,t?.then(e=>e()).catch(()=>{})}failed(t){}};n([h({attribute:!1})],q.prototype,"hass",2),n([h({attribute:!1})],q.prototype,"compound",2),n([h({type:Boolean,reflect:!0})],q.prototype,"narrow",2);var ts=3600,E=class extends q{constructor(){super(...arguments);this.command="alarms/subscribe";this.alarms=new Map;this.total=0;this.loaded=!1;this.refused=null;this.note="";this.error=null;this.busy=!1;this.pictures=new Map}received(t){let e=t.initial?new Map:new Map(this.alarms);for(let i of t.alarms??[])i.state==="closed"?e.delete(i.alarm_id):e.set(i.alarm_id,i);t.initial?this.total=t.total??e.size:this.total=Math.max(e.size,this.total+e.size-this.alarms.size),this.alarms=e,this.loaded=!0;for(let i of e.values())this.sign(i)}failed(t){b(this.hass,t).then(e=>this.refused=e)}async sign(t){if(!(!t.snapshot||this.pictures.has(t.alarm_id)))try{let e=await this.hass.callWS({type:"auth/sign_path",path:t.snapshot,expires:ts});this.pictures=new Map(this.pictures).set(t.alarm_id,e.path)}catch{}}get newestFirst(){return[...this.alarms.values()].sort((t,e)=>e.time.localeCompare(t.time))}mayHandle(t){let e=this.compound.may.alarm_handle;return e==="own_vehicle_theft"?t.kind==="vehicle_theft":e!==void 0}open(t,e){this.handling={alarm:t,action:e},this.note=t.note??"",this.error=null}async handle(){if(this.handling){this.busy=!0,this.error=null;try{let{alarm:t,action:e}=this.handling,i=this.note.trim(),a=await v(this.hass,this.compound,"alarms/handle",{alarm_id:t.alarm_id,action:e,...i?{note:i}:{}});a&&this.received({alarms:[a]}),this.handling=void 0}catch(t){this.error=await b(this.hass,t)}finally{this.busy=!1}}}render(){let t=(i,a)=>l(this.hass,i,a),e=this.newestFirst;return o`<section class="card" data-section="alarms">
        <h2>
          ${t("guard.alarms")}
          ${e.length?o`<span class="chip alarm">${e.length}</span>`:d}
        </h2>
        ${this.refused?o`<div class="error">${this.refused}</div>`:this.loaded?e.length===0?o`<div class="muted">${t("guard.no_alarms")}</div>`:o`<ul class="list">
                  ${e.map(i=>this.renderAlarm(i))}
                </ul>`:o`<div class="muted">${t("common.loading")}</div>`}
        ${this.total>e.length?o`<div class="muted">${t("guard.more_alarms",{shown:e.length,total:this.total})}</div>`:d}
      </section>
      ${this.renderHandleDialog()} ${this.renderPicture()}`}renderAlarm(t){let e=(c,u)=>l(this.hass,c,u),i=this.pictures.get(t.alarm_id),a=[t.household,t.person].filter(Boolean).join(" · ");return o`<li class="alarm ${t.severity}" data-alarm=${t.alarm_id} data-kind=${t.kind}>
      ${i?o`<button class="thumb" title=${e("guard.enlarge")} @click=${()=>this.enlarged=t}>
            <img src=${i} alt=${e("guard.snapshot")} loading="lazy" />
          </button>`:o`<div class="thumb none" aria-hidden="true"></div>`}
      <div class="body">
        <div class="line">
          <strong class="kind">${x(this.hass,"alarm_kind",t.kind)}</strong>
          ${t.count>1?o`<span class="chip">×${t.count}</span>`:d}
          <span class="chip state-${t.state}">${x(this.hass,"alarm_state",t.state)}</span>
        </div>
        <div class="line muted">
          <time datetime=${t.time}>${V(this.hass,t.time,this.compound)}</time>
          ${t.access_point?o`<span>${t.access_point}</span>`:d}
          ${a?o`<span class="who">${a}</span>`:d}
        </div>
        ${t.note?o`<div class="note">${e("guard.note_shown",{note:t.note})}</div>`:d}
        ${this.mayHandle(t)?o`<div class="row actions">
              ${t.state==="open"?o`<button class="primary" data-action="acknowledge" @click=${()=>this.open(t,"acknowledge")}>
                    ${e("guard.acknowledge")}
                  </button>`:d}
              <button data-action="close" @click=${()=>this.open(t,"close")}>${e("guard.close_alarm")}</button>
            </div>`:d}
      </div>
    </li>`}renderHandleDialog(){if(!this.handling)return d;let t=(a,c)=>l(this.hass,a,c),{alarm:e,action:i}=this.handling;return o`<cs-dialog
      open
      heading=${t(i==="acknowledge"?"guard.acknowledge_heading":"guard.close_heading")}
      @closed=${()=>this.handling=void 0}
    >
      <p>
        ${x(this.hass,"alarm_kind",e.kind)} · ${V(this.hass,e.time,this.compound)}
        ${e.access_point?o` · ${e.access_point}`:d}
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
    </cs-dialog>`}renderPicture(){let t=this.enlarged,e=t&&this.pictures.get(t.alarm_id);if(!t||!e)return d;let i=a=>l(this.hass,a);return o`<cs-dialog
      open
      heading=${`${x(this.hass,"alarm_kind",t.kind)} · ${V(this.hass,t.time,this.compound)}`}
      @closed=${()=>this.enlarged=void 0}
    >
      <img class="large" src=${e} alt=${i("guard.snapshot")} />
      <button slot="actions" @click=${()=>this.enlarged=void 0}>${i("common.close")}</button>
    </cs-dialog>`}};E.styles=[y,I,g`
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
    `],n([p()],E.prototype,"alarms",2),n([p()],E.prototype,"total",2),n([p()],E.prototype,"loaded",2),n([p()],E.prototype,"refused",2),n([p()],E.prototype,"handling",2),n([p()],E.prototype,"note",2),n([p()],E.prototype,"error",2),n([p()],E.prototype,"busy",2),n([p()],E.prototype,"enlarged",2),n([p()],E.prototype,"pictures",2),E=n([$("cs-alarm-desk")],E);var Kt;async function es(){await customElements.whenDefined("partial-panel-resolver");let r=document.createElement("partial-panel-resolver");r.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},r._updateRoutes(),await r.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}function Ae(){return Kt??=(async()=>{try{return window.loadCardHelpers||await es(),await window.loadCardHelpers?.()}catch{Kt=void 0;return}})(),Kt}var ss=6e4,M=class extends f{constructor(){super(...arguments);this.narrow=!1;this.live=!1;this.cameras=[];this.loaded=!1;this.failure=null;this.liveCards=new Map}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),ss)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load());for(let t of this.liveCards.values())t.hass=this.hass}async load(){try{let t=await v(this.hass,this.compound,"cameras/list");this.cameras=t.cameras,this.failure=null,this.live&&await this.makeLiveCards()}catch(t){this.failure=await b(this.hass,t)}this.loaded=!0}async makeLiveCards(){let t=await Ae();if(t){for(let e of this.cameras){if(!e.entity_id||this.liveCards.has(e.entity_id))continue;let i=t.createCardElement({type:"picture-entity",entity:e.entity_id,camera_view:"live",show_name:!1,show_state:!1});i.hass=this.hass,this.liveCards.set(e.entity_id,i)}this.requestUpdate()}}render(){let t=(i,a)=>l(this.hass,i,a),e=this.cameras.filter(i=>i.online===!1).length;return o`<section class="card" data-section="cameras">
      <h2>
        ${t("cameras.health")}
        ${e?o`<span class="chip alarm">${t("cameras.offline_count",{count:e})}</span>`:d}
      </h2>
      ${this.failure?o`<div class="error">${this.failure}</div>`:this.loaded?this.cameras.length===0?o`<div class="muted">${t("cameras.none")}</div>`:o`<ul class="list ${this.live?"live":""}">${this.cameras.map(i=>this.renderCamera(i))}</ul>`:o`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderCamera(t){let e=(c,u)=>l(this.hass,c,u),i=t.online===null?"unknown":t.online?"online":"offline",a=this.live&&t.entity_id?this.liveCards.get(t.entity_id):void 0;return o`<li class="camera" data-camera=${t.camera_id} data-health=${i}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="chip health-${i}">${e(`cameras.${i}`)}</span>
        ${t.overdue?o`<span class="chip alarm">${e("cameras.overdue")}</span>`:d}
        ${t.public?o`<span class="chip">${e("cameras.public")}</span>`:d}
      </div>
      ${t.access_points.length?o`<div class="muted">${t.access_points.join(" · ")}</div>`:d}
      ${t.offline_since?o`<div class="muted">
            ${e("cameras.offline_since",{time:W(this.hass,t.offline_since,this.compound)})}
            · ${e("cameras.repair_by",{time:W(this.hass,t.repair_deadline,this.compound)})}
          </div>`:d}
      ${a?o`<div class="live-view">${a}</div>`:d}
    </li>`}};M.styles=[y,I,g`
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.health-online { background: var(--success-color, #43a047); color: #fff; }
      .chip.health-offline { background: var(--error-color, #db4437); color: #fff; }
      .list.live { display: grid; gap: 16px; grid-template-columns: repeat(auto-fill, minmax(320px, 1fr)); }
      .list.live > li { border-bottom: none; }
      .live-view { margin-top: 8px; }
      :host([narrow]) .list.live { grid-template-columns: 1fr; }
    `],n([h({attribute:!1})],M.prototype,"hass",2),n([h({attribute:!1})],M.prototype,"compound",2),n([h({type:Boolean,reflect:!0})],M.prototype,"narrow",2),n([h({type:Boolean})],M.prototype,"live",2),n([p()],M.prototype,"cameras",2),n([p()],M.prototype,"loaded",2),n([p()],M.prototype,"failure",2),M=n([$("cs-camera-health")],M);var is=["open","hold_open","close"],C=class extends f{constructor(){super(...arguments);this.narrow=!1;this.gates=[];this.loaded=!1;this.failure=null;this.errors=new Map;this.busy=new Set;this.seen=""}willUpdate(){if(!this.hass||!this.compound)return;let t=this.lockStates();(this.loadedFor!==this.compound.config_entry_id||t!==this.seen)&&(this.seen=t,this.loadedFor=this.compound.config_entry_id,this.load())}lockStates(){return this.gates.map(t=>(t.entity_id?this.hass.states[t.entity_id]:void 0)?.last_changed??"").join()}async load(){try{let t=await v(this.hass,this.compound,"gates/list");this.gates=t.gates,this.seen=this.lockStates(),this.failure=null}catch(t){this.failure=await b(this.hass,t)}this.loaded=!0}async command(t,e){let i=t.access_point_id;this.busy=new Set(this.busy).add(i);let a=new Map(this.errors);a.delete(i),this.errors=a;try{let c=await v(this.hass,this.compound,"gates/command",{access_point_id:i,command:e});this.gates=this.gates.map(u=>u.access_point_id===i?c:u)}catch(c){this.errors=new Map(this.errors).set(i,await b(this.hass,c))}finally{let c=new Set(this.busy);c.delete(i),this.busy=c}}render(){let t=e=>l(this.hass,e);return o`<section class="card" data-section="gates">
      <h2>${t("guard.gates")}</h2>
      ${this.failure?o`<div class="error">${this.failure}</div>`:this.loaded?this.gates.length===0?o`<div class="muted">${t("guard.no_gates")}</div>`:o`<ul class="list">${this.gates.map(e=>this.renderGate(e))}</ul>`:o`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderGate(t){let e=c=>l(this.hass,c),i=this.errors.get(t.access_point_id),a=this.busy.has(t.access_point_id);return o`<li class="gate" data-gate=${t.access_point_id} data-state=${t.state}>
      <div class="head">
        <strong>${t.name}</strong>
        <span class="muted">${x(this.hass,"zone",t.zone)}</span>
        <span class="chip gate-${t.state}">${x(this.hass,"gate_state",t.state)}</span>
        ${t.fire_hold?o`<span class="chip alarm">${e("guard.fire_hold")}</span>`:d}
        ${t.available?d:o`<span class="chip warn">${e("guard.gate_unavailable")}</span>`}
      </div>
      <div class="row">
        ${is.map(c=>o`<button
            data-command=${c}
            class=${c==="open"?"primary":""}
            ?disabled=${a}
            @click=${()=>this.command(t,c)}
          >
            ${x(this.hass,"gate_command",c)}
          </button>`)}
      </div>
      ${i?o`<div class="error" role="alert">${i}</div>`:d}
    </li>`}};C.styles=[y,I,g`
      .gate { display: flex; flex-direction: column; gap: 6px; }
      .head { display: flex; flex-wrap: wrap; gap: 8px; align-items: center; }
      .chip.gate-open, .chip.gate-held_open { background: var(--warning-color, #ffa600); color: #fff; }
      .chip.gate-closed { background: var(--success-color, #43a047); color: #fff; }
      .chip.warn { background: var(--warning-color, #ffa600); color: #fff; }
      :host([narrow]) .row button { flex: 1; }
    `],n([h({attribute:!1})],C.prototype,"hass",2),n([h({attribute:!1})],C.prototype,"compound",2),n([h({type:Boolean,reflect:!0})],C.prototype,"narrow",2),n([p()],C.prototype,"gates",2),n([p()],C.prototype,"loaded",2),n([p()],C.prototype,"failure",2),n([p()],C.prototype,"errors",2),n([p()],C.prototype,"busy",2),C=n([$("cs-gate-board")],C);var rs=50,Z=class extends q{constructor(){super(...arguments);this.command="passages/subscribe";this.passages=[];this.loaded=!1;this.refused=null}received(t){let e=t.passages??[];this.passages=t.initial?e:[...e,...this.passages].slice(0,rs),this.loaded=!0}failed(t){b(this.hass,t).then(e=>this.refused=e)}render(){let t=e=>l(this.hass,e);return o`<section class="card" data-section="passages">
      <h2>${t("guard.passages")}</h2>
      ${this.refused?o`<div class="error">${this.refused}</div>`:this.loaded?this.passages.length===0?o`<div class="muted">${t("guard.no_passages")}</div>`:o`<ul class="list scroll">
                ${this.passages.map(e=>this.renderPassage(e))}
              </ul>`:o`<div class="muted">${t("common.loading")}</div>`}
    </section>`}renderPassage(t){let e=(a,c)=>x(this.hass,a,c),i=[t.household,t.person].filter(Boolean).join(" · ");return o`<li class="passage" data-decision=${t.decision}>
      <time datetime=${t.time}>${V(this.hass,t.time,this.compound)}</time>
      <span class="chip ${t.decision}">${e("decision",t.decision)}</span>
      <span class="place">${t.access_point??""}</span>
      <span class="muted">
        ${t.direction==="both"?"":`${e("direction",t.direction)} · `}${e("credential",t.credential)}
      </span>
      ${t.decision==="denied"?o`<span class="reason">${e("reason",t.reason)}</span>`:d}
      <span class="who">${i}</span>
      ${t.alarm_kinds.map(a=>o`<span class="chip alarm">${e("alarm_kind",a)}</span>`)}
    </li>`}};Z.styles=[y,I,g`
      .passage { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
      .passage time { font-variant-numeric: tabular-nums; }
      .place { font-weight: 500; }
      .reason { color: var(--error-color, #db4437); }
      .who { margin-inline-start: auto; }
      :host([narrow]) .who { margin-inline-start: 0; width: 100%; }
    `],n([p()],Z.prototype,"passages",2),n([p()],Z.prototype,"loaded",2),n([p()],Z.prototype,"refused",2),Z=n([$("cs-passage-feed")],Z);var os=6e4,z=class extends f{constructor(){super(...arguments);this.narrow=!1;this.visitors=[];this.loaded=!1;this.failure=null}connectedCallback(){super.connectedCallback(),this.timer=window.setInterval(()=>void this.load(),os)}disconnectedCallback(){super.disconnectedCallback(),window.clearInterval(this.timer)}willUpdate(){this.hass&&this.compound&&this.loadedFor!==this.compound.config_entry_id&&(this.loadedFor=this.compound.config_entry_id,this.load())}async load(){try{let t=await v(this.hass,this.compound,"visitors/today");this.visitors=t.visitors,this.failure=null}catch(t){this.failure=await b(this.hass,t)}this.loaded=!0}render(){let t=(e,i)=>l(this.hass,e,i);return o`<section class="card" data-section="visitors">
      <h2>${t("guard.visitors")}</h2>
      ${this.failure?o`<div class="error">${this.failure}</div>`:this.loaded?this.visitors.length===0?o`<div class="muted">${t("guard.no_visitors")}</div>`:o`<ul class="list">
                ${this.visitors.map(e=>o`<li class="visitor">
                    <strong>${e.name||t("guard.visitor_unnamed")}</strong>
                    <span>${e.household??""}</span>
                    <span class="muted">
                      ${t("guard.visitor_window",{from:V(this.hass,e.valid_from,this.compound),until:V(this.hass,e.valid_until,this.compound)})}
                      · ${t("guard.entries_left",{count:e.entries_left})}
                    </span>
                  </li>`)}
              </ul>`:o`<div class="muted">${t("common.loading")}</div>`}
    </section>`}};z.styles=[y,I,g`
      .visitor { display: flex; flex-wrap: wrap; gap: 4px 10px; align-items: center; }
    `],n([h({attribute:!1})],z.prototype,"hass",2),n([h({attribute:!1})],z.prototype,"compound",2),n([h({type:Boolean,reflect:!0})],z.prototype,"narrow",2),n([p()],z.prototype,"visitors",2),n([p()],z.prototype,"loaded",2),n([p()],z.prototype,"failure",2),z=n([$("cs-visitors-today")],z);nt({id:"guard",tag:"cs-guard-page",icon:"mdi:shield-account",operations:["live_passages","gate_operate"]});var K=class extends f{constructor(){super(...arguments);this.narrow=!1}render(){let t=this.compound;return o`<div class="columns">
      <div class="column">
        ${lt(t,"alarm_view")?o`<cs-alarm-desk .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-alarm-desk>`:d}
        ${lt(t,"gate_operate")?o`<cs-gate-board .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-gate-board>`:d}
      </div>
      <div class="column">
        ${lt(t,"live_passages")?o`<cs-passage-feed .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-passage-feed>`:d}
        ${lt(t,"visitors_today")?o`<cs-visitors-today .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-visitors-today>`:d}
        ${lt(t,"camera_health")?o`<cs-camera-health .hass=${this.hass} .compound=${t} .narrow=${this.narrow}></cs-camera-health>`:d}
      </div>
    </div>`}};K.styles=[y,g`
      .columns { display: grid; gap: var(--cs-gap); grid-template-columns: minmax(0, 3fr) minmax(0, 2fr); }
      .column { min-width: 0; }
      :host([narrow]) .columns { grid-template-columns: minmax(0, 1fr); gap: 0; }
      @media (max-width: 900px) { .columns { grid-template-columns: minmax(0, 1fr); gap: 0; } }
    `],n([h({attribute:!1})],K.prototype,"hass",2),n([h({type:Boolean,reflect:!0})],K.prototype,"narrow",2),n([h({attribute:!1})],K.prototype,"compound",2),K=n([$("cs-guard-page")],K);function as(r){return r?[["name","name"],["phone","phone"],["id_number","id_number"],["tenant","role"],["role","role"],["uid","uid"],["card_type","card_type"],["tenant_card","card_type"],["valid","valid_until"],["date","valid_until"],["building","building"],["unit","unit"],["room","room"],["household_exists","room"],["area","area_m2"],["tenure","tenure"],["meter","electricity_meter"],["chip","chip_uid"],["plate","plate"],["vehicle_kind","kind"]].find(([t])=>r.startsWith(t))?.[1]??"":""}async function Se(r,s){return{[as(s?.translation_key)]:await b(r,s)}}function Yt(r){return new Date(Date.now()+r*864e5).toISOString().slice(0,10)}function Ce(r,s,t="text/csv;charset=utf-8"){let e=new Blob(["\uFEFF",s],{type:t}),i=document.createElement("a");i.href=URL.createObjectURL(e),i.download=r,i.click(),setTimeout(()=>URL.revokeObjectURL(i.href),1e3)}var ns=["owner","family","tenant","staff","contractor"],He=["residence_permit","citizen_card","id_card","property_card"],ls=["ebike","motorcycle","car"],ds=["owner","rental"],J=(r,s=!1)=>({name:r,kind:"text",required:s});function Y(r,s,t=[]){let e={};for(let i of s){let a=r[i]?.trim();a&&(e[i]=t.includes(i)?Number(a):a)}return e}function Ht(){return[J("building",!0),J("unit",!0),J("room",!0),{name:"area_m2",kind:"number",required:!0},{name:"tenure",kind:"select",options:ds,required:!0},J("electricity_meter"),J("water_meter")]}function Te(r,s,t){let e=Ht().map(i=>i.name);return{heading:l(r,"registry.action.add_household"),fields:Ht(),values:{tenure:"owner"},submit:async i=>{let a=await v(r,s,"household/create",Y(i,e,["area_m2"]));t(a.id)}}}var Tt=class{constructor(s,t,e){this.hass=s;this.compound=t;this.detail=e}get rental(){return this.detail.household.tenure==="rental"}grant(s){return this.compound.may[s]}get tenantsOnly(){return this.grant("registry_edit")==="tenants"}mayAddPerson(){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental}mayEdit(s){return this.grant("registry_edit")==="all"||this.tenantsOnly&&this.rental&&s.role==="tenant"}mayMoveOutHousehold(){let s=this.detail.people;return s.some(t=>!t.moved_out)&&s.every(t=>this.mayEdit(t))}mayEnrolCard(){return this.grant("card_manage")==="all"||this.grant("card_enrol")==="all"&&this.rental}names(s){return Object.fromEntries(s.map(t=>[t.id,t.name]))}personFields(){let s=this.tenantsOnly?["tenant"]:ns,t=[J("name",!0),{name:"role",kind:"select",enumName:"person_role",options:s,required:!0},{name:"phone",kind:"tel"}];return this.grant("id_number_enter")&&t.push({name:"id_number",kind:"id_number"}),t}addPerson(){let s=this.personFields(),t=this.mayEnrolCard();t&&s.push({name:"card_type",kind:"select",options:He},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid"});let e=this.rental?"tenant":this.detail.people.length?"family":"owner",i;return{heading:l(this.hass,"registry.action.add_person"),fields:s,values:{role:e,card_type:e==="tenant"?"residence_permit":"citizen_card",valid_until:e==="tenant"?Yt(365):""},submitLabel:l(this.hass,"registry.action.register"),submit:async a=>{let c={household_id:this.detail.household.id,...Y(a,["name","role","phone","id_number"])};t&&a.uid?.trim()&&(c.card=Y(a,["uid","card_type","valid_until"])),i=await v(this.hass,this.compound,"person/register",c)},notice:()=>{if(!i)return"";let a=[l(this.hass,"registry.registered")];return i.card&&a.push(l(this.hass,"registry.card_issued",{uid:i.card.uid})),i.wanted&&a.push(l(this.hass,`registry.wanted.${i.wanted}`)),a.join(" · ")}}}editPerson(s){return{heading:l(this.hass,"registry.action.edit_person",{name:s.name}),fields:this.personFields(),values:{name:s.name,role:s.role??"",phone:s.phone??""},submit:t=>v(this.hass,this.compound,"person/update",{person_id:s.id,...Y(t,["name","role","phone","id_number"])})}}issueCard(){let s=this.detail.people.filter(t=>!t.moved_out);return{heading:l(this.hass,"registry.action.issue_card"),fields:[{name:"person_id",kind:"select",options:s.map(t=>t.id),labels:this.names(s)},{name:"card_type",kind:"select",options:He},{name:"valid_until",kind:"date"},{name:"uid",kind:"uid",required:!0}],values:{person_id:s[0]?.id??"",card_type:this.rental?"residence_permit":"citizen_card",valid_until:this.rental?Yt(365):""},submit:t=>v(this.hass,this.compound,"card/create",Y(t,["person_id","uid","card_type","valid_until"]))}}replaceCard(s){return{heading:l(this.hass,"registry.action.replace_card",{uid:s.uid}),fields:[{name:"new_uid",kind:"uid",required:!0},J("reason")],values:{},submit:t=>v(this.hass,this.compound,"card/replace",{card_id:s.card_id,...Y(t,["new_uid","reason"])})}}addVehicle(){let s=this.detail.people.filter(t=>!t.moved_out);return{heading:l(this.hass,"registry.action.add_vehicle"),fields:[{name:"person_id",kind:"select",options:s.map(t=>t.id),labels:this.names(s)},{name:"kind",kind:"select",enumName:"vehicle_kind",options:ls},J("plate"),{name:"chip_uid",kind:"uid",required:!0}],values:{person_id:s[0]?.id??"",kind:"ebike"},submit:t=>v(this.hass,this.compound,"vehicle/create",Y(t,["person_id","kind","plate","chip_uid"]))}}editHousehold(){let s=this.detail.household,t=Ht().map(i=>i.name),e={};for(let i of t)e[i]=String(s[i]??"");return{heading:l(this.hass,"registry.action.edit_household",{flat:s.flat}),fields:Ht(),values:e,submit:i=>v(this.hass,this.compound,"household/update",{household_id:s.id,...Y(i,t,["area_m2"])})}}};var Pe="compound-security-desk-reader",Jt=new Map,H=class extends f{constructor(){super(...arguments);this.known=!1;this.label="";this.readers=[];this.reader=localStorage.getItem(Pe)??"";this.waiting=!1;this.message=""}connectedCallback(){super.connectedCallback(),this.loadReaders()}disconnectedCallback(){super.disconnectedCallback(),this.cancel()}async loadReaders(){let t=this.compound.config_entry_id;Jt.has(t)||Jt.set(t,v(this.hass,this.compound,"registry/desk_readers").then(e=>e.access_points).catch(()=>[])),this.readers=await Jt.get(t),this.readers.some(e=>e.id===this.reader)||(this.reader=this.readers[0]?.id??"")}choose(t){this.reader=t.target.value,localStorage.setItem(Pe,this.reader)}async start(){await this.cancel(),this.message="",this.waiting=!0;try{this.stop=await Ct(this.hass,this.compound,"enrol/subscribe",t=>this.heard(t),{access_point:this.reader,known:this.known})}catch(t){this.waiting=!1,this.message=await b(this.hass,t)}}heard(t){this.waiting=!1,this.stop=void 0,t.type==="read"&&t.uid?this.dispatchEvent(new CustomEvent("uid",{detail:{uid:t.uid}})):this.message=l(this.hass,"registry.swipe.timeout")}async cancel(){let t=this.stop;this.stop=void 0,this.waiting=!1,t&&await t().catch(()=>{})}render(){return this.readers.length?o`<span class="swipe">
      ${this.readers.length>1?o`<select
            aria-label=${l(this.hass,"registry.swipe.reader")}
            .value=${this.reader}
            @change=${this.choose}
          >
            ${this.readers.map(t=>o`<option value=${t.id} ?selected=${t.id===this.reader}>${t.name}</option>`)}
          </select>`:d}
      ${this.waiting?o`<span class="waiting" role="status">${l(this.hass,"registry.swipe.waiting")}</span>
            <button type="button" @click=${this.cancel}>${l(this.hass,"common.cancel")}</button>`:o`<button type="button" class="start" @click=${this.start}>
            ${this.label||l(this.hass,"registry.swipe.start")}
          </button>`}
      ${this.message?o`<span class="muted">${this.message}</span>`:d}
    </span>`:d}};H.styles=[y,g`
      :host { display: inline-block; }
      .swipe { display: inline-flex; gap: 8px; align-items: center; flex-wrap: wrap; }
      .waiting { color: var(--primary-color); font-weight: 500; }
    `],n([h({attribute:!1})],H.prototype,"hass",2),n([h({attribute:!1})],H.prototype,"compound",2),n([h({type:Boolean})],H.prototype,"known",2),n([h()],H.prototype,"label",2),n([p()],H.prototype,"readers",2),n([p()],H.prototype,"reader",2),n([p()],H.prototype,"waiting",2),n([p()],H.prototype,"message",2),H=n([$("cs-registry-swipe")],H);var cs=18,A=class extends f{constructor(){super(...arguments);this.fields=[];this.initial={};this.values={};this.submitLabel="";this.errors={};this.busy=!1;this.checking=0}willUpdate(t){t.has("initial")&&(this.values={...this.initial},this.errors={},this.idCheck=void 0)}set(t,e){this.values={...this.values,[t]:e},this.errors[t]&&(this.errors={...this.errors,[t]:""})}async checkIdNumber(t){let e=t.replace(/\s/g,""),i=++this.checking;if(e.length<cs){this.idCheck=void 0;return}try{let a=await v(this.hass,this.compound,"person/check_id",{id_number:e});i===this.checking&&(this.idCheck=a)}catch(a){i===this.checking&&(this.errors={...this.errors,id_number:await b(this.hass,a)})}}async save(t){if(t.preventDefault(),!this.submit||this.busy)return;let e=this.fields.filter(i=>i.required&&!this.values[i.name]?.trim());if(e.length){this.errors=Object.fromEntries(e.map(i=>[i.name,l(this.hass,"registry.form.required")]));return}this.busy=!0,this.errors={};try{await this.submit(this.values),this.dispatchEvent(new CustomEvent("saved"))}catch(i){this.errors=await Se(this.hass,i)}finally{this.busy=!1}}idHint(){let t=this.idCheck;if(!t)return d;if(!t.valid)return o`<div class="error" role="alert" data-id-check="invalid">
        ${l(this.hass,`registry.id_check.${t.reason??"id_number_invalid"}`)}
      </div>`;let e=t.wanted;return o`<div class="ok" data-id-check="valid">${l(this.hass,"registry.id_check.valid")}</div>
      ${e?o`<div class=${e==="not_listed"?"ok":"error wanted"} role="status" data-wanted=${e}>
            ${l(this.hass,`registry.wanted.${e}`)}
          </div>`:d}`}input(t){let e=this.values[t.name]??"",i=a=>{let c=a.target.value;this.set(t.name,c),t.kind==="id_number"&&this.checkIdNumber(c)};switch(t.kind){case"select":return o`<select name=${t.name} .value=${e} @change=${i}>
          ${t.options?.map(a=>o`<option value=${a} ?selected=${a===e}>
              ${t.labels?.[a]??x(this.hass,t.enumName??t.name,a)}
            </option>`)}
        </select>`;case"uid":return o`<div class="uid">
          <input name=${t.name} .value=${e} @input=${i} autocomplete="off" />
          <cs-registry-swipe
            .hass=${this.hass}
            .compound=${this.compound}
            @uid=${a=>this.set(t.name,a.detail.uid)}
          ></cs-registry-swipe>
        </div>`;default:return o`<input
          name=${t.name}
          type=${t.kind==="number"?"number":t.kind==="date"?"date":t.kind==="tel"?"tel":"text"}
          inputmode=${t.kind==="id_number"?"text":t.kind==="tel"?"tel":d}
          autocomplete="off"
          .value=${e}
          @input=${i}
        />`}}render(){let t=this.errors[""];return o`<form @submit=${this.save}>
      ${this.fields.map(e=>o`<cs-field
          data-field=${e.name}
          .label=${l(this.hass,`registry.field.${e.name}`)+(e.required?" *":"")}
          .error=${this.errors[e.name]||null}
        >
          ${this.input(e)} ${e.kind==="id_number"?this.idHint():d}
        </cs-field>`)}
      ${t?o`<div class="error" role="alert">${t}</div>`:d}
      <div class="actions">
        <button type="button" @click=${()=>this.dispatchEvent(new CustomEvent("cancel"))}>
          ${l(this.hass,"common.cancel")}
        </button>
        <button type="submit" class="primary save" ?disabled=${this.busy}>
          ${this.submitLabel||l(this.hass,"common.save")}
        </button>
      </div>
    </form>`}};A.styles=[y,g`
      cs-field { display: block; }
      .uid { display: flex; gap: 8px; flex-wrap: wrap; align-items: center; }
      .uid input { flex: 1; min-width: 140px; }
      .wanted { font-weight: 600; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 12px; }
      .error, .ok { font-size: 13px; margin-top: 4px; }
    `],n([h({attribute:!1})],A.prototype,"hass",2),n([h({attribute:!1})],A.prototype,"compound",2),n([h({attribute:!1})],A.prototype,"fields",2),n([h({attribute:!1})],A.prototype,"initial",2),n([p()],A.prototype,"values",2),n([h({attribute:!1})],A.prototype,"submit",2),n([h()],A.prototype,"submitLabel",2),n([p()],A.prototype,"errors",2),n([p()],A.prototype,"idCheck",2),n([p()],A.prototype,"busy",2),A=n([$("cs-registry-form")],A);async function hs(){if(!window.loadCardHelpers){await customElements.whenDefined("partial-panel-resolver");let r=document.createElement("partial-panel-resolver");r.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},r._updateRoutes(),await r.routerOptions.routes.tmp.load(),await customElements.whenDefined("ha-panel-lovelace")}return window.loadCardHelpers?.()}var Q=class extends f{constructor(){super(...arguments);this.heading="";this.cards=[];this.shownFor=""}updated(t){t.has("statistics")&&this.statistics&&this.statistics.electricity!==this.shownFor&&this.build();for(let e of this.cards)e.hass=this.hass}async build(){this.shownFor=this.statistics.electricity;let t=await hs();if(!t)return;let e=this.renderRoot.querySelector(".charts");e&&(this.cards=["electricity","water"].map(i=>{let a=t.createCardElement({type:"statistics-graph",title:l(this.hass,`registry.chart.${i}`),entities:[this.statistics[i]],period:"month",chart_type:"bar",stat_types:["change"],days_to_show:365,hide_legend:!0});return a.hass=this.hass,a.dataset.kind=i,a}),e.replaceChildren(...this.cards))}render(){return o`<div class="charts"></div>`}};Q.styles=[y,g`
      .charts { display: grid; gap: 12px; margin-top: 8px; }
    `],n([h({attribute:!1})],Q.prototype,"hass",2),n([h({attribute:!1})],Q.prototype,"statistics",2),n([h()],Q.prototype,"heading",2),Q=n([$("cs-registry-chart")],Q);var N=class extends f{constructor(){super(...arguments);this.householdId="";this.passes=[];this.name="";this.entries="1";this.message=""}updated(t){t.has("householdId")&&this.load()}async load(){try{let t=await v(this.hass,this.compound,"visitor_pass/list");this.passes=t.passes.filter(e=>e.household_id===this.householdId)}catch(t){this.message=await b(this.hass,t)}}async create(t){t.preventDefault();try{let e=await v(this.hass,this.compound,"visitor_pass/create",{household_id:this.householdId,name:this.name.trim()||void 0,entries:Number(this.entries)||1});this.message=l(this.hass,"registry.visitors.created",{pin:e.pin}),this.name="",await this.load()}catch(e){this.message=await b(this.hass,e)}}async revoke(t){try{await v(this.hass,this.compound,"visitor_pass/revoke",{pass_id:t.pass_id}),await this.load()}catch(e){this.message=await b(this.hass,e)}}render(){let t=this.passes.filter(e=>e.state==="active"||e.state==="not_yet_valid");return o`<section class="card" data-section="visitors">
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
      ${this.message?o`<div class="muted" role="status">${this.message}</div>`:d}
      <ul class="list">
        ${t.map(e=>o`<li>
            <strong>${e.name||l(this.hass,"registry.visitors.visitor")}</strong>
            <span class="chip">PIN ${e.pin}</span>
            <span class="chip">${x(this.hass,"pass_state",e.state)}</span>
            <span class="muted">
              ${l(this.hass,"registry.visitors.until",{time:W(this.hass,e.valid_until,this.compound)})}
              · ${e.entries-e.used}/${e.entries}
            </span>
            <button class="danger" @click=${()=>this.revoke(e)}>${l(this.hass,"registry.visitors.revoke")}</button>
          </li>`)}
      </ul>
    </section>`}};N.styles=[y,g`
      .list { list-style: none; margin: 8px 0 0; padding: 0; }
      .list li { display: flex; gap: 6px; align-items: center; flex-wrap: wrap; padding: 6px 0; }
      .entries { width: 70px; }
      form input:first-child { flex: 1; min-width: 120px; }
    `],n([h({attribute:!1})],N.prototype,"hass",2),n([h({attribute:!1})],N.prototype,"compound",2),n([h()],N.prototype,"householdId",2),n([p()],N.prototype,"passes",2),n([p()],N.prototype,"name",2),n([p()],N.prototype,"entries",2),n([p()],N.prototype,"message",2),N=n([$("cs-registry-visitors")],N);var T=class extends f{constructor(){super(...arguments);this.narrow=!1;this.householdId="";this.failure="";this.dialog=null;this.notice=""}get forms(){return new Tt(this.hass,this.compound,this.detail)}updated(t){t.has("householdId")&&this.householdId&&this.load()}async load(){try{this.detail=await v(this.hass,this.compound,"household/detail",{household_id:this.householdId}),this.failure=""}catch(t){this.failure=await b(this.hass,t)}}grant(t){return this.compound.may[t]}open(t){this.notice="",this.dialog=t}async saved(){let t=this.dialog?.notice?.();this.dialog=null,this.notice=t??"",await this.load()}async act(t,e,i){if(!(i&&!confirm(l(this.hass,i))))try{await v(this.hass,this.compound,t,e),this.notice="",await this.load()}catch(a){this.notice=await b(this.hass,a)}}nameOf(t){return this.detail?.people.find(e=>e.id===t)?.name??""}renderPeople(t){let e=this.forms;return o`<section class="card" data-section="people">
      <h2>
        ${l(this.hass,"registry.people")}
        ${e.mayAddPerson()?o`<button class="add-person primary" @click=${()=>this.open(e.addPerson())}>
              ${l(this.hass,"registry.action.add_person")}
            </button>`:d}
      </h2>
      ${t.people.length?o`<ul class="list">
            ${t.people.map(i=>this.renderPerson(i))}
          </ul>`:o`<div class="muted">${l(this.hass,"common.nothing")}</div>`}
    </section>`}renderPerson(t){let e=this.forms,i=t.moved_out?.date;return o`<li data-person=${t.name}>
      <div class="main">
        <strong>${t.name}</strong>
        ${t.role?o`<span class="chip">${x(this.hass,"person_role",t.role)}</span>`:d}
        ${i?o`<span class="chip">${l(this.hass,"registry.moved_out",{date:i})}</span>`:d}
        ${t.watch==="care"?o`<span class="chip">${l(this.hass,"registry.care_watch")}</span>`:d}
      </div>
      <div class="muted">${[t.phone,t.id_number_mask].filter(Boolean).join(" · ")}</div>
      <div class="row actions">
        ${e.mayEdit(t)?o`<button @click=${()=>this.open(e.editPerson(t))}>${l(this.hass,"registry.action.edit")}</button>`:d}
        ${e.mayEdit(t)&&!i?o`<button
              class="danger"
              @click=${()=>this.act("person/move_out",{person_id:t.id},"registry.confirm.move_out_person")}
            >
              ${l(this.hass,"registry.action.move_out")}
            </button>`:d}
      </div>
    </li>`}renderCard(t){let e=this.forms;return o`<tr data-card=${t.uid}>
      <td>${t.uid}</td>
      <td>${this.nameOf(t.person_id)}</td>
      <td>${x(this.hass,"card_type",t.card_type)}</td>
      <td>
        <span class="chip status-${t.status}">${x(this.hass,"card_status",t.status)}</span>
        ${t.expires_soon?o`<span class="chip warn-chip">${l(this.hass,"registry.expires_soon")}</span>`:d}
      </td>
      <td>${t.valid_until??"—"}</td>
      <td class="row">
        ${t.status==="active"&&this.grant("card_report_lost")?o`<button class="danger" @click=${()=>this.act("card/report_lost",{card_id:t.card_id},"registry.confirm.report_lost")}>
              ${l(this.hass,"registry.action.report_lost")}
            </button>`:d}
        ${t.status==="lost"&&this.grant("card_manage")==="all"?o`<button @click=${()=>this.act("card/found",{card_id:t.card_id})}>
              ${l(this.hass,"registry.action.found")}
            </button>`:d}
        ${this.grant("card_manage")==="all"?o`<button @click=${()=>this.open(e.replaceCard(t))}>${l(this.hass,"registry.action.replace")}</button>`:d}
      </td>
    </tr>`}renderCards(t){if(!t.cards)return d;let e=this.forms;return o`<section class="card" data-section="cards">
      <h2>
        ${l(this.hass,"registry.cards")}
        ${this.grant("card_manage")==="all"&&t.people.length?o`<button @click=${()=>this.open(e.issueCard())}>${l(this.hass,"registry.action.issue_card")}</button>`:d}
      </h2>
      ${t.cards.length?o`<div class="scroll"><table>
            <thead><tr>
              ${["uid","holder","card_type","status","valid_until",""].map(i=>o`<th>${i?l(this.hass,`registry.field.${i}`):""}</th>`)}
            </tr></thead>
            <tbody>${t.cards.map(i=>this.renderCard(i))}</tbody>
          </table></div>`:o`<div class="muted">${l(this.hass,"common.nothing")}</div>`}
    </section>`}renderVehicles(t){if(!t.vehicles)return d;let e=this.forms;return o`<section class="card" data-section="vehicles">
      <h2>
        ${l(this.hass,"registry.vehicles")}
        ${this.grant("vehicle_manage")==="all"&&t.people.length?o`<button @click=${()=>this.open(e.addVehicle())}>${l(this.hass,"registry.action.add_vehicle")}</button>`:d}
      </h2>
      ${t.vehicles.length?o`<ul class="list">
            ${t.vehicles.map(i=>o`<li>
                <strong>${i.plate||i.chip_uid}</strong>
                <span class="chip">${x(this.hass,"vehicle_kind",i.kind)}</span>
                ${i.locked?o`<span class="chip">${l(this.hass,"registry.locked")}</span>`:d}
                <span class="muted">${this.nameOf(i.person_id)} · ${i.chip_uid}</span>
              </li>`)}
          </ul>`:o`<div class="muted">${l(this.hass,"common.nothing")}</div>`}
    </section>`}renderUsage(t){if(!t.meters&&!t.statistics)return d;let e=Object.entries(t.meters??{});return o`<section class="card" data-section="usage">
      <h2>${l(this.hass,"registry.usage")}</h2>
      ${e.length?o`<div class="muted">
            ${e.map(([i,a])=>o`${l(this.hass,`registry.field.${i}`)}: ${a} `)}
          </div>`:o`<div class="muted">${l(this.hass,"registry.no_meters")}</div>`}
      ${t.statistics?o`<cs-registry-chart
            .hass=${this.hass}
            .statistics=${t.statistics}
            .heading=${t.household.flat}
          ></cs-registry-chart>`:d}
    </section>`}renderActivity(t){return o`${t.alarms?o`<section class="card" data-section="alarms">
          <h2>${l(this.hass,"registry.alarms")}</h2>
          ${t.alarms.length?o`<ul class="list">
                ${t.alarms.map(e=>o`<li>
                    <span class="chip alarm">${x(this.hass,"alarm_kind",e.kind)}</span>
                    <span class="muted">${W(this.hass,e.time,this.compound)}</span>
                  </li>`)}
              </ul>`:o`<div class="muted">${l(this.hass,"registry.no_alarms")}</div>`}
        </section>`:d}
    ${t.passages?o`<section class="card" data-section="passages">
          <h2>${l(this.hass,"registry.passages")}</h2>
          ${t.passages.length?o`<ul class="list">
                ${t.passages.map(e=>o`<li data-decision=${e.decision}>
                    <span class="chip ${e.decision}">${x(this.hass,"decision",e.decision)}</span>
                    ${W(this.hass,e.time,this.compound)} · ${e.access_point??""}
                    · ${e.name??""}
                    ${e.decision==="denied"?o`<span class="muted">(${x(this.hass,"reason",e.reason)})</span>`:d}
                  </li>`)}
              </ul>`:o`<div class="muted">${l(this.hass,"registry.no_passages")}</div>`}
        </section>`:d}`}render(){if(this.failure)return o`<button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${l(this.hass,"registry.back")}
        </button>
        <div class="card error" role="alert">${this.failure}</div>`;let t=this.detail;if(!t)return o`<div class="muted">${l(this.hass,"common.loading")}</div>`;let e=t.household,i=this.forms;return o`
      <div class="head">
        <button class="back" @click=${()=>this.dispatchEvent(new CustomEvent("back"))}>
          ← ${l(this.hass,"registry.back")}
        </button>
        <h2 class="flat">${e.flat}</h2>
        ${e.tenure?o`<span class="chip">${x(this.hass,"tenure",e.tenure)}</span>`:d}
        ${e.area_m2?o`<span class="muted">${e.area_m2} m²</span>`:d}
        <span class="spacer"></span>
        ${this.grant("registry_edit")==="all"?o`<button @click=${()=>this.open(i.editHousehold())}>${l(this.hass,"registry.action.edit")}</button>`:d}
        ${i.mayMoveOutHousehold()?o`<button class="danger" @click=${()=>this.act("household/move_out",{household_id:e.id},"registry.confirm.move_out_household")}>
              ${l(this.hass,"registry.action.move_out_all")}
            </button>`:d}
      </div>
      ${this.notice?o`<div class="card notice" role="status">${this.notice}</div>`:d}
      <div class="grid">
        ${this.renderPeople(t)} ${this.renderCards(t)} ${this.renderVehicles(t)}
        ${this.grant("visitor_pass")?o`<cs-registry-visitors .hass=${this.hass} .compound=${this.compound} .householdId=${e.id}></cs-registry-visitors>`:d}
        ${this.renderUsage(t)} ${this.renderActivity(t)}
      </div>
      <cs-dialog .heading=${this.dialog?.heading??""} .open=${this.dialog!==null} @closed=${()=>this.dialog=null}>
        ${this.dialog?o`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields}
              .initial=${this.dialog.values}
              .submit=${this.dialog.submit}
              .submitLabel=${this.dialog.submitLabel??""}
              @saved=${this.saved}
              @cancel=${()=>this.dialog=null}
            ></cs-registry-form>`:d}
      </cs-dialog>
    `}};T.styles=[y,g`
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
    `],n([h({attribute:!1})],T.prototype,"hass",2),n([h({attribute:!1})],T.prototype,"compound",2),n([h({type:Boolean,reflect:!0})],T.prototype,"narrow",2),n([h()],T.prototype,"householdId",2),n([p()],T.prototype,"detail",2),n([p()],T.prototype,"failure",2),n([p()],T.prototype,"dialog",2),n([p()],T.prototype,"notice",2),T=n([$("cs-registry-household")],T);var O=class extends f{constructor(){super(...arguments);this.fileName="";this.texts={};this.message="";this.busy=!1;this.content=""}async pick(t){let e=t.target.files?.[0];e&&(this.fileName=e.name,this.content=await e.text(),this.preview=void 0,this.message="",await this.run("import/preview"))}async run(t){this.busy=!0;try{let[e,i]=await Promise.all([v(this.hass,this.compound,t,{kind:"registry",content:this.content}),yt(this.hass)]);this.texts=i,this.preview=e,e.stored&&(this.message=l(this.hass,"registry.import.stored",e.counts??{}),this.dispatchEvent(new CustomEvent("imported")))}catch(e){this.message=await b(this.hass,e)}finally{this.busy=!1}}reason(t,e){let i=this.texts[`component.compound_security.exceptions.${t}.message`];return i?Et(i,e):t}render(){let t=this.preview;return o`<div class="import">
      <p class="muted">${l(this.hass,"registry.import.help")}</p>
      <label class="button pick">
        ${l(this.hass,"registry.import.choose")}
        <input type="file" accept=".csv,text/csv" @change=${this.pick} />
      </label>
      ${this.fileName?o`<span class="muted">${this.fileName}</span>`:d}
      ${this.busy?o`<div class="muted">${l(this.hass,"registry.import.checking")}</div>`:d}
      ${t&&!t.stored?o`<div class="summary" data-good=${t.good_rows} data-bad=${t.errors.length}>
            ${l(this.hass,"registry.import.summary",{file:this.fileName,good:t.good_rows,bad:t.errors.length})}
          </div>`:d}
      ${t?.errors.length?o`<table class="errors">
            <thead><tr><th>${l(this.hass,"registry.import.line")}</th><th>${l(this.hass,"registry.import.reason")}</th></tr></thead>
            <tbody>
              ${t.errors.map(e=>o`<tr data-line=${e.line}><td>${e.line}</td><td>${this.reason(e.code,e.placeholders)}</td></tr>`)}
            </tbody>
          </table>`:d}
      ${this.message?o`<div class="message" role="status">${this.message}</div>`:d}
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
    </div>`}};O.styles=[y,g`
      .summary { margin: 12px 0; font-weight: 500; }
      .pick { display: inline-flex; align-items: center; margin: 0 8px 0 0; color: var(--primary-color); font-size: inherit; }
      .pick input { position: absolute; width: 1px; height: 1px; opacity: 0; }
      .errors { max-height: 50vh; display: block; overflow: auto; }
      .errors td:first-child { width: 60px; }
      .message { margin-top: 8px; }
      .actions { display: flex; justify-content: flex-end; gap: 8px; margin-top: 16px; }
    `],n([h({attribute:!1})],O.prototype,"hass",2),n([h({attribute:!1})],O.prototype,"compound",2),n([p()],O.prototype,"fileName",2),n([p()],O.prototype,"preview",2),n([p()],O.prototype,"texts",2),n([p()],O.prototype,"message",2),n([p()],O.prototype,"busy",2),O=n([$("cs-registry-import")],O);nt({id:"registry",tag:"cs-registry-page",icon:"mdi:account-group",operations:["registry_view"]});var ps=250,S=class extends f{constructor(){super(...arguments);this.narrow=!1;this.query="";this.offset=0;this.failure="";this.householdId=null;this.dialog=null;this.importing=!1;this.asked=0}get limit(){return this.narrow?20:50}get finds(){return this.compound.may.registry_view==="find"}connectedCallback(){super.connectedCallback();let t=new URLSearchParams(location.search);this.householdId=t.get("household"),this.finds||this.search()}typed(t){this.query=t.target.value,this.offset=0,clearTimeout(this.timer),this.timer=window.setTimeout(()=>void this.search(),ps)}async search(){let t=++this.asked;if(this.finds&&!this.query.trim()){this.answer=void 0;return}try{let e=await v(this.hass,this.compound,"registry/search",{query:this.query,offset:this.offset,limit:this.limit});t===this.asked&&(this.answer=e,this.failure="")}catch(e){this.failure=await b(this.hass,e)}}show(t){this.householdId=t;let e=new URL(location.href);t?e.searchParams.set("household",t):e.searchParams.delete("household"),history.replaceState(null,"",e),t||this.search()}async exportCsv(){try{let t=await v(this.hass,this.compound,"registry/export");Ce(t.file_name,t.content)}catch(t){this.failure=await b(this.hass,t)}}renderRow(t){return o`<li>
      <button class="result" data-flat=${t.flat} @click=${()=>this.show(t.household_id)}>
        <span class="flat">${t.flat}</span>
        ${t.tenure?o`<span class="chip">${x(this.hass,"tenure",t.tenure)}</span>`:d}
        <span class="people">${t.people.map(e=>e.name).join("、")}</span>
        ${t.people_count!==void 0&&t.people_count>t.people.length?o`<span class="muted">${l(this.hass,"registry.more_people",{count:t.people_count-t.people.length})}</span>`:d}
        <span class="matches">
          ${t.matches.filter(e=>e!=="flat"&&e!=="name").map(e=>o`<span class="chip">${x(this.hass,"match",e)}</span>`)}
        </span>
      </button>
    </li>`}renderSearch(){let t=this.compound.may,e=this.answer;return o`
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
          ${t.card_enrol?o`<cs-registry-swipe
                known
                .hass=${this.hass}
                .compound=${this.compound}
                .label=${l(this.hass,"registry.search.swipe")}
                @uid=${i=>{this.query=i.detail.uid,this.offset=0,this.search()}}
              ></cs-registry-swipe>`:d}
        </div>
        <div class="row tools">
          ${t.registry_edit==="all"?o`<button class="add-household" @click=${()=>this.dialog=Te(this.hass,this.compound,i=>this.show(i))}>
                ${l(this.hass,"registry.action.add_household")}
              </button>`:d}
          ${t.registry_import?o`<button class="import" @click=${()=>this.importing=!0}>${l(this.hass,"registry.action.import")}</button>`:d}
          ${t.registry_view==="all"?o`<button class="export" @click=${this.exportCsv}>${l(this.hass,"registry.action.export")}</button>`:d}
        </div>
      </div>
      ${this.failure?o`<div class="card error" role="alert">${this.failure}</div>`:d}
      ${e?o`<div class="card">
            <div class="muted total">${l(this.hass,"registry.search.total",{total:e.total})}</div>
            ${e.results.length?o`<ul class="results">${e.results.map(i=>this.renderRow(i))}</ul>`:o`<div class="muted">${l(this.hass,"registry.search.none")}</div>`}
            <cs-pager
              .hass=${this.hass}
              .offset=${e.offset}
              .limit=${e.limit}
              .total=${e.total}
              @page=${i=>{this.offset=i.detail.offset,this.search()}}
            ></cs-pager>
          </div>`:this.finds?o`<div class="card muted">${l(this.hass,"registry.search.find_hint")}</div>`:d}
    `}render(){return o`
      ${this.householdId?o`<cs-registry-household
            .hass=${this.hass}
            .compound=${this.compound}
            .narrow=${this.narrow}
            .householdId=${this.householdId}
            @back=${()=>this.show(null)}
          ></cs-registry-household>`:this.renderSearch()}
      <cs-dialog .heading=${this.dialog?.heading??""} .open=${this.dialog!==null} @closed=${()=>this.dialog=null}>
        ${this.dialog?o`<cs-registry-form
              .hass=${this.hass}
              .compound=${this.compound}
              .fields=${this.dialog.fields}
              .initial=${this.dialog.values}
              .submit=${this.dialog.submit}
              @saved=${()=>this.dialog=null}
              @cancel=${()=>this.dialog=null}
            ></cs-registry-form>`:d}
      </cs-dialog>
      <cs-dialog .heading=${l(this.hass,"registry.action.import")} .open=${this.importing} @closed=${()=>this.importing=!1}>
        ${this.importing?o`<cs-registry-import
              .hass=${this.hass}
              .compound=${this.compound}
              @imported=${()=>void this.search()}
              @cancel=${()=>this.importing=!1}
            ></cs-registry-import>`:d}
      </cs-dialog>
    `}};S.styles=[y,g`
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
    `],n([h({attribute:!1})],S.prototype,"hass",2),n([h({type:Boolean,reflect:!0})],S.prototype,"narrow",2),n([h({attribute:!1})],S.prototype,"compound",2),n([p()],S.prototype,"query",2),n([p()],S.prototype,"offset",2),n([p()],S.prototype,"answer",2),n([p()],S.prototype,"failure",2),n([p()],S.prototype,"householdId",2),n([p()],S.prototype,"dialog",2),n([p()],S.prototype,"importing",2),S=n([$("cs-registry-page")],S);nt({id:"cameras",tag:"cs-cameras-page",icon:"mdi:cctv",operations:["camera_health"]});var X=class extends f{constructor(){super(...arguments);this.narrow=!1}render(){return o`<cs-camera-health
      live
      .hass=${this.hass}
      .compound=${this.compound}
      .narrow=${this.narrow}
    ></cs-camera-health>`}};X.styles=[y],n([h({attribute:!1})],X.prototype,"hass",2),n([h({type:Boolean,reflect:!0})],X.prototype,"narrow",2),n([h({attribute:!1})],X.prototype,"compound",2),X=n([$("cs-cameras-page")],X);var Qt;async function Pt(r,s){Qt??=v(r,null,"console/info").catch(e=>{throw Qt=void 0,e});let{compounds:t}=await Qt;return t.find(e=>e.config_entry_id===s)??t[0]}var dt=class extends f{constructor(){super(...arguments);this.missing=!1;this.config={type:""};this.asked=!1}setConfig(t){this.config=t,this.asked=!1}getCardSize(){return 5}willUpdate(){this.hass&&!this.asked&&(this.asked=!0,Pt(this.hass,this.config.config_entry_id).then(t=>{this.compound=t,this.missing=!t}).catch(()=>this.missing=!0))}render(){if(!this.hass)return d;let t=this.compound;if(this.missing||t&&!(this.operation in t.may))return o`<div class="card muted">${l(this.hass,"common.unauthorized")}</div>`;if(!t)return o`<div class="card muted">${l(this.hass,"common.loading")}</div>`;let e=At(this.section);return St`<${e} .hass=${this.hass} .compound=${t}></${e}>`}static{this.styles=[y]}};n([h({attribute:!1})],dt.prototype,"hass",2),n([p()],dt.prototype,"compound",2),n([p()],dt.prototype,"missing",2);var ms=[{tag:"compound-security-alarm-desk-card",section:"cs-alarm-desk",operation:"alarm_view",name:"Compound Security alarm desk",description:"Open alarms with time, place and snapshot; acknowledge or close one with a note."},{tag:"compound-security-passages-card",section:"cs-passage-feed",operation:"live_passages",name:"Compound Security live passages",description:"Today's passages at the compound's gates, as they happen."},{tag:"compound-security-gates-card",section:"cs-gate-board",operation:"gate_operate",name:"Compound Security gates",description:"Every gate: open once, hold open, close."}];for(let r of ms)customElements.get(r.tag)||(customElements.define(r.tag,class extends dt{constructor(){super(...arguments);this.section=r.section;this.operation=r.operation}}),window.customCards??=[],window.customCards.push({type:r.tag,name:r.name,description:r.description,preview:!1}));function us(r,s){let{entities:t={},devices:e={}}=r;return Object.values(t).filter(i=>i.platform==="compound_security"&&i.entity_id.startsWith("sensor.")&&!i.entity_category&&!i.hidden&&i.device_id!==void 0&&(e[i.device_id]?.config_entries??[]).includes(s)).sort((i,a)=>i.entity_id.localeCompare(a.entity_id))}async function fs(r){try{return(await r.callWS({type:"frontend/get_translations",language:_t(r),category:"entity",integration:["compound_security"]})).resources}catch{return{}}}async function gs(r,s){let t=_=>l(s,_),e=await Pt(s,r.config_entry_id).catch(()=>{});if(!e)return{title:t("common.title"),views:[{title:t("common.title"),cards:[{type:"markdown",content:t("common.no_access")}]}]};let i=_=>_ in e.may,a=i("camera_health")?(await v(s,e,"cameras/list")).cameras:[],c={config_entry_id:e.config_entry_id},u=[];i("alarm_view")&&u.push({type:"custom:compound-security-alarm-desk-card",...c}),i("gate_operate")&&u.push({type:"custom:compound-security-gates-card",...c}),i("live_passages")&&u.push({type:"custom:compound-security-passages-card",...c});let m=a.filter(_=>_.entity_id).map(_=>({type:"picture-entity",entity:_.entity_id,name:_.name,camera_view:"auto"})),w=[{title:t("page.guard"),path:"guard-room",cards:u}];m.length&&w.push({title:t("page.cameras"),path:"cameras",cards:[{type:"grid",columns:2,square:!1,cards:m}]});let k=us(s,e.config_entry_id);if(k.length){let _=await fs(s),R=k.map(P=>{let G=_[`component.compound_security.entity.sensor.${P.translation_key}.name`];return G?{entity:P.entity_id,name:G}:{entity:P.entity_id}});w.push({title:t("guard.compound_view"),path:"compound",cards:[{type:"entities",title:t("guard.figures"),entities:R}]})}return{title:`${t("common.title")} · ${e.title}`,views:w}}var Me="ll-strategy-dashboard-compound-security-staff";customElements.get(Me)||customElements.define(Me,class extends HTMLElement{static generate(r,s){return gs(r,s)}});
