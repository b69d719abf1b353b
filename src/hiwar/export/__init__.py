"""Writers of the record to interchange formats."""
