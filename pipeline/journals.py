"""Journal names and the suspect-journal matcher behind JOURNAL_BLACKLISTED.

What a reviewer needs from this module is a short list of *why* a declared or
printed journal looks like an entry of the suspect list, and no noise on the
thousands of legitimate journals applicants publish in. The public lists make
that harder than a fuzzy search (see ../shared/data/README.md):

* 2,915 pairs of legitimate CNKI titles differ by one character, so a fuzzy
  threshold alone cannot tell an OCR error from a different journal;
* real journals' names are substrings of fakes' names (中国教育 / 中国教育论坛),
  so substring matching is wrong in both directions;
* the same English name can denote a predatory and a legitimate journal;
* fake journals print stolen but valid ISSN/CN numbers, so a number alone does
  not say which journal a paper appeared in.

The decision therefore goes, for each reference (:class:`JournalRef`):

1. **Identifiers first.** ISSN (every ISSN of the entry; the first is the print
   ISSN, others match as ``how="eissn"``) and CN number (region + serial; the
   class letters are ignored because applicants mistype them). An identifier hit
   whose declared title agrees with the entry, or with no title declared, scores
   100. An identifier hit under a *different* title is still reported — the number
   is on the list, and a mismatch is exactly what a fake printing a stolen number,
   or an applicant translating an English title, looks like — but with
   ``score = TITLE_DIFFERS_SCORE`` and a detail that says the title differs, so
   the check can grade it and the reviewer sees both titles.
2. **Exact normalised names** (:func:`normalise_name`) of names and aliases:
   ``how="name"`` / ``"alias"``, score 100. If the reference carries an ISSN or
   CN that contradicts the entry's own (both known, no overlap), the reference
   is a namesake: dropped for real journals (warning, predatory, hijacked lists,
   whose numbers are authoritative), kept with ``NAMESAKE_SCORE`` for fake and
   illegal entries (whose printed numbers are arbitrary, so a different number
   proves nothing).
3. **Fuzzy names, as candidates.** One edit (optimal string alignment: a
   substitution, insertion, deletion or swap of neighbours) after normalisation,
   found through a deletion-neighbourhood index (no scan of the list per
   reference). A candidate is kept only when its score reaches ``fuzzy_min`` and
   it survives the guards below; ``how="fuzzy_name"``. The score is
   ``100 * (1 - edits / weight)`` where the weight of the longer name counts a
   Chinese character as 2 and any other character as 1: one wrong character in a
   7-character Chinese title is about as telling as one wrong letter in a
   14-letter English one. With the default 92, Chinese titles need 7 characters,
   English ones 13 letters, before one error is tolerated — shorter ones are
   where legitimate titles sit one character apart (中国科学 / 中国科技).

   Guards: no fuzzy match when the edit only adds or drops a character at either
   end (containment: Cell / Cells, 中国教育 / 中国教育学), when it swaps one digit
   for another or adds or drops a digit (series and volume numbers; a letter read
   as a digit, O / 0, is still an OCR error), when the names differ only in a one-letter
   word (Physics Letters A / B) or in a trailing bracketed edition (学报(理学版) / 学报(工学版)),
   and — when the caller gives ``known_names`` (a registry of legitimate titles) —
   when the declared name is itself a known legitimate title.

Hijacked journals share their title (and numbers) with the authentic journal, so
any hit on a ``hijacked`` entry scores at most ``HIJACKED_SCORE`` and says to check
the website the paper went through. Exact names that are generic (one or two Latin
words: Engineering, Electricity) and that no ISSN on both sides confirms score
``GENERIC_NAME_SCORE``: CNKI lists legitimate journals with those very titles.
Fuzzy candidates are only sought when no full-score match was found.

Each reference yields at most one :class:`JournalMatch` per entry (the best), best
first. Matching is pure and the :class:`Blacklist` is immutable and picklable.
"""

from __future__ import annotations

import dataclasses
import hashlib
import re
import unicodedata
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache

from rapidfuzz.distance import OSA

from pipeline.identifiers import cn_serial
from pipeline.text import letters_digits, nfkc, opencc_entries

