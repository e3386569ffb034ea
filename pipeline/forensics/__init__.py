"""Forensics: measurements of how an upload was edited, for the DOC_TAMPERED rule.

- :mod:`pipeline.forensics.revisions`: what each incremental update of a PDF changed, by
  comparing the earlier revision (the file cut at an earlier ``%%EOF``) with the final one.
- :mod:`pipeline.forensics.text_edits`: characters of a text layer set unlike their
  neighbours, text laid over a white box that hides other text, glyphs pasted as an image.

The modules measure and describe (:class:`~pipeline.model.Finding`, each with its method and
score); they open nothing themselves (:mod:`pipeline.read` opens every revision through
:mod:`pipeline.read.safe_open` and hands them over) and judge nothing: the rule compares the
scores with the policy's thresholds.
"""
