"""`diplograph validate` (placeholder until implemented)."""
COMMANDS: list = []
