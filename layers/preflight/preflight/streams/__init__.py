"""Stream handlers: the decisions table's stream to the archive and to notifications (as api/ holds the
HTTP handlers)."""
