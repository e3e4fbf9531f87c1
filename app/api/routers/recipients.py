"""/v1/recipients: actors that received at least one message."""

from app.api.correspondents import correspondent_router

router = correspondent_router("recipient")
