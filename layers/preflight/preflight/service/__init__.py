"""Use cases: screen-and-log, read a decision. Joins the engine and the store."""
