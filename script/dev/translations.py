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


def _compound_fields(*, with_name: bool = True) -> dict[str, Node]:
    fields: dict[str, dict[str, Node]] = {
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
    if not with_name:
        for part in fields.values():
            del part["name"]
        fields["data"]["db_url"] = ("Access log database", "通行记录数据库")
        fields["data"]["fire_alarm_entity"] = ("Fire alarm", "火灾报警")
        fields["data"]["usage_factor"] = ("Over-usage factor", "超量倍数")
        fields["data"]["usage_months"] = ("Over-usage months", "连续超量月数")
        fields["data"]["escalate_after"] = ("Escalate after", "升级通知时限")
        fields["data"]["escalation_targets"] = ("Escalation targets", "升级通知对象")
        fields["data_description"]["escalate_after"] = (
            "An alarm nobody acknowledges within this time is sent again to the escalation targets; 0 turns this off. Default 5 minutes.",
            "报警在该时限内无人确认时，再次发送给升级通知对象；填 0 关闭。默认 5 分钟。",
        )
        fields["data_description"]["escalation_targets"] = (
            "Notify targets such as notify.mobile_app_manager_phone (the property manager, the police liaison).",
            "通知对象，例如 notify.mobile_app_manager_phone（物业经理、社区民警）。",
        )
        fields["data_description"]["usage_factor"] = (
            "A household is high when its usage per registered person is at least this many times the compound's median. Default 3.",
            "住户人均用量达到本小区中位数的该倍数即视为偏高。默认 3。",
        )
        fields["data_description"]["usage_months"] = (
            "It must stay high this many months in a row before it is flagged. Default 2.",
            "连续偏高达到该月数才会标记。默认 2。",
        )
        fields["data_description"]["fire_alarm_entity"] = (
            "While this is on, every gate is held open and an alarm is raised (GB 50396 §9.0.1).",
            "该实体为“开”时，所有闸门保持开启并报警（GB 50396 §9.0.1）。",
        )
        fields["data_description"]["db_url"] = (
            "Leave empty for the SQLite file compound_security.db in the configuration folder, or give a SQLAlchemy URL such as postgresql://user:password@host/db (its driver must be installed).",
            "留空则使用配置目录中的 SQLite 文件 compound_security.db；也可以填写 SQLAlchemy 连接地址，例如 postgresql://user:password@host/db（需已安装对应驱动）。",
        )
    return fields  # type: ignore[return-value]


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


ENTRY_FIELD: dict[str, Node] = {
    "config_entry_id": {
        "name": ("Compound", "小区"),
        "description": (
            "The compound's config entry; needed only when more than one compound is set up.",
            "小区的配置条目；仅在添加了多个小区时需要填写。",
        ),
    }
}


def _fields(**fields: tuple[tuple[str, str], tuple[str, str]]) -> dict[str, Node]:
    return {
        key: {"name": name, "description": text} for key, (name, text) in fields.items()
    } | ENTRY_FIELD


def _service(
    title: tuple[str, str],
    text: tuple[str, str],
    /,
    **fields: tuple[tuple[str, str], tuple[str, str]],
) -> dict[str, Node]:
    return {"name": title, "description": text, "fields": _fields(**fields)}


HOUSEHOLD_ID = (("Household", "住户"), ("The household's id.", "住户编号。"))
PERSON_ID = (("Person", "人员"), ("The person's id.", "人员编号。"))
UID = (
    ("Card number", "卡号"),
    (
        "Hex (008EC793 or 0x8ec793), decimal as printed (0009357203) or a Wiegand 26 pair (142,51091).",
        "十六进制（008EC793 或 0x8ec793）、卡面印刷的十进制（0009357203）或韦根26 的设施码与卡号（142,51091）。",
    ),
)
HOUSEHOLD_FIELDS = {
    "building": (
        ("Building", "楼栋"),
        ("Building number or name, e.g. 3.", "楼栋号或名称，例如 3。"),
    ),
    "unit": (
        ("Unit", "单元"),
        ("Unit (staircase) within the building, e.g. 1.", "楼内单元号，例如 1。"),
    ),
    "room": (("Room", "室号"), ("Flat number, e.g. 502.", "房号，例如 502。")),
    "area_m2": (
        ("Floor area", "建筑面积"),
        ("In square metres; sets a rental flat's card cap.", "单位平方米；决定出租房的持卡上限。"),
    ),
    "tenure": (
        ("Tenure", "居住性质"),
        ("owner (owner-occupied) or rental.", "owner（自住）或 rental（出租）。"),
    ),
    "electricity_meter": (
        ("Electricity meter", "电表"),
        ("The DL/T 645 meter address, 12 digits.", "DL/T 645 电表地址，12 位数字。"),
    ),
    "water_meter": (
        ("Water meter", "水表"),
        ("The CJ/T 188 meter address, 14 digits.", "CJ/T 188 水表地址，14 位数字。"),
    ),
}
PERSON_FIELDS = {
    "household_id": HOUSEHOLD_ID,
    "name": (
        ("Name", "姓名"),
        (
            "Kept in the registry only, never on the event bus or in logs.",
            "仅保存在登记库中，不会出现在事件总线或日志中。",
        ),
    ),
    "role": (
        ("Role", "身份"),
        (
            "owner, family or tenant; tenants need a rental household.",
            "owner（业主）、family（家属）或 tenant（租客）；租客只能登记在出租房。",
        ),
    ),
    "phone": (("Phone", "电话"), ("Optional contact number.", "联系电话，可选。")),
    "id_number": (
        ("ID number", "身份证号"),
        (
            "18-digit resident ID number; stored only masked plus a keyed hash.",
            "18 位居民身份证号码；只保存脱敏号码和加密散列值。",
        ),
    ),
    "user_id": (
        ("Home Assistant user", "Home Assistant 用户"),
        ("Links a resident's login for self-service.", "关联住户的登录账号，用于自助操作。"),
    ),
    "notify": (
        ("Notify targets", "通知对象"),
        (
            "Notify actions for this person or their family, e.g. notify.mobile_app_li.",
            "该人员或其家属的通知动作，例如 notify.mobile_app_li。",
        ),
    ),
    "watch": (
        ("Watch level", "关注级别"),
        (
            "none, care (family's request) or police.",
            "none（无）、care（重点看护）或 police（重点人员）。",
        ),
    ),
    "watch_directions": (
        ("Watched directions", "关注方向"),
        ("in, out or both.", "in（进）、out（出）或 both（双向）。"),
    ),
}
QUERY_FIELDS = {
    "person_id": PERSON_ID,
    "household_id": HOUSEHOLD_ID,
    "uid": UID,
    "access_point": (
        ("Access point", "出入口"),
        ("Name or id of the access point.", "出入口名称或编号。"),
    ),
    "since": (("Since", "开始时间"), ("Earliest time to include.", "起始时间（含）。")),
    "until": (("Until", "结束时间"), ("Latest time to include.", "截止时间（含）。")),
    "limit": (
        ("Limit", "条数上限"),
        ("Most entries to return (default 100).", "最多返回的条数（默认 100）。"),
    ),
}

SERVICES: dict[str, Node] = {
    "add_household": _service(
        ("Add household", "添加住户"),
        ("Registers a flat. Returns its id.", "登记一户房屋，返回其编号。"),
        **HOUSEHOLD_FIELDS,
    ),
    "update_household": _service(
        ("Update household", "修改住户"),
        ("Changes a flat's details.", "修改房屋信息。"),
        household_id=HOUSEHOLD_ID,
        **HOUSEHOLD_FIELDS,
    ),
    "remove_household": _service(
        ("Remove household", "删除住户"),
        ("Removes a flat with no one registered in it.", "删除已无登记人员的房屋。"),
        household_id=HOUSEHOLD_ID,
    ),
    "add_person": _service(
        ("Add person", "添加人员"),
        ("Registers a resident. Returns their id.", "登记一名住户人员，返回其编号。"),
        **PERSON_FIELDS,
    ),
    "update_person": _service(
        ("Update person", "修改人员"),
        ("Changes a resident's details.", "修改人员信息。"),
        person_id=PERSON_ID,
        **PERSON_FIELDS,
    ),
    "remove_person": _service(
        ("Remove person", "删除人员"),
        ("Removes a resident with their cards and vehicles.", "删除人员及其门禁卡和车辆。"),
        person_id=PERSON_ID,
    ),
    "issue_card": _service(
        ("Issue card", "发卡"),
        (
            "Binds a card to a person. Tenants may hold residence permits or property cards only.",
            "为人员绑定门禁卡。租客只能使用居住证或物业卡。",
        ),
        person_id=PERSON_ID,
        uid=UID,
        card_type=(
            ("Card type", "卡类型"),
            (
                "citizen_card, id_card, residence_permit or property_card.",
                "citizen_card（市民卡）、id_card（身份证）、residence_permit（居住证）或 property_card（物业卡）。",
            ),
        ),
        valid_from=(
            ("Valid from", "生效日期"),
            ("First day the card opens gates.", "卡片开始生效的日期。"),
        ),
        valid_until=(
            ("Valid until", "有效期至"),
            (
                "Last day the card opens gates; required for residence permits.",
                "卡片有效的最后一天；居住证必填。",
            ),
        ),
    ),
    "revoke_card": _service(
        ("Revoke card", "注销卡片"),
        (
            "Stops a card: revoked cards are denied, lost ones also raise an alarm when presented.",
            "停用卡片：注销的卡被拒绝通行，挂失的卡刷卡时还会报警。",
        ),
        uid=UID,
        status=(("Status", "状态"), ("revoked or lost.", "revoked（注销）或 lost（挂失）。")),
        reason=(("Reason", "原因"), ("Why, for the record.", "原因，记录备查。")),
    ),
    "set_watch": _service(
        ("Set watch", "设置关注"),
        (
            "Reports a person's passages to the guard room and their family.",
            "将该人员的通行情况通知门卫室及其家属。",
        ),
        person_id=PERSON_ID,
        level=(
            ("Level", "级别"),
            ("none, care or police.", "none（无）、care（重点看护）或 police（重点人员）。"),
        ),
        notify=(
            ("Notify targets", "通知对象"),
            ("The family's notify actions.", "家属的通知动作。"),
        ),
        directions=(
            ("Directions", "方向"),
            ("in, out or both.", "in（进）、out（出）或 both（双向）。"),
        ),
    ),
    "add_vehicle": _service(
        ("Add vehicle", "登记车辆"),
        (
            "Registers a chipped e-bike, motorcycle or car. Returns its id.",
            "登记装有芯片的电动车、摩托车或汽车，返回其编号。",
        ),
        person_id=(("Owner", "车主"), ("The owner's person id.", "车主的人员编号。")),
        chip_uid=(
            ("Chip number", "芯片号"),
            ("The vehicle chip's UID, in any card-number form.", "车辆芯片号，格式同卡号。"),
        ),
        kind=(
            ("Kind", "类型"),
            ("ebike, motorcycle or car.", "ebike（电动车）、motorcycle（摩托车）或 car（汽车）。"),
        ),
        plate=(("Plate", "车牌"), ("Optional plate number.", "车牌号，可选。")),
        riders=(
            ("Other riders", "其他骑行人"),
            ("Person ids who may also take it out.", "也可以骑出该车的人员编号。"),
        ),
    ),
    "set_vehicle_lock": _service(
        ("Lock or unlock vehicle", "车辆锁定"),
        (
            "A locked vehicle passing a gate raises the theft alarm. Residents may lock their own household's vehicles.",
            "锁定的车辆经过道闸时触发防盗报警。住户可以锁定本户的车辆。",
        ),
        chip_uid=(("Chip number", "芯片号"), ("The vehicle chip's UID.", "车辆芯片号。")),
        locked=(("Locked", "锁定"), ("On to lock, off to unlock.", "开启为锁定，关闭为解锁。")),
    ),
    "import_wanted_list": _service(
        ("Import wanted list", "导入协查名单"),
        (
            "Adds ID numbers, stored hashed; registered people on it raise an alarm.",
            "导入身份证号码（仅保存散列值）；已登记人员在名单上时报警。",
        ),
        id_numbers=(
            ("ID numbers", "身份证号码"),
            ("A list of 18-digit ID numbers.", "18 位身份证号码列表。"),
        ),
    ),
    "import_registry": _service(
        ("Import registry", "导入登记数据"),
        (
            "Imports households, people, cards and vehicles from a CSV file in the configuration folder; all rows or none.",
            "从配置目录中的 CSV 文件导入住户、人员、卡片和车辆；要么全部导入，要么全部不导入。",
        ),
        file=(
            ("File", "文件"),
            (
                "Path relative to the configuration folder, e.g. registry.csv.",
                "相对于配置目录的路径，例如 registry.csv。",
            ),
        ),
    ),
    "present_credential": _service(
        ("Present credential", "模拟刷卡"),
        (
            "Runs the full access decision exactly as a reader would and returns it.",
            "按读卡器的方式执行完整的通行判定并返回结果。",
        ),
        access_point=(
            ("Access point", "出入口"),
            ("Name or id of the access point.", "出入口名称或编号。"),
        ),
        uid=UID,
        credential=(
            ("Credential", "凭证类型"),
            ("card or vehicle_chip.", "card（卡片）或 vehicle_chip（车辆芯片）。"),
        ),
    ),
    "import_meter_readings": _service(
        ("Import meter readings", "导入抄表数据"),
        (
            "Imports monthly electricity and water per household from the utility company, then runs the over-usage analysis. Good rows are kept, bad rows reported.",
            "导入供电、供水公司提供的每户月用电量和用水量，然后进行超量用能分析。有效行保留，无效行列出。",
        ),
        file=(
            ("File", "文件"),
            (
                "A CSV in the configuration folder: household_id or meter, period, electricity_kwh, water_m3, water_cost.",
                "配置目录中的 CSV 文件：household_id 或 meter、period、electricity_kwh、water_m3、water_cost。",
            ),
        ),
        records=(
            ("Records", "记录"),
            ("The same fields as a list, instead of a file.", "以列表形式提供相同字段，代替文件。"),
        ),
    ),
    "analyze_usage": _service(
        ("Analyse usage", "用能分析"),
        (
            "Flags households whose usage per registered person stays far above the compound's.",
            "找出人均用电、用水长期远高于本小区水平的住户。",
        ),
        period=(
            ("Month", "月份"),
            ("YYYY-MM; the latest imported month if empty.", "YYYY-MM；留空则为最近导入的月份。"),
        ),
    ),
    "acknowledge_alarm": _service(
        ("Acknowledge alarm", "确认报警"),
        (
            "Marks an alarm as seen and being handled: it stops escalating.",
            "标记报警已知悉、正在处理：不再升级通知。",
        ),
        alarm_id=(("Alarm", "报警"), ("The alarm's id.", "报警编号。")),
        access_point=(
            ("Access point", "出入口"),
            (
                "Instead of an alarm: every open alarm at this access point (name or id).",
                "不填报警编号时：该出入口（名称或编号）的全部未处理报警。",
            ),
        ),
        note=(("Note", "备注"), ("What is being done.", "处理情况。")),
    ),
    "close_alarm": _service(
        ("Close alarm", "关闭报警"),
        ("Closes a handled alarm.", "关闭已处理完毕的报警。"),
        alarm_id=(("Alarm", "报警"), ("The alarm's id.", "报警编号。")),
        access_point=(
            ("Access point", "出入口"),
            (
                "Instead of an alarm: every open alarm at this access point (name or id).",
                "不填报警编号时：该出入口（名称或编号）的全部未处理报警。",
            ),
        ),
        note=(("Note", "备注"), ("How it ended.", "处理结果。")),
    ),
    "query_access_log": _service(
        ("Query access log", "查询通行记录"),
        ("Returns matching access log entries, newest first.", "按条件返回通行记录，最新的在前。"),
        **QUERY_FIELDS,
    ),
    "export_access_log": _service(
        ("Export access log", "导出通行记录"),
        (
            "Writes matching entries to a new CSV file in the configuration folder.",
            "将符合条件的记录写入配置目录中的新 CSV 文件。",
        ),
        file=(
            ("File", "文件"),
            (
                "New file name relative to the configuration folder, ending in .csv.",
                "相对于配置目录的新文件名，以 .csv 结尾。",
            ),
        ),
        **QUERY_FIELDS,
    ),
}

ERRORS: dict[str, tuple[str, str]] = {
    "compound_not_loaded": ("No compound is set up and loaded.", "没有已加载的小区。"),
    "compound_ambiguous": (
        "Several compounds are set up: say which with config_entry_id.",
        "已添加多个小区：请用 config_entry_id 指定。",
    ),
    "record_not_found": ("No record with id {record}.", "找不到编号为 {record} 的记录。"),
    "household_not_found": (
        "No household with id {household_id}.",
        "找不到编号为 {household_id} 的住户。",
    ),
    "person_not_found": ("No person with id {person_id}.", "找不到编号为 {person_id} 的人员。"),
    "card_not_found": ("No card {uid} is registered.", "卡号 {uid} 未登记。"),
    "vehicle_not_found": (
        "No vehicle with chip {chip_uid} is registered.",
        "芯片号 {chip_uid} 的车辆未登记。",
    ),
    "user_not_found": (
        "No Home Assistant user {user_id}.",
        "找不到 Home Assistant 用户 {user_id}。",
    ),
    "access_point_not_found": ("No access point {access_point}.", "找不到出入口 {access_point}。"),
    "uid_invalid": (
        "{uid} is not a card number: use hex, decimal or a Wiegand facility,card pair.",
        "{uid} 不是有效卡号：请使用十六进制、十进制或韦根“设施码,卡号”。",
    ),
    "uid_exists": ("Card {uid} is already registered.", "卡号 {uid} 已登记。"),
    "chip_exists": ("Chip {uid} is already registered.", "芯片号 {uid} 已登记。"),
    "uid_collides_24bit": (
        "{uid} shares its low 24 bits with {other}: a Wiegand 26 reader could not tell them apart.",
        "{uid} 与 {other} 的低 24 位相同：韦根26 读卡器无法区分。",
    ),
    "id_number_invalid": (
        "The ID number is not a valid 18-digit resident ID number.",
        "身份证号码格式无效，应为 18 位居民身份证号码。",
    ),
    "id_number_checksum": (
        "The ID number's check digit is wrong: check for a typing error.",
        "身份证号码校验位不符，请检查是否输错。",
    ),
    "id_number_exists": (
        "Someone with this ID number is already registered.",
        "该身份证号码已有人登记。",
    ),
    "building_required": ("Enter the building.", "请输入楼栋。"),
    "unit_required": ("Enter the unit.", "请输入单元。"),
    "room_required": ("Enter the room.", "请输入室号。"),
    "area_not_positive": (
        "The floor area must be greater than 0 m².",
        "建筑面积必须大于 0 平方米。",
    ),
    "tenure_invalid": (
        "Tenure {value} is not owner or rental.",
        "居住性质 {value} 无效，应为 owner 或 rental。",
    ),
    "household_exists": (
        "Household {household} is already registered.",
        "住户 {household} 已登记。",
    ),
    "household_has_tenants": (
        "The household has tenants: it must stay a rental.",
        "该户有租客登记，必须保持出租性质。",
    ),
    "household_not_empty": (
        "People are still registered in this household: remove them first.",
        "该户仍有登记人员，请先删除。",
    ),
    "card_cap_exceeded_by_change": (
        "With this change the flat may hold {cap} active cards, but {active} are active.",
        "修改后该户最多可持 {cap} 张有效卡，但当前有 {active} 张。",
    ),
    "card_cap_reached": (
        "Household {household} already holds {cap} active cards, the most its floor area allows (安居E卡).",
        "住户 {household} 已有 {cap} 张有效卡，达到按面积核定的上限（安居E卡）。",
    ),
    "name_required": ("Enter a name.", "请输入姓名。"),
    "role_invalid": (
        "Role {value} is not owner, family or tenant.",
        "身份 {value} 无效，应为 owner、family 或 tenant。",
    ),
    "tenant_needs_rental": (
        "Tenants can only be registered in a rental household.",
        "租客只能登记在出租房。",
    ),
    "phone_invalid": ("The phone number is not valid.", "电话号码无效。"),
    "user_already_linked": (
        "This Home Assistant user is already linked to another person.",
        "该 Home Assistant 用户已关联其他人员。",
    ),
    "notify_target_invalid": (
        "{target} is not a notify action name.",
        "{target} 不是有效的通知动作名称。",
    ),
    "watch_invalid": (
        "Watch level {value} is not none, care or police.",
        "关注级别 {value} 无效。",
    ),
    "direction_invalid": ("Direction {value} is not in, out or both.", "方向 {value} 无效。"),
    "date_invalid": ("{value} is not a date (YYYY-MM-DD).", "{value} 不是有效日期（YYYY-MM-DD）。"),
    "tenant_card_type": (
        "Tenants may hold residence permits or property cards only.",
        "租客只能使用居住证或物业卡。",
    ),
    "card_type_invalid": ("Card type {value} is not accepted.", "不接受卡类型 {value}。"),
    "valid_until_required": (
        "A residence permit needs its expiry date (valid_until).",
        "居住证必须填写有效期（valid_until）。",
    ),
    "validity_reversed": ("valid_from is after valid_until.", "生效日期晚于有效期。"),
    "status_invalid": (
        "Card status {value} is not active, revoked or lost.",
        "卡片状态 {value} 无效。",
    ),
    "vehicle_kind_invalid": (
        "Vehicle kind {value} is not ebike, motorcycle or car.",
        "车辆类型 {value} 无效。",
    ),
    "plate_invalid": ("The plate is longer than 20 characters.", "车牌号超过 20 个字符。"),
    "file_outside_config": (
        "{file} is outside the configuration folder.",
        "{file} 不在配置目录内。",
    ),
    "file_not_found": ("{file} does not exist.", "{file} 不存在。"),
    "file_unreadable": ("{file} could not be read: {error}", "无法读取 {file}：{error}"),
    "file_exists": ("{file} already exists: choose a new name.", "{file} 已存在，请换一个文件名。"),
    "file_unwritable": ("{file} could not be written: {error}", "无法写入 {file}：{error}"),
    "file_not_csv": ("{file} must end in .csv.", "{file} 必须以 .csv 结尾。"),
    "import_header": (
        "The header has unknown columns ({unknown}) or lacks required ones ({missing}).",
        "表头含有未知列（{unknown}）或缺少必需列（{missing}）。",
    ),
    "import_too_many_rows": ("The file has more than {max} rows.", "文件超过 {max} 行。"),
    "import_rejected": (
        "Nothing was imported: {rows} rows have errors. Row: problem: {report}",
        "未导入任何数据：{rows} 行有错误。行号：问题：{report}",
    ),
    "meter_address_invalid": (
        "{address} is not a meter address (12 digits for electricity, 14 for water).",
        "{address} 不是有效表地址（电表 12 位，水表 14 位）。",
    ),
    "meter_address_exists": (
        "Meter {address} already belongs to another household.",
        "表 {address} 已属于其他住户。",
    ),
    "period_invalid": ("The month must be written YYYY-MM.", "月份格式应为 YYYY-MM。"),
    "readings_source_missing": ("Give a file or records.", "请提供文件或记录。"),
    "reading_missing": ("The row has no electricity or water figure.", "该行没有用电量或用水量。"),
    "reading_invalid": ("A figure is not a number of zero or more.", "数值不是大于等于 0 的数字。"),
    "meter_not_found": ("No household has this meter.", "没有住户使用该表。"),
    "household_missing": ("The row names no household or meter.", "该行没有住户或表地址。"),
    "alarm_not_found": ("No alarm {alarm_id}.", "找不到报警 {alarm_id}。"),
    "alarm_missing": (
        "Give an alarm or an access point.",
        "请指定报警或出入口。",
    ),
    "alarm_closed": ("Alarm {alarm_id} is already closed.", "报警 {alarm_id} 已关闭。"),
    "audit_unavailable": (
        "The access log database cannot be opened: {error}",
        "无法打开通行记录数据库：{error}",
    ),
}

ALARMS: dict[str, tuple[str, str]] = {
    "alarm_lost_card": (
        "Lost card presented at {access_point} (household {household}).",
        "{access_point} 有人刷挂失卡（住户 {household}）。",
    ),
    "alarm_vehicle_theft": (
        "Possible vehicle theft at {access_point}: {reason}, household {household}'s {vehicle}.",
        "{access_point} 疑似车辆被盗：{reason}，住户 {household} 的 {vehicle}。",
    ),
    "alarm_watchlist": (
        "Watched resident of household {household} passed {access_point} ({direction}).",
        "住户 {household} 的关注人员经过 {access_point}（{direction}）。",
    ),
    "alarm_repeated_denials": (
        "{count} denied presentations within a minute at {access_point}.",
        "{access_point} 一分钟内 {count} 次刷卡被拒。",
    ),
    "alarm_forced_entry": ("Door forced open at {access_point}.", "{access_point} 门被强行打开。"),
    "alarm_door_held_open": (
        "Door at {access_point} held open for {seconds} s.",
        "{access_point} 的门已开启 {seconds} 秒未关。",
    ),
    "alarm_fire_release": (
        "Fire alarm: every gate is held open.",
        "火灾报警：所有闸门已保持开启。",
    ),
    "alarm_over_usage": (
        "Household {household} in {period}: {classification}; {electricity} kWh and {water} m³ for {occupants} registered people (about {estimated} living there).",
        "住户 {household} {period}：{classification}；用电 {electricity} 千瓦时、用水 {water} 立方米，登记 {occupants} 人（估计实际约 {estimated} 人）。",
    ),
    "usage_suspected_group_rental": ("suspected group rental", "疑似群租"),
    "usage_suspected_workshop": ("suspected workshop", "疑似作坊或经营场所"),
    "usage_no_registered_occupant": ("usage with nobody registered", "无登记人员却有用能"),
    "alarm_wanted_person": (
        "A person registered in household {household} is on the wanted list.",
        "住户 {household} 登记的人员在协查名单上。",
    ),
    "alarm_camera_offline": (
        "Camera {camera} is {problem} since {since}; repair it by {deadline}.",
        "摄像头 {camera} 自 {since} 起{problem}，请在 {deadline} 前修复。",
    ),
    "camera_problem_unreachable": ("unreachable", "无法连接"),
    "camera_problem_frozen": ("frozen (the same picture over and over)", "画面冻结"),
    "title_lost_card": ("Lost card used", "挂失卡被使用"),
    "title_vehicle_theft": ("Possible vehicle theft", "疑似车辆被盗"),
    "title_watchlist": ("Watched resident passed", "重点看护人员通行"),
    "title_repeated_denials": ("Repeated denied swipes", "多次刷卡被拒"),
    "title_wanted_person": ("Wanted-list match", "协查名单比中"),
    "title_forced_entry": ("Door forced open", "门被强行打开"),
    "title_door_held_open": ("Door held open", "门长时间未关"),
    "title_fire_release": ("Fire release", "火警放行"),
    "title_over_usage": ("Usage far above the compound", "用能远超小区水平"),
    "title_camera_offline": ("Camera offline", "摄像头离线"),
    "action_acknowledge": ("Acknowledge", "已知悉"),
    "action_its_me": ("It is me", "是我本人"),
    "action_stop_it": ("Stop it", "拦住它"),
    "escalated": (
        "Not acknowledged within {minutes} min: {message}",
        "超过 {minutes} 分钟无人处理：{message}",
    ),
    "note_its_me": ("The owner confirmed it was them.", "车主确认是本人。"),
    "note_stop_it": (
        "The owner asked to stop it; the barrier is kept shut for 10 minutes.",
        "车主要求拦截；道闸保持关闭 10 分钟。",
    ),
}


def _reader_section(title: tuple[str, str], what: tuple[str, str]) -> dict[str, Node]:
    return {
        "name": title,
        "description": what,
        "data": {
            "url": ("Serial port or converter", "串口或转换器地址"),
            "frame_format": ("Frame format", "数据格式"),
            "baudrate": ("Baud rate", "波特率"),
        },
        "data_description": {
            "url": (
                "A local port such as /dev/ttyUSB0, socket://192.168.1.50:4001 for an RS-485-to-Ethernet converter, or rfc2217://host:port. Leave empty for none.",
                "本地串口，例如 /dev/ttyUSB0；RS-485 转以太网转换器填 socket://192.168.1.50:4001；或 rfc2217://主机:端口。没有则留空。",
            ),
            "frame_format": ("What the reader sends.", "读卡器输出的数据格式。"),
            "baudrate": (
                "9600 for RDM6300 readers; see the reader's manual.",
                "RDM6300 读卡器为 9600；其他请查看读卡器说明书。",
            ),
        },
    }


def _hardware_step(title: tuple[str, str]) -> dict[str, Node]:
    return {
        "title": title,
        "description": (
            "Everything here is optional: an access point without hardware still takes credentials from the present_credential action.",
            "以下均为可选项：没有硬件的出入口仍可通过“模拟刷卡”动作判定通行。",
        ),
        "sections": {
            "card_reader": _reader_section(
                ("Card reader", "刷卡器"), ("A serial card reader.", "串口刷卡器。")
            ),
            "chip_reader": _reader_section(
                ("Vehicle chip reader", "车辆芯片读头"),
                ("A serial reader for e-bike chips.", "读取电动车芯片的串口读头。"),
            ),
            "network_readers": {
                "name": ("Tags and networked controllers", "标签与网络控制器"),
                "description": (
                    "Readers Home Assistant already knows, and controllers that push reads.",
                    "Home Assistant 已接入的读卡设备，以及主动推送刷卡记录的控制器。",
                ),
                "data": {
                    "tag_devices": ("Tag readers", "标签读卡设备"),
                    "reader_mqtt_topic": ("MQTT reader topic", "MQTT 读卡主题"),
                    "webhook": ("Accept reads by webhook", "允许通过 Webhook 推送刷卡"),
                },
                "data_description": {
                    "reader_mqtt_topic": (
                        "Tasmota readers publish on tele/TOPIC/SENSOR; other controllers may send JSON with uid and credential (card or vehicle_chip). Needs the MQTT integration.",
                        "Tasmota 读卡器发布在 tele/TOPIC/SENSOR；其他控制器可发送含 uid 和 credential（card 或 vehicle_chip）的 JSON。需要已配置 MQTT 集成。",
                    ),
                    "tag_devices": (
                        "ESPHome PN532 or RC522 readers, or phones whose NFC scans count here.",
                        "ESPHome PN532、RC522 读卡器，或在此刷 NFC 的手机。",
                    ),
                    "webhook": (
                        "Controllers POST JSON with uid and credential (card or vehicle_chip) to the webhook address logged when the compound starts.",
                        "控制器向小区启动时日志中记录的 Webhook 地址 POST 含 uid 和 credential（card 或 vehicle_chip）的 JSON。",
                    ),
                },
            },
            "gate": {
                "name": ("Gate actuator", "门锁/道闸执行器"),
                "description": (
                    "What opens: a relay switch, lock, cover or button already in Home Assistant.",
                    "用于开门的设备：Home Assistant 中已有的继电器开关、门锁、卷帘或按钮。",
                ),
                "data": {
                    "gate_entity": ("Actuator", "执行器"),
                    "pulse_seconds": ("Pulse", "开门时长"),
                    "gate_mqtt_topic": ("MQTT command topic", "MQTT 命令主题"),
                    "gate_mqtt_payload": ("MQTT open payload", "MQTT 开门命令"),
                    "gate_serial_url": ("Serial relay", "串口继电器"),
                    "gate_serial_open": ("Serial open command", "串口开门命令"),
                    "gate_serial_close": ("Serial close command", "串口关门命令"),
                },
                "data_description": {
                    "gate_mqtt_topic": (
                        "For a relay on MQTT, e.g. cmnd/gate/POWER1 (Tasmota with PulseTime) or DEVICE_ID/rpc (Shelly).",
                        "MQTT 继电器的命令主题，例如 cmnd/gate/POWER1（Tasmota 配合 PulseTime）或 DEVICE_ID/rpc（Shelly）。",
                    ),
                    "gate_mqtt_payload": (
                        "Published to open; the relay times its own pulse. Default ON.",
                        "开门时发布的内容，脉冲时长由继电器自身控制。默认 ON。",
                    ),
                    "gate_serial_url": (
                        "A relay on a serial line, e.g. /dev/ttyUSB1 or socket://host:port (9600 baud).",
                        "串口继电器，例如 /dev/ttyUSB1 或 socket://主机:端口（9600 波特）。",
                    ),
                    "gate_serial_open": (
                        "Bytes in hex sent to open, e.g. A0 01 01 A2 for an LCUS relay.",
                        "开门时发送的十六进制字节，例如 LCUS 继电器的 A0 01 01 A2。",
                    ),
                    "gate_serial_close": (
                        "Bytes in hex sent when the pulse ends, e.g. A0 01 00 A1.",
                        "开门时长结束时发送的十六进制字节，例如 A0 01 00 A1。",
                    ),
                    "gate_entity": (
                        "Turned on, unlocked, opened or pressed for a granted credential.",
                        "刷卡通过时打开、解锁、开启或按下。",
                    ),
                    "pulse_seconds": (
                        "How long the gate stays open for one passage.",
                        "每次通行保持开启的时间。",
                    ),
                },
            },
            "door": {
                "name": ("Door contact", "门磁"),
                "description": (
                    "A door contact reports forced and held-open doors.",
                    "门磁用于发现强行开门和长时间未关门。",
                ),
                "data": {
                    "door_entity": ("Door contact", "门磁"),
                    "door_mqtt_topic": ("Door contact MQTT topic", "门磁 MQTT 主题"),
                    "forced_window": ("Forced-entry window", "强行开门判定时间"),
                    "held_open_after": ("Held open after", "未关门报警时间"),
                },
                "data_description": {
                    "door_entity": (
                        "A binary sensor that is on while the door is open.",
                        "门打开时为“开”的二元传感器。",
                    ),
                    "door_mqtt_topic": (
                        "Or a contact on MQTT, e.g. zigbee2mqtt/north_gate_door (Zigbee2MQTT contact false means open).",
                        "或 MQTT 门磁，例如 zigbee2mqtt/north_gate_door（Zigbee2MQTT 的 contact 为 false 表示开门）。",
                    ),
                    "forced_window": (
                        "Opening with no granted credential within this time before is forced entry.",
                        "开门前这段时间内没有合法刷卡即视为强行开门。",
                    ),
                    "held_open_after": (
                        "A door open longer than this raises an alarm until it closes.",
                        "门开启超过该时间即报警，关门后解除。",
                    ),
                },
            },
        },
    }


def _camera_step(title: tuple[str, str]) -> dict[str, Node]:
    return {
        "title": title,
        "description": (
            "A camera is fetched every health interval: a snapshot that fails, or that stays byte-identical five times (a frozen picture), counts as offline.",
            "系统按检查间隔抓图：抓图失败或连续五次完全相同（画面冻结）即视为离线。",
        ),
        "data": {
            "name": ("Name", "名称"),
            "snapshot_url": ("Snapshot URL", "抓图地址"),
            "stream_url": ("Stream URL", "视频流地址"),
            "username": ("Username", "用户名"),
            "password": ("Password", "密码"),
            "camera_entity": ("Existing camera", "已有摄像头"),
            "access_points": ("Access points", "关联出入口"),
            "public": ("Public area", "公共区域"),
            "health_interval": ("Health check interval", "健康检查间隔"),
            "offline_after": ("Alarm after offline for", "离线多久后报警"),
            "repair_hours": ("Repair deadline", "维修时限"),
        },
        "data_description": {
            "name": ("e.g. North gate camera.", "例如 北门摄像头。"),
            "snapshot_url": (
                "A JPEG snapshot address, e.g. http://192.168.1.64/ISAPI/Streaming/channels/101/picture.",
                "JPEG 抓图地址，例如 http://192.168.1.64/ISAPI/Streaming/channels/101/picture。",
            ),
            "stream_url": (
                "Optional RTSP stream, e.g. rtsp://192.168.1.64:554/Streaming/Channels/101.",
                "可选的 RTSP 视频流，例如 rtsp://192.168.1.64:554/Streaming/Channels/101。",
            ),
            "username": ("For the snapshot and the stream.", "用于抓图和视频流。"),
            "password": ("For the snapshot and the stream.", "用于抓图和视频流。"),
            "camera_entity": (
                "Instead of a URL: a camera Home Assistant already has (Frigate, ONVIF, generic), linked without a copy.",
                "不填地址时可选择 Home Assistant 中已有的摄像头（Frigate、ONVIF、通用摄像头），直接关联，不重复创建。",
            ),
            "access_points": (
                "Alarms at these access points take a snapshot from this camera.",
                "这些出入口报警时由该摄像头抓图。",
            ),
            "public": (
                "A camera of a public area that residents may watch.",
                "公共区域摄像头，可向居民开放查看。",
            ),
            "health_interval": (
                "How often a snapshot is fetched to check it.",
                "多久抓一次图进行检查。",
            ),
            "offline_after": (
                "A camera failing this long raises a camera-offline alarm and a repair.",
                "摄像头故障超过该时长即报警并生成维修事项。",
            ),
            "repair_hours": (
                "The repair shows a deadline this many hours after the camera failed.",
                "维修事项的截止时间为故障发生后的该小时数。",
            ),
        },
    }


def _route_step(title: tuple[str, str]) -> dict[str, Node]:
    return {
        "title": title,
        "description": (
            "Who is told about which alarms. The family (a watched person's or a vehicle owner's own notify list) is told on top of every route.",
            "哪些报警通知给谁。重点看护人员或车主本人登记的通知对象（家属）会另外收到通知。",
        ),
        "data": {
            "name": ("Name", "名称"),
            "kinds": ("Alarm kinds", "报警类型"),
            "targets": ("Notify targets", "通知对象"),
        },
        "data_description": {
            "name": ("e.g. Guard room.", "例如 门岗。"),
            "kinds": ("Leave empty for every kind.", "留空表示全部类型。"),
            "targets": (
                "notify actions or entities, e.g. notify.mobile_app_guard_phone or notify.wecom_property.",
                "通知动作或实体，例如 notify.mobile_app_guard_phone 或 notify.wecom_property。",
            ),
        },
    }


def _meter_bus_step(title: tuple[str, str]) -> dict[str, Node]:
    return {
        "title": title,
        "description": (
            "An RS-485 bus of household meters: electricity (DL/T 645) or water (CJ/T 188). Each household's meter address is entered with the household.",
            "一条 RS-485 户表总线：电表（DL/T 645）或水表（CJ/T 188）。每户的表地址在住户信息中填写。",
        ),
        "data": {
            "name": ("Name", "名称"),
            "url": ("Serial port", "串口"),
            "protocol": ("Meter protocol", "表计协议"),
            "baudrate": ("Baud rate", "波特率"),
            "parity": ("Parity", "校验位"),
            "poll_interval": ("Poll interval", "抄表间隔"),
            "buildings": ("Buildings", "楼栋"),
        },
        "data_description": {
            "name": ("e.g. Building 3 electricity meters.", "例如 3 幢电表。"),
            "url": (
                "A local port such as /dev/ttyUSB0, or socket://host:port for an RS-485-to-Ethernet converter.",
                "本机串口（如 /dev/ttyUSB0），或 RS-485 转以太网模块的 socket://主机:端口。",
            ),
            "protocol": (
                "CJ/T 188 water meters differ in the order of the data identifier; pick the one your meters answer to.",
                "不同厂家的 CJ/T 188 水表数据标识字节顺序不同，请选择表计能应答的一种。",
            ),
            "baudrate": (
                "Meters leave the factory at 2400 baud.",
                "表计出厂默认 2400 波特。",
            ),
            "parity": ("Both standards use even parity (8E1).", "两种标准都使用偶校验（8E1）。"),
            "poll_interval": (
                "How often every meter is read; at least 60 seconds.",
                "多久抄读一次全部表计；至少 60 秒。",
            ),
            "buildings": (
                "Comma-separated building names whose meters are on this bus; empty means every building.",
                "该总线上表计所在的楼栋，用逗号分隔；留空表示全部楼栋。",
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
                **_compound_fields(with_name=False),
            }
        },
        "error": _settings_errors()
        | {
            "db_url_invalid": (
                "This is not a database URL SQLAlchemy can use.",
                "这不是 SQLAlchemy 可用的数据库地址。",
            ),
            "db_unreachable": (
                "The database could not be reached with this URL.",
                "无法通过该地址连接数据库。",
            ),
        },
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
                "hardware": _hardware_step(("Readers, gate and door", "读卡器、闸门与门磁")),
            },
            "error": {
                "name_required": ("Enter a name.", "请输入名称。"),
                "name_exists": (
                    "This compound already has an access point with this name.",
                    "本小区已有同名出入口。",
                ),
                "mqtt_topic_invalid": ("An MQTT topic is not valid.", "MQTT 主题无效。"),
                "serial_command_invalid": (
                    "A serial relay command is not hex bytes.",
                    "串口继电器命令不是十六进制字节。",
                ),
                "card_reader_unavailable": (
                    "The card reader's port could not be opened.",
                    "无法打开刷卡器的串口。",
                ),
                "chip_reader_unavailable": (
                    "The chip reader's port could not be opened.",
                    "无法打开车辆芯片读头的串口。",
                ),
            },
            "abort": {
                "reconfigure_successful": ("The access point was updated.", "出入口已更新。"),
            },
        },
        "camera": {
            "entry_type": ("Camera", "摄像头"),
            "initiate_flow": {
                "user": ("Add camera", "添加摄像头"),
                "reconfigure": ("Change camera", "修改摄像头"),
            },
            "step": {
                "user": _camera_step(("Add a camera", "添加摄像头")),
                "reconfigure": _camera_step(("Change the camera", "修改摄像头")),
            },
            "error": {
                "name_required": ("Enter a name.", "请输入名称。"),
                "name_exists": (
                    "This compound already has a camera with this name.",
                    "本小区已有同名摄像头。",
                ),
                "camera_source": (
                    "Give either a snapshot URL or an existing camera, not both.",
                    "请填写抓图地址或选择已有摄像头，二者选其一。",
                ),
                "url_invalid": ("This is not a valid address.", "地址无效。"),
            },
            "abort": {
                "reconfigure_successful": ("The camera was updated.", "摄像头已更新。"),
            },
        },
        "notification_route": {
            "entry_type": ("Notification route", "通知规则"),
            "initiate_flow": {
                "user": ("Add notification route", "添加通知规则"),
                "reconfigure": ("Change notification route", "修改通知规则"),
            },
            "step": {
                "user": _route_step(("Add a notification route", "添加通知规则")),
                "reconfigure": _route_step(("Change the notification route", "修改通知规则")),
            },
            "error": {
                "name_required": ("Enter a name.", "请输入名称。"),
                "name_exists": (
                    "This compound already has a route with this name.",
                    "本小区已有同名通知规则。",
                ),
                "notify_target_invalid": (
                    "A target is not a notify action or entity such as notify.mobile_app_guard_phone.",
                    "通知对象无效，应为 notify.mobile_app_guard_phone 这样的通知动作或实体。",
                ),
                "targets_required": ("Enter at least one target.", "请至少填写一个通知对象。"),
            },
            "abort": {
                "reconfigure_successful": ("The route was updated.", "通知规则已更新。"),
            },
        },
        "meter_bus": {
            "entry_type": ("Meter bus", "表计总线"),
            "initiate_flow": {
                "user": ("Add meter bus", "添加表计总线"),
                "reconfigure": ("Change meter bus", "修改表计总线"),
            },
            "step": {
                "user": _meter_bus_step(("Add a meter bus", "添加表计总线")),
                "reconfigure": _meter_bus_step(("Change the meter bus", "修改表计总线")),
            },
            "error": {
                "name_required": ("Enter a name.", "请输入名称。"),
                "name_exists": (
                    "This compound already has a meter bus with this name.",
                    "本小区已有同名表计总线。",
                ),
                "bus_unavailable": (
                    "The port could not be opened with these settings.",
                    "无法按这些设置打开该串口。",
                ),
            },
            "abort": {
                "reconfigure_successful": ("The meter bus was updated.", "表计总线已更新。"),
            },
        },
    },
    "services": SERVICES,
    "issues": {
        "camera_offline": {
            "title": ("Camera {camera} is offline", "摄像头 {camera} 离线"),
            "description": (
                "The camera {camera} is {problem} since {since}. Repair it by {deadline}. This notice goes away by itself when the camera gives pictures again.",
                "摄像头 {camera} 自 {since} 起{problem}。请在 {deadline} 前修复。摄像头恢复画面后本提示自动消失。",
            ),
        },
        "mqtt_unavailable": {
            "title": ("MQTT is not available for {access_point}", "{access_point} 无法使用 MQTT"),
            "description": (
                "The access point {access_point} reads cards or its door over MQTT, but Home Assistant's MQTT integration is not set up or not connected. Set up MQTT, then reload Compound Security.",
                "出入口 {access_point} 通过 MQTT 读卡或读取门磁，但 Home Assistant 的 MQTT 集成未配置或未连接。请配置 MQTT 后重新加载小区安防。",
            ),
        },
    },
    "exceptions": {key: {"message": text} for key, text in (ERRORS | ALARMS).items()},
    "entity": {
        "event": {
            "access": {
                "name": ("Access", "通行"),
                "state_attributes": {
                    "event_type": {
                        "state": {
                            "granted": ("Granted", "允许通行"),
                            "denied": ("Denied", "拒绝通行"),
                            "alarm": ("Alarm", "报警"),
                        }
                    }
                },
            }
        },
        "lock": {"gate": {"name": ("Gate", "闸门")}},
        "binary_sensor": {
            "card_reader_connectivity": {"name": ("Card reader", "刷卡器")},
            "chip_reader_connectivity": {"name": ("Vehicle chip reader", "车辆芯片读头")},
            "meter_bus_connectivity": {"name": ("Meters", "表计")},
            "alarm_active": {"name": ("Alarm", "报警")},
            "camera_health": {"name": ("Picture", "画面")},
        },
        "sensor": {
            "households": {"name": ("Households", "住户数")},
            "people": {"name": ("Registered people", "登记人数")},
            "active_cards": {"name": ("Active cards", "有效卡数")},
            "card_coverage": {"name": ("Card coverage", "持卡率")},
            "residence_permit_coverage": {
                "name": ("Residence permit coverage", "租客居住证持有率")
            },
            "rental_households_at_cap": {
                "name": ("Rental flats at card cap", "达到持卡上限的出租房")
            },
            "decisions_today": {"name": ("Access decisions today", "今日通行判定")},
            "open_alarms": {"name": ("Open alarms", "未处理报警")},
            "flagged_households": {"name": ("Households flagged for usage", "用能异常住户")},
            "electricity_this_month": {"name": ("Electricity this month", "本月用电量")},
            "water_this_month": {"name": ("Water this month", "本月用水量")},
            "last_poll_duration": {"name": ("Last poll duration", "上次抄表耗时")},
            "meters_answering": {"name": ("Meters answering", "应答表计数")},
            "camera_availability": {"name": ("Camera availability", "摄像头完好率")},
        },
    },
    "selector": {
        "frame_format": {
            "options": {
                "rdm6300": ("RDM6300 / EM4100 (125 kHz)", "RDM6300 / EM4100（125 kHz）"),
                "wiegand": ("Wiegand 26/34 bit lines", "韦根 26/34 位数据行"),
                "text": ("Text lines: hex or decimal card number", "文本行：十六进制或十进制卡号"),
                "text_decimal24": (
                    "Text lines: 8-digit decimal of 3 bytes",
                    "文本行：3 字节的 8 位十进制",
                ),
            }
        },
        "zone": {
            "options": {
                "compound_gate": ("Compound gate", "小区大门"),
                "unit_door": ("Unit door", "单元门"),
                "garage": ("E-bike garage", "电动车车库"),
            }
        },
        "protocol": {
            "options": {
                "dlt645_2007": ("DL/T 645-2007 electricity meters", "DL/T 645-2007 电能表"),
                "dlt645_1997": ("DL/T 645-1997 electricity meters", "DL/T 645-1997 电能表"),
                "cjt188": ("CJ/T 188 water meters (DI 90 1F)", "CJ/T 188 水表（DI 90 1F）"),
                "cjt188_1f90": ("CJ/T 188 water meters (DI 1F 90)", "CJ/T 188 水表（DI 1F 90）"),
            }
        },
        "kinds": {
            "options": {
                "lost_card": ("Lost card used", "挂失卡被使用"),
                "vehicle_theft": ("Vehicle theft", "车辆被盗"),
                "watchlist": ("Watch list", "重点看护"),
                "repeated_denials": ("Repeated denials", "多次刷卡被拒"),
                "wanted_person": ("Wanted person", "协查人员"),
                "forced_entry": ("Forced entry", "强行开门"),
                "door_held_open": ("Door held open", "门长时间未关"),
                "fire_release": ("Fire release", "火警放行"),
                "over_usage": ("Over-usage", "用能超量"),
                "camera_offline": ("Camera offline", "摄像头离线"),
            }
        },
        "parity": {
            "options": {
                "E": ("Even (8E1)", "偶校验（8E1）"),
                "N": ("None (8N1)", "无校验（8N1）"),
                "O": ("Odd (8O1)", "奇校验（8O1）"),
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
