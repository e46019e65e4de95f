"""Once per pack: the words of a pack's patterns in one Aho-Corasick automaton
(:class:`PatternSet`), and which patterns a pack's rules search (:func:`rule_patterns`)."""

from __future__ import annotations

import functools
import re

from .planner import Plan, plan

# Packs whose words hold at most this many characters in all get a DFA automaton (the
# national pack: ≈ 600); larger ones the library's default, which is smaller to build.
_DFA_MAX_CHARS = 20_000
_SURROGATE = re.compile("[\ud800-\udfff]")
_LETTER_ESCAPE = re.compile(r"\\(?![ntr])[0-9A-Za-z]")  # \s \d \w \p{…} \N…: may mean otherwise in re


def _as_re(pattern: str) -> re.Pattern | None:
    """``pattern`` compiled by the standard library's ``re``, for a pattern :func:`plan`
    understands (literals, escaped punctuation, ``.``, classes, groups, look-arounds,
    alternation, quantifiers: the same in ``re`` as in ``regex``'s V0) without an escaped
    letter or digit (``\\s`` and ``\\d`` differ between the two); None when ``re`` cannot
    compile it (a look-behind of variable width).  ``re`` costs ≈ half as much per
    search, but has no time limit: it is only used where the steps are bounded."""
    if _LETTER_ESCAPE.search(pattern):
        return None
    try:
        return re.compile(pattern)
    except re.error:
        return None


def _overlaps_itself(word: str) -> bool:
    """Whether two occurrences of ``word`` can overlap (啊啊 in 啊啊啊): then its matches
    (left to right, without overlap) are not all its occurrences."""
    return any(word[:k] == word[-k:] for k in range(1, len(word)))


def _containment(candidates: set[str], texts: set[str]) -> dict[str, int]:
    """For each of ``texts``: in how many of ``candidates`` (other than itself) it occurs.

    One Aho-Corasick pass over the candidates, linear in their length and in the
    answer, where testing every text against every candidate was quadratic in the
    number of patterns (a pack of 12,300 rules spent over a minute here).
    """
    texts = {t for t in texts if t}
    counts = dict.fromkeys(texts, 0)
    if not texts:
        return counts
    import ahocorasick_rs

    automaton = ahocorasick_rs.AhoCorasick(list(texts))
    for c in candidates:
        found = set(automaton.find_matches_as_strings(c, overlapping=True))
        found.discard(c)
        for t in found:
            counts[t] += 1
    return counts


class PatternSet:
    """The words a pack's patterns are or need, in one Aho-Corasick automaton.

    Built once per pack (:func:`pattern_set`); shared by every report scored
    with that pack.  Holds no per-report state.
    """

    def __init__(self, patterns):
        words: dict[str, None] = {}
        # plain-word patterns whose word cannot overlap itself: pattern → word; a report's
        # scan answers them all (their hits are the word's occurrences)
        self.literals: dict[str, str] = {}
        # the other patterns with needed words: pattern → (literal or None, the sets of
        # needed texts whose words are in the automaton, reach, around, for each of those
        # sets the searches for the pattern's other sets of needed texts, the steps a
        # search takes at most from one position (Plan.work), the pattern compiled by the
        # standard library's re when it means the same there (_as_re), else None, and the
        # word of the automaton every match starts with (Plan.lead), else None)
        self.plans: dict[str, tuple] = {}
        others: list[tuple[str, Plan]] = []
        for p in dict.fromkeys(patterns):
            pl = plan(p)
            if not pl.needs:
                continue
            lit = pl.literal
            if lit is not None and not _overlaps_itself(lit):
                self.literals[p] = lit
                words[lit] = None
            else:
                others.append((p, pl))
        # A pattern needs only one of its sets in the automaton: prefer one already there
        # (述职 for 法治.{0,20}述职), else one whose words few others contain — a word inside
        # many of the pack's words is a common one (执法), which costs an entry in the
        # scan for each of its many occurrences and a wide search around them.
        candidates = set(words).union(*(w for _, pl in others for w in (pl.needs, *pl.also)))
        contained = _containment(candidates, {t for _, pl in others for texts in (pl.needs, *pl.also) for t in texts})

        def commonness(texts: tuple[str, ...]) -> int:
            # how many of the candidate words contain each text (other than itself)
            return sum(contained.get(t, 0) for t in texts)

        for _, pl in others:
            sets = (pl.needs, *pl.also)
            if not any(all(w in words for w in texts) for texts in sets):
                best = max(sets, key=lambda texts: (min(map(len, texts)), -commonness(texts), -len(texts)))
                words.update(dict.fromkeys(best))
        for p, pl in others:
            sets = (pl.needs, *pl.also)
            found = tuple(texts for texts in sets if all(w in words for w in texts))
            # plain texts: the standard library's re finds them as regex would, faster
            searches = {texts: re.compile("|".join(map(re.escape, texts))).search for texts in sets}
            checks = tuple(tuple(searches[o] for o in sets if o is not texts) for texts in found)
            lead = pl.lead if pl.lead in words and pl.work is not None else None
            self.plans[p] = (pl.literal, found, pl.reach, pl.around, checks, pl.work, _as_re(p) if pl.work is not None else None, lead)
        self.words = frozenset(words)
        self._words = tuple(sorted(self.words))  # the automaton's pattern indexes → words
        self.automaton = None
        if self.words:
            import ahocorasick_rs

            # A DFA scans ≈ 3× faster than pyahocorasick's trie (≈ 12 against 39 ns a
            # character) but takes memory per state: only for packs of ordinary size.
            dfa = sum(map(len, self._words)) <= _DFA_MAX_CHARS
            impl = ahocorasick_rs.Implementation.DFA if dfa else None
            self.automaton = ahocorasick_rs.AhoCorasick(self._words, implementation=impl)

    def ends(self, text: str) -> dict[str, list[int]]:
        """Where every occurrence of every word ends (overlapping ones too): word → offsets
        of their last characters, in order.

        Offsets rather than :class:`~scorer.matching.Hit` objects: building one for every occurrence costs
        ≈ 25 µs a report, and many occurrences are only counted or looked near (the words
        regexes need).
        """
        found: dict[str, list[int]] = {}
        if self.automaton is not None:
            try:
                matches = self.automaton.find_matches_as_indexes(text, overlapping=True)
            except UnicodeEncodeError:  # lone surrogates: no word holds one, same offsets
                matches = self.automaton.find_matches_as_indexes(_SURROGATE.sub("\ufffd", text), overlapping=True)
            words = self._words
            get = found.get
            for i, _, end in matches:
                word = words[i]
                ends = get(word)
                if ends is None:
                    found[word] = [end - 1]
                else:
                    ends.append(end - 1)
        return found



