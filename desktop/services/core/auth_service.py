"""First-start set-up, login with lock-out, staff accounts."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from argon2 import PasswordHasher
from argon2.exceptions import InvalidHashError, VerificationError
from sqlalchemy import func, select
from sqlalchemy.orm import Session, sessionmaker

from desktop.models import AuditEntry, Community, StaffUser
from desktop.services.core import audit_service, reference_data, unit_of_work
from desktop.services.core.dto import SYSTEM, Actor, CommunityDTO, UserDTO
from desktop.services.core.errors import AccountLocked, AuthFailed, ValidationError
from desktop.services.core.permissions import Perm, Role, require

MAX_FAILED_LOGINS = 5
LOCKOUT = timedelta(minutes=15)
MIN_PASSWORD_LENGTH = 8

# Argon2id at argon2-cffi's defaults (RFC 9106's low-memory profile: 3 passes over 64 MiB, 4 lanes).
# The one place passwords are hashed: the tests swap in cheap parameters here (tests/conftest.py).
hasher = PasswordHasher()


def hash_password(password: str) -> str:
    return hasher.hash(password)


def password_matches(stored_hash: str, password: str) -> bool:
    try:
        return hasher.verify(stored_hash, password)
    except (VerificationError, InvalidHashError):
        return False


def user_dto(u: StaffUser) -> UserDTO:
    return UserDTO(
        u.id,
        u.username,
        u.full_name,
        u.role,
        u.phone,
        u.active,
        u.locked_until,
        u.last_login_at,
        u.version,
        bool(u.must_change_password),
    )


def community_dto(c: Community) -> CommunityDTO:
    return CommunityDTO(
        c.id,
        c.name,
        c.street,
        c.district,
        c.city,
        c.address,
        c.phone,
        c.reception_hours,
        c.mediation_committee,
        c.is_demo,
    )


def _check_password(password: str) -> None:
    if len(password) < MIN_PASSWORD_LENGTH:
        raise ValidationError("password", "password_too_short", min=MIN_PASSWORD_LENGTH)


def _required(field: str, value: str) -> str:
    value = (value or "").strip()
    if not value:
        raise ValidationError(field, "required")
    return value


class AuthService:
    def __init__(self, sessions: sessionmaker[Session], clock=lambda: datetime.now(UTC)):
        self._sessions = sessions
        self._now = clock

    # -- first start -------------------------------------------------------------------------------
    def needs_setup(self) -> bool:
        with self._sessions() as s:
            return s.scalar(select(func.count()).select_from(Community)) == 0

    def community(self) -> CommunityDTO | None:
        with self._sessions() as s:
            c = s.scalar(select(Community).order_by(Community.id).limit(1))
            return community_dto(c) if c else None

    def set_up(
        self,
        *,
        community: str,
        street: str,
        district: str,
        city: str = "",
        admin_username: str,
        admin_full_name: str,
        admin_password: str,
        is_demo: bool = False,
    ) -> UserDTO:
        """The first-start wizard: the community and its administrator, in one transaction."""
        community = _required("community", community)
        street = _required("street", street)
        district = _required("district", district)
        admin_username = _required("admin_username", admin_username)
        admin_full_name = _required("admin_full_name", admin_full_name)
        _check_password(admin_password)
        with self._sessions.begin() as s:
            if s.scalar(select(func.count()).select_from(Community)):
                raise ValidationError("community", "already_set_up")
            c = Community(
                name=community,
                street=street,
                district=district,
                city=city,
                mediation_committee=f"{community}人民调解委员会",
                is_demo=is_demo,
            )
            u = StaffUser(
                username=admin_username,
                full_name=admin_full_name,
                role=Role.ADMIN.value,
                password_hash=hash_password(admin_password),
            )
            s.add_all([c, u])
            s.flush()
            reference_data.seed_defaults(s)  # key groups, dispute types, visit purposes, ...
            audit_service.record(s, SYSTEM, "create", "community", c.id, f"首次启动：{c.name}")
            audit_service.record(
                s,
                SYSTEM,
                "create",
                "staff_user",
                u.id,
                f"管理员 {u.username}",
                after={"username": u.username, "role": u.role},
            )
            return user_dto(u)

    # -- login -------------------------------------------------------------------------------------
    def login(self, username: str, password: str) -> UserDTO:
        """Check the password; 5 wrong passwords lock the account for 15 minutes.

        The answer never tells which names exist: an unknown or disabled name and a wrong password give the same
        refusal, and 5 tries at an unknown name in 15 minutes give the same "locked" as at a real one. Every
        failure is audited, with the name that was tried."""
        now = self._now()
        name = username.strip()
        with self._sessions.begin() as s:
            u = s.scalar(select(StaffUser).where(StaffUser.username == name))
            if u is None or not u.active:
                summary = f"未知或停用账号 {name!r}"
                tries = self._recent_failures(s, summary, now) + 1
                audit_service.record(s, SYSTEM, "login_failed", "staff_user", None, summary)
                locked = now + LOCKOUT if tries >= MAX_FAILED_LOGINS else None
            elif u.locked_until and u.locked_until > now:
                audit_service.record(
                    s, user_dto(u).actor(), "login_failed", "staff_user", u.id, "账号锁定期间尝试登录"
                )
                locked = u.locked_until
            elif not password_matches(u.password_hash, password):
                actor = user_dto(u).actor()
                u.failed_logins += 1
                locked = None
                if u.failed_logins >= MAX_FAILED_LOGINS:
                    u.locked_until = locked = now + LOCKOUT
                    u.failed_logins = 0
                    audit_service.record(s, actor, "lock", "staff_user", u.id, "连续输错密码，账号锁定15分钟")
                else:
                    audit_service.record(s, actor, "login_failed", "staff_user", u.id, "密码错误")
            else:
                u.failed_logins = 0
                u.locked_until = None
                u.last_login_at = now
                if hasher.check_needs_rehash(u.password_hash):
                    u.password_hash = hash_password(password)
                audit_service.record(s, user_dto(u).actor(), "login", "staff_user", u.id, "登录")
                return user_dto(u)
        # the failed attempt is committed before we say no
        if locked:
            raise AccountLocked(until=locked)
        raise AuthFailed()

    @staticmethod
    def _recent_failures(s: Session, summary: str, now: datetime) -> int:
        """Failed logins at an unknown name within the lock-out time (counted from the audit log)."""
        return (
            s.scalar(
                select(func.count())
                .select_from(AuditEntry)
                .where(
                    AuditEntry.action == "login_failed",
                    AuditEntry.summary == summary,
                    AuditEntry.at >= now - LOCKOUT,
                )
            )
            or 0
        )

    def unlock_screen(self, actor: Actor, password: str) -> UserDTO:
        """The idle lock asks for the same user's password again (same lock-out rules)."""
        return self.login(actor.username, password)

    # -- accounts ----------------------------------------------------------------------------------
    def list_users(self, actor: Actor) -> list[UserDTO]:
        require(actor, Perm.USERS_ADMIN)
        with self._sessions() as s:
            return [user_dto(u) for u in s.scalars(select(StaffUser).order_by(StaffUser.id))]

    def create_user(
        self,
        actor: Actor,
        *,
        username: str,
        full_name: str,
        role: str,
        password: str,
        phone: str | None = None,
    ) -> UserDTO:
        require(actor, Perm.USERS_ADMIN)
        username = _required("username", username)
        full_name = _required("full_name", full_name)
        try:
            role = Role(role).value
        except ValueError:
            raise ValidationError("role", "unknown_role") from None
        _check_password(password)
        with self._sessions.begin() as s:
            if s.scalar(select(StaffUser.id).where(StaffUser.username == username)):
                raise ValidationError("username", "duplicate")
            u = StaffUser(
                username=username,
                full_name=full_name,
                role=role,
                phone=phone,
                password_hash=hash_password(password),
                created_by=actor.id,
            )
            s.add(u)
            s.flush()
            audit_service.record(
                s,
                actor,
                "create",
                "staff_user",
                u.id,
                f"新建账号 {username}",
                after={"username": username, "full_name": full_name, "role": role},
            )
            return user_dto(u)

    def _change(self, actor: Actor, user_id: int, summary: str, change) -> UserDTO:
        """One administrator's change of an account. No version check: every login writes the account row
        (failed tries, last login), so a list shown a minute ago is always "stale"; the change is audited."""
        require(actor, Perm.USERS_ADMIN)

        def work(s: Session) -> UserDTO:
            u = unit_of_work.load(s, StaffUser, user_id)
            before = {"role": u.role, "active": u.active, "locked_until": u.locked_until}
            change(u)
            u.updated_by = actor.id
            s.flush()
            after = {"role": u.role, "active": u.active, "locked_until": u.locked_until}
            audit_service.record(
                s, actor, "update", "staff_user", u.id, f"{summary}：{u.username}", before=before, after=after
            )
            return user_dto(u)

        return unit_of_work.write(self._sessions, work, "staff_user")

    def reset_password(self, actor: Actor, user_id: int, password: str) -> UserDTO:
        """The administrator gives a forgotten password a temporary one; the user chooses a new one at the
        next login. Unlocks the account too."""
        _check_password(password)

        def change(u: StaffUser) -> None:
            u.password_hash = hash_password(password)
            u.must_change_password = True
            u.failed_logins, u.locked_until = 0, None

        return self._change(actor, user_id, "重置密码", change)

    def unlock(self, actor: Actor, user_id: int) -> UserDTO:
        def change(u: StaffUser) -> None:
            u.failed_logins, u.locked_until = 0, None

        return self._change(actor, user_id, "解除锁定", change)

    def set_active(self, actor: Actor, user_id: int, active: bool) -> UserDTO:
        """Disable (or enable again) an account; the administrator's own account stays enabled."""
        if not active and user_id == actor.id:
            raise ValidationError("active", "own_account")

        def change(u: StaffUser) -> None:
            u.active = active

        return self._change(actor, user_id, "启用账号" if active else "停用账号", change)

    def set_role(self, actor: Actor, user_id: int, role: str) -> UserDTO:
        try:
            role = Role(role).value
        except ValueError:
            raise ValidationError("role", "unknown_role") from None
        if user_id == actor.id and role != Role.ADMIN.value:
            raise ValidationError("role", "own_account")

        def change(u: StaffUser) -> None:
            u.role = role

        return self._change(actor, user_id, "变更角色", change)

    def change_password(self, actor: Actor, old: str, new: str) -> None:
        """The user's own new password; after an administrator's reset the temporary one cannot be kept."""
        _check_password(new)
        if new == old:
            raise ValidationError("password", "same_password")
        with self._sessions.begin() as s:
            u = s.get(StaffUser, actor.id)
            if u is None or not password_matches(u.password_hash, old):
                raise ValidationError("old_password", "wrong_password")
            u.password_hash = hash_password(new)
            u.must_change_password = False
            audit_service.record(s, actor, "update", "staff_user", u.id, "修改密码")