__all__ = [
    "CATEGORIES",
    "COLUMNS",
    "GENERIC_NAME_SCORE",
    "HIJACKED_SCORE",
    "HOW",
    "NAMESAKE_SCORE",
    "NO_LIST",
    "TITLE_DIFFERS_SCORE",
    "Blacklist",
    "JournalEntry",
    "JournalMatch",
    "JournalRef",
    "compact_issns",
    "normalise_name",
    "one_edit_pairs",
    "version_of",
]

#: The version recorded for results screened without any suspect-journal list.
NO_LIST = "no-list"

#: The list's columns, in file order (shared/spec/intake.md).
COLUMNS = ("name", "aliases", "issn", "cn", "category", "source", "reason", "added_on", "added_by")

#: Allowed categories and the Chinese words reviewers read.
CATEGORIES: dict[str, str] = {
    "fake": "假刊/假冒期刊",
    "illegal": "非法出版物",
    "predatory": "掠夺性期刊",
    "warning": "预警期刊",
    "hijacked": "被劫持期刊",
}

#: How a match was made, most decisive first (also the tie-break order).
HOW = ("issn", "eissn", "cn", "name", "alias", "fuzzy_name")

#: Score of an ISSN/CN hit whose declared title is not the entry's.
TITLE_DIFFERS_SCORE = 60.0
#: Score of an exact-name hit on a fake/illegal entry whose declared numbers differ.
NAMESAKE_SCORE = 80.0
#: Highest score of any hit on a hijacked journal: the authentic journal carries the
#: same title (and numbers), so only the website a paper went through tells them apart.
HIJACKED_SCORE = 70.0
#: Score of an exact-name hit on a generic title (one or two Latin words: Engineering,
#: Materials Today) that no ISSN/CN on both sides confirms: namesakes are common.
GENERIC_NAME_SCORE = 80.0

# Categories whose ISSN/CN are the journal's own, registered numbers: a different
# number under the same name means a different journal.
_AUTHORITATIVE_IDS = frozenset({"warning", "predatory", "hijacked"})

#: The words besides the letters ISSN that label a printed number as a journal's ISSN
#: (国际标准连续出版物号, 国际标准刊号, 刊号), spaced out or not: one pattern for the
#: extractor that reads the label and the rule that trusts a number because of it.
ISSN_WORD_LABEL = r"国\s*际\s*标\s*准\s*(?:连\s*续\s*出\s*版\s*物|刊)\s*号|刊\s*号"


# --------------------------------------------------------------------------- names


def _load_traditional() -> tuple[frozenset[str], object | None]:
    """Characters that OpenCC's t2s can change, and the converter.

    OpenCC's pure-Python converter costs ~50 µs a string; nearly every name is
    already simplified or English, so it is only called when the name holds a
    character that some t2s entry (character or phrase) maps to something else.
    Characters a phrase entry leaves unchanged (乾 in 乾隆) do not count: a string
    without any of these characters converts to itself.
    """
    try:
        import opencc
    except ImportError:  # pragma: no cover - declared dependency
        return frozenset(), None
    chars: set[str] = set()
    for name in ("TSCharacters.txt", "TSPhrases.txt"):
        try:
            for key, targets in opencc_entries(name):
                target = targets[0] if targets else key
                if len(target) != len(key):
                    chars.update(key)
                else:
                    chars.update(k for k, t in zip(key, target) if k != t)
        except OSError:  # pragma: no cover - unusual install: no shortcut
            return frozenset(chr(c) for c in range(0x3400, 0xA000)), opencc.OpenCC("t2s")
    return frozenset(chars), opencc.OpenCC("t2s")


_TRADITIONAL, _T2S = _load_traditional()


def _t2s(text: str) -> str:
    if _T2S is None or _TRADITIONAL.isdisjoint(text):
        return text
    # Iterate to a fixed point: a few t2s targets are themselves t2s keys, and
    # normalise_name must be idempotent.
    for _ in range(3):
        converted = _T2S.convert(text)
        if converted == text:
            break
        text = converted
    return text


