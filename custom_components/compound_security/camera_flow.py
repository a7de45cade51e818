"""The camera subentry flow: a snapshot URL, or a linked Home Assistant camera.

A linked camera (Frigate, ONVIF) stays the entity its own integration made, which every
logged-in user reaches: when it is linked as not public, a step says so before saving.
"""

from __future__ import annotations

from typing import Any, override

from homeassistant.config_entries import ConfigEntry, SubentryFlowResult
from homeassistant.const import (
    CONF_NAME,
    CONF_PASSWORD,
    CONF_USERNAME,
    CONF_VERIFY_SSL,
    UnitOfTime,
)
from homeassistant.helpers.selector import (
    BooleanSelector,
    EntitySelector,
    EntitySelectorConfig,
    SelectOptionDict,
    SelectSelector,
    SelectSelectorConfig,
    SelectSelectorMode,
    TextSelector,
    TextSelectorConfig,
    TextSelectorType,
)
import probatio as vol

from .const import (
    CONF_ACCESS_POINTS,
    CONF_CAMERA_ENTITY,
    CONF_EBIKE_LABELS,
    CONF_ELEVATOR_BUILDING,
    CONF_FACADE,
    CONF_FRIGATE_CAMERA,
    CONF_FRIGATE_PREFIX,
    CONF_FRIGATE_ZONE,
    CONF_HEALTH_INTERVAL,
    CONF_ISAPI_EVENTS,
    CONF_OFFLINE_AFTER,
    CONF_PUBLIC,
    CONF_REPAIR_HOURS,
    CONF_SNAPSHOT_URL,
    CONF_STREAM_URL,
    SUBENTRY_ACCESS_POINT,
    SUBENTRY_CAMERA,
)
from .engine.camera_health import DEFAULT_REPAIR_HOURS
from .subentries import (
    DEFAULT_EBIKE_LABELS,
    DEFAULT_FRIGATE_PREFIX,
    DEFAULT_HEALTH_INTERVAL,
    DEFAULT_OFFLINE_MINUTES,
    CameraConfig,
    ElevatorCamera,
)
from .subentry_flows import OneFormSubentryFlow, StoredConfig, duration_selector
from .transport.frigate_tracked import labels_from


def _access_point_options(entry: ConfigEntry) -> list[SelectOptionDict]:
    return [
        SelectOptionDict(value=subentry_id, label=subentry.title)
        for subentry_id, subentry in entry.subentries.items()
        if subentry.subentry_type == SUBENTRY_ACCESS_POINT
    ]


