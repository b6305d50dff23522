"""mediation queue indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-28 01:06:27.241661

The mediation room's queue at 200,000 cases (bench/bench_mediation.py): partial indexes over the open cases
(a few thousand among many closed ones: SQLite keeps no histogram and would scan), composite indexes for the
closed list and its filters, the start of a party's name, and the number part of a case number. The single
indexes on status, grid_id and mediator_id become the first columns of composite ones.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0004'
down_revision: Union[str, Sequence[str], None] = '0003'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None

OPEN_CASES = "status <> 'closed' AND voided_at IS NULL"


def _where() -> dict:
    return {"sqlite_where": sa.text(OPEN_CASES), "postgresql_where": sa.text(OPEN_CASES)}


def upgrade() -> None:
    """Upgrade schema."""
    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.create_index('ix_case_party_name', ['name'], unique=False, postgresql_ops={'name': 'text_pattern_ops'})

    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_dispute_case_grid_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_mediator_id'))
        batch_op.drop_index(batch_op.f('ix_dispute_case_status'))
        batch_op.create_index('ix_dispute_case_grid_status', ['grid_id', 'status', 'voided_at'], unique=False)
        batch_op.create_index('ix_dispute_case_mediator_status', ['mediator_id', 'status', 'voided_at'], unique=False)
        batch_op.create_index('ix_dispute_case_open_accepted_on', ['accepted_on'], unique=False, **_where())
        batch_op.create_index(
            'ix_dispute_case_open_due_on',
            ['due_on', 'status', 'mediator_id', 'police_flag', 'police_flag_ack_at'],
            unique=False,
            **_where(),
        )
        batch_op.create_index('ix_dispute_case_seq', ['seq'], unique=False)
        batch_op.create_index('ix_dispute_case_status_accepted_on', ['status', 'voided_at', 'accepted_on'], unique=False)
        batch_op.create_index(
            'ix_dispute_case_type_status', ['dispute_type', 'status', 'voided_at', 'accepted_on'], unique=False
        )


def downgrade() -> None:
    """Downgrade schema."""
    with op.batch_alter_table('dispute_case', schema=None) as batch_op:
        batch_op.drop_index('ix_dispute_case_type_status')
        batch_op.drop_index('ix_dispute_case_status_accepted_on')
        batch_op.drop_index('ix_dispute_case_seq')
        batch_op.drop_index('ix_dispute_case_open_due_on', **_where())
        batch_op.drop_index('ix_dispute_case_open_accepted_on', **_where())
        batch_op.drop_index('ix_dispute_case_mediator_status')
        batch_op.drop_index('ix_dispute_case_grid_status')
        batch_op.create_index(batch_op.f('ix_dispute_case_status'), ['status'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_mediator_id'), ['mediator_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_dispute_case_grid_id'), ['grid_id'], unique=False)

    with op.batch_alter_table('case_party', schema=None) as batch_op:
        batch_op.drop_index('ix_case_party_name', postgresql_ops={'name': 'text_pattern_ops'})