@lru_cache(maxsize=200_000)
def normalise_name(name: str) -> str:
    """The form names are compared in: what uploads vary, removed.

    Full-width to half-width and other compatibility forms (NFKC), traditional to
    simplified (OpenCC t2s), case, accents (für = fur), ``&`` = ``and``, and every
    character that is not a letter or digit: 《》, 〈〉, 【】, brackets, punctuation,
    middle dots and spaces. Bracketed *content* is kept (学报(自然科学版) keeps
    自然科学版), because editions are different journals.

    >>> normalise_name('《中國當代教育雜誌》')
    '中国当代教育杂志'
    >>> normalise_name('Journal of Social Research & Policy')
    'journalofsocialresearchandpolicy'
    >>> normalise_name('ＪＯＵＲＮＡＬ  ｏｆ　Ｘ')
    'journalofx'
    """
    text = nfkc(name)
    if text.isascii():
        return letters_digits(text.lower().replace("&", "and"))
    text = _t2s(text).casefold().replace("&", "and")
    # NFKD splits accents off their letters; the accents are not word characters,
    # so the same substitution that drops punctuation drops them; NFC recomposes
    # what must stay composed (Hangul).
    text = letters_digits(unicodedata.normalize("NFKD", text))
    return unicodedata.normalize("NFC", text)


def _is_cjk(ch: str) -> bool:
    return "\u3400" <= ch <= "\u9fff" or "\uf900" <= ch <= "\ufaff" or ch >= "\U00020000"


def _weight(text: str) -> int:
    """Length with Chinese characters counted twice (see the module docstring)."""
    return len(text) + sum(1 for ch in text if _is_cjk(ch))


_EDITION = re.compile(r"版|分册|辑|edition|series|section|part|^[a-z0-9]$|^[ivx]+$")
_TRAILING_BRACKET = re.compile(r"^(.*?)[(（\[【〔]([^()（）\[\]【】〔〕]*)[)）\]】〕]\s*$")


def _edition_split(raw: str) -> tuple[str, str] | None:
    """(base, qualifier) for names ending in a bracketed qualifier such as (理学版)."""
    match = _TRAILING_BRACKET.match(nfkc(raw).strip().strip("《》〈〉"))
    if not match:
        return None
    return normalise_name(match.group(1)), normalise_name(match.group(2))


def _tokens(raw: str) -> list[str]:
    return [t for t in re.split(r"[\W_]+", nfkc(raw).casefold()) if t]


def _series_differs(raw: str, title: str) -> bool:
    """The titles differ in one one-letter word: Physics Letters A / B, Section A / C."""
    a, b = _tokens(raw), _tokens(title)
    if len(a) != len(b) or len(a) < 2:
        return False
    diff = [(x, y) for x, y in zip(a, b) if x != y]
    return len(diff) == 1 and len(diff[0][0]) == 1 and len(diff[0][1]) == 1


# --------------------------------------------------------------------------- identifiers

_ISSN_IN_TEXT = re.compile(r"([0-9]{4})-?([0-9]{3}[0-9X])")


def compact_issns(text: str) -> tuple[str, ...]:
    """Every ISSN-shaped group in a field, compact (``'10004726'``), in order.

    Accepts ``ISSN 1000-4726``, full-width digits, several ISSNs separated by
    ``|``, ``;``, ``/`` or spaces. The check digit is not verified here: the
    matcher must find a fake's invalid printed ISSN if an admin recorded it
    (JOURNAL_ID_INVALID is a separate check).
    """
    if not text:
        return ()
    if not text.isascii():
        text = nfkc(text)
        text = re.sub(r"[‐‑‒–—―−]", "-", text)
    text = text.upper().replace(" -", "-").replace("- ", "-")
    found: list[str] = []
    for part in _ISSN_IN_TEXT.finditer(text):
        value = part.group(1) + part.group(2)
        if value not in found:
            found.append(value)
    return tuple(found)


_PLAIN_CN = re.compile(
    r"\s*(?:CN\s*)?([0-9]{2})-([0-9]{4})(?:/[A-Z0-9]*)?\s*$", re.ASCII | re.IGNORECASE
)


def _cn_parts(text: str) -> list[str]:
    return [part for part in re.split(r"[|;；,，]", text) if part.strip()]


