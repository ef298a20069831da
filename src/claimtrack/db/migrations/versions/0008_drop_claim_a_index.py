"""conflicts: drop the index on claim_a_id, which the unique (claim_a_id, claim_b_id, kind) index already
serves; every conflict stored wrote to both, each on a random page

Revision ID: 0008
Revises: 0007
Create Date: 2026-11-27
"""
from alembic import op


revision = '0008'
down_revision = '0007'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.drop_index('ix_conflicts_claim_a_id', table_name='conflicts')


def downgrade() -> None:
    op.create_index('ix_conflicts_claim_a_id', 'conflicts', ['claim_a_id'], unique=False)
