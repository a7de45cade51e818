"""Source of translations/en.json and zh-Hans.json: edit here, run, commit both files.

Keeping both languages side by side makes a missing translation impossible to overlook.
Run: .venv/bin/python script/dev/translations.py
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

OUT = Path(__file__).parents[2] / "custom_components/compound_security/translations"

type Node = dict[str, "Node"] | tuple[str, str]


def _compound_fields() -> dict[str, Node]:
    return {
        "data": {
            "name": ("Compound name", "小区名称"),
            "min_area_per_person": (
                "Floor area per card in rental flats",
                "出租房每张卡对应的建筑面积",
            ),
            "retention_days": ("Access log retention", "通行记录保存期限"),
        },
        "data_description": {
            "name": (
                "The compound's name as residents know it, e.g. Caohu Garden Zone 5 (漕湖花园五区). One entry per compound.",
                "居民熟知的小区名称，例如 漕湖花园五区。每个小区只添加一次。",
            ),
            "min_area_per_person": (
                "A rental flat gets at most one active card per this many square metres (安居E卡 rule). Default 10 m².",
                "出租房按建筑面积核定持卡人数：每满该面积可发一张有效卡（安居E卡规则）。默认 10 平方米。",
            ),
            "retention_days": (
                "Days the access log is kept before it is purged. GB 50396 requires at least 180 days; keep no longer than you need (PIPL).",
                "通行记录的保存天数，到期自动清除。GB 50396 要求至少 180 天；依《个人信息保护法》不宜超过必要期限。",
            ),
        },
    }


def _settings_errors() -> dict[str, Node]:
    return {
        "name_required": ("Enter a name.", "请输入名称。"),
        "name_too_long": ("The name is longer than 100 characters.", "名称超过 100 个字符。"),
        "name_exists": ("Another one already has this name.", "该名称已被使用。"),
        "min_area_not_positive": (
            "The floor area per card must be greater than 0 m².",
            "每张卡对应的面积必须大于 0 平方米。",
        ),
        "retention_not_whole_days": ("Enter a whole number of days.", "请输入整数天数。"),
        "retention_too_short": (
            "GB 50396 requires the access log to be kept for at least 180 days.",
            "GB 50396 要求通行记录至少保存 180 天。",
        ),
        "retention_too_long": (
            "Keep the access log for at most 1825 days (five years).",
            "通行记录最多保存 1825 天（五年）。",
        ),
    }


def _access_point_step(title: tuple[str, str]) -> dict[str, Node]:
    return {
        "title": title,
        "data": {
            "name": ("Name", "名称"),
            "zone": ("Zone", "区域"),
            "direction": ("Direction", "方向"),
        },
        "data_description": {
            "name": (
                "How staff call it, e.g. North gate (北门) or Building 3 Unit 1 door.",
                "物业人员的叫法，例如 北门 或 3 幢 1 单元门。",
            ),
            "zone": (
                "A compound gate, a building unit door or an e-bike garage barrier.",
                "小区大门、楼栋单元门或电动车车库道闸。",
            ),
            "direction": (
                "Which way people pass here: watch-list alerts can be limited to one direction.",
                "通行方向：重点关注提醒可以只针对某一方向。",
            ),
        },
    }


TRANSLATIONS: dict[str, Node] = {
    "config": {
        "step": {
            "user": {
                "title": ("Add a compound", "添加小区"),
                "description": (
                    "Set up Compound Security for one residential compound. Gates, meters and cameras are added afterwards from the compound's entry.",
                    "为一个住宅小区启用小区安防。门禁、电表水表和摄像头随后在该小区的条目中添加。",
                ),
                **_compound_fields(),
            },
            "reconfigure": {
                "title": ("Change the compound", "修改小区设置"),
                **_compound_fields(),
            },
        },
        "error": _settings_errors(),
        "abort": {
            "already_configured": ("This compound is already set up.", "该小区已经添加。"),
            "reconfigure_successful": ("The compound was updated.", "小区设置已更新。"),
        },
    },
    "options": {
        "step": {
            "init": {
                "title": ("Compound rules", "小区规则"),
                "data": {k: v for k, v in _compound_fields()["data"].items() if k != "name"},  # type: ignore[union-attr]
                "data_description": {
                    k: v
                    for k, v in _compound_fields()["data_description"].items()
                    if k != "name"  # type: ignore[union-attr]
                },
            }
        },
        "error": _settings_errors(),
    },
    "config_subentries": {
        "access_point": {
            "entry_type": ("Access point", "出入口"),
            "initiate_flow": {
                "user": ("Add access point", "添加出入口"),
                "reconfigure": ("Change access point", "修改出入口"),
            },
            "step": {
                "user": _access_point_step(("Add an access point", "添加出入口")),
                "reconfigure": _access_point_step(("Change the access point", "修改出入口")),
            },
            "error": {
                "name_required": ("Enter a name.", "请输入名称。"),
                "name_exists": (
                    "This compound already has an access point with this name.",
                    "本小区已有同名出入口。",
                ),
            },
            "abort": {
                "reconfigure_successful": ("The access point was updated.", "出入口已更新。"),
            },
        }
    },
    "selector": {
        "zone": {
            "options": {
                "compound_gate": ("Compound gate", "小区大门"),
                "unit_door": ("Unit door", "单元门"),
                "garage": ("E-bike garage", "电动车车库"),
            }
        },
        "direction": {
            "options": {
                "in": ("In", "进"),
                "out": ("Out", "出"),
                "both": ("Both ways", "双向"),
            }
        },
    },
}


def _pick(node: Node, index: int) -> Any:
    if isinstance(node, tuple):
        return node[index]
    return {key: _pick(child, index) for key, child in node.items()}


def main() -> None:
    """Write both translation files."""
    for index, language in enumerate(("en", "zh-Hans")):
        text = json.dumps(_pick(TRANSLATIONS, index), ensure_ascii=False, indent=2)
        (OUT / f"{language}.json").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
