"""Identifiers: what makes a number valid, one module per kind of number, below the rules.

Modules in python-stdnum's style for numbers stdnum does not cover (``compact``,
``validate``, ``is_valid``, ``format``, raising ``stdnum.exceptions`` errors), so checks can
treat our numbers (the CN 刊号 in :mod:`pipeline.identifiers.cn_serial`) exactly like
stdnum's (``stdnum.issn``); the structure of diploma and degree numbers
(:mod:`pipeline.identifiers.diploma_number`); and the rules' reading of resident identity
numbers over stdnum's ``cn.ric`` (:mod:`pipeline.identifiers.resident_id`).
"""