def _cn_keys(text: str) -> tuple[str, ...]:
    """Keys a CN field is indexed under: region-serial when present, else the raw form.

    Pseudo-numbers like ``CN(HK)NR4069-194/01`` have no region-serial core, but an
    admin who records one wants the same printed string to match.
    """
    if not text:
        return ()
    plain = _PLAIN_CN.match(text)
    if plain:  # the usual '11-2115/TU' or 'CN 11-2115/TU'
        return (f"{plain.group(1)}-{plain.group(2)}",)
    keys: list[str] = []
    for part in _cn_parts(text):
        serial = cn_serial.key(part)
        keys.append(serial if serial else "raw:" + cn_serial.compact(part))
    return tuple(keys)


# --------------------------------------------------------------------------- values


def _split_aliases(value: object) -> tuple[str, ...]:
    if isinstance(value, (tuple, list)):
        items = [str(v) for v in value]
    else:
        items = str(value or "").split("|")
    return tuple(a.strip() for a in items if a and a.strip())


@dataclass(frozen=True, slots=True)
class JournalEntry:
    """One row of the suspect-journal list.

    ``issn`` may hold several ISSNs separated by ``|`` (print first, then the
    electronic or other ISSNs); ``cn`` likewise. ``aliases`` are other titles
    (former titles, translations, abbreviations) matched like the name.
    """

    name: str
    aliases: tuple[str, ...] = ()
    issn: str = ""
    cn: str = ""
    category: str = ""
    source: str = ""
    reason: str = ""
    added_on: str = ""
    added_by: str = ""

    @classmethod
    def from_row(cls, row: Mapping[str, object]) -> JournalEntry:
        """Build from a CSV/XLSX row (missing or None cells become empty)."""

        def cell(key: str) -> str:
            value = row.get(key)
            if value is None:
                return ""
            text = str(value).strip()
            return "" if text.lower() == "nan" else text

        return cls(
            name=cell("name"),
            aliases=_split_aliases(row.get("aliases") or ""),
            issn=cell("issn"),
            cn=cell("cn"),
            category=cell("category").lower(),
            source=cell("source"),
            reason=cell("reason"),
            added_on=cell("added_on"),
            added_by=cell("added_by"),
        )

    def row(self) -> dict[str, str]:
        """The canonical CSV row (aliases joined with ``|``)."""
        return {
            "name": self.name,
            "aliases": "|".join(self.aliases),
            "issn": self.issn,
            "cn": self.cn,
            "category": self.category,
            "source": self.source,
            "reason": self.reason,
            "added_on": self.added_on,
            "added_by": self.added_by,
        }

    @property
    def issns(self) -> tuple[str, ...]:
        """Compact ISSNs, print ISSN first."""
        return compact_issns(self.issn)

    @property
    def titles(self) -> tuple[str, ...]:
        """Name then aliases."""
        return (self.name, *self.aliases)

    @property
    def label(self) -> str:
        """《name》 as reviewers read it."""
        return f"《{self.name}》"


@dataclass(frozen=True, slots=True)
class JournalRef:
    """A journal as an applicant declared it or a paper printed it."""

    name: str = ""
    issn: str = ""
    cn: str = ""


@dataclass(frozen=True, slots=True)
class JournalMatch:
    """Why a reference looks like a list entry.

    ``how`` is one of :data:`HOW`; ``score`` is 100 for an identifier or exact-name
    hit that nothing contradicts, lower for fuzzy names, for identifiers under a
    different title (:data:`TITLE_DIFFERS_SCORE`) and for fake/illegal namesakes
    (:data:`NAMESAKE_SCORE`); ``detail`` is the Chinese sentence for the reviewer.
    """

    entry: JournalEntry
    how: str
    score: float
    detail: str

    @property
    def category(self) -> str:
        return self.entry.category


def _fmt_issn(compact: str) -> str:
    return f"{compact[:4]}-{compact[4:]}" if len(compact) == 8 else compact


# --------------------------------------------------------------------------- matcher


@dataclass(frozen=True, slots=True)
class _Indexed:
    """Per-entry data the matcher needs, computed once."""

    names: frozenset[str]
    issns: frozenset[str]
    cn_keys: frozenset[str]
    generic: frozenset[str]


