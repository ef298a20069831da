"""claims.period_text and claims.period_precision: a claim's period as its words gave it ("by Saturday",
"in 2020", "between June 1976 and February 1977"), so that a stored claim is compared as it was when new

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-28
"""
import sqlalchemy as sa
from alembic import op


revision = '0009'
down_revision = '0008'
branch_labels = None
depends_on = None


def upgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.add_column(sa.Column('period_text', sa.String(length=200), nullable=True))
        batch_op.add_column(sa.Column('period_precision', sa.String(length=20), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table('claims', schema=None) as batch_op:
        batch_op.drop_column('period_precision')
        batch_op.drop_column('period_text')
