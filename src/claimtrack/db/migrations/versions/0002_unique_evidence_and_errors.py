"""one row per piece of evidence and per failed input, so concurrent ingest processes cannot duplicate them

Revision ID: 0002
Revises: 0001
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0002'
down_revision = '0001'
branch_labels = None
depends_on = None


def upgrade() -> None:
    # Earlier versions appended a row per failed attempt: keep the latest one of each input.
    op.execute(sa.text("DELETE FROM ingest_errors WHERE id NOT IN "
                       "(SELECT latest FROM (SELECT MAX(id) AS latest FROM ingest_errors GROUP BY origin) AS kept)"))
    with op.batch_alter_table('ingest_errors', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_ingest_errors_origin'), ['origin'])
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.create_unique_constraint(batch_op.f('uq_evidence_claim_id'), ['claim_id', 'position'])


def downgrade() -> None:
    with op.batch_alter_table('evidence', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_evidence_claim_id'), type_='unique')
    with op.batch_alter_table('ingest_errors', schema=None) as batch_op:
        batch_op.drop_constraint(batch_op.f('uq_ingest_errors_origin'), type_='unique')
