"""Extraction rules, one module per kind of fact; `pipeline.events` runs them sentence by sentence.

- `signing.py`: signings of declarations, agreements, memoranda, protocols, treaties, joint statements;
- `congratulation.py`: congratulations (one per direction);
- `relations.py`: establishment of relations and anniversaries;
- `visits.py`: visits told by a trigger (a verb or noun of visiting, arriving, leaving, attending);
- `visits_at.py`: where a person was seen (the visit rules read at a person's mention);
- `meetings.py`: meetings, talks and receptions;
- `context.py`: the sentence context and helpers they share.
"""