@dataclass(eq=False)
class Blacklist:
    """The suspect-journal list, indexed for matching. Build with :meth:`from_entries`."""

    entries: tuple[JournalEntry, ...]
    version: str
    _indexed: tuple[_Indexed, ...] = field(repr=False)
    _by_issn: dict[str, list[tuple[int, bool]]] = field(repr=False)
    _by_cn: dict[str, list[int]] = field(repr=False)
    _by_name: dict[str, list[tuple[int, str]]] = field(repr=False)
    _by_deletion: dict[str, list[tuple[int, str, str]]] = field(repr=False)
    _known: frozenset[str] = field(repr=False, default=frozenset())
    _issn_keys: frozenset[str] = field(repr=False, default=frozenset())
    _cn_keys_set: frozenset[str] = field(repr=False, default=frozenset())
    _deletion_keys: frozenset[str] = field(repr=False, default=frozenset())
    #: Why there is no list (say, none was imported); empty for a real list, even an empty one.
    missing: str = ""

    # ------------------------------------------------------------------ build
    @classmethod
    def absent(cls, why: str) -> Blacklist:
        """No list at all: nothing matches, and the journal rule says it could not check
        (``missing``). Its version, :data:`NO_LIST`, differs from every real list's, so the
        results made without a list are re-screened once one is imported."""
        return dataclasses.replace(cls.from_entries(()), version=NO_LIST, missing=why)

    @classmethod
    def from_entries(
        cls, entries: Iterable[JournalEntry], known_names: Iterable[str] | None = None
    ) -> Blacklist:
        """Index the entries.

        ``known_names``: optional titles of legitimate journals (a registry such
        as CNKI, if the deployment has one); a declared name equal to one of them
        never gets a fuzzy match. The list of the recommended published lists does not need it
        to keep the CNKI and CSSCI titles clean (bench/bench_matcher.py measures that without it).
        """
        entries = tuple(entries)
        indexed: list[_Indexed] = []
        by_issn: dict[str, list[tuple[int, bool]]] = {}
        by_cn: dict[str, list[int]] = {}
        by_name: dict[str, list[tuple[int, str]]] = {}
        by_del: dict[str, list[tuple[int, str, str]]] = {}
        for idx, entry in enumerate(entries):
            issns = entry.issns
            for position, issn in enumerate(issns):
                by_issn.setdefault(issn, []).append((idx, position == 0))
            cn_keys = _cn_keys(entry.cn)
            for key in cn_keys:
                by_cn.setdefault(key, []).append(idx)
            names: set[str] = set()
            generic: set[str] = set()
            for position, title in enumerate(entry.titles):
                norm = normalise_name(title)
                if not norm or norm in names:
                    continue
                names.add(norm)
                if _is_generic(title):
                    generic.add(norm)
                by_name.setdefault(norm, []).append((idx, "name" if position == 0 else "alias"))
                if len(norm) >= 4:
                    for variant in {norm, *_deletions(norm)}:
                        by_del.setdefault(variant, []).append((idx, norm, title))
            indexed.append(
                _Indexed(frozenset(names), frozenset(issns), frozenset(cn_keys), frozenset(generic))
            )
        known = frozenset(n for n in (normalise_name(k) for k in (known_names or ())) if n)
        return cls(
            entries=entries,
            version=version_of(entries),
            _indexed=tuple(indexed),
            _by_issn=by_issn,
            _by_cn=by_cn,
            _by_name=by_name,
            _by_deletion=by_del,
            _known=known,
            _issn_keys=frozenset(by_issn),
            _cn_keys_set=frozenset(by_cn),
            _deletion_keys=frozenset(by_del),
        )

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[JournalEntry]:
        return iter(self.entries)

    # ------------------------------------------------------------------ match
    def match(
        self, ref: JournalRef, fuzzy_min: float = 92.0, fuzzy_min_unregistered: float | None = None
    ) -> list[JournalMatch]:
        """Every entry the reference looks like, best first; empty when clean.

        ``fuzzy_min_unregistered``: a lower similarity for names that are not the title of a
        registered legitimate journal (``known_names``). A registered title never gets a
        fuzzy match, so one wrong character (an OCR error) in a short suspect name can be
        caught without flagging the real journal it imitates.
        """
        qname = normalise_name(ref.name) if ref.name else ""
        if (fuzzy_min_unregistered is not None and self._known and qname
                and qname not in self._known):
            fuzzy_min = min(fuzzy_min, fuzzy_min_unregistered)
        issns = compact_issns(ref.issn) if ref.issn else ()
        cn_keys = _cn_keys(ref.cn) if ref.cn else ()
        # Fast path, the common case: nothing on the list shares a number or a name,
        # and no name on the list is one edit away.
        if (
            not (issns and not self._issn_keys.isdisjoint(issns))
            and not (cn_keys and not self._cn_keys_set.isdisjoint(cn_keys))
            and qname not in self._by_name
            and (
                not qname
                or 100.0 * (1 - 1 / (2 * len(qname) + 2)) < fuzzy_min
                or self._deletion_keys.isdisjoint(_deletion_list(qname))
            )
        ):
            return []
        shown = _shown(ref.name)
        mainland = bool(cn_keys) and any(cn_serial.is_valid(p) for p in _cn_parts(ref.cn))
        found: dict[int, JournalMatch] = {}

        def keep(idx: int, match: JournalMatch) -> None:
            old = found.get(idx)
            if old is None or (-match.score, HOW.index(match.how)) < (
                -old.score,
                HOW.index(old.how),
            ):
                found[idx] = match

        # 1. identifiers
        for issn in issns:
            for idx, primary in self._by_issn.get(issn, ()):
                how = "issn" if primary else "eissn"
                keep(
                    idx,
                    self._id_match(idx, how, f"ISSN {_fmt_issn(issn)}", ref.name, qname, fuzzy_min),
                )
        for key in cn_keys:
            for idx in self._by_cn.get(key, ()):
                keep(idx, self._id_match(idx, "cn", _shown_cn(ref.cn), ref.name, qname, fuzzy_min))
        if not qname:
            return _ordered(found)

        # 2. exact normalised names
        for idx, how in self._by_name.get(qname, ()):
            if idx in found:
                continue
            entry = self.entries[idx]
            data = self._indexed[idx]
            what = "刊名" if how == "name" else "刊名与别名"
            if self._contradicts(idx, issns, cn_keys, mainland):
                if entry.category in _AUTHORITATIVE_IDS:
                    continue  # a namesake with its own registered numbers
                keep(
                    idx,
                    JournalMatch(
                        entry,
                        how,
                        NAMESAKE_SCORE,
                        f"{what}《{shown}》与名单条目{entry.label}一致，但申报的刊号与名单记录不同："
                        f"假刊常更换或盗用刊号，也可能是同名的其他期刊，需人工核对",
                    ),
                )
            elif entry.category == "hijacked":
                keep(
                    idx,
                    JournalMatch(
                        entry,
                        how,
                        HIJACKED_SCORE,
                        f"{what}《{shown}》与名单条目{entry.label}一致；该刊被仿冒网站劫持，"
                        f"正版期刊同名，需核对论文是否经仿冒网站发表（见名单理由）",
                    ),
                )
            elif qname in data.generic and not (issns and data.issns):
                keep(
                    idx,
                    JournalMatch(
                        entry,
                        how,
                        GENERIC_NAME_SCORE,
                        f"{what}《{shown}》与名单条目{entry.label}一致，但该刊名较为通用，"
                        f"可能另有同名正规期刊，需以 ISSN 核对",
                    ),
                )
            else:
                keep(
                    idx,
                    JournalMatch(
                        entry, how, 100.0, f"{what}《{shown}》与名单条目{entry.label}一致"
                    ),
                )

        # 3. fuzzy candidates, only when nothing identified the journal already
        if any(m.score >= 100.0 for m in found.values()):
            return _ordered(found)
        if qname in self._known or 100.0 * (1 - 1 / (2 * len(qname) + 2)) < fuzzy_min:
            return _ordered(found)
        for idx, _norm, title, score in self._fuzzy(qname, ref.name, fuzzy_min):
            if idx in found or self._contradicts(idx, issns, cn_keys, mainland):
                continue
            entry = self.entries[idx]
            if entry.category == "hijacked":
                score = min(score, HIJACKED_SCORE)
            keep(
                idx,
                JournalMatch(
                    entry,
                    "fuzzy_name",
                    round(score, 1),
                    f"刊名《{shown}》与名单条目《{title}》仅差一字（相似度 {score:.0f}），"
                    f"疑为识别或录入误差，需人工核对是否同一期刊",
                ),
            )
        return _ordered(found)

    def match_many(
        self, refs: Iterable[JournalRef], fuzzy_min: float = 92.0,
        fuzzy_min_unregistered: float | None = None,
    ) -> list[list[JournalMatch]]:
        """:meth:`match` over many references; repeated references are matched once.

        Declared journals repeat heavily within a window (the same few thousand
        titles across tens of thousands of papers), so a per-call memo is the
        main saving; the per-reference work is dictionary look-ups either way.
        """
        memo: dict[tuple[str, str, str], list[JournalMatch]] = {}
        out: list[list[JournalMatch]] = []
        append = out.append
        for ref in refs:
            key = (ref.name, ref.issn, ref.cn)
            result = memo.get(key)
            if result is None:
                result = memo[key] = self.match(ref, fuzzy_min, fuzzy_min_unregistered)
            append(result)
        return out

    # ------------------------------------------------------------------ helpers
    def _id_match(
        self, idx: int, how: str, shown: str, raw: str, qname: str, fuzzy_min: float
    ) -> JournalMatch:
        entry = self.entries[idx]
        names = self._indexed[idx].names
        shown_name = _shown(raw)
        hijack = (
            "（被劫持期刊：该刊号属于正版期刊，需核对论文是否发表于仿冒网站）"
            if entry.category == "hijacked"
            else ""
        )
        full = HIJACKED_SCORE if hijack else 100.0
        if not qname:
            return JournalMatch(entry, how, full, f"{shown} 与名单条目{entry.label}一致{hijack}")
        if qname in names or any(
            self._fuzzy_ok(qname, raw, n, t, fuzzy_min) is not None for n, t in self._titles(idx)
        ):
            return JournalMatch(
                entry, how, full, f"{shown} 与名单条目{entry.label}一致，刊名亦一致{hijack}"
            )
        return JournalMatch(
            entry,
            how,
            min(TITLE_DIFFERS_SCORE, full),
            f"{shown} 与名单条目{entry.label}一致，但申报刊名为《{shown_name}》，刊名与刊号不符："
            f"可能是盗用刊号的假刊、译名或填写错误，需人工核对{hijack}",
        )

    def _titles(self, idx: int) -> Iterator[tuple[str, str]]:
        for title in self.entries[idx].titles:
            yield normalise_name(title), title

    def _contradicts(
        self, idx: int, issns: tuple[str, ...], cn_keys: tuple[str, ...], mainland: bool
    ) -> bool:
        """The reference's numbers say it is another journal than the entry.

        Either both sides know a number of the same kind and share none, or the
        reference carries a well-formed CN number (a mainland-registered periodical)
        while the entry is a foreign journal from the warning/predatory/hijacked
        lists, which have no CN: 'Engineering' with CN 10-1244/N is the Chinese
        Academy of Engineering's journal, not the predatory namesake.
        """
        data = self._indexed[idx]
        if issns and data.issns and data.issns.isdisjoint(issns):
            return True
        serials = [k for k in cn_keys if not k.startswith("raw:")]
        mine = [k for k in data.cn_keys if not k.startswith("raw:")]
        if serials and mine:
            return set(mine).isdisjoint(serials)
        return mainland and not data.cn_keys and self.entries[idx].category in _AUTHORITATIVE_IDS

    def _fuzzy(
        self, qname: str, raw: str, fuzzy_min: float
    ) -> Iterator[tuple[int, str, str, float]]:
        seen: set[tuple[int, str]] = set()
        lookup = self._by_deletion.get
        for variant in self._deletion_keys.intersection(_deletion_list(qname)):
            for idx, norm, title in lookup(variant, ()):
                if (idx, norm) in seen or norm == qname:
                    continue
                seen.add((idx, norm))
                score = self._fuzzy_ok(qname, raw, norm, title, fuzzy_min)
                if score is not None:
                    yield idx, norm, title, score

    @staticmethod
    def _fuzzy_ok(qname: str, raw: str, norm: str, title: str, fuzzy_min: float) -> float | None:
        """Score of a one-edit candidate, or None when a guard rejects it."""
        if qname == norm:
            return 100.0
        if OSA.distance(qname, norm, score_cutoff=1) > 1:
            return None
        score = 100.0 * (1 - 1 / max(_weight(qname), _weight(norm)))
        if score < fuzzy_min:
            return None
        short, long_ = sorted((qname, norm), key=len)
        if len(short) != len(long_) and (long_.startswith(short) or long_.endswith(short)):
            return None  # containment, not an OCR error
        prefix = 0
        while prefix < len(short) and short[prefix] == long_[prefix]:
            prefix += 1
        if len(short) == len(long_):
            if short[prefix].isdigit() and long_[prefix].isdigit():
                return None  # 2 / 3: series or volume numbers (O / 0 is an OCR error)
        elif long_[prefix].isdigit():
            return None  # an added or dropped digit
        if _series_differs(raw, title):
            return None  # Physics Letters A / B
        ea, eb = _edition_split(raw), _edition_split(title)
        if (
            ea
            and eb
            and ea[0] == eb[0]
            and ea[1] != eb[1]
            and (_EDITION.search(ea[1]) or _EDITION.search(eb[1]))
        ):
            return None  # 学报(理学版) / 学报(工学版)
        return score


