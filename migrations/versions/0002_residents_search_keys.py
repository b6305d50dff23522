"""residents: search keys (pinyin initials, reversed ID/phone, name and address bigrams), follow-up stability

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-28 00:24:13.389783

Prefix-searched person columns get text_pattern_ops indexes on PostgreSQL, so LIKE 'p%' uses them under
any collation (the existing ix_person_name / ix_person_phone are rebuilt that way there).

Rows already in the database get their search keys here. The code is self-contained on purpose (a
migration must not change when the app's code does); it mirrors desktop/services/residents/search.py.
"""
from typing import Sequence, Union

import unicodedata

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = "0002"
down_revision: Union[str, Sequence[str], None] = "0001"
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

_PATTERN = "text_pattern_ops"


def upgrade() -> None:
    op.create_table(
        "address_gram",
        sa.Column("gram", sa.String(length=8), nullable=False),
        sa.Column("address_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["address_id"], ["address.id"], name=op.f("fk_address_gram_address_id_address")),
        sa.PrimaryKeyConstraint("gram", "address_id", name=op.f("pk_address_gram")),
        sqlite_with_rowid=False,
    )
    op.create_table(
        "person_name_gram",
        sa.Column("gram", sa.String(length=8), nullable=False),
        sa.Column("person_id", sa.Integer(), nullable=False),
        sa.ForeignKeyConstraint(["person_id"], ["person.id"], name=op.f("fk_person_name_gram_person_id_person")),
        sa.PrimaryKeyConstraint("gram", "person_id", name=op.f("pk_person_name_gram")),
        sqlite_with_rowid=False,
    )
    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.create_index("ix_audit_entry_entity_entity_id", ["entity", "entity_id"], unique=False)

    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.add_column(sa.Column("condition_stable", sa.Boolean(), nullable=True))

    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.create_index(
            "ix_address_building_room",
            ["building", "room"],
            unique=False,
            postgresql_ops={"building": _PATTERN, "room": _PATTERN},
        )

    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.add_column(sa.Column("name_initials", sa.String(length=100), nullable=True))
        batch_op.add_column(sa.Column("id_number_rev", sa.String(length=40), nullable=True))
        batch_op.add_column(sa.Column("phone_rev", sa.String(length=32), nullable=True))

    _backfill()

    with op.batch_alter_table("person", schema=None) as batch_op:
        if op.get_bind().dialect.name == "postgresql":
            batch_op.drop_index("ix_person_name")
            batch_op.drop_index("ix_person_phone")
            batch_op.create_index("ix_person_name", ["name"], unique=False, postgresql_ops={"name": _PATTERN})
            batch_op.create_index("ix_person_phone", ["phone"], unique=False, postgresql_ops={"phone": _PATTERN})
        batch_op.create_index(
            "ix_person_id_number", ["id_number"], unique=False, postgresql_ops={"id_number": _PATTERN}
        )
        batch_op.create_index(
            "ix_person_id_number_rev", ["id_number_rev"], unique=False, postgresql_ops={"id_number_rev": _PATTERN}
        )
        batch_op.create_index(
            "ix_person_name_initials", ["name_initials"], unique=False, postgresql_ops={"name_initials": _PATTERN}
        )
        batch_op.create_index(
            "ix_person_phone_rev", ["phone_rev"], unique=False, postgresql_ops={"phone_rev": _PATTERN}
        )
        batch_op.create_index("ix_person_moved_out_on", ["moved_out_on"], unique=False)
        batch_op.create_index("ix_person_resident_type", ["resident_type"], unique=False)


def downgrade() -> None:
    with op.batch_alter_table("person", schema=None) as batch_op:
        batch_op.drop_index("ix_person_resident_type")
        batch_op.drop_index("ix_person_moved_out_on")
        batch_op.drop_index("ix_person_phone_rev")
        batch_op.drop_index("ix_person_name_initials")
        batch_op.drop_index("ix_person_id_number_rev")
        batch_op.drop_index("ix_person_id_number")
        if op.get_bind().dialect.name == "postgresql":
            batch_op.drop_index("ix_person_name")
            batch_op.drop_index("ix_person_phone")
            batch_op.create_index("ix_person_name", ["name"], unique=False)
            batch_op.create_index("ix_person_phone", ["phone"], unique=False)
        batch_op.drop_column("phone_rev")
        batch_op.drop_column("id_number_rev")
        batch_op.drop_column("name_initials")

    with op.batch_alter_table("follow_up", schema=None) as batch_op:
        batch_op.drop_column("condition_stable")

    with op.batch_alter_table("address", schema=None) as batch_op:
        batch_op.drop_index("ix_address_building_room")

    with op.batch_alter_table("audit_entry", schema=None) as batch_op:
        batch_op.drop_index("ix_audit_entry_entity_entity_id")

    op.drop_table("person_name_gram")
    op.drop_table("address_gram")


# -- search keys of the rows already there ---------------------------------------------------------------


def _squash(text):
    return "".join((text or "").casefold().split())


def _digits(phone):
    return "".join(c for c in unicodedata.normalize("NFKC", phone or "") if c in "0123456789")


def _grams(text):
    t = _squash(text)
    return {t[i : i + 2] for i in range(len(t) - 1)}


def _backfill() -> None:
    conn = op.get_bind()
    person = sa.table(
        "person",
        sa.column("id", sa.Integer),
        sa.column("name", sa.String),
        sa.column("id_number", sa.String),
        sa.column("phone", sa.String),
        sa.column("name_initials", sa.String),
        sa.column("id_number_rev", sa.String),
        sa.column("phone_rev", sa.String),
    )
    address = sa.table(
        "address",
        sa.column("id", sa.Integer),
        sa.column("building", sa.String),
        sa.column("unit", sa.String),
        sa.column("room", sa.String),
    )
    name_gram = sa.table("person_name_gram", sa.column("gram", sa.String), sa.column("person_id", sa.Integer))
    address_gram = sa.table("address_gram", sa.column("gram", sa.String), sa.column("address_id", sa.Integer))
    if conn.execute(sa.select(person.c.id).limit(1)).first() is not None:
        from pypinyin import Style, pinyin

        letters = {}
        surname = {
            "单": "s", "曾": "z", "解": "x", "区": "o", "仇": "q", "朴": "p", "查": "z", "乐": "y", "覃": "q",
            "缪": "m", "翟": "z", "藏": "z", "重": "c", "秘": "b", "种": "c", "折": "s", "员": "y", "宓": "f",
            "繁": "p", "隗": "w",
        }

        def initials(name):
            out = []
            first = True
            for word in (name or "").split():
                latin = False
                for ch in word:
                    if ch.isascii():
                        if ch.isalpha() and not latin:
                            out.append(ch.lower())
                        latin = ch.isalpha()
                        continue
                    latin = False
                    if ch not in letters:
                        py = pinyin(ch, style=Style.FIRST_LETTER, errors="ignore")
                        letter = py[0][0][:1].lower() if py and py[0] and py[0][0] else ""
                        letters[ch] = letter if letter.isascii() and letter.isalpha() else ""
                    out.append(surname[ch] if first and ch in surname else letters[ch])
                    first = False
            return "".join(out)[:100] or None

        rows = conn.execute(sa.select(person.c.id, person.c.name, person.c.id_number, person.c.phone)).all()
        update = (
            sa.update(person)
            .where(person.c.id == sa.bindparam("pid"))
            .values(
                name_initials=sa.bindparam("ini"),
                id_number_rev=sa.bindparam("idr"),
                phone_rev=sa.bindparam("phr"),
            )
        )
        for i in range(0, len(rows), 5000):
            batch = rows[i : i + 5000]
            conn.execute(
                update,
                [
                    {
                        "pid": pid,
                        "ini": initials(name),
                        "idr": id_number[::-1] if id_number else None,
                        "phr": _digits(phone)[::-1] or None,
                    }
                    for pid, name, id_number, phone in batch
                ],
            )
            grams = [{"gram": g, "person_id": pid} for pid, name, _i, _p in batch for g in _grams(name)]
            if grams:
                conn.execute(sa.insert(name_gram), grams)
    rows = conn.execute(sa.select(address.c.id, address.c.building, address.c.unit, address.c.room)).all()
    for i in range(0, len(rows), 5000):
        grams = [
            {"gram": g, "address_id": aid}
            for aid, building, unit, room in rows[i : i + 5000]
            for g in _grams(f"{building or ''}{unit or ''}{room or ''}")
        ]
        if grams:
            conn.execute(sa.insert(address_gram), grams)
