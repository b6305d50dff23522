"""petition evaluation, agreement performance found at a return visit

Revision ID: 0009
Revises: 0008
Create Date: 2026-12-02 16:30:00

The director's desk counts what is entered: 参评率 and 满意率 need the petitioner's evaluation of the answer
(``petition.evaluation``, ``petition.evaluated_on``); 协议履行 needs how far the agreement was performed as a
code (``return_visit.performed``: full / partial / none) beside the free-text account. All nullable: earlier
records stay unevaluated.
"""
from typing import Sequence, Union

from alembic import op
import sqlalchemy as sa


# revision identifiers, used by Alembic.
revision: str = '0009'
down_revision: Union[str, Sequence[str], None] = '0008'
branch_labels: Union[str, Sequence[str], None] = None
depends_on: Union[str, Sequence[str], None] = None


def upgrade() -> None:
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.add_column(sa.Column('evaluation', sa.String(length=16), nullable=True))
        batch_op.add_column(sa.Column('evaluated_on', sa.Date(), nullable=True))
    with op.batch_alter_table('return_visit', schema=None) as batch_op:
        batch_op.add_column(sa.Column('performed', sa.String(length=12), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('return_visit', schema=None) as batch_op:
        batch_op.drop_column('performed')
    with op.batch_alter_table('petition', schema=None) as batch_op:
        batch_op.drop_column('evaluated_on')
        batch_op.drop_column('evaluation')