def _shown(text: str) -> str:
    """The declared text as quoted back to the reviewer, without its own 《》."""
    return text.strip().strip("《》<>〈〉").strip()


def _shown_cn(text: str) -> str:
    parts = _cn_parts(text)
    if len(parts) == 1 and cn_serial.is_valid(parts[0]):
        return cn_serial.format(parts[0], prefix=True)
    text = text.strip()
    return text if text.upper().startswith("CN") else f"CN {text}"


def _is_generic(title: str) -> bool:
    """One or two Latin words: titles that several journals share (Engineering, Cells)."""
    text = nfkc(title)
    if any(_is_cjk(ch) for ch in text):
        return False
    return len([t for t in re.split(r"[\W_]+", text) if t]) <= 2


def _deletions(text: str) -> Iterator[str]:
    """Every string with one character of ``text`` removed."""
    for i in range(len(text)):
        yield text[:i] + text[i + 1 :]


def _deletion_list(text: str) -> list[str]:
    """``text`` and its one-deletion variants: the look-up keys of the fuzzy index."""
    out = [text[:i] + text[i + 1 :] for i in range(len(text))]
    out.append(text)
    return out


def one_edit_pairs(names: Sequence[str], min_length: int = 6) -> list[tuple[int, int]]:
    """Index pairs (i < j) of distinct normalised names one edit apart (near duplicates).

    Uses the same deletion neighbourhood as the matcher, so it runs in time linear
    in the list, not quadratic. Names shorter than ``min_length`` are skipped: at
    that length one edit is usually a different word.
    """
    buckets: dict[str, list[int]] = {}
    for i, name in enumerate(names):
        if len(name) >= min_length:
            for variant in {name, *_deletions(name)}:
                buckets.setdefault(variant, []).append(i)
    pairs: set[tuple[int, int]] = set()
    for members in buckets.values():
        if len(members) < 2:
            continue
        for x in range(len(members)):
            for y in range(x + 1, len(members)):
                i, j = sorted((members[x], members[y]))
                if names[i] != names[j] and OSA.distance(names[i], names[j], score_cutoff=1) <= 1:
                    pairs.add((i, j))
    return sorted(pairs)


def _ordered(found: dict[int, JournalMatch]) -> list[JournalMatch]:
    return sorted(found.values(), key=lambda m: (-m.score, HOW.index(m.how), m.entry.name))


def version_of(entries: Iterable[JournalEntry]) -> str:
    """sha256 of the canonical rows, order-independent: re-sorting a file changes nothing."""
    # Canonicalise first (strip cells, split aliases) so that an entry built in
    # memory and the same entry read back from its file have the same version.
    rows = (JournalEntry.from_row(entry.row()).row() for entry in entries)
    lines = sorted("\x1f".join(row[c] for c in COLUMNS) for row in rows)
    return hashlib.sha256("\x1e".join(lines).encode("utf-8")).hexdigest()
