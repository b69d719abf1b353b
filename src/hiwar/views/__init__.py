"""Human-readable views of the record: timeline, explanations, conflicts."""
