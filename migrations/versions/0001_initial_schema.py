"""Initial schema: articles, actors with aliases and titles, messages with reports, statements.

Revision ID: 0001
Revises: 
Create Date: 2026-11-26 21:49:15.116530
"""
from __future__ import annotations

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op


revision: str = '0001'
down_revision: str | None = None
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table('actors',
    sa.Column('id', sa.String(length=120), nullable=False),
    sa.Column('name', sa.String(length=300), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('country', sa.String(length=3), nullable=True),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actors_country'), ['country'], unique=False)
        batch_op.create_index(batch_op.f('ix_actors_name'), ['name'], unique=False)

    op.create_table('articles',
    sa.Column('id', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('source', sa.String(length=200), nullable=True),
    sa.Column('url', sa.Text(), nullable=True),
    sa.Column('published_at', sa.Date(), nullable=True),
    sa.Column('published_at_source', sa.String(length=16), nullable=False),
    sa.Column('ingested_at', sa.DateTime(timezone=True), nullable=False),
    sa.Column('content_hash', sa.String(length=64), nullable=False),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('content_hash')
    )
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_articles_published_at'), ['published_at'], unique=False)

    op.create_table('actor_aliases',
    sa.Column('actor_id', sa.String(length=120), nullable=False),
    sa.Column('alias', sa.String(length=300), nullable=False),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('actor_id', 'alias')
    )
    op.create_table('actor_titles',
    sa.Column('actor_id', sa.String(length=120), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('title', sa.Text(), nullable=True),
    sa.ForeignKeyConstraint(['actor_id'], ['actors.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('actor_id', 'article_id')
    )
    with op.batch_alter_table('actor_titles', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_actor_titles_article_id'), ['article_id'], unique=False)

    op.create_table('messages',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('sender_id', sa.String(length=120), nullable=False),
    sa.Column('recipient_id', sa.String(length=120), nullable=False),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('occasion', sa.Text(), nullable=True),
    sa.Column('date', sa.Date(), nullable=True),
    sa.Column('ingest_batch', sa.String(length=32), nullable=True),
    sa.ForeignKeyConstraint(['recipient_id'], ['actors.id'], ),
    sa.ForeignKeyConstraint(['sender_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('id')
    )
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_messages_date'), ['date'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_kind'), ['kind'], unique=False)
        batch_op.create_index('ix_messages_pair_kind', ['sender_id', 'recipient_id', 'kind'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_recipient_id'), ['recipient_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_messages_sender_id'), ['sender_id'], unique=False)

    op.create_table('message_reports',
    sa.Column('message_id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ondelete='CASCADE'),
    sa.PrimaryKeyConstraint('message_id', 'article_id')
    )
    with op.batch_alter_table('message_reports', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_message_reports_article_id'), ['article_id'], unique=False)

    op.create_table('statements',
    sa.Column('id', sa.Integer(), nullable=False),
    sa.Column('article_id', sa.String(length=16), nullable=False),
    sa.Column('speaker_id', sa.String(length=120), nullable=False),
    sa.Column('message_id', sa.Integer(), nullable=True),
    sa.Column('kind', sa.String(length=16), nullable=False),
    sa.Column('text', sa.Text(), nullable=False),
    sa.Column('start', sa.Integer(), nullable=False),
    sa.Column('end', sa.Integer(), nullable=False),
    sa.ForeignKeyConstraint(['article_id'], ['articles.id'], ondelete='CASCADE'),
    sa.ForeignKeyConstraint(['message_id'], ['messages.id'], ondelete='SET NULL'),
    sa.ForeignKeyConstraint(['speaker_id'], ['actors.id'], ),
    sa.PrimaryKeyConstraint('id'),
    sa.UniqueConstraint('article_id', 'start', 'end', name='uq_statements_span')
    )
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.create_index(batch_op.f('ix_statements_article_id'), ['article_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_message_id'), ['message_id'], unique=False)
        batch_op.create_index(batch_op.f('ix_statements_speaker_id'), ['speaker_id'], unique=False)



def downgrade() -> None:
    with op.batch_alter_table('statements', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_statements_speaker_id'))
        batch_op.drop_index(batch_op.f('ix_statements_message_id'))
        batch_op.drop_index(batch_op.f('ix_statements_article_id'))

    op.drop_table('statements')
    with op.batch_alter_table('message_reports', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_message_reports_article_id'))

    op.drop_table('message_reports')
    with op.batch_alter_table('messages', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_messages_sender_id'))
        batch_op.drop_index(batch_op.f('ix_messages_recipient_id'))
        batch_op.drop_index('ix_messages_pair_kind')
        batch_op.drop_index(batch_op.f('ix_messages_kind'))
        batch_op.drop_index(batch_op.f('ix_messages_date'))

    op.drop_table('messages')
    with op.batch_alter_table('actor_titles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actor_titles_article_id'))

    op.drop_table('actor_titles')
    op.drop_table('actor_aliases')
    with op.batch_alter_table('articles', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_articles_published_at'))

    op.drop_table('articles')
    with op.batch_alter_table('actors', schema=None) as batch_op:
        batch_op.drop_index(batch_op.f('ix_actors_name'))
        batch_op.drop_index(batch_op.f('ix_actors_country'))

    op.drop_table('actors')
