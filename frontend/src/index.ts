// The one module the integration serves: the panel, its pages, the dashboard cards and the
// staff dashboard strategy. Loaded both as the panel and on every dashboard, so each element
// is defined once whichever way it arrives first.
import "./components/cs-dialog";
import "./components/cs-field";
import "./components/cs-pager";
import "./panel";
// Pages register in tab order: the guard room first, it is the default page.
import "./pages/guard";
// "My home" next: a resident's first page (residents have no guard room).
import "./pages/home";
import "./pages/registry";
import "./pages/log";
import "./pages/watch";
import "./pages/usage";
import "./pages/cameras";
import "./pages/settings";
import "./guard/cards";
import "./guard/strategy";
