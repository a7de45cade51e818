"""The console's record pages: access log, usage, watch and wanted, settings.

One place registers their websocket commands; each page's commands live in its module.
"""

from __future__ import annotations

from homeassistant.core import HomeAssistant, callback

from .console_access_log import async_setup_access_log_websocket
from .console_settings import async_setup_settings_websocket
from .console_usage import async_setup_usage_websocket
from .console_watch import async_setup_watch_websocket


@callback
def async_setup_records_websocket(hass: HomeAssistant) -> None:
    """Register the commands of the access log, usage, watch and settings pages, once."""
    async_setup_access_log_websocket(hass)
    async_setup_usage_websocket(hass)
    async_setup_watch_websocket(hass)
    async_setup_settings_websocket(hass)
