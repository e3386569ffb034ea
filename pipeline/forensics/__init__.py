"""Forensics: measurements of how an upload was edited, for the DOC_TAMPERED rule.

- :mod:`pipeline.forensics.revisions`: what each incremental update of a PDF changed, by
  comparing the earlier revision (the file cut at an earlier ``%%EOF``) with the final one.
- :mod:`pipeline.forensics.text_edits`: characters of a text layer set unlike their
  neighbours, text laid over a white box that hides other text, glyphs pasted as an image.
- :mod:`pipeline.forensics.image_methods`: edited pictures (an image upload, the scan behind a
  PDF page): an image editor named in the metadata (``editor_tag``), a region without the
  JPEG compression the rest shows (``jpeg_ghost``), a region copied within the picture
  (``copy_move``), a region whose noise differs (``noise_level``); one module each, with
  the input they share in :mod:`pipeline.forensics.picture`.

The modules measure and describe (:class:`~pipeline.model.Finding`, each with its method and
score); they open nothing themselves (:mod:`pipeline.read` opens every revision and decodes
every picture through :mod:`pipeline.read.safe_open` and hands them over) and judge nothing:
the rule compares the scores with the policy's thresholds.
"""
