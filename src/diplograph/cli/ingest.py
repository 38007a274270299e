"""`diplograph ingest` (placeholder until implemented)."""
COMMANDS: list = []
