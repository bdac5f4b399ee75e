"""Leadership review mode (汇报模式): a full-screen read-only deck and its PDF/PNG briefing pack."""