class CameraSubentryFlow(OneFormSubentryFlow[CameraConfig]):
    """Add a camera by its snapshot URL, or link a Home Assistant camera."""

    subentry_type = SUBENTRY_CAMERA
    config_type = CameraConfig

    @override
    def _schema(self) -> vol.Schema:
        return vol.Schema(
            {
                vol.Required(CONF_NAME): TextSelector(),
                vol.Optional(CONF_SNAPSHOT_URL): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.URL)
                ),
                vol.Optional(CONF_STREAM_URL): TextSelector(),
                vol.Optional(CONF_USERNAME): TextSelector(),
                vol.Optional(CONF_PASSWORD): TextSelector(
                    TextSelectorConfig(type=TextSelectorType.PASSWORD)
                ),
                vol.Optional(CONF_CAMERA_ENTITY): EntitySelector(
                    EntitySelectorConfig(domain="camera")
                ),
                vol.Optional(CONF_ACCESS_POINTS, default=[]): SelectSelector(
                    SelectSelectorConfig(
                        options=_access_point_options(self._get_entry()),
                        multiple=True,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Required(CONF_PUBLIC, default=False): BooleanSelector(),
                vol.Required(CONF_VERIFY_SSL, default=True): BooleanSelector(),
                vol.Required(
                    CONF_HEALTH_INTERVAL, default=DEFAULT_HEALTH_INTERVAL
                ): duration_selector(10, 3600),
                vol.Required(
                    CONF_OFFLINE_AFTER, default=DEFAULT_OFFLINE_MINUTES
                ): duration_selector(1, 1440, unit=UnitOfTime.MINUTES),
                vol.Required(CONF_REPAIR_HOURS, default=DEFAULT_REPAIR_HOURS): duration_selector(
                    1, 720, unit=UnitOfTime.HOURS
                ),
                # An elevator camera (电梯摄像头): e-bikes Frigate sees in it raise an alarm.
                vol.Optional(CONF_ELEVATOR_BUILDING): TextSelector(),
                vol.Optional(CONF_FRIGATE_CAMERA): TextSelector(),
                vol.Optional(CONF_FRIGATE_ZONE): TextSelector(),
                # Left empty: Frigate's default model's labels, and prefix (said in the form).
                vol.Optional(CONF_EBIKE_LABELS): SelectSelector(
                    SelectSelectorConfig(
                        options=[*DEFAULT_EBIKE_LABELS, "ebike"],
                        multiple=True,
                        custom_value=True,
                        mode=SelectSelectorMode.DROPDOWN,
                    )
                ),
                vol.Optional(CONF_FRIGATE_PREFIX): TextSelector(),
                vol.Optional(CONF_ISAPI_EVENTS): BooleanSelector(),  # off unless chosen
                vol.Optional(CONF_FACADE): TextSelector(),
            }
        )

    _pending: tuple[str, CameraConfig] | None = None

    @override
    def _async_save(self, name: str, config: StoredConfig) -> SubentryFlowResult:
        """Save; a linked camera residents may not watch first gets its warning step."""
        if isinstance(config, CameraConfig) and config.camera_entity and not config.public:
            self._pending = (name, config)
            return self.async_show_form(
                step_id="linked_not_hidden",
                description_placeholders={"camera_entity": config.camera_entity},
            )
        return super()._async_save(name, config)

    async def async_step_linked_not_hidden(
        self, user_input: dict[str, Any] | None = None
    ) -> SubentryFlowResult:
        """Say that a linked camera stays an entity every user reaches; save when confirmed.

        Home Assistant serves every camera entity to every logged-in user, and the
        integration cannot hide an entity that another integration (Frigate, ONVIF) made.
        """
        assert self._pending is not None  # noqa: S101  # only shown by `_async_save`
        name, config = self._pending
        return super()._async_save(name, config)

    @override
    async def _parse(self, user_input: dict[str, Any], errors: dict[str, str]) -> CameraConfig:
        url = str(user_input.get(CONF_SNAPSHOT_URL) or "").strip()
        linked = user_input.get(CONF_CAMERA_ENTITY)
        if bool(url) == bool(linked):
            errors["base"] = "camera_source"
        elif url and not url.startswith(("http://", "https://")):
            errors[CONF_SNAPSHOT_URL] = "url_invalid"
        stream = str(user_input.get(CONF_STREAM_URL) or "").strip()
        if stream and not stream.startswith(("rtsp://", "rtsps://", "http://", "https://")):
            errors[CONF_STREAM_URL] = "url_invalid"
        isapi_events = bool(user_input.get(CONF_ISAPI_EVENTS, False))
        if isapi_events and not url:  # the event stream is the device's, found by its URL
            errors[CONF_ISAPI_EVENTS] = "isapi_needs_url"
        return CameraConfig(
            snapshot_url=url or None,
            camera_entity=linked or None,
            stream_url=stream or None,
            username=user_input.get(CONF_USERNAME) or None,
            password=user_input.get(CONF_PASSWORD) or None,
            access_points=tuple(user_input.get(CONF_ACCESS_POINTS, [])),
            public=bool(user_input[CONF_PUBLIC]),
            verify_ssl=bool(user_input.get(CONF_VERIFY_SSL, True)),
            health_interval=int(user_input[CONF_HEALTH_INTERVAL]),
            offline_after=int(user_input[CONF_OFFLINE_AFTER]),
            repair_hours=int(user_input[CONF_REPAIR_HOURS]),
            isapi_events=isapi_events,
            facade=str(user_input.get(CONF_FACADE) or "").strip() or None,
            elevator=_elevator(user_input, errors),
        )


def _elevator(user_input: dict[str, Any], errors: dict[str, str]) -> ElevatorCamera | None:
    """Read the elevator fields: a building and a Frigate camera, or neither."""
    building = str(user_input.get(CONF_ELEVATOR_BUILDING) or "").strip()
    frigate_camera = str(user_input.get(CONF_FRIGATE_CAMERA) or "").strip()
    if not building and not frigate_camera:
        return None
    if not frigate_camera:
        errors[CONF_FRIGATE_CAMERA] = "frigate_camera_required"
    if not building:
        errors[CONF_ELEVATOR_BUILDING] = "elevator_building_required"
    labels = labels_from(user_input.get(CONF_EBIKE_LABELS) or ()) or DEFAULT_EBIKE_LABELS
    prefix = str(user_input.get(CONF_FRIGATE_PREFIX) or "").strip().strip("/")
    if any(wildcard in prefix for wildcard in "#+"):
        errors[CONF_FRIGATE_PREFIX] = "frigate_prefix_invalid"
    return ElevatorCamera(
        building=building,
        frigate_camera=frigate_camera,
        frigate_zone=str(user_input.get(CONF_FRIGATE_ZONE) or "").strip() or None,
        ebike_labels=tuple(sorted(labels)),
        frigate_prefix=prefix or DEFAULT_FRIGATE_PREFIX,
    )
