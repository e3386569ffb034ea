"""credcheck."""
