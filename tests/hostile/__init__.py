"""Hostile and broken input: the corpus, its fuzzer and the figures (issue 8).

* :mod:`tests.hostile.corpus` builds every hostile case with real tools and says what
  credcheck must make of it;
* :mod:`tests.hostile.verify` runs the cases through the real ingest and checks the outputs;
* :mod:`tests.hostile.fuzz` mutates real uploads and reads them (bounded, seeded);
* ``python -m tests.hostile.report`` prints how many cases there are, how many are handled
  as specified and how many applicants or files were lost.
"""
