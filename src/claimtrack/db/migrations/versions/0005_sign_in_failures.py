"""sign_in_failures: failed sign-ins, for the limit on failed attempts

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26
"""
from alembic import op
import sqlalchemy as sa


revision = '0005'
down_revision = '0004'
branch_labels = None
depends_on = None


def upgrade() -> None:
    op.create_table('sign_in_failures',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('name', sa.String(length=200), nullable=False),
    sa.Column('client', sa.String(length=100), nullable=False),
    sa.Column('at', sa.DateTime(timezone=True), nullable=False),
    sa.PrimaryKeyConstraint('id', name=op.f('pk_sign_in_failures'))
    )
    op.create_index(op.f('ix_sign_in_failures_name'), 'sign_in_failures', ['name'], unique=False)
    op.create_index(op.f('ix_sign_in_failures_client'), 'sign_in_failures', ['client'], unique=False)


def downgrade() -> None:
    op.drop_index(op.f('ix_sign_in_failures_client'), table_name='sign_in_failures')
    op.drop_index(op.f('ix_sign_in_failures_name'), table_name='sign_in_failures')
    op.drop_table('sign_in_failures')
