"""What every page gets: the services, the task manager, who is logged in, the community."""

from __future__ import annotations

from dataclasses import dataclass

from desktop.services.container import Services
from desktop.services.core.dto import Actor, CommunityDTO
from desktop.services.core.permissions import Perm, can
from desktop.tasks import TaskManager


@dataclass
class ViewContext:
    services: Services
    tasks: TaskManager
    actor: Actor
    community: CommunityDTO

    def can(self, perm: Perm) -> bool:
        return can(self.actor.role, perm)
