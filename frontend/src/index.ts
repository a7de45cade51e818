// The one module the integration serves: the panel, its pages, the dashboard cards and the
// staff dashboard strategy. Loaded both as the panel and on every dashboard, so each element
// is defined once whichever way it arrives first.
import "./components/cs-dialog";
import "./components/cs-field";
import "./components/cs-pager";
import "./panel";
import "./pages/log";
import "./pages/watch";
import "./pages/usage";
import "./pages/settings";
