"""Print the mentions and events the pipeline finds in one article (a developer's view of --explain)."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from diplograph.pipeline import extract_file


def main() -> None:
    published = dt.date.fromisoformat(sys.argv[2]) if len(sys.argv) > 2 else None
    doc = extract_file(Path(sys.argv[1]), published=published, min_confidence=0)
    print("published", doc.published, doc.published_from, "home", doc.home, "focus", doc.focus,
          "dateline", doc.dateline_place)
    for s in doc.sentences:
        ms = [m for m in doc.mentions
              if m.sent == s.index and m.kind not in ("courtesy", "conj", "number")]
        print(f"[{s.index}] {doc.text[s.start:s.end][:150]}")
        for m in ms:
            person, date = getattr(m, "person", None), getattr(m, "date", None)
            place = getattr(m, "place", None)
            extra = person.ar if person else (date.iso() if date else (place.ar if place else ""))
            print(f"     {m.kind:<8} {doc.surface(m.start, m.end) if m.end > m.start else '':<28} "
                  f"{m.iso or ''} {m.via or ''} {m.value or ''} {m.role or ''} {extra}")
    print("EVENTS")
    for e in doc.events:
        print(" ", e.type, e.rule, [p.ar for p in e.agents], "->", [p.ar for p in e.recipients],
              e.recipient_states, e.parties, e.document.title if e.document else "",
              e.date.iso() if e.date else None,
              e.place.ar if e.place else None, e.ordinal, e.inferred, round(e.confidence, 2))


if __name__ == "__main__":
    main()
