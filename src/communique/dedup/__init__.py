"""Near-duplicate (syndicated) copies of one story grouped into clusters."""
