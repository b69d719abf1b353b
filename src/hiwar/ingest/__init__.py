"""Reading documents from disk and ingesting them into the store."""
