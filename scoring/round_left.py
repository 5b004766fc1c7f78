"""A part of a topic's question no drafted answer settles (rounds.yaml `left_open`): an offer sold as AI that states
the data and the months its model learns from ("El modelo se entrena con 6 meses de datos de vibración de las
prensas") meets the label's rule, yet names nobody who checks the data's quality. Asked alone while no document, the
offer or a reply, names who checks it; a source like a gap's, so a reply that names the checker closes it."""
from __future__ import annotations

from questions.models import Evaluation
from reading.reply_given import given_parts
from reading.reply_phrases import phrases


def left_open(evaluation: Evaluation, labels: list[str], topics, reader, found=()) -> list[tuple[str, str, str]]:
    """(source id, topic id, as the letter says it) for each topic no other source (`found`) asks whose `left_open` part
    the documents leave unstated."""
    asked = {s.topic for s in found}
    offer = [d.text for d in evaluation.documents if d.kind != "reply"]
    every = " ".join(d.text for d in evaluation.documents).lower()
    left = []
    for topic in topics:
        part = topic.left_open
        if part is None or topic.id in asked or not set(part.labels) & set(labels):
            continue
        if phrases(part.unless).search(every):  # a document names who checks it
            continue
        if set(part.given) <= set(given_parts(reader, topic, offer)[0]):
            left.append((f"left:{topic.id}", topic.id, f"Left open: {topic.given[part.given[-1]].ask}"))
    return left
