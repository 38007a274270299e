"""`extract --explain`: a readable account, per sentence, of what was found and which rule made each fact."""
from __future__ import annotations

from collections.abc import Callable

from .document import DateMention, Document, Event, Mention, PersonMention, PlaceMention

SHOWN = ("state", "person", "place", "date", "office", "trigger", "docnoun", "modal", "group", "witness")


def _mention(doc: Document, m: Mention) -> str:
    text = doc.surface(m.start, m.end) if m.end > m.start else ""
    readers: dict[str, Callable[[], str]] = {
        "state": lambda: f"state {m.iso} ({m.via})",
        "person": lambda: f"person {m.person.ar if isinstance(m, PersonMention) else '?'} "
                          f"[{m.iso or '?'} {m.role or ''}] ({m.via})",
        "place": lambda: f"place {m.place.en if isinstance(m, PlaceMention) and m.place else ''} "
                         f"{m.iso or ''}",
        "date": lambda: f"date {m.date.iso() if isinstance(m, DateMention) else '?'} ({m.value})",
        "office": lambda: f"office {m.role} ({m.via})",
        "trigger": lambda: f"trigger {m.value}",
        "docnoun": lambda: f"document noun {m.value}",
        "modal": lambda: f"modality {m.value}",
        "group": lambda: "plural reference to the article's states",
        "witness": lambda: "witness / presence (not an actor)",
    }
    return f"    «{text}» {readers[m.kind]()}"


def _confidence(ev: Event, threshold: float) -> str:
    top = sorted(ev.evidence.items(), key=lambda kv: -abs(kv[1]))
    kept = "kept" if ev.confidence >= threshold else f"left out (below {threshold:g})"
    return f"     confidence {ev.confidence:.2f}, {kept}; evidence: " + ", ".join(
        f"{k}={v:.2g}" if v != 1 else k for k, v in top)


def explain(doc: Document, threshold: float = 0.0) -> str:
    """The account of `doc`; events below `threshold` are shown as left out."""
    lines = [f"article {doc.source} sha256 {doc.sha256[:16]} published {doc.published or 'unknown'}"
             f" ({doc.published_from or '-'}); states in focus {', '.join(doc.focus[:4]) or '-'}"]
    by_sent: dict[int, list[Event]] = {}
    for ev in doc.events:
        by_sent.setdefault(ev.sent, []).append(ev)
    for s in doc.sentences:
        ms = [m for m in doc.mentions if m.sent == s.index and m.kind in SHOWN]
        evs = by_sent.get(s.index, [])
        if not ms and not evs:
            continue
        lines.append(f"[{s.index}] {doc.text[s.start:s.end]}")
        lines += [_mention(doc, m) for m in ms]
        for ev in evs:
            lines.append(f"  => {ev.type} [{ev.rule}] {ev.why}"
                         f"{' date ' + ev.date.iso() if ev.date else ''}"
                         f"{' place ' + ev.place.ar if ev.place else ''}")
            lines.append(_confidence(ev, threshold))
    return "\n".join(lines)
