"""The message network: who wrote to whom, as nodes and directed, weighted edges."""

from __future__ import annotations

from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import Connection, func, select

from app.models import Actor, Message
from app.queries.common import Recipient, Sender
from app.queries.messages import MessageFilters
from app.queries.stats import country_label

Level = Literal["actor", "country"]


def _pair_counts(connection: Connection, filters: MessageFilters) -> list[tuple[str, str, int]]:
    """(sender, recipient, messages): the (sender, recipient, kind) index serves this grouping."""
    query = select(Message.sender_id, Message.recipient_id, func.count()).select_from(Message)
    if filters.sender_country:
        query = query.join(Sender, Sender.id == Message.sender_id)
    if filters.recipient_country:
        query = query.join(Recipient, Recipient.id == Message.recipient_id)
    query = query.where(*filters.conditions(connection.dialect.name)).group_by(Message.sender_id, Message.recipient_id)
    return [(sender, recipient, count) for sender, recipient, count in connection.execute(query)]


def network(connection: Connection, level: Level, filters: MessageFilters) -> dict[str, Any]:
    """Nodes with messages sent and received, and edges sender → recipient weighted by messages.

    At the country level, actors without a country are left out, and messages between two
    actors of one country are a loop on that country.
    """
    pairs = _pair_counts(connection, filters)
    ids = {actor for sender, recipient, _ in pairs for actor in (sender, recipient)}
    actors = {
        row.id: row
        for row in connection.execute(
            select(Actor.id, Actor.name, Actor.kind, Actor.country).where(Actor.id.in_(sorted(ids)))
        )
    }
    weights: dict[tuple[str, str], int] = {}
    for sender, recipient, count in pairs:
        if level == "country":
            sender, recipient = actors[sender].country, actors[recipient].country
            if sender is None or recipient is None:
                continue
        weights[(sender, recipient)] = weights.get((sender, recipient), 0) + count
    sent: dict[str, int] = {}
    received: dict[str, int] = {}
    for (sender, recipient), weight in weights.items():
        sent[sender] = sent.get(sender, 0) + weight
        received[recipient] = received.get(recipient, 0) + weight
    nodes = []
    for node in sorted(set(sent) | set(received)):
        if level == "actor":
            actor = actors[node]
            described = {"label": actor.name, "kind": actor.kind, "country": actor.country}
        else:
            described = {"label": country_label(node), "kind": "state", "country": node}
        nodes.append({"id": node, **described, "sent": sent.get(node, 0), "received": received.get(node, 0)})
    edges = [
        {"source": sender, "target": recipient, "weight": weight}
        for (sender, recipient), weight in sorted(weights.items(), key=lambda item: (-item[1], item[0]))
    ]
    return {"level": level, "nodes": nodes, "edges": edges}


def graphml(graph: dict[str, Any]) -> str:
    """The network as GraphML, for Gephi, NetworkX (read_graphml) or yEd."""
    keys = [
        ("label", "node", "string"),
        ("kind", "node", "string"),
        ("country", "node", "string"),
        ("sent", "node", "int"),
        ("received", "node", "int"),
        ("weight", "edge", "int"),
    ]
    lines = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<graphml xmlns="http://graphml.graphdrawing.org/xmlns">',
        *(f'  <key id="{name}" for="{scope}" attr.name="{name}" attr.type="{kind}"/>' for name, scope, kind in keys),
        f'  <graph id={quoteattr("chancery-" + graph["level"])} edgedefault="directed">',
    ]
    for node in graph["nodes"]:
        lines.append(f"    <node id={quoteattr(node['id'])}>")
        for name in ("label", "kind", "country", "sent", "received"):
            if node[name] is not None:
                lines.append(f'      <data key="{name}">{escape(str(node[name]))}</data>')
        lines.append("    </node>")
    for number, edge in enumerate(graph["edges"]):
        lines.append(
            f'    <edge id="e{number}" source={quoteattr(edge["source"])} target={quoteattr(edge["target"])}>'
            f'<data key="weight">{edge["weight"]}</data></edge>'
        )
    lines += ["  </graph>", "</graphml>", ""]
    return "\n".join(lines)
