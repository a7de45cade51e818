// The one module the integration serves: the panel, its pages, the dashboard cards and the
// staff dashboard strategy. Loaded both as the panel and on every dashboard, so each element
// is defined once whichever way it arrives first.
import "./components/cs-dialog";
import "./components/cs-field";
import "./components/cs-pager";
import "./panel";
// The guard room first: it is the default page (pages register in tab order).
import "./pages/guard";
import "./pages/cameras";
import "./guard/cards";
import "./guard/strategy";
