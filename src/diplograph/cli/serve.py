"""`diplograph serve` (placeholder until implemented)."""
COMMANDS: list = []