@functools.lru_cache(maxsize=1024)
def split_plain(patterns: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """``patterns`` in two: the words of those that are plain words that cannot overlap
    themselves (their matches are then all their occurrences, which ``str.find`` finds),
    and the other patterns, each in the order given."""
    words = []
    rest = []
    for p in patterns:
        lit = plan(p).literal
        if lit is None or _overlaps_itself(lit):
            rest.append(p)
        else:
            words.append(lit)
    return tuple(words), tuple(rest)


def rule_patterns(rules, *, plain_near: bool = True) -> tuple[str, ...]:
    """Every pattern string of ``rules``, as each kind declares them (``search_patterns``).

    ``plain_near=False`` leaves out ``near`` patterns that are plain words: what a
    :class:`PatternSet` should know.  Those are only looked for within a few
    characters of a hit (see ``SearchOptions._near``), where ``str.find`` finds them
    at once; each word in the automaton costs every scan ≈ 1 µs when it adds a first
    character (near words, such as 主持/部署/组织, add about 15), and more for each
    occurrence.
    """
    out: list[str] = []
    for rule in rules:
        found = rule.search_patterns()  # the kind says which (scorer.kinds.base.RuleBase)
        out.extend(p for p, path in found if path[0] not in _NEAR_KEYS)
        for key in _NEAR_KEYS:  # looked for around a hit only
            near_patterns = tuple(p for p, path in found if path[0] == key)
            out.extend(near_patterns if plain_near else split_plain(near_patterns)[1])
    return tuple(p for p in out if isinstance(p, str))


_NEAR_KEYS = ("near", "same_sentence")


_SETS: dict[tuple[str, ...], PatternSet] = {}
_last: tuple = (None, 0, None)  # (rules list, its length, its PatternSet): skips rebuilding the key


def pattern_set(rules) -> PatternSet:
    """The :class:`PatternSet` of a pack's rules, built once and cached by content.

    The cache key is the patterns themselves, so an edited or rebuilt pack gets
    its own set; the set only ever speeds finding up (see :class:`Context`).
    """
    global _last
    last_rules, last_len, last_set = _last  # one read: safe if another thread replaces it
    if last_rules is rules and last_len == len(rules):
        return last_set
    key = rule_patterns(rules, plain_near=False)
    ps = _SETS.get(key)
    if ps is None:
        if len(_SETS) >= 32:
            _SETS.clear()
        ps = _SETS[key] = PatternSet(key)
    _last = (rules, len(rules), ps)
    return ps
