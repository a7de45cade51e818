var ne=Object.defineProperty;var ae=Object.getOwnPropertyDescriptor;var d=(r,s,t,e)=>{for(var i=e>1?void 0:e?ae(s,t):s,n=r.length-1,o;n>=0;n--)(o=r[n])&&(i=(e?o(s,t,i):o(i))||i);return e&&i&&ne(s,t,i),i};var st=globalThis,it=st.ShadowRoot&&(st.ShadyCSS===void 0||st.ShadyCSS.nativeShadow)&&"adoptedStyleSheets"in Document.prototype&&"replace"in CSSStyleSheet.prototype,lt=Symbol(),Ht=new WeakMap,V=class{constructor(s,t,e){if(this._$cssResult$=!0,e!==lt)throw Error("CSSResult is not constructable. Use `unsafeCSS` or `css` instead.");this.cssText=s,this.t=t}get styleSheet(){let s=this.o,t=this.t;if(it&&s===void 0){let e=t!==void 0&&t.length===1;e&&(s=Ht.get(t)),s===void 0&&((this.o=s=new CSSStyleSheet).replaceSync(this.cssText),e&&Ht.set(t,s))}return s}toString(){return this.cssText}},Tt=r=>new V(typeof r=="string"?r:r+"",void 0,lt),b=(r,...s)=>{let t=r.length===1?r[0]:s.reduce((e,i,n)=>e+(o=>{if(o._$cssResult$===!0)return o.cssText;if(typeof o=="number")return o;throw Error("Value passed to 'css' function must be a 'css' function result: "+o+". Use 'unsafeCSS' to pass non-literal values, but take care to ensure page security.")})(i)+r[n+1],r[0]);return new V(t,r,lt)},Rt=(r,s)=>{if(it)r.adoptedStyleSheets=s.map(t=>t instanceof CSSStyleSheet?t:t.styleSheet);else for(let t of s){let e=document.createElement("style"),i=st.litNonce;i!==void 0&&e.setAttribute("nonce",i),e.textContent=t.cssText,r.appendChild(e)}},dt=it?r=>r:r=>r instanceof CSSStyleSheet?(s=>{let t="";for(let e of s.cssRules)t+=e.cssText;return Tt(t)})(r):r;var{is:le,defineProperty:de,getOwnPropertyDescriptor:ce,getOwnPropertyNames:he,getOwnPropertySymbols:pe,getPrototypeOf:ue}=Object,ot=globalThis,Mt=ot.trustedTypes,me=Mt?Mt.emptyScript:"",ge=ot.reactiveElementPolyfillSupport,G=(r,s)=>r,Z={toAttribute(r,s){switch(s){case Boolean:r=r?me:null;break;case Object:case Array:r=r==null?r:JSON.stringify(r)}return r},fromAttribute(r,s){let t=r;switch(s){case Boolean:t=r!==null;break;case Number:t=r===null?null:Number(r);break;case Object:case Array:try{t=JSON.parse(r)}catch{t=null}}return t}},rt=(r,s)=>!le(r,s),Lt={attribute:!0,type:String,converter:Z,reflect:!1,useDefault:!1,hasChanged:rt};Symbol.metadata??=Symbol("metadata"),ot.litPropertyMetadata??=new WeakMap;var M=class extends HTMLElement{static addInitializer(s){this._$Ei(),(this.l??=[]).push(s)}static get observedAttributes(){return this.finalize(),this._$Eh&&[...this._$Eh.keys()]}static createProperty(s,t=Lt){if(t.state&&(t.attribute=!1),this._$Ei(),this.prototype.hasOwnProperty(s)&&((t=Object.create(t)).wrapped=!0),this.elementProperties.set(s,t),!t.noAccessor){let e=Symbol(),i=this.getPropertyDescriptor(s,e,t);i!==void 0&&de(this.prototype,s,i)}}static getPropertyDescriptor(s,t,e){let{get:i,set:n}=ce(this.prototype,s)??{get(){return this[t]},set(o){this[t]=o}};return{get:i,set(o){let c=i?.call(this);n?.call(this,o),this.requestUpdate(s,c,e)},configurable:!0,enumerable:!0}}static getPropertyOptions(s){return this.elementProperties.get(s)??Lt}static _$Ei(){if(this.hasOwnProperty(G("elementProperties")))return;let s=ue(this);s.finalize(),s.l!==void 0&&(this.l=[...s.l]),this.elementProperties=new Map(s.elementProperties)}static finalize(){if(this.hasOwnProperty(G("finalized")))return;if(this.finalized=!0,this._$Ei(),this.hasOwnProperty(G("properties"))){let t=this.properties,e=[...he(t),...pe(t)];for(let i of e)this.createProperty(i,t[i])}let s=this[Symbol.metadata];if(s!==null){let t=litPropertyMetadata.get(s);if(t!==void 0)for(let[e,i]of t)this.elementProperties.set(e,i)}this._$Eh=new Map;for(let[t,e]of this.elementProperties){let i=this._$Eu(t,e);i!==void 0&&this._$Eh.set(i,t)}this.elementStyles=this.finalizeStyles(this.styles)}static finalizeStyles(s){let t=[];if(Array.isArray(s)){let e=new Set(s.flat(1/0).reverse());for(let i of e)t.unshift(dt(i))}else s!==void 0&&t.push(dt(s));return t}static _$Eu(s,t){let e=t.attribute;return e===!1?void 0:typeof e=="string"?e:typeof s=="string"?s.toLowerCase():void 0}constructor(){super(),this._$Ep=void 0,this.isUpdatePending=!1,this.hasUpdated=!1,this._$Em=null,this._$Ev()}_$Ev(){this._$ES=new Promise(s=>this.enableUpdating=s),this._$AL=new Map,this._$E_(),this.requestUpdate(),this.constructor.l?.forEach(s=>s(this))}addController(s){(this._$EO??=new Set).add(s),this.renderRoot!==void 0&&this.isConnected&&s.hostConnected?.()}removeController(s){this._$EO?.delete(s)}_$E_(){let s=new Map,t=this.constructor.elementProperties;for(let e of t.keys())this.hasOwnProperty(e)&&(s.set(e,this[e]),delete this[e]);s.size>0&&(this._$Ep=s)}createRenderRoot(){let s=this.shadowRoot??this.attachShadow(this.constructor.shadowRootOptions);return Rt(s,this.constructor.elementStyles),s}connectedCallback(){this.renderRoot??=this.createRenderRoot(),this.enableUpdating(!0),this._$EO?.forEach(s=>s.hostConnected?.())}enableUpdating(s){}disconnectedCallback(){this._$EO?.forEach(s=>s.hostDisconnected?.())}attributeChangedCallback(s,t,e){this._$AK(s,e)}_$ET(s,t){let e=this.constructor.elementProperties.get(s),i=this.constructor._$Eu(s,e);if(i!==void 0&&e.reflect===!0){let n=(e.converter?.toAttribute!==void 0?e.converter:Z).toAttribute(t,e.type);this._$Em=s,n==null?this.removeAttribute(i):this.setAttribute(i,n),this._$Em=null}}_$AK(s,t){let e=this.constructor,i=e._$Eh.get(s);if(i!==void 0&&this._$Em!==i){let n=e.getPropertyOptions(i),o=typeof n.converter=="function"?{fromAttribute:n.converter}:n.converter?.fromAttribute!==void 0?n.converter:Z;this._$Em=i;let c=o.fromAttribute(t,n.type);this[i]=c??this._$Ej?.get(i)??c,this._$Em=null}}requestUpdate(s,t,e,i=!1,n){if(s!==void 0){let o=this.constructor;if(i===!1&&(n=this[s]),e??=o.getPropertyOptions(s),!((e.hasChanged??rt)(n,t)||e.useDefault&&e.reflect&&n===this._$Ej?.get(s)&&!this.hasAttribute(o._$Eu(s,e))))return;this.C(s,t,e)}this.isUpdatePending===!1&&(this._$ES=this._$EP())}C(s,t,{useDefault:e,reflect:i,wrapped:n},o){e&&!(this._$Ej??=new Map).has(s)&&(this._$Ej.set(s,o??t??this[s]),n!==!0||o!==void 0)||(this._$AL.has(s)||(this.hasUpdated||e||(t=void 0),this._$AL.set(s,t)),i===!0&&this._$Em!==s&&(this._$Eq??=new Set).add(s))}async _$EP(){this.isUpdatePending=!0;try{await this._$ES}catch(t){Promise.reject(t)}let s=this.scheduleUpdate();return s!=null&&await s,!this.isUpdatePending}scheduleUpdate(){return this.performUpdate()}performUpdate(){if(!this.isUpdatePending)return;if(!this.hasUpdated){if(this.renderRoot??=this.createRenderRoot(),this._$Ep){for(let[i,n]of this._$Ep)this[i]=n;this._$Ep=void 0}let e=this.constructor.elementProperties;if(e.size>0)for(let[i,n]of e){let{wrapped:o}=n,c=this[i];o!==!0||this._$AL.has(i)||c===void 0||this.C(i,void 0,n,c)}}let s=!1,t=this._$AL;try{s=this.shouldUpdate(t),s?(this.willUpdate(t),this._$EO?.forEach(e=>e.hostUpdate?.()),this.update(t)):this._$EM()}catch(e){throw s=!1,this._$EM(),e}s&&this._$AE(t)}willUpdate(s){}_$AE(s){this._$EO?.forEach(t=>t.hostUpdated?.()),this.hasUpdated||(this.hasUpdated=!0,this.firstUpdated(s)),this.updated(s)}_$EM(){this._$AL=new Map,this.isUpdatePending=!1}get updateComplete(){return this.getUpdateComplete()}getUpdateComplete(){return this._$ES}shouldUpdate(s){return!0}update(s){this._$Eq&&=this._$Eq.forEach(t=>this._$ET(t,this[t])),this._$EM()}updated(s){}firstUpdated(s){}};M.elementStyles=[],M.shadowRootOptions={mode:"open"},M[G("elementProperties")]=new Map,M[G("finalized")]=new Map,ge?.({ReactiveElement:M}),(ot.reactiveElementVersions??=[]).push("2.1.2");var ft=globalThis,Ot=r=>r,nt=ft.trustedTypes,Nt=nt?nt.createPolicy("lit-html",{createHTML:r=>r}):void 0,It="$lit$",N=`lit$${Math.random().toFixed(9).slice(2)}$`,jt="?"+N,fe=`<${jt}>`,j=document,Y=()=>j.createComment(""),J=r=>r===null||typeof r!="object"&&typeof r!="function",vt=Array.isArray,ve=r=>vt(r)||typeof r?.[Symbol.iterator]=="function",ct=`[ 	
\f\r]`,K=/<(?:(!--|\/[^a-zA-Z])|(\/?[a-zA-Z][^>\s]*)|(\/?$))/g,Ct=/-->/g,Ut=/>/g,D=RegExp(`>|${ct}(?:([^\\s"'>=/]+)(${ct}*=${ct}*(?:[^ 	
\f\r"'\`<>=]|("|')|))|$)`,"g"),zt=/'/g,Pt=/"/g,Ft=/^(?:script|style|textarea|title)$/i,$t=r=>(s,...t)=>({_$litType$:r,strings:s,values:t}),l=$t(1),qt=$t(2),Bt=$t(3),F=Symbol.for("lit-noChange"),h=Symbol.for("lit-nothing"),Dt=new WeakMap,I=j.createTreeWalker(j,129);function Wt(r,s){if(!vt(r)||!r.hasOwnProperty("raw"))throw Error("invalid template strings array");return Nt!==void 0?Nt.createHTML(s):s}var $e=(r,s)=>{let t=r.length-1,e=[],i,n=s===2?"<svg>":s===3?"<math>":"",o=K;for(let c=0;c<t;c++){let p=r[c],g,y,v=-1,R=0;for(;R<p.length&&(o.lastIndex=R,y=o.exec(p),y!==null);)R=o.lastIndex,o===K?y[1]==="!--"?o=Ct:y[1]!==void 0?o=Ut:y[2]!==void 0?(Ft.test(y[2])&&(i=RegExp("</"+y[2],"g")),o=D):y[3]!==void 0&&(o=D):o===D?y[0]===">"?(o=i??K,v=-1):y[1]===void 0?v=-2:(v=o.lastIndex-y[2].length,g=y[1],o=y[3]===void 0?D:y[3]==='"'?Pt:zt):o===Pt||o===zt?o=D:o===Ct||o===Ut?o=K:(o=D,i=void 0);let O=o===D&&r[c+1].startsWith("/>")?" ":"";n+=o===K?p+fe:v>=0?(e.push(g),p.slice(0,v)+It+p.slice(v)+N+O):p+N+(v===-2?c:O)}return[Wt(r,n+(r[t]||"<?>")+(s===2?"</svg>":s===3?"</math>":"")),e]},Q=class r{constructor({strings:s,_$litType$:t},e){let i;this.parts=[];let n=0,o=0,c=s.length-1,p=this.parts,[g,y]=$e(s,t);if(this.el=r.createElement(g,e),I.currentNode=this.el.content,t===2||t===3){let v=this.el.content.firstChild;v.replaceWith(...v.childNodes)}for(;(i=I.nextNode())!==null&&p.length<c;){if(i.nodeType===1){if(i.hasAttributes())for(let v of i.getAttributeNames())if(v.endsWith(It)){let R=y[o++],O=i.getAttribute(v).split(N),et=/([.?@])?(.*)/.exec(R);p.push({type:1,index:n,name:et[2],strings:O,ctor:et[1]==="."?pt:et[1]==="?"?ut:et[1]==="@"?mt:W}),i.removeAttribute(v)}else v.startsWith(N)&&(p.push({type:6,index:n}),i.removeAttribute(v));if(Ft.test(i.tagName)){let v=i.textContent.split(N),R=v.length-1;if(R>0){i.textContent=nt?nt.emptyScript:"";for(let O=0;O<R;O++)i.append(v[O],Y()),I.nextNode(),p.push({type:2,index:++n});i.append(v[R],Y())}}}else if(i.nodeType===8)if(i.data===jt)p.push({type:2,index:n});else{let v=-1;for(;(v=i.data.indexOf(N,v+1))!==-1;)p.push({type:7,index:n}),v+=N.length-1}n++}}static createElement(s,t){let e=j.createElement("template");return e.innerHTML=s,e}};function B(r,s,t=r,e){if(s===F)return s;let i=e!==void 0?t._$Co?.[e]:t._$Cl,n=J(s)?void 0:s._$litDirective$;return i?.constructor!==n&&(i?._$AO?.(!1),n===void 0?i=void 0:(i=new n(r),i._$AT(r,t,e)),e!==void 0?(t._$Co??=[])[e]=i:t._$Cl=i),i!==void 0&&(s=B(r,i._$AS(r,s.values),i,e)),s}var ht=class{constructor(s,t){this._$AV=[],this._$AN=void 0,this._$AD=s,this._$AM=t}get parentNode(){return this._$AM.parentNode}get _$AU(){return this._$AM._$AU}u(s){let{el:{content:t},parts:e}=this._$AD,i=(s?.creationScope??j).importNode(t,!0);I.currentNode=i;let n=I.nextNode(),o=0,c=0,p=e[0];for(;p!==void 0;){if(o===p.index){let g;p.type===2?g=new X(n,n.nextSibling,this,s):p.type===1?g=new p.ctor(n,p.name,p.strings,this,s):p.type===6&&(g=new gt(n,this,s)),this._$AV.push(g),p=e[++c]}o!==p?.index&&(n=I.nextNode(),o++)}return I.currentNode=j,i}p(s){let t=0;for(let e of this._$AV)e!==void 0&&(e.strings!==void 0?(e._$AI(s,e,t),t+=e.strings.length-2):e._$AI(s[t])),t++}},X=class r{get _$AU(){return this._$AM?._$AU??this._$Cv}constructor(s,t,e,i){this.type=2,this._$AH=h,this._$AN=void 0,this._$AA=s,this._$AB=t,this._$AM=e,this.options=i,this._$Cv=i?.isConnected??!0}get parentNode(){let s=this._$AA.parentNode,t=this._$AM;return t!==void 0&&s?.nodeType===11&&(s=t.parentNode),s}get startNode(){return this._$AA}get endNode(){return this._$AB}_$AI(s,t=this){s=B(this,s,t),J(s)?s===h||s==null||s===""?(this._$AH!==h&&this._$AR(),this._$AH=h):s!==this._$AH&&s!==F&&this._(s):s._$litType$!==void 0?this.$(s):s.nodeType!==void 0?this.T(s):ve(s)?this.k(s):this._(s)}O(s){return this._$AA.parentNode.insertBefore(s,this._$AB)}T(s){this._$AH!==s&&(this._$AR(),this._$AH=this.O(s))}_(s){this._$AH!==h&&J(this._$AH)?this._$AA.nextSibling.data=s:this.T(j.createTextNode(s)),this._$AH=s}$(s){let{values:t,_$litType$:e}=s,i=typeof e=="number"?this._$AC(s):(e.el===void 0&&(e.el=Q.createElement(Wt(e.h,e.h[0]),this.options)),e);if(this._$AH?._$AD===i)this._$AH.p(t);else{let n=new ht(i,this),o=n.u(this.options);n.p(t),this.T(o),this._$AH=n}}_$AC(s){let t=Dt.get(s.strings);return t===void 0&&Dt.set(s.strings,t=new Q(s)),t}k(s){vt(this._$AH)||(this._$AH=[],this._$AR());let t=this._$AH,e,i=0;for(let n of s)i===t.length?t.push(e=new r(this.O(Y()),this.O(Y()),this,this.options)):e=t[i],e._$AI(n),i++;i<t.length&&(this._$AR(e&&e._$AB.nextSibling,i),t.length=i)}_$AR(s=this._$AA.nextSibling,t){for(this._$AP?.(!1,!0,t);s!==this._$AB;){let e=Ot(s).nextSibling;Ot(s).remove(),s=e}}setConnected(s){this._$AM===void 0&&(this._$Cv=s,this._$AP?.(s))}},W=class{get tagName(){return this.element.tagName}get _$AU(){return this._$AM._$AU}constructor(s,t,e,i,n){this.type=1,this._$AH=h,this._$AN=void 0,this.element=s,this.name=t,this._$AM=i,this.options=n,e.length>2||e[0]!==""||e[1]!==""?(this._$AH=Array(e.length-1).fill(new String),this.strings=e):this._$AH=h}_$AI(s,t=this,e,i){let n=this.strings,o=!1;if(n===void 0)s=B(this,s,t,0),o=!J(s)||s!==this._$AH&&s!==F,o&&(this._$AH=s);else{let c=s,p,g;for(s=n[0],p=0;p<n.length-1;p++)g=B(this,c[e+p],t,p),g===F&&(g=this._$AH[p]),o||=!J(g)||g!==this._$AH[p],g===h?s=h:s!==h&&(s+=(g??"")+n[p+1]),this._$AH[p]=g}o&&!i&&this.j(s)}j(s){s===h?this.element.removeAttribute(this.name):this.element.setAttribute(this.name,s??"")}},pt=class extends W{constructor(){super(...arguments),this.type=3}j(s){this.element[this.name]=s===h?void 0:s}},ut=class extends W{constructor(){super(...arguments),this.type=4}j(s){this.element.toggleAttribute(this.name,!!s&&s!==h)}},mt=class extends W{constructor(s,t,e,i,n){super(s,t,e,i,n),this.type=5}_$AI(s,t=this){if((s=B(this,s,t,0)??h)===F)return;let e=this._$AH,i=s===h&&e!==h||s.capture!==e.capture||s.once!==e.once||s.passive!==e.passive,n=s!==h&&(e===h||i);i&&this.element.removeEventListener(this.name,this,e),n&&this.element.addEventListener(this.name,this,s),this._$AH=s}handleEvent(s){typeof this._$AH=="function"?this._$AH.call(this.options?.host??this.element,s):this._$AH.handleEvent(s)}},gt=class{constructor(s,t,e){this.element=s,this.type=6,this._$AN=void 0,this._$AM=t,this.options=e}get _$AU(){return this._$AM._$AU}_$AI(s){B(this,s)}};var _e=ft.litHtmlPolyfillSupport;_e?.(Q,X),(ft.litHtmlVersions??=[]).push("3.3.3");var Vt=(r,s,t)=>{let e=t?.renderBefore??s,i=e._$litPart$;if(i===void 0){let n=t?.renderBefore??null;e._$litPart$=i=new X(s.insertBefore(Y(),n),n,void 0,t??{})}return i._$AI(r),i};var _t=globalThis,_=class extends M{constructor(){super(...arguments),this.renderOptions={host:this},this._$Do=void 0}createRenderRoot(){let s=super.createRenderRoot();return this.renderOptions.renderBefore??=s.firstChild,s}update(s){let t=this.render();this.hasUpdated||(this.renderOptions.isConnected=this.isConnected),super.update(s),this._$Do=Vt(t,this.renderRoot,this.renderOptions)}connectedCallback(){super.connectedCallback(),this._$Do?.setConnected(!0)}disconnectedCallback(){super.disconnectedCallback(),this._$Do?.setConnected(!1)}render(){return F}};_._$litElement$=!0,_.finalized=!0,_t.litElementHydrateSupport?.({LitElement:_});var ye=_t.litElementPolyfillSupport;ye?.({LitElement:_});(_t.litElementVersions??=[]).push("4.2.2");var x=r=>(s,t)=>{t!==void 0?t.addInitializer(()=>{customElements.define(r,s)}):customElements.define(r,s)};var be={attribute:!0,type:String,converter:Z,reflect:!1,hasChanged:rt},we=(r=be,s,t)=>{let{kind:e,metadata:i}=t,n=globalThis.litPropertyMetadata.get(i);if(n===void 0&&globalThis.litPropertyMetadata.set(i,n=new Map),e==="setter"&&((r=Object.create(r)).wrapped=!0),n.set(t.name,r),e==="accessor"){let{name:o}=t;return{set(c){let p=s.get.call(this);s.set.call(this,c),this.requestUpdate(o,p,r,!0,c)},init(c){return c!==void 0&&this.C(o,void 0,r,c),c}}}if(e==="setter"){let{name:o}=t;return function(c){let p=this[o];s.call(this,c),this.requestUpdate(o,p,r,!0,c)}}throw Error("Unsupported decorator location: "+e)};function u(r){return(s,t)=>typeof t=="object"?we(r,s,t):((e,i,n)=>{let o=i.hasOwnProperty(n);return i.constructor.createProperty(n,e),o?Object.getOwnPropertyDescriptor(i,n):void 0})(r,s,t)}function m(r){return u({...r,state:!0,attribute:!1})}var q=(r,s,t)=>(t.configurable=!0,t.enumerable=!0,Reflect.decorate&&typeof s!="object"&&Object.defineProperty(r,s,t),t);function Gt(r,s){return(t,e,i)=>{let n=o=>o.renderRoot?.querySelector(r)??null;if(s){let{get:o,set:c}=typeof e=="object"?t:i??(()=>{let p=Symbol();return{get(){return this[p]},set(g){this[p]=g}}})();return q(t,e,{get(){let p=o.call(this);return p===void 0&&(p=n(this),(p!==null||this.hasUpdated)&&c.call(this,p)),p}})}return q(t,e,{get(){return n(this)}})}}var A=b`
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
`;var C=class extends _{constructor(){super(...arguments);this.heading="";this.open=!1}updated(t){t.has("open")&&(this.open&&!this.dialog.open&&this.dialog.showModal(),!this.open&&this.dialog.open&&this.dialog.close())}closed(){this.open=!1,this.dispatchEvent(new CustomEvent("closed"))}render(){return l`<dialog @close=${this.closed}>
      <h2>${this.heading}</h2>
      <slot></slot>
      <div class="actions"><slot name="actions"></slot></div>
    </dialog>`}};C.styles=[A,b`
      dialog {
        border: none; border-radius: 12px; padding: 20px; max-width: min(560px, 92vw); width: 100%;
        background: var(--card-background-color, #fff); color: var(--primary-text-color);
        box-sizing: border-box;
      }
      dialog::backdrop { background: rgba(0, 0, 0, 0.4); }
      h2 { margin: 0 0 12px; font-size: 18px; font-weight: 500; }
      .actions { display: flex; gap: 8px; justify-content: flex-end; margin-top: 16px; flex-wrap: wrap; }
    `],d([u()],C.prototype,"heading",2),d([u({type:Boolean,reflect:!0})],C.prototype,"open",2),d([Gt("dialog")],C.prototype,"dialog",2),C=d([x("cs-dialog")],C);var U=class extends _{constructor(){super(...arguments);this.label="";this.error=null;this.hint=null}render(){return l`<label>${this.label}</label>
      <slot></slot>
      ${this.error?l`<div class="error" role="alert">${this.error}</div>`:h}
      ${this.hint&&!this.error?l`<div class="muted">${this.hint}</div>`:h}`}};U.styles=[A,b`
      :host { margin-bottom: 12px; }
      ::slotted(input), ::slotted(select), ::slotted(textarea) { width: 100%; }
      .error, .muted { font-size: 13px; margin-top: 4px; }
    `],d([u()],U.prototype,"label",2),d([u()],U.prototype,"error",2),d([u()],U.prototype,"hint",2),U=d([x("cs-field")],U);var Zt={common:{cancel:"Cancel",close:"Close",compound:"Compound",failed:"That did not work. Try again.",loading:"Loading…",next:"Next",no_access:"Your account has no role in any compound. Ask the property office's manager to give you one.",not_found:"Not found.",nothing:"Nothing to show.",page_of:"{first}–{last} of {total}",previous:"Previous",refused_page:"Your role may not open this page.",retry:"Retry",role:"Role: {role}",save:"Save",search:"Search",title:"Compound Security",unauthorized:"Your role may not do this."},enum:{classification:{no_registered_occupant:"Used, but nobody registered",suspected_group_rental:"Suspected group rental",suspected_workshop:"Suspected workshop"},credential:{card:"Card",pin:"PIN",qr:"QR code",vehicle_chip:"Vehicle chip"},decision:{denied:"Denied",granted:"Granted"},direction:{both:"In and out",in:"In",out:"Out"},person_role:{contractor:"Contractor",family:"Family",owner:"Owner",staff:"Staff",tenant:"Tenant"},reason:{expired:"Card expired",granted:"Granted",holder_missing:"Holder not registered",lost:"Card reported lost",moved_out:"Moved out",not_permitted_here:"Not permitted here",not_yet_valid:"Card not yet valid",outside_schedule:"Outside the schedule",owner_absent:"Owner absent",pin_locked:"PIN entry paused",revoked:"Card revoked",unknown_credential:"Unknown card",used_up:"Visitor pass used up",vehicle_locked:"Vehicle locked"},role:{clerk:"Property clerk",guard:"Guard",manager:"Manager",police:"Community police",resident:"Resident"},subentry_type:{access_point:"Access point",camera:"Camera",meter_bus:"Meter bus",notification_route:"Notification route"},tenant_cards:{residence_permit:"Residence permit (居住证) only",residence_permit_or_property_card:"Residence permit or the property office's card (安居E卡)"},watch:{care:"Care watch",none:"None",police:"Police watch"},zone:{compound_gates:"Compound gates",garages:"Garages",unit_doors:"Unit doors"}},log:{access_point:"Access point",any:"Any",choose_person:"Several people match: choose one",credential:"Credential",decision:"Decision",direction:"Direction",download:"Download CSV",end:"To",flat:"Flat",live_only:"Your role sees the live passages: the last 24 hours (since {since}), flats, and names only on alarms.",name:"Name",no_such_flat:"No flat matches.",no_such_person:"Nobody by that name.",person:"Person",person_hint:"Name",reason:"Reason",start:"From",time:"Time",title:"Who passed where and when"},page:{cameras:"Cameras",guard:"Guard room",home:"My home",log:"Access log",registry:"Registry",settings:"Settings",usage:"Usage",watch:"Watch and wanted"},settings:{add_level:"Add access level",closed:"Closed at all times",day:{fri:"Fri",mon:"Mon",sat:"Sat",sun:"Sun",thu:"Thu",tue:"Tue",wed:"Wed"},delete:"Delete",edit:"Edit",edit_level:"Edit access level",hardware:"Hardware",hardware_help:"Access points, cameras, meter buses and notification routes are set up in Home Assistant's own integration page.",holiday_hours:"Holiday hours",holidays:"Holidays (dates)",inactive:"inactive",level_name:"Name",levels:"Access levels and schedules",levels_help:"Residents need none to get home; staff and contractors hold named levels.",no_levels:"No access levels yet.",no_role:"No role",open_integration:"Open the integration's page",outside_policy:"Tenant cards of a type this policy no longer gives tenants: {count}.",policy_saved:"The tenant-card policy is saved.",role:"Role",role_saved:"{name}'s role is saved.",roles:"Staff roles",roles_help:"Home Assistant administrators are managers everywhere. Give other users a role in this compound.",schedule:"Weekly schedule",schedule_help:"Times like 07:00-22:00, several separated by commas; empty means closed that day.",tenant_cards:"Tenant-card policy",tenant_cards_help:"Which cards tenants may hold.",user:"User",where:"Where"},usage:{chart:"Chart",classification:"Verdict",electricity:"Electricity",estimated:"about {count} living there",flagged:"Flagged households",flat:"Flat",flat_months:"A flat's months",households:"Households with readings: {count}",month:"Month",no_readings:"No meter readings yet.",no_such_flat:"No flat matches.",none_flagged:"No household is flagged this month.",occupants:"Occupants",registered:"{count} registered",rule:"Flagged when usage per registered person is at least {factor} times the compound's median, {months} months running.",show:"Show",times_median:"{ratio} × median per person",totals:"The month's totals",water:"Water"},watch:{care:"Care watch (重点看护)",care_help:"Asked for by the family: their passages are reported to the family's phones.",checking:"Checking…",directions:"Reported",finished:"Done. New on the list: {added}, of them registered here: {matched}; rows that were not valid ID numbers: {invalid}.",flat:"Flat",matches:"Registered people on the list",moved_out:"moved out",name:"Name",no_matches:"Nobody registered is on the wanted list.",nobody:"Nobody.",notify:"Family told",police:"Police watch (重点人员)",police_help:"Police business: only the police and managers see this list.",progress:"Checked {done} of {total} ID numbers…",upload:"Upload wanted list (CSV or text)",uploaded:"ID numbers being checked: {numbers}; rows that were not valid ID numbers: {invalid}.",wanted:"Wanted list",wanted_listed:"ID numbers on the list: {count} (kept only as hashes)."}};var Kt={common:{cancel:"取消",close:"关闭",compound:"小区",failed:"操作未成功，请重试。",loading:"加载中…",next:"下一页",no_access:"您的账号在任何小区都没有角色。请联系物业经理为您分配。",not_found:"未找到。",nothing:"暂无内容。",page_of:"第 {first}–{last} 条，共 {total} 条",previous:"上一页",refused_page:"您的角色无权打开此页面。",retry:"重试",role:"角色：{role}",save:"保存",search:"搜索",title:"小区安防",unauthorized:"您的角色无权执行此操作。"},enum:{classification:{no_registered_occupant:"有用量但无人登记",suspected_group_rental:"疑似群租",suspected_workshop:"疑似小作坊"},credential:{card:"卡",pin:"密码",qr:"二维码",vehicle_chip:"车辆芯片"},decision:{denied:"拒绝",granted:"通过"},direction:{both:"进出",in:"进",out:"出"},person_role:{contractor:"外包人员",family:"家属",owner:"业主",staff:"员工",tenant:"租户"},reason:{expired:"卡已过期",granted:"通过",holder_missing:"持卡人未登记",lost:"卡已挂失",moved_out:"已迁出",not_permitted_here:"无此处通行权限",not_yet_valid:"卡尚未生效",outside_schedule:"不在通行时段",owner_absent:"车主不在场",pin_locked:"密码输入已暂停",revoked:"卡已注销",unknown_credential:"未知卡",used_up:"访客通行证次数已用完",vehicle_locked:"车辆已锁定"},role:{clerk:"物业文员",guard:"保安",manager:"物业经理",police:"社区民警",resident:"住户"},subentry_type:{access_point:"出入口",camera:"摄像头",meter_bus:"抄表总线",notification_route:"通知路由"},tenant_cards:{residence_permit:"仅限居住证",residence_permit_or_property_card:"居住证或物业卡（安居E卡）"},watch:{care:"重点看护",none:"无",police:"重点人员"},zone:{compound_gates:"小区大门",garages:"车库",unit_doors:"单元门"}},log:{access_point:"出入口",any:"全部",choose_person:"有多人匹配，请选择一位",credential:"凭证",decision:"结果",direction:"方向",download:"下载 CSV",end:"至",flat:"房号",live_only:"您的角色可查看实时通行：最近 24 小时（自 {since} 起），只显示房号，仅在告警时显示姓名。",name:"姓名",no_such_flat:"没有匹配的房号。",no_such_person:"没有此姓名的人员。",person:"人员",person_hint:"姓名",reason:"原因",start:"从",time:"时间",title:"谁在何时经过何处"},page:{cameras:"摄像头",guard:"门岗",home:"我的家",log:"通行记录",registry:"住户登记",settings:"设置",usage:"用水用电",watch:"看护与布控"},settings:{add_level:"添加权限组",closed:"全天关闭",day:{fri:"周五",mon:"周一",sat:"周六",sun:"周日",thu:"周四",tue:"周二",wed:"周三"},delete:"删除",edit:"编辑",edit_level:"编辑权限组",hardware:"硬件",hardware_help:"出入口、摄像头、抄表总线和通知路由在 Home Assistant 的集成页面中配置。",holiday_hours:"节假日时段",holidays:"节假日（日期）",inactive:"已停用",level_name:"名称",levels:"权限组与时间段",levels_help:"住户回家无需权限组；员工和外包人员持有指定的权限组。",no_levels:"暂无权限组。",no_role:"无角色",open_integration:"打开集成页面",outside_policy:"有 {count} 张租户卡的类型已不在此政策允许范围内。",policy_saved:"租户卡政策已保存。",role:"角色",role_saved:"已保存 {name} 的角色。",roles:"员工角色",roles_help:"Home Assistant 管理员在所有小区都是物业经理。可为其他用户分配本小区的角色。",schedule:"每周时间段",schedule_help:"时间格式如 07:00-22:00，多个时段用逗号分隔；留空表示当天关闭。",tenant_cards:"租户卡政策",tenant_cards_help:"租户可以持有哪些卡。",user:"用户",where:"适用范围"},usage:{chart:"图表",classification:"研判",electricity:"用电",estimated:"估计约 {count} 人居住",flagged:"异常住户",flat:"房号",flat_months:"单户逐月用量",households:"{count} 户有读数",month:"月份",no_readings:"暂无抄表读数。",no_such_flat:"没有匹配的房号。",none_flagged:"本月没有异常住户。",occupants:"人数",registered:"登记 {count} 人",rule:"人均用量连续 {months} 个月达到小区中位数的 {factor} 倍即标记。",show:"显示",times_median:"人均为中位数的 {ratio} 倍",totals:"本月合计",water:"用水"},watch:{care:"重点看护",care_help:"应家属要求设立：其通行情况会推送到家属手机。",checking:"比对中…",directions:"推送方向",finished:"完成：新增 {added} 个身份证号，其中 {matched} 人在本小区登记；{invalid} 行不是有效的身份证号。",flat:"房号",matches:"名单上的已登记人员",moved_out:"已迁出",name:"姓名",no_matches:"没有已登记人员在在逃人员名单上。",nobody:"暂无。",notify:"通知家属",police:"重点人员",police_help:"公安事务：仅民警和物业经理可见此名单。",progress:"已比对 {done}/{total} 个身份证号…",upload:"上传在逃人员名单（CSV 或文本）",uploaded:"正在比对 {numbers} 个身份证号；{invalid} 行不是有效的身份证号。",wanted:"在逃人员名单",wanted_listed:"名单共 {count} 个身份证号（仅保存哈希值）。"}};var yt={en:Zt,"zh-Hans":Kt},Yt=new Map;function wt(r){return(r.locale?.language??r.language??"en").toLowerCase().startsWith("zh")?"zh-Hans":"en"}function bt(r,s){let t=r;for(let e of s.split(".")){if(t===void 0||typeof t=="string")return;t=t[e]}return typeof t=="string"?t:void 0}function Jt(r,s={}){return r.replace(/\{(\w+)\}/g,(t,e)=>e in s?String(s[e]):t)}function a(r,s,t={}){let e=bt(yt[wt(r)],s)??bt(yt.en,s);return e===void 0?s:Jt(e,t)}function f(r,s,t){return t==null||t===""?"":bt(yt[wt(r)],`enum.${s}.${t}`)??t}function xt(r){let s=wt(r),t=Yt.get(s);return t||(t=r.callWS({type:"frontend/get_translations",language:s,category:"exceptions",integration:["compound_security"]}).then(e=>e.resources).catch(()=>({})),Yt.set(s,t)),t}async function w(r,s){let t=s;if(t?.translation_key){let i=(await xt(r))[`component.compound_security.exceptions.${t.translation_key}.message`];if(i)return Jt(i,t.translation_placeholders??{})}return t?.code==="unauthorized"?a(r,"common.unauthorized"):t?.code==="not_found"?a(r,"common.not_found"):t?.message??a(r,"common.failed")}var L=class extends _{constructor(){super(...arguments);this.offset=0;this.limit=50;this.total=0}go(t){this.dispatchEvent(new CustomEvent("page",{detail:{offset:t}}))}render(){if(this.total<=this.limit&&this.offset===0)return l``;let t=Math.min(this.offset+this.limit,this.total);return l`<div class="row">
      <button ?disabled=${this.offset===0} @click=${()=>this.go(Math.max(0,this.offset-this.limit))}>
        ${a(this.hass,"common.previous")}
      </button>
      <span class="muted">${a(this.hass,"common.page_of",{first:this.total?this.offset+1:0,last:t,total:this.total})}</span>
      <button ?disabled=${t>=this.total} @click=${()=>this.go(this.offset+this.limit)}>
        ${a(this.hass,"common.next")}
      </button>
    </div>`}};L.styles=[A,b`.row { justify-content: flex-end; margin-top: 8px; }`],d([u({attribute:!1})],L.prototype,"hass",2),d([u({type:Number})],L.prototype,"offset",2),d([u({type:Number})],L.prototype,"limit",2),d([u({type:Number})],L.prototype,"total",2),L=d([x("cs-pager")],L);var Xt=Symbol.for(""),Ee=r=>{if(r?.r===Xt)return r?._$litStatic$},te=r=>({_$litStatic$:r,r:Xt});var Qt=new Map,At=r=>(s,...t)=>{let e=t.length,i,n,o=[],c=[],p,g=0,y=!1;for(;g<e;){for(p=s[g];g<e&&(n=t[g],(i=Ee(n))!==void 0);)p+=i+s[++g],y=!0;g!==e&&c.push(n),o.push(p),g++}if(g===e&&o.push(s[e]),y){let v=o.join("$$lit$$");(s=Qt.get(v))===void 0&&(o.raw=o,Qt.set(v,s=o)),t=c}return r(s,...t)},ee=At(l),Ys=At(qt),Js=At(Bt);var Et=[];function z(r){Et.push(r)}var Se="compound_security";function $(r,s,t,e={}){let i={type:`${Se}/${t}`,...e};return s&&(i.config_entry_id=s.config_entry_id),r.callWS(i)}function tt(r,s){return s in r.may}var se="compound-security-compound",T=class extends _{constructor(){super(...arguments);this.narrow=!1;this.failed=!1;this.compoundId=localStorage.getItem(se)}firstUpdated(){this.load()}async load(){this.failed=!1;try{let[t]=await Promise.all([$(this.hass,null,"console/info"),xt(this.hass)]);this.info=t}catch{this.failed=!0}}get compound(){let t=this.info?.compounds??[];return t.find(e=>e.config_entry_id===this.compoundId)??t[0]}pagesFor(t){return Et.filter(e=>e.operations.some(i=>i in t.may))}get pageId(){return this.route?.path.split("/").filter(Boolean)[0]}navigate(t){let e=`${this.route?.prefix??"/compound-security"}/${t}`;history.pushState(null,"",e),window.dispatchEvent(new CustomEvent("location-changed",{detail:{replace:!1}}))}chooseCompound(t){this.compoundId=t.target.value,localStorage.setItem(se,this.compoundId)}toggleMenu(){this.dispatchEvent(new CustomEvent("hass-toggle-menu",{bubbles:!0,composed:!0}))}render(){let t=this.compound,e=t?this.pagesFor(t):[],i=e.find(n=>n.id===this.pageId)??e[0];return l`
      <header>
        ${this.narrow?l`<button class="menu" aria-label="menu" @click=${this.toggleMenu}>☰</button>`:h}
        <h1>${a(this.hass,"common.title")}</h1>
        ${this.info&&this.info.compounds.length>1?l`<select aria-label=${a(this.hass,"common.compound")} @change=${this.chooseCompound}>
              ${this.info.compounds.map(n=>l`<option value=${n.config_entry_id} ?selected=${n===t}>${n.title}</option>`)}
            </select>`:t?l`<span class="compound">${t.title}</span>`:h}
        ${t?l`<span class="chip role">${f(this.hass,"role",t.role)}</span>`:h}
      </header>
      ${e.length>1?l`<nav role="tablist">
            ${e.map(n=>l`<a
                role="tab"
                href="${this.route?.prefix??"/compound-security"}/${n.id}"
                aria-selected=${n===i?"true":"false"}
                data-page=${n.id}
                @click=${o=>{o.preventDefault(),this.navigate(n.id)}}
                >${a(this.hass,`page.${n.id}`)}</a
              >`)}
          </nav>`:h}
      <main>${this.renderBody(t,i)}</main>
    `}renderBody(t,e){if(this.failed)return l`<div class="card error">
        ${a(this.hass,"common.failed")}
        <button @click=${this.load}>${a(this.hass,"common.retry")}</button>
      </div>`;if(!this.info)return l`<div class="muted">${a(this.hass,"common.loading")}</div>`;if(!t||!e)return l`<div class="card">${a(this.hass,"common.no_access")}</div>`;let i=te(e.tag);return ee`<${i} .hass=${this.hass} .narrow=${this.narrow} .compound=${t}></${i}>`}};T.styles=[A,b`
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
    `],d([u({attribute:!1})],T.prototype,"hass",2),d([u({type:Boolean,reflect:!0})],T.prototype,"narrow",2),d([u({attribute:!1})],T.prototype,"route",2),d([m()],T.prototype,"info",2),d([m()],T.prototype,"failed",2),d([m()],T.prototype,"compoundId",2),T=d([x("compound-security-panel")],T);function ke(r){return r.locale?.language??r.language??"en"}function at(r,s,t){return s?new Intl.DateTimeFormat(ke(r),{timeZone:t.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).format(new Date(s)):""}function He(r,s){let t=new Intl.DateTimeFormat("en-CA",{timeZone:s.time_zone,year:"numeric",month:"2-digit",day:"2-digit",hour:"2-digit",minute:"2-digit",hour12:!1}).formatToParts(r),e=n=>t.find(o=>o.type===n)?.value??"00",i=e("hour")==="24"?"00":e("hour");return`${e("year")}-${e("month")}-${e("day")}T${i}:${e("minute")}`}function St(r,s){let t=new Date(`${r}:00Z`),e=new Date(`${He(t,s)}:00Z`);return new Date(t.getTime()-(e.getTime()-t.getTime())).toISOString()}var ie=50,Te=["granted","unknown_credential","revoked","lost","expired","not_yet_valid","vehicle_locked","owner_absent","holder_missing","moved_out","not_permitted_here","outside_schedule","used_up","pin_locked"],Re=r=>`${r.building}-${r.unit}-${r.room}`,E=class extends _{constructor(){super(...arguments);this.narrow=!1;this.offset=0;this.error=null;this.personError=null;this.flatError=null;this.people=[];this.busy=!1;this.filters={}}get followsPeople(){let t=this.compound.may.access_log_query;return t==="all"||t==="own"}get ownHousehold(){return this.compound.may.access_log_query==="own"&&!tt(this.compound,"live_passages")}firstUpdated(){this.load()}updated(t){t.has("compound")&&t.get("compound")!==void 0&&(this.filters={},this.offset=0,this.load())}async load(){this.busy=!0;try{this.page=await $(this.hass,this.compound,"access_log/query",{...this.filters,offset:this.offset,limit:ie}),this.error=null}catch(t){this.error=await w(this.hass,t)}finally{this.busy=!1}}field(t){return this.renderRoot.querySelector(`[name="${t}"]`)?.value.trim()??""}async findHousehold(t){if(!t)return;let e=await $(this.hass,this.compound,"household/list",{search:t}),i=e.filter(o=>Re(o)===t),n=i.length===1?i[0]:e.length===1?e[0]:void 0;return n?n.id:null}async findPerson(t){let e=this.field("person_id");if(e)return e;if(!t)return;let i=await $(this.hass,this.compound,"person/list",{search:t}),n=i.filter(c=>c.name===t),o=n.length?n:i;return o.length===1?o[0].id:(this.people=o.slice(0,50),null)}async search(t){t?.preventDefault(),this.personError=this.flatError=null;let e={};try{if(!this.ownHousehold){let o=await this.findHousehold(this.field("flat"));o===null?this.flatError=a(this.hass,"log.no_such_flat"):o&&(e.household_id=o)}if(this.followsPeople){let o=await this.findPerson(this.field("person"));o===null?this.personError=a(this.hass,this.people.length?"log.choose_person":"log.no_such_person"):o&&(e.person_id=o)}}catch(o){this.error=await w(this.hass,o);return}if(this.personError||this.flatError)return;for(let o of["access_point_id","decision","reason"]){let c=this.field(o);c&&(e[o]=c)}let i=this.field("start"),n=this.field("end");i&&(e.start=St(i,this.compound)),n&&(e.end=St(n,this.compound)),this.filters=e,this.offset=0,await this.load()}personTyped(){this.people=[]}async download(){try{let t=await $(this.hass,this.compound,"access_log/export",this.filters),e=URL.createObjectURL(new Blob([t.csv],{type:"text/csv;charset=utf-8"})),i=document.createElement("a");i.href=e,i.download=t.filename,i.click(),setTimeout(()=>URL.revokeObjectURL(e),1e4)}catch(t){this.error=await w(this.hass,t)}}render(){let t=this.hass;return l`
      <form class="card filters" @submit=${this.search}>
        <h2>${a(t,"log.title")}</h2>
        ${this.page?.since?l`<p class="muted">${a(t,"log.live_only",{since:at(t,this.page.since,this.compound)})}</p>`:h}
        <div class="fields">
          ${this.followsPeople?l`<cs-field .label=${a(t,"log.person")} .error=${this.personError}>
                <input name="person" autocomplete="off" placeholder=${a(t,"log.person_hint")} @input=${this.personTyped} />
              </cs-field>`:h}
          ${this.people.length?l`<cs-field .label=${a(t,"log.choose_person")}>
                <select name="person_id">
                  ${this.people.map(e=>l`<option value=${e.id}>${e.name}</option>`)}
                </select>
              </cs-field>`:h}
          ${this.ownHousehold?h:l`<cs-field .label=${a(t,"log.flat")} .error=${this.flatError}>
                <input name="flat" autocomplete="off" placeholder="9-1-301" />
              </cs-field>`}
          <cs-field .label=${a(t,"log.access_point")}>
            <select name="access_point_id">
              <option value="">${a(t,"log.any")}</option>
              ${(this.page?.access_points??[]).map(e=>l`<option value=${e.id}>${e.name}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${a(t,"log.start")}>
            <input name="start" type="datetime-local" />
          </cs-field>
          <cs-field .label=${a(t,"log.end")}>
            <input name="end" type="datetime-local" />
          </cs-field>
          <cs-field .label=${a(t,"log.decision")}>
            <select name="decision">
              <option value="">${a(t,"log.any")}</option>
              ${["granted","denied"].map(e=>l`<option value=${e}>${f(t,"decision",e)}</option>`)}
            </select>
          </cs-field>
          <cs-field .label=${a(t,"log.reason")}>
            <select name="reason">
              <option value="">${a(t,"log.any")}</option>
              ${Te.map(e=>l`<option value=${e}>${f(t,"reason",e)}</option>`)}
            </select>
          </cs-field>
        </div>
        <div class="row actions">
          <button class="primary" type="submit" ?disabled=${this.busy}>${a(t,"common.search")}</button>
          ${tt(this.compound,"access_log_export")?l`<button type="button" @click=${this.download}>${a(t,"log.download")}</button>`:h}
        </div>
      </form>
      ${this.error?l`<div class="card error" role="alert">${this.error}</div>`:h}
      <div class="card">${this.renderEntries()}</div>
    `}renderEntries(){let t=this.hass,e=this.page;if(!e)return l`<div class="muted">${a(t,"common.loading")}</div>`;if(!e.entries.length)return l`<div class="muted">${a(t,"common.nothing")}</div>`;let i=l`<cs-pager
      .hass=${t}
      .offset=${this.offset}
      .limit=${ie}
      .total=${e.total}
      @page=${o=>{this.offset=o.detail.offset,this.load()}}
    ></cs-pager>`;if(this.narrow)return l`<ul class="entries">
          ${e.entries.map(o=>l`<li>
              <div class="row">
                <span class="chip ${o.decision}">${f(t,"decision",o.decision)}</span>
                <strong>${o.name??o.flat??"—"}</strong>
                ${o.name&&o.flat?l`<span class="muted">${o.flat}</span>`:h}
                ${o.watch!=="none"?l`<span class="chip alarm">${f(t,"watch",o.watch)}</span>`:h}
              </div>
              <div class="muted">
                ${at(t,o.time,this.compound)} · ${o.access_point??o.access_point_id} ·
                ${f(t,"direction",o.direction)} · ${f(t,"reason",o.reason)}
              </div>
            </li>`)}
        </ul>
        ${i}`;let n=e.entries.some(o=>"name"in o);return l`<table>
        <thead>
          <tr>
            <th>${a(t,"log.time")}</th>
            <th>${a(t,"log.access_point")}</th>
            <th>${a(t,"log.direction")}</th>
            <th>${a(t,"log.decision")}</th>
            <th>${a(t,"log.reason")}</th>
            <th>${a(t,"log.credential")}</th>
            <th>${a(t,"log.flat")}</th>
            ${n?l`<th>${a(t,"log.name")}</th>`:h}
          </tr>
        </thead>
        <tbody>
          ${e.entries.map(o=>l`<tr>
              <td>${at(t,o.time,this.compound)}</td>
              <td>${o.access_point??o.access_point_id}</td>
              <td>${f(t,"direction",o.direction)}</td>
              <td><span class="chip ${o.decision}">${f(t,"decision",o.decision)}</span></td>
              <td>${f(t,"reason",o.reason)}</td>
              <td>${f(t,"credential",o.credential)}</td>
              <td>${o.flat??"—"}</td>
              ${n?l`<td>
                    ${o.name??""}
                    ${o.watch!=="none"?l`<span class="chip alarm">${f(t,"watch",o.watch)}</span>`:h}
                  </td>`:h}
            </tr>`)}
        </tbody>
      </table>
      ${i}`}};E.styles=[A,b`
      .fields { display: grid; grid-template-columns: repeat(auto-fill, minmax(190px, 1fr)); gap: 0 12px; }
      .actions { margin-top: 4px; }
      ul.entries { list-style: none; margin: 0; padding: 0; }
      ul.entries li { padding: 8px 0; border-bottom: 1px solid var(--divider-color, #e0e0e0); }
      ul.entries .muted { font-size: 13px; margin-top: 2px; }
      table { font-size: 14px; }
    `],d([u({attribute:!1})],E.prototype,"hass",2),d([u({type:Boolean})],E.prototype,"narrow",2),d([u({attribute:!1})],E.prototype,"compound",2),d([m()],E.prototype,"page",2),d([m()],E.prototype,"offset",2),d([m()],E.prototype,"error",2),d([m()],E.prototype,"personError",2),d([m()],E.prototype,"flatError",2),d([m()],E.prototype,"people",2),d([m()],E.prototype,"busy",2),E=d([x("cs-log-page")],E);z({id:"log",tag:"cs-log-page",icon:"mdi:format-list-bulleted",operations:["access_log_query","live_passages"]});var Me=1e3;function Le(r){let s=r.replace(/^\ufeff/,"").split(/\r?\n/).filter(i=>i.trim());if(!s.length)return[];let e=s[0].split(",").map(i=>i.trim().toLowerCase()).indexOf("id_number");return e<0?s.map(i=>i.split(",")[0].trim()):s.slice(1).map(i=>(i.split(",")[e]??"").trim())}var H=class extends _{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.upload=null;this.uploading=!1}firstUpdated(){this.load()}async load(t){try{let e=tt(this.compound,"police_watch")&&this.compound.may.police_watch==="all",[i,n]=await Promise.all([$(this.hass,this.compound,"watch/list"),e?$(this.hass,this.compound,"wanted/matches",t?{job_id:t}:{}):Promise.resolve(void 0)]);this.lists=i,this.wanted=n,this.error=null}catch(e){this.error=await w(this.hass,e)}}async uploadFile(t){let e=t.target,i=e.files?.[0];if(!i)return;let n=Le(await i.text());e.value="",this.uploading=!0;try{let o=await $(this.hass,this.compound,"wanted/import",{numbers:n});for(this.upload=a(this.hass,"watch.uploaded",{numbers:o.numbers,invalid:o.invalid_rows.length});o.numbers>0;){await new Promise(g=>setTimeout(g,Me)),await this.load(o.job_id);let p=this.wanted?.job;if(!p||p.finished)break;this.upload=a(this.hass,"watch.progress",{done:p.done,total:p.total})}let c=this.wanted?.job;c?.finished&&(this.upload=a(this.hass,"watch.finished",{added:c.added??0,matched:c.matched??0,invalid:o.invalid_rows.length}))}catch(o){this.upload=await w(this.hass,o)}finally{this.uploading=!1}}render(){let t=this.hass;return this.error?l`<div class="card error" role="alert">${this.error}</div>`:this.lists?l`
      ${this.lists.care!==null?l`<div class="card" data-list="care">
            <h2>${a(t,"watch.care")}</h2>
            <p class="muted">${a(t,"watch.care_help")}</p>
            ${this.renderPeople(this.lists.care,!0)}
          </div>`:h}
      ${this.lists.police!==null?l`<div class="card" data-list="police">
            <h2>${a(t,"watch.police")}</h2>
            <p class="muted">${a(t,"watch.police_help")}</p>
            ${this.renderPeople(this.lists.police,!1)}
          </div>`:h}
      ${this.wanted?this.renderWanted(this.wanted):h}
    `:l`<div class="muted">${a(t,"common.loading")}</div>`}renderPeople(t,e){let i=this.hass;return t.length?l`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${a(i,"watch.name")}</th>
          <th>${a(i,"watch.flat")}</th>
          <th>${a(i,"watch.directions")}</th>
          ${e?l`<th>${a(i,"watch.notify")}</th>`:h}
        </tr>
      </thead>
      <tbody>
        ${t.map(n=>l`<tr>
            <td>${n.name} <span class="muted">${f(i,"person_role",n.role)}</span>
              ${n.moved_out?l`<span class="chip">${a(i,"watch.moved_out")}</span>`:h}</td>
            <td>${n.flat??"—"}</td>
            <td>${f(i,"direction",n.directions)}</td>
            ${e?l`<td>${n.notify?.length?n.notify.map(o=>l`<div>${o}</div>`):l`<span class="muted">—</span>`}</td>`:h}
          </tr>`)}
      </tbody>
    </table></div>`:l`<div class="muted">${a(i,"watch.nobody")}</div>`}renderWanted(t){let e=this.hass;return l`<div class="card" data-list="wanted">
      <h2>${a(e,"watch.wanted")}</h2>
      <p class="muted">${a(e,"watch.wanted_listed",{count:t.listed})}</p>
      <div class="row">
        <label class="button upload">
          ${a(e,this.uploading?"watch.checking":"watch.upload")}
          <input type="file" accept=".csv,.txt,text/csv,text/plain" ?disabled=${this.uploading} @change=${this.uploadFile} />
        </label>
        ${this.upload?l`<span class="muted">${this.upload}</span>`:h}
      </div>
      <h3>${a(e,"watch.matches")}</h3>
      ${t.matches.length?l`<div class="scroll"><table>
            <thead><tr><th>${a(e,"watch.name")}</th><th>${a(e,"watch.flat")}</th></tr></thead>
            <tbody>
              ${t.matches.map(i=>l`<tr class="match"><td>${i.name} <span class="muted">${f(e,"person_role",i.role)}</span></td><td>${i.flat??"—"}</td></tr>`)}
            </tbody>
          </table></div>`:l`<div class="muted">${a(e,"watch.no_matches")}</div>`}
    </div>`}};H.styles=[A,b`
      .scroll { overflow-x: auto; }
      h3 { font-weight: 500; margin: 16px 0 8px; }
      label.button.upload {
        display: inline-flex; align-items: center; margin: 0; font-size: inherit;
        color: var(--primary-color, #03a9f4);
      }
      label.button.upload input { display: none; }
    `],d([u({attribute:!1})],H.prototype,"hass",2),d([u({type:Boolean})],H.prototype,"narrow",2),d([u({attribute:!1})],H.prototype,"compound",2),d([m()],H.prototype,"lists",2),d([m()],H.prototype,"wanted",2),d([m()],H.prototype,"error",2),d([m()],H.prototype,"upload",2),d([m()],H.prototype,"uploading",2),H=d([x("cs-watch-page")],H);z({id:"watch",tag:"cs-watch-page",icon:"mdi:eye",operations:["care_watch_set","police_watch"]});var oe;async function Oe(){await customElements.whenDefined("partial-panel-resolver");let r=document.createElement("partial-panel-resolver");r.hass={panels:[{url_path:"tmp",component_name:"lovelace"}]},r._updateRoutes(),await r.routerOptions.routes.tmp.load?.()}function re(){return oe??=(async()=>{if(!window.loadCardHelpers)try{await Oe()}catch{return}return window.loadCardHelpers?.()})(),oe}var P=r=>r==null?"—":String(r),k=class extends _{constructor(){super(...arguments);this.narrow=!1;this.error=null;this.flatError=null;this.period=null;this.charts=[]}get everyFlat(){return this.compound.may.usage_view==="all"}firstUpdated(){this.load(),!this.everyFlat&&this.compound.household_id&&this.chart(this.compound.household_id)}updated(t){if(t.has("hass"))for(let e of this.charts)e.hass=this.hass}async load(){let t=this.period?{period:this.period}:{};try{[this.totals,this.flagged]=await Promise.all([$(this.hass,this.compound,"usage/totals",t),$(this.hass,this.compound,"usage/flagged",{...t,limit:200})]),this.error=null}catch(e){this.error=await w(this.hass,e)}}choosePeriod(t){this.period=t.target.value||null,this.load()}async findFlat(t){t.preventDefault();let e=(this.renderRoot.querySelector('input[name="flat"]')?.value??"").trim();if(e)try{let i=await $(this.hass,this.compound,"household/list",{search:e}),o=i.filter(c=>`${c.building}-${c.unit}-${c.room}`===e)[0]??(i.length===1?i[0]:void 0);if(!o){this.flatError=a(this.hass,"usage.no_such_flat");return}this.flatError=null,await this.chart(o.id)}catch(i){this.flatError=await w(this.hass,i)}}async chart(t){try{this.household=await $(this.hass,this.compound,"usage/household",{household_id:t})}catch(n){this.error=await w(this.hass,n);return}this.charts=[];let e=await re();if(!e)return;let i=this.household.statistic_ids;for(let[n,o]of Object.entries(i)){if(!o)continue;let c=e.createCardElement({type:"statistics-graph",title:a(this.hass,`usage.${n}`),entities:[o],period:"month",stat_types:["change"],chart_type:"bar",days_to_show:730,hide_legend:!0});c.hass=this.hass,this.charts.push(c)}this.requestUpdate()}render(){let t=this.hass;return l`
      ${this.error?l`<div class="card error" role="alert">${this.error}</div>`:h}
      <div class="card totals">
        <h2>${a(t,"usage.totals")}</h2>
        ${this.totals?.period?l`<div class="row">
              <select aria-label=${a(t,"usage.month")} @change=${this.choosePeriod}>
                ${(this.totals.periods??[this.totals.period]).map(e=>l`<option value=${e} ?selected=${e===this.totals?.period}>${e}</option>`)}
              </select>
              <span class="figure"><strong>${P(this.totals.electricity_kwh)}</strong> kWh</span>
              <span class="figure"><strong>${P(this.totals.water_m3)}</strong> m³</span>
              <span class="muted">${a(t,"usage.households",{count:this.totals.households})}</span>
            </div>`:l`<div class="muted">${this.totals?a(t,"usage.no_readings"):a(t,"common.loading")}</div>`}
      </div>
      <div class="card">
        <h2>${a(t,"usage.flagged")}</h2>
        ${this.flagged?l`<p class="muted">
              ${a(t,"usage.rule",{factor:this.flagged.factor,months:this.flagged.months})}
            </p>`:h}
        ${this.renderFlagged()}
      </div>
      <div class="card">
        <h2>${a(t,"usage.flat_months")}</h2>
        ${this.everyFlat?l`<form class="row" @submit=${this.findFlat}>
              <cs-field .label=${a(t,"usage.flat")} .error=${this.flatError}>
                <input name="flat" placeholder="9-1-301" autocomplete="off" />
              </cs-field>
              <button class="primary" type="submit">${a(t,"usage.show")}</button>
            </form>`:h}
        ${this.renderHousehold()}
      </div>
    `}renderFlagged(){let t=this.hass,e=this.flagged;return e?e.flagged.length?this.narrow?l`<ul class="flagged">
        ${e.flagged.map(i=>l`<li>
            <div class="row">
              <strong>${i.flat??"—"}</strong>
              <span class="chip alarm">${f(t,"classification",i.classification)}</span>
              <button class="chart" @click=${()=>this.chart(i.household_id)}>${a(t,"usage.chart")}</button>
            </div>
            <div>${P(i.electricity_kwh)} kWh${i.electricity_ratio!==null?l` · <span class="muted">${a(t,"usage.times_median",{ratio:i.electricity_ratio})}</span>`:h}</div>
            <div>${P(i.water_m3)} m³${i.water_ratio!==null?l` · <span class="muted">${a(t,"usage.times_median",{ratio:i.water_ratio})}</span>`:h}</div>
            <div class="muted">
              ${a(t,"usage.registered",{count:i.occupants})}${i.estimated_occupants!==null?l` · ${a(t,"usage.estimated",{count:i.estimated_occupants})}`:h}
            </div>
          </li>`)}
      </ul>`:l`<div class="scroll"><table>
      <thead>
        <tr>
          <th>${a(t,"usage.flat")}</th>
          <th>${a(t,"usage.classification")}</th>
          <th>${a(t,"usage.electricity")}</th>
          <th>${a(t,"usage.water")}</th>
          <th>${a(t,"usage.occupants")}</th>
          <th></th>
        </tr>
      </thead>
      <tbody>
        ${e.flagged.map(i=>l`<tr>
            <td><strong>${i.flat??"—"}</strong></td>
            <td><span class="chip alarm">${f(t,"classification",i.classification)}</span></td>
            <td>
              ${P(i.electricity_kwh)} kWh
              ${i.electricity_ratio!==null?l`<div class="muted">${a(t,"usage.times_median",{ratio:i.electricity_ratio})}</div>`:h}
            </td>
            <td>
              ${P(i.water_m3)} m³
              ${i.water_ratio!==null?l`<div class="muted">${a(t,"usage.times_median",{ratio:i.water_ratio})}</div>`:h}
            </td>
            <td>
              ${a(t,"usage.registered",{count:i.occupants})}
              ${i.estimated_occupants!==null?l`<div class="muted">${a(t,"usage.estimated",{count:i.estimated_occupants})}</div>`:h}
            </td>
            <td><button @click=${()=>this.chart(i.household_id)}>${a(t,"usage.chart")}</button></td>
          </tr>`)}
      </tbody>
    </table></div>`:l`<div class="muted">${a(t,"usage.none_flagged")}</div>`:l`<div class="muted">${a(t,"common.loading")}</div>`}renderHousehold(){let t=this.hass,e=this.household;return e?l`<h3>${e.flat}</h3>
      <div class="charts">${this.charts}</div>
      ${e.months.length?l`<div class="scroll"><table class="months">
            <thead>
              <tr>
                <th>${a(t,"usage.month")}</th>
                <th>${a(t,"usage.electricity")} (kWh)</th>
                <th>${a(t,"usage.water")} (m³)</th>
              </tr>
            </thead>
            <tbody>
              ${[...e.months].reverse().map(i=>l`<tr><td>${i.period}</td><td>${P(i.electricity_kwh)}</td><td>${P(i.water_m3)}</td></tr>`)}
            </tbody>
          </table></div>`:l`<div class="muted">${a(t,"usage.no_readings")}</div>`}`:h}};k.styles=[A,b`
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
    `],d([u({attribute:!1})],k.prototype,"hass",2),d([u({type:Boolean})],k.prototype,"narrow",2),d([u({attribute:!1})],k.prototype,"compound",2),d([m()],k.prototype,"totals",2),d([m()],k.prototype,"flagged",2),d([m()],k.prototype,"household",2),d([m()],k.prototype,"error",2),d([m()],k.prototype,"flatError",2),d([m()],k.prototype,"period",2),k=d([x("cs-usage-page")],k);z({id:"usage",tag:"cs-usage-page",icon:"mdi:flash",operations:["usage_view"]});var kt=["mon","tue","wed","thu","fri","sat","sun"],Ne=["compound_gates","unit_doors","garages"],Ce=["clerk","guard","police"],S=class extends _{constructor(){super(...arguments);this.narrow=!1;this.users=[];this.levels=[];this.error=null;this.saved=null;this.editing=null;this.levelError=null}firstUpdated(){this.load()}async load(){try{let[t,e,i]=await Promise.all([$(this.hass,this.compound,"roles/list"),$(this.hass,this.compound,"level/list"),$(this.hass,this.compound,"settings/get")]);this.users=t.users,this.levels=e,this.settings=i,this.error=null}catch(t){this.error=await w(this.hass,t)}}async setRole(t,e){let i=e.target.value||null;try{await $(this.hass,this.compound,"roles/set",{user_id:t.user_id,role:i}),this.users=this.users.map(n=>n.user_id===t.user_id?{...n,role:i}:n),this.saved=a(this.hass,"settings.role_saved",{name:t.name??t.user_id})}catch(n){this.error=await w(this.hass,n)}}async setPolicy(t){let e=t.target.value;try{this.settings=await $(this.hass,this.compound,"settings/set",{tenant_cards:e}),this.saved=a(this.hass,"settings.policy_saved")}catch(i){this.error=await w(this.hass,i)}}newLevel(){this.levelError=null,this.editing={id:"",name:"",access_points:[],zones:[],schedule:{}}}async saveLevel(t){t.preventDefault();let e=t.target,i=new FormData(e),n={};for(let p of[...kt,"holiday","holidays"])n[p]=String(i.get(p)??"");let o={name:String(i.get("name")??"").trim(),access_points:i.getAll("access_points").map(String),zones:i.getAll("zones").map(String),schedule:n},c=this.editing;try{c?.id?await $(this.hass,this.compound,"level/update",{level_id:c.id,...o}):await $(this.hass,this.compound,"level/create",o),this.editing=null,await this.load()}catch(p){this.levelError=await w(this.hass,p)}}async deleteLevel(t){try{await $(this.hass,this.compound,"level/delete",{level_id:t.id}),await this.load()}catch(e){this.error=await w(this.hass,e)}}render(){let t=this.hass;return l`
      ${this.error?l`<div class="card error" role="alert">${this.error}</div>`:h}
      ${this.saved?l`<div class="card ok" role="status">${this.saved}</div>`:h}
      <div class="card" data-section="roles">
        <h2>${a(t,"settings.roles")}</h2>
        <p class="muted">${a(t,"settings.roles_help")}</p>
        <div class="scroll"><table>
          <thead><tr><th>${a(t,"settings.user")}</th><th>${a(t,"settings.role")}</th></tr></thead>
          <tbody>${this.users.map(e=>this.renderUser(e))}</tbody>
        </table></div>
      </div>
      <div class="card" data-section="levels">
        <h2>${a(t,"settings.levels")}</h2>
        <p class="muted">${a(t,"settings.levels_help")}</p>
        ${this.levels.length?l`<ul class="levels">${this.levels.map(e=>this.renderLevel(e))}</ul>`:l`<div class="muted">${a(t,"settings.no_levels")}</div>`}
        <button @click=${this.newLevel}>${a(t,"settings.add_level")}</button>
      </div>
      ${this.settings?this.renderPolicy(this.settings):h}
      ${this.settings?this.renderHardware(this.settings):h}
      ${this.editing?this.renderLevelDialog(this.editing):h}
    `}renderUser(t){let e=this.hass;return l`<tr data-user=${t.user_id}>
      <td>${t.name??t.user_id}${t.is_active?h:l` <span class="chip">${a(e,"settings.inactive")}</span>`}</td>
      <td>
        ${t.is_admin?f(e,"role","manager"):l`<select aria-label=${a(e,"settings.role")} @change=${i=>this.setRole(t,i)}>
              <option value="" ?selected=${!t.role}>${a(e,"settings.no_role")}</option>
              ${Ce.map(i=>l`<option value=${i} ?selected=${t.role===i}>${f(e,"role",i)}</option>`)}
            </select>`}
      </td>
    </tr>`}renderLevel(t){let e=this.hass,i=new Map(this.settings?.hardware.map(c=>[c.subentry_id,c.title])),n=[...t.zones.map(c=>f(e,"zone",c.split(":")[0])+(c.includes(":")?` ${c.split(":")[1]}`:"")),...t.access_points.map(c=>i.get(c)??c)].join(", "),o=kt.filter(c=>t.schedule[c]?.length).map(c=>`${a(e,`settings.day.${c}`)} ${t.schedule[c].join(", ")}`).join(" · ");return l`<li>
      <div><strong>${t.name}</strong> <span class="muted">${n}</span></div>
      <div class="muted">${o||a(e,"settings.closed")}</div>
      <div class="row">
        <button @click=${()=>{this.levelError=null,this.editing=t}}>${a(e,"settings.edit")}</button>
        <button class="danger" @click=${()=>this.deleteLevel(t)}>${a(e,"settings.delete")}</button>
      </div>
    </li>`}renderLevelDialog(t){let e=this.hass,i=this.settings?.hardware.filter(o=>o.subentry_type==="access_point")??[],n=o=>(t.schedule[o]??[]).join(", ");return l`<cs-dialog open .heading=${a(e,t.id?"settings.edit_level":"settings.add_level")} @closed=${()=>this.editing=null}>
      <form id="level" @submit=${this.saveLevel}>
        <cs-field .label=${a(e,"settings.level_name")}><input name="name" required .value=${t.name} /></cs-field>
        <fieldset>
          <legend>${a(e,"settings.where")}</legend>
          ${Ne.map(o=>l`<label class="check"><input type="checkbox" name="zones" value=${o} ?checked=${t.zones.includes(o)} /> ${f(e,"zone",o)}</label>`)}
          ${i.map(o=>l`<label class="check"><input type="checkbox" name="access_points" value=${o.subentry_id} ?checked=${t.access_points.includes(o.subentry_id)} /> ${o.title}</label>`)}
        </fieldset>
        <fieldset class="schedule">
          <legend>${a(e,"settings.schedule")}</legend>
          <p class="muted">${a(e,"settings.schedule_help")}</p>
          ${kt.map(o=>l`<cs-field .label=${a(e,`settings.day.${o}`)}><input name=${o} .value=${t.id?n(o):"00:00-24:00"} placeholder="07:00-22:00" /></cs-field>`)}
          <cs-field .label=${a(e,"settings.holidays")}><input name="holidays" .value=${n("holidays")} placeholder="2026-10-01, 2026-10-02" /></cs-field>
          <cs-field .label=${a(e,"settings.holiday_hours")}><input name="holiday" .value=${t.id?n("holiday"):"00:00-24:00"} /></cs-field>
        </fieldset>
        ${this.levelError?l`<div class="error" role="alert">${this.levelError}</div>`:h}
      </form>
      <button slot="actions" @click=${()=>this.editing=null}>${a(e,"common.cancel")}</button>
      <button slot="actions" class="primary" type="submit" form="level">${a(e,"common.save")}</button>
    </cs-dialog>`}renderPolicy(t){let e=this.hass;return l`<div class="card" data-section="tenant-cards">
      <h2>${a(e,"settings.tenant_cards")}</h2>
      <p class="muted">${a(e,"settings.tenant_cards_help")}</p>
      ${t.tenant_card_options.map(i=>l`<label class="check">
          <input type="radio" name="tenant_cards" value=${i} ?checked=${t.tenant_cards===i} @change=${this.setPolicy} />
          ${f(e,"tenant_cards",i)}
        </label>`)}
      ${t.tenant_cards_outside_policy?l`<p class="warn">${a(e,"settings.outside_policy",{count:t.tenant_cards_outside_policy})}</p>`:h}
    </div>`}renderHardware(t){let e=this.hass;return l`<div class="card" data-section="hardware">
      <h2>${a(e,"settings.hardware")}</h2>
      <p class="muted">${a(e,"settings.hardware_help")}</p>
      <ul class="hardware">
        ${t.hardware.map(i=>l`<li>
            <span class="chip">${f(e,"subentry_type",i.subentry_type)}</span>
            ${i.device_id?l`<a href="/config/devices/device/${i.device_id}">${i.title}</a>`:i.title}
          </li>`)}
      </ul>
      <a class="button" href=${t.integration_path}>${a(e,"settings.open_integration")}</a>
    </div>`}};S.styles=[A,b`
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
    `],d([u({attribute:!1})],S.prototype,"hass",2),d([u({type:Boolean})],S.prototype,"narrow",2),d([u({attribute:!1})],S.prototype,"compound",2),d([m()],S.prototype,"users",2),d([m()],S.prototype,"levels",2),d([m()],S.prototype,"settings",2),d([m()],S.prototype,"error",2),d([m()],S.prototype,"saved",2),d([m()],S.prototype,"editing",2),d([m()],S.prototype,"levelError",2),S=d([x("cs-settings-page")],S);z({id:"settings",tag:"cs-settings-page",icon:"mdi:cog",operations:["settings"]});
