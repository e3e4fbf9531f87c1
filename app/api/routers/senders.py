"""/v1/senders: actors that sent at least one message."""

from app.api.correspondents import correspondent_router

router = correspondent_router("sender")
