"""Identifier modules in python-stdnum's style for numbers stdnum does not cover.

Each module offers ``compact``, ``validate``, ``is_valid`` and ``format`` and raises
``stdnum.exceptions`` errors, so checks can treat our numbers (the CN 刊号 in
:mod:`pipeline.identifiers.cn_serial`) exactly like stdnum's (``stdnum.issn``).
"""
