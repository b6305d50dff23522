"""Signage options: plain values (str, float, bool, lists) so the app config can store them as a TOML table.

``SignageConfig.for_community(c)`` gives the defaults; ``from_dict(raw, base)`` reads a stored table back,
ignoring unknown keys and keeping the base value for a key that is missing or unusable.
"""

from __future__ import annotations

import contextlib
import re
from dataclasses import asdict, dataclass, field, fields, replace

from desktop.services.core.dto import CommunityDTO

DEFAULT_ROOMS = ("群众接待室", "矛盾纠纷调处室", "视频监控室")
MEDIA = ("real", "A4", "A3")  # real size on a custom page, or tiled onto A4 / A3 sheets
PAPERS_MM = {"A4": (210.0, 297.0), "A3": (297.0, 420.0)}
RED = "#C8161D"
BLACK = "#1A1A1A"
WHITE = "#FFFFFF"
_NAMED = {"red": RED, "红": RED, "black": BLACK, "黑": BLACK, "white": WHITE, "白": WHITE}
_HEX = re.compile(r"^#[0-9A-Fa-f]{6}$")


def colour(value: str) -> str:
    """ "#RRGGBB" (or red / black / white); raises ValueError for anything else."""
    value = (value or "").strip()
    value = _NAMED.get(value.lower(), value)
    if not _HEX.match(value):
        raise ValueError(f"颜色应为 #RRGGBB：{value!r}")
    return value.upper()


@dataclass(frozen=True)
class StaffEntry:
    """One person on the 人员公示 chart; ``photo`` is a picture file on this PC (any format Pillow reads)."""

    name: str = ""
    role: str = ""
    phone: str = ""
    photo: str = ""


@dataclass(frozen=True)
class SignageConfig:
    # the centre plate "XX社区综治中心"
    centre_name: str = "XX社区综治中心"
    plate_width_mm: float = 1200.0
    plate_height_mm: float = 400.0
    plate_orientation: str = "horizontal"  # horizontal: one line of text; vertical: one column
    plate_ground: str = WHITE
    plate_ink: str = RED
    plate_border: bool = True
    typeface: str = ""  # "" = the bundled WenQuanYi Micro Hei; or a TrueType font file (.ttf / .ttc)
    # room door plates
    rooms: list[str] = field(default_factory=lambda: list(DEFAULT_ROOMS))
    door_width_mm: float = 300.0
    door_height_mm: float = 120.0
    door_ground: str = WHITE
    door_ink: str = BLACK
    door_show_centre: bool = True  # the centre's name in small type under the room name
    # wall charts
    chart_paper: str = "A3"  # A3 or A4, portrait
    chart_ink: str = RED
    staff: list[StaffEntry] = field(default_factory=list)
    # the reception notice of 信访工作条例 art. 18
    address: str = ""
    phone: str = ""
    reception_hours: str = "周一至周五 上午8:30—12:00，下午14:00—17:30（法定节假日除外）"
    reception_place: str = "群众接待室"
    online_channel: str = "国家信访局网上信访平台、江苏省网上信访平台"
    mail_address: str = ""
    progress_query: str = (
        "凭受理告知书编号到群众接待室查询，或拨打咨询投诉电话查询；网上提出的信访事项可登录网上信访平台查询"
    )
    # output
    output: str = "real"  # real / A4 / A3: real size, or tiled with overlap and cut marks
    overlap_mm: float = 10.0

    @classmethod
    def for_community(
        cls, community: CommunityDTO, staff: list[StaffEntry] | tuple[StaffEntry, ...] = ()
    ) -> SignageConfig:
        address = community.address or "".join(
            x for x in (community.city, community.district, community.street, community.name) if x
        )
        base = cls()
        return replace(
            base,
            centre_name=community.centre_name,
            address=address,
            phone=community.phone,
            mail_address=address,
            reception_hours=community.reception_hours or base.reception_hours,
            staff=list(staff),
        )

    @classmethod
    def from_dict(cls, raw: dict | None, base: SignageConfig | None = None) -> SignageConfig:
        """A stored table over ``base``: unknown keys are ignored, unusable values keep the base value."""
        base = base or cls()
        if not raw:
            return base
        changes: dict = {}
        for f in fields(cls):
            if f.name not in raw:
                continue
            value, current = raw[f.name], getattr(base, f.name)
            try:
                if f.name == "staff":
                    value = [
                        StaffEntry(
                            **{k: str(v) for k, v in item.items() if k in StaffEntry.__dataclass_fields__}
                        )
                        for item in value
                    ]
                elif f.name == "rooms":
                    value = [str(v).strip() for v in value if str(v).strip()]
                elif isinstance(current, bool):
                    value = bool(value)
                elif isinstance(current, float):
                    value = float(value)
                else:
                    value = str(value)
            except (TypeError, ValueError, AttributeError):
                continue
            changes[f.name] = value
        try:
            return replace(base, **changes).validated()
        except ValueError:
            # one bad value must not lose the rest: apply the changes one by one
            cfg = base
            for key, value in changes.items():
                with contextlib.suppress(ValueError):
                    cfg = replace(cfg, **{key: value}).validated()
            return cfg

    def to_dict(self) -> dict:
        return asdict(self)

    def validated(self) -> SignageConfig:
        """The same config with colours normalised; ValueError (in Chinese) for what cannot print."""
        for name in ("plate_width_mm", "plate_height_mm", "door_width_mm", "door_height_mm"):
            v = getattr(self, name)
            if not 20 <= v <= 10000:
                raise ValueError(f"尺寸应在20至10000毫米之间：{v:g}")
        if self.plate_orientation not in ("horizontal", "vertical"):
            raise ValueError(f"方向应为 horizontal 或 vertical：{self.plate_orientation!r}")
        if self.chart_paper not in PAPERS_MM:
            raise ValueError(f"挂图纸张应为 A3 或 A4：{self.chart_paper!r}")
        if self.output not in MEDIA:
            raise ValueError(f"输出方式应为 real、A4 或 A3：{self.output!r}")
        if not 0 <= self.overlap_mm <= 50:
            raise ValueError(f"拼接重叠应在0至50毫米之间：{self.overlap_mm:g}")
        return replace(
            self,
            plate_ground=colour(self.plate_ground),
            plate_ink=colour(self.plate_ink),
            door_ground=colour(self.door_ground),
            door_ink=colour(self.door_ink),
            chart_ink=colour(self.chart_ink),
        )
