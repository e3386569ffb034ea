"""credcheck's library: pure Python, no Prefect. The stages, in story order.

1. ``pipeline.ingest``  - the window folder -> applications + reference tables
2. ``pipeline.read``    - an upload -> ReadDocument (text layer first, OCR where needed)
3. ``extractors``       - a ReadDocument -> the facts on it, with evidence
4. ``pipeline.checks``  - one module per flag code: facts + references -> flags
5. ``pipeline.report``  - results -> applicants.csv, flags.csv, files.csv, units.csv, HTML

``pipeline.screen`` runs stages 2-4 for one applicant; ``flows`` orchestrates with Prefect.
"""
