"""The message network: who wrote to whom, as nodes and directed, weighted edges."""

from __future__ import annotations

from typing import Any, Literal
from xml.sax.saxutils import escape, quoteattr

from sqlalchemy import Connection, Select, func, select
from sqlalchemy.orm import aliased

from app.models import Actor, Message
from app.queries.messages import MessageFilters
from app.queries.stats import country_label

Level = Literal["actor", "country"]


def _pairs(filters: MessageFilters, dialect: str) -> Select:
    """(sender_id, recipient_id, n): the (sender, recipient, kind) index serves this grouping."""
    query = select(Message.sender_id, Message.recipient_id, func.count().label("n")).select_from(Message)
    return query.where(*filters.conditions(dialect)).group_by(Message.sender_id, Message.recipient_id)


def _country_pairs(filters: MessageFilters, dialect: str) -> Select:
    """(sender country, recipient country, n), rolled up from the actor pairs; actors without a country left out."""
    pairs = _pairs(filters, dialect).subquery("pairs")
    source, target = aliased(Actor, name="source"), aliased(Actor, name="target")
    return (
        select(source.country, target.country, func.sum(pairs.c.n))
        .join(source, source.id == pairs.c.sender_id)
        .join(target, target.id == pairs.c.recipient_id)
        .where(source.country.is_not(None), target.country.is_not(None))
        .group_by(source.country, target.country)
    )


def network(connection: Connection, level: Level, filters: MessageFilters) -> dict[str, Any]:
    """Nodes with messages sent and received, and edges sender → recipient weighted by messages.

    At the country level, actors without a country are left out, and messages between two
    actors of one country are a loop on that country.
    """
    dialect = connection.dialect.name
    pairs = _pairs(filters, dialect) if level == "actor" else _country_pairs(filters, dialect)
    weights = {(source, target): int(weight) for source, target, weight in connection.execute(pairs)}
    sent: dict[str, int] = {}
    received: dict[str, int] = {}
    for (source, target), weight in weights.items():
        sent[source] = sent.get(source, 0) + weight
        received[target] = received.get(target, 0) + weight
    ids = sorted(set(sent) | set(received))
    if level == "actor":
        actors = {
            row.id: row
            for row in connection.execute(
                select(Actor.id, Actor.name, Actor.kind, Actor.country).where(Actor.id.in_(ids))
            )
        }
        described = {i: {"label": actors[i].name, "kind": actors[i].kind, "country": actors[i].country} for i in ids}
    else:
        described = {code: {"label": country_label(code), "kind": "state", "country": code} for code in ids}
    nodes = [{"id": i, **described[i], "sent": sent.get(i, 0), "received": received.get(i, 0)} for i in ids]
    edges = [
        {"source": source, "target": target, "weight": weight}
        for (source, target), weight in sorted(weights.items(), key=lambda item: (-item[1], item[0]))
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
