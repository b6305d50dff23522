"""What every document is rendered with besides its record: the community and the output options."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.printing.signage_config import SignageConfig
from desktop.printing.texts import DEFAULT_RETENTION
from desktop.services.core.dto import CommunityDTO


@dataclass(frozen=True)
class RenderContext:
    community: CommunityDTO
    signage: SignageConfig | None = None  # None: the defaults derived from the community
    media: str = ""  # signage output: "" (the config's choice), "real", "A4" or "A3" (tiled)
    retention: str = DEFAULT_RETENTION  # 保存期限 stated in the personal-information notice

    @property
    def centre(self) -> str:
        return self.community.centre_name

    @property
    def committee(self) -> str:
        return self.community.mediation_committee or f"{self.community.name}人民调解委员会"

    def signage_config(self) -> SignageConfig:
        return self.signage or SignageConfig.for_community(self.community)


def placeholder_community() -> CommunityDTO:
    """A community for documents printed before set-up (blank forms, signage proofs): XX in the names."""
    return CommunityDTO(
        id=0,
        name="XX社区",
        street="XX街道",
        district="XX区",
        city="",
        address="",
        phone="",
        reception_hours="",
        mediation_committee="XX社区人民调解委员会",
        is_demo=False,
    )
