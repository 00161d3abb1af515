"""D503 cross-report-duplicate."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from pathlib import Path
from typing import Any, Literal

from pydantic import Field, field_validator

from repcheck.dedup.allowlist import check_allow
from repcheck.models.finding import Category, Finding, FindingLocation, Severity, Text
from repcheck.models.report import Report
from repcheck.rule import CorpusItem, CorpusRule, RuleContext, RuleOptions


# Share of a report's passages found in another report above which, when an organisation is
# unknown, the two files are taken for one report (two formats, a resubmission).
SAME_REPORT_SHARE = 0.8


class Options(RuleOptions):
    # Between the seeds and the corpus (12 reports, 5 forms, 11 organisations) every shared
    # passage under 12 content words was the form's wording or a generic event name
    # («Создание рабочей группы, утверждение программы инновационной площадки», 7 words).
    min_words: int = Field(12, ge=4,
                           description="content words a passage needs (sentences are joined up to this length)")
    similarity: float = Field(90.0, ge=50, le=100,
                              description="rapidfuzz ratio / token_sort_ratio (0–100) that confirms a candidate")
    # Jaccard of word 3-shingles at which a pair becomes a candidate with probability ½. Copies
    # with a word changed every ten words keep J ≈ 0.5; at 0.4 (32 bands × 4 rows) such a pair is
    # a candidate with probability 0.94, a pair at J = 0.3 with 0.23 (then rejected by rapidfuzz).
    lsh_threshold: float = Field(0.4, gt=0, lt=1)
    num_perm: int = Field(128, ge=16, le=1024, description="MinHash permutations")
    same_organisation: Literal["ignore", "info"] = Field(
        "ignore",
        description="a passage shared by reports of the same organisation (other years): ignore or report as info")
    # A passage shared by this many organisations is the genre's standard wording (or a form not
    # described by the profile), not one report copying another.
    common_organisations: int = Field(10, ge=0,
                                      description="passages shared by this many organisations are standard wording (0: off)")
    allow: list[str] = Field(default_factory=list,
                             description="more standard wording (regular expressions or phrases) that never counts")
    _allow_compiles = field_validator("allow")(check_allow)
    default_allow_list: bool = Field(True,
                                     description="use the built-in list (laws, orders, ФГОС, national projects)")
    max_bucket: int = Field(64, ge=2, description="LSH bucket size above which pairs are a star")


class CrossReportDuplicate(CorpusRule[Options]):
    """Finds passages shared between reports of different organisations checked in one run
    (`repcheck check folder/`): each report gets a finding with the shared text, where it stands
    in the other report, and the other file in `related`.

    How: every paragraph, list item and cell paragraph, cut into sentence groups of at least
    `min-words` content words, loses its standard wording first — the form's titles and prompts
    (profile `template_phrases` and section titles), titles of laws and orders, ФГОС and national
    project names (the allow-list, extensible with `allow`) — and lists of people and positions
    are dropped. Each remaining passage gets a MinHash signature of its word 3-shingles while its
    report is read; after the run the signatures (one numpy array) are banded (LSH) into
    candidate pairs from different reports, and each candidate is confirmed with rapidfuzz
    `ratio` / `token_sort_ratio` ≥ 90. Cost grows near-linearly with the corpus.

    Not reported: passages shared by reports of the same organisation (another year of the same
    project; `same-organisation = "info"` reports them as info) or by two files of one report
    (names differing only by the extension — the same report as .doc and .pdf — or, when an
    organisation is unknown, 80% of one file's passages found in the other) and passages shared by
    `common-organisations` (10) organisations or more, which are the genre's standard wording.
    When an organisation could not be read from a report, the message says so.

    Why it matters: a passage copied from another school's report describes someone else's work.

    Example: `D503 фрагмент совпадает с текстом отчёта другой организации «school17_2023.docx»
    (МБОУ «СОШ № 17»; раздел «Результативность», строка файла 54): «…»`.
    """

    code = "D503"
    name = "cross-report-duplicate"
    category = Category.DUPLICATION
    severity = Severity.WARNING
    summary = Text(ru="Текст совпадает с отчётом другой организации", en="Text shared with another organisation's report")
    doc_ru = """
    Находит фрагменты, совпадающие в отчётах разных организаций, проверенных за один запуск
    (`repcheck check папка/`): каждый из отчётов получает замечание с общим текстом, местом во
    втором отчёте и вторым файлом в `related`.

    Как: каждый абзац, пункт списка и абзац ячейки, разбитый на группы предложений не короче
    `min-words` значимых слов, сначала очищается от стандартных формулировок — названий и
    вопросов формы (`template_phrases` и названия разделов профиля), названий законов и
    приказов, ФГОС и национальных проектов (разрешённый список, дополняется параметром
    `allow`); перечни людей и должностей отбрасываются. Для каждого фрагмента при чтении отчёта
    считается подпись MinHash по тройкам слов; после прохода подписи (один массив numpy)
    разбиваются на полосы (LSH) — получаются пары-кандидаты из разных отчётов, и каждая пара
    подтверждается rapidfuzz `ratio` / `token_sort_ratio` ≥ 90. Время растёт почти линейно с
    размером корпуса.

    Не сообщается: совпадения в отчётах одной организации (другой год того же проекта;
    `same-organisation = "info"` выводит их как информацию) и в двух файлах одного отчёта
    (имена различаются только расширением — тот же отчёт в .doc и .pdf — или, если
    организация не определена, 80% фрагментов одного файла найдены в другом) и фрагменты, общие для
    `common-organisations` (10) и более организаций — это стандартные формулировки жанра.
    Если организацию в отчёте определить не удалось, сообщение говорит об этом.

    Почему это важно: фрагмент, скопированный из отчёта другой школы, описывает чужую работу.

    Пример: `D503 фрагмент совпадает с текстом отчёта другой организации «school17_2023.docx»
    (МБОУ «СОШ № 17»; раздел «Результативность», строка файла 54): «…»`.

    Параметры: `min-words` (12), `similarity` (90), `lsh-threshold` (0.4), `num-perm` (128),
    `same-organisation` ("ignore"), `common-organisations` (10), `allow`, `default-allow-list`,
    `max-bucket` (64).
    """

    @classmethod
    def needed(cls, files: int, config: Any) -> bool:
        """Two reports of the run, or a duplicate index of earlier runs, to compare."""
        return files > 1 or bool(getattr(config, "dup_index", None))

    # -- per report (in the worker) ---------------------------------------------------------
    def extract(self, report: Report, ctx: RuleContext[Options]) -> Any:
        from repcheck.dedup.allowlist import Wording, profile_titles
        from repcheck.dedup.corpus import Passage, digest
        from repcheck.dedup.textpass import report_text

        opts = ctx.options
        wording = Wording.build(opts.allow, ctx.profile.template_phrases, profile_titles(ctx.profile),
                                use_defaults=opts.default_allow_list)
        passages: list[Passage] = []
        rt = report_text(report)  # the units, their sentences, normal forms and words: shared with D501 and D502
        for ut in rt.units:
            if ut.people >= 0.4:
                continue
            u = ut.unit
            first = len(passages)
            tup = None  # where the unit stands: looked up once it yields a passage (most units do not)
            # Sentence groups of at least min_words content words (standard wording removed).
            texts: list[str] = []
            norms: list[str] = []
            size = 0
            for sent in ut.sentences:
                norm = rt.norm(sent)
                if rt.is_template(wording, norm):
                    continue
                stripped = rt.strip(wording, norm)
                n = rt.word_count(stripped)
                if n == 0:
                    continue
                texts.append(sent)
                norms.append(stripped)
                size += n
                if size >= opts.min_words:
                    if tup is None:
                        tup = unit_place(report, u)
                    texts, norms, size = _flush(texts, norms, size, opts.min_words, passages, tup)
            if texts and len(passages) > first:
                # a short tail joins the previous group of the same unit
                last = passages.pop()
                passages.append(Passage(text=f"{last.text} {' '.join(texts)}",
                                        norm=f"{last.norm} {' '.join(norms)}", loc=tup))
        return digest(passages, organisation=report.organisation, num_perm=opts.num_perm)

    # -- once per run ----------------------------------------------------------------------
    def check_corpus(self, items: list[CorpusItem], options: Options) -> Iterable[tuple[str, Finding]]:
        """Every digest in memory (the rule API's form; a run streams through `corpus_sink`)."""
        from repcheck.dedup.corpus import find_shared

        opts = options
        items = [it for it in items if it.data is not None and len(it.data)]
        if len(items) < 2:
            return
        matches = find_shared([it.data for it in items], threshold=opts.similarity,
                              lsh_threshold=opts.lsh_threshold, max_bucket=opts.max_bucket)
        yield from self._report(
            matches, [it.path for it in items], [it.organisation or it.data.organisation for it in items],
            [len(it.data) for it in items],
            lambda r, i: items[r].data.texts[i], lambda r, i: items[r].data.locs[i], lambda r: True, opts,
        )

    def corpus_sink(self, options: Options, config: Any) -> "_IndexSink":
        """The run's digests go to a passage store on disk as they arrive (repcheck.dedup.index):
        a temporary one, or the persistent `dup-index` (`--dup-index PATH`), whose reports of
        earlier runs are matched too without being read again."""
        opts = options
        sink = _IndexSink(self, opts, getattr(config, "dup_index", None), getattr(config, "lang", "ru"))
        if sink.path is not None:
            sink.open()  # a persistent index is checked before any file is read
        return sink

    def _report(self, matches: list, paths: list[str], orgs: list[str], sizes: list[int],  # noqa: ANN001
                text, loc, emit, opts: Options) -> Iterable[tuple[str, Finding]]:
        """Findings from confirmed matches between reports at positions a < b of `paths`
        (`sizes`: their numbers of passages): `text(r, i)` / `loc(r, i)` give passage i of report
        r, `emit(r)` whether report r gets findings (not the reports of earlier runs kept in a
        duplicate index)."""
        from repcheck.dedup.corpus import clusters, same_organisation
        from repcheck.dedup.units import describe, quote

        # Two files are one report (another format or a resubmission) when their names differ
        # only by the extension, or, when an organisation is unknown, when most of the smaller
        # one's passages are found in the other: not a copy between organisations.
        shared: dict[tuple[int, int], set[int]] = defaultdict(set)
        for m in matches:
            shared[(m.a, m.b)].add(m.ia)
            shared[(m.b, m.a)].add(m.ib)

        def same_report(a: int, b: int) -> bool:
            if Path(paths[a]).stem == Path(paths[b]).stem:
                return True
            if orgs[a].strip() and orgs[b].strip():
                return False
            share_a = len(shared[(a, b)]) / max(sizes[a], 1)
            share_b = len(shared[(b, a)]) / max(sizes[b], 1)
            return max(share_a, share_b) >= SAME_REPORT_SHARE

        kept = []
        for m in matches:
            same = same_organisation(orgs[m.a], orgs[m.b])
            if not same and same_report(m.a, m.b):
                same = True
            if same and opts.same_organisation == "ignore":
                continue
            kept.append((m, same))
        if opts.common_organisations:
            cl = clusters(m for m, _ in kept)
            org_sets: dict[int, set[str]] = defaultdict(set)
            for node, cid in cl.items():
                org_sets[cid].add(orgs[node[0]].strip().lower() or paths[node[0]])
            kept = [(m, s) for m, s in kept if len(org_sets[cl[(m.a, m.ia)]]) < opts.common_organisations]

        # One finding per passage of a report, listing every other report it is found in.
        per_passage: dict[tuple[int, int], list[tuple[int, int, float, bool | None]]] = defaultdict(list)
        for m, same in kept:
            if emit(m.a):
                per_passage[(m.a, m.ia)].append((m.b, m.ib, m.score, same))
            if emit(m.b):
                per_passage[(m.b, m.ib)].append((m.a, m.ia, m.score, same))
        for (r, i), others in sorted(per_passage.items()):
            section, table, row, column, page, line, block = loc(r, i)
            others.sort(key=lambda o: (-o[2], paths[o[0]]))
            seen: dict[int, tuple[int, int, float, bool | None]] = {}
            for o in others:
                seen.setdefault(o[0], o)
            best = list(seen.values())
            o_r, o_i, score, same = best[0]
            o_loc = loc(o_r, o_i)
            where_ru = describe(o_loc[0], o_loc[1], o_loc[2], o_loc[3], o_loc[5])
            where_en = describe(o_loc[0], o_loc[1], o_loc[2], o_loc[3], o_loc[5], "en")
            name = Path(paths[o_r]).name
            org = orgs[o_r].strip()
            org_ru = _short(org) if org else "организация не определена"
            org_en = _short(org) if org else "organisation not identified"
            how_ru = "" if score >= 99.5 else f" почти дословно (сходство {score:.0f}%)"
            how_en = "" if score >= 99.5 else f" nearly verbatim (similarity {score:.0f}%)"
            more_ru = more_en = ""
            if len(best) > 1:
                names = ", ".join(f"«{Path(paths[b[0]]).name}»" for b in best[1:4])
                tail = f" и ещё {len(best) - 4}" if len(best) > 4 else ""
                more_ru = f"; также в {names}{tail}"
                more_en = f"; also in {names.replace('«', '“').replace('»', '”')}" + (f" and {len(best) - 4} more" if len(best) > 4 else "")
            if same:
                lead_ru = f"фрагмент совпадает{how_ru} с текстом отчёта той же организации «{name}»"
                lead_en = f"the passage is shared{how_en} with a report of the same organisation “{name}”"
            else:
                lead_ru = f"фрагмент совпадает{how_ru} с текстом отчёта другой организации «{name}»"
                lead_en = f"the passage is shared{how_en} with the report of another organisation “{name}”"
            evidence = text(r, i)
            finding = self.finding(
                f"{lead_ru} ({org_ru}; {where_ru}){more_ru}: «{quote(evidence)}»",
                f"{lead_en} ({org_en}; {where_en}){more_en}: “{quote(evidence)}”",
                evidence=evidence,
                location=FindingLocation(section=section, table=table, row=row, column=column,
                                         page=page, line=line, block=block),
                severity=Severity.INFO if same else None,
                related=sorted(paths[b[0]] for b in best),
                suggestion=Text(
                    ru="опишите свою работу своими словами; цитату из чужого отчёта оформите как цитату с источником",
                    en="describe your own work in your own words; quote another report only as a quotation with its source",
                ),
            )
            yield paths[r], finding


class _IndexSink:
    """D503's corpus sink: digests to the passage store as they arrive; matching at the end.

    Without a persistent index the store (and numpy, sqlite) is opened only when a second
    report with passages arrives: checking one file costs nothing here."""

    def __init__(self, rule: CrossReportDuplicate, opts: Options, path: str | None, lang: str = "ru") -> None:
        self.rule, self.opts, self.path, self.lang = rule, opts, path, lang
        self.index: Any = None
        self.pending: list[tuple[int, CorpusItem]] = []

    def open(self) -> None:
        from repcheck.config import ConfigError
        from repcheck.dedup.index import DupIndex, IndexError_
        from repcheck.dedup.minhash import DEFAULT_SEED

        try:
            self.index = DupIndex(self.path, num_perm=self.opts.num_perm, seed=DEFAULT_SEED)
        except IndexError_ as exc:
            raise ConfigError(exc.ru if self.lang != "en" else exc.en) from exc

    def add(self, index: int, item: CorpusItem) -> None:
        if item.data is None or not len(item.data):
            return
        if self.index is None:
            self.pending.append((index, item))
            if len(self.pending) < 2:
                return
            self.open()
        for i, it in self.pending or [(index, item)]:
            self.index.add(i, it.path, it.organisation, it.data)
        self.pending = []

    def finish(self) -> list[tuple[str, Finding]]:
        if self.index is None:
            return []  # fewer than two reports with passages, and no index of earlier runs
        idx, opts = self.index, self.opts
        matches = idx.find_matches(threshold=opts.similarity, lsh_threshold=opts.lsh_threshold,
                                   max_bucket=opts.max_bucket)
        reports = idx.reports()
        wanted: dict[int, set[int]] = defaultdict(set)
        for m in matches:
            wanted[m.a].add(m.ia)
            wanted[m.b].add(m.ib)
        passages = idx.passage_map(wanted)  # only the matched passages, each report read once
        found = list(self.rule._report(
            matches, [r.path for r in reports], [r.organisation for r in reports], [r.n for r in reports],
            lambda r, i: passages[(r, i)][0], lambda r, i: passages[(r, i)][1], idx.is_new, opts,
        ))
        if not idx.commit(self._notice) and idx.not_written:
            self._notice(*idx.not_written)  # the findings stand; what could not be stored is said
        return found

    def _notice(self, ru: str, en: str) -> None:
        import sys

        print(en if self.lang == "en" else ru, file=sys.stderr, flush=True)

    def close(self) -> None:
        if self.index is not None:
            self.index.close()


def unit_place(report: Report, u: Any) -> tuple:
    """Where a unit (repcheck.dedup.units.Unit) stands, as (section, table, row, column, page,
    line, block): the fields of `ctx.locate(block=u.block, row=u.row, column=u.header)`, without
    searching the section tree for each unit (the unit carries its section's label, found as
    `Report.section_of_block` finds it) or building a FindingLocation."""
    blocks = report.document.blocks
    block, row = u.block, u.row
    table = page = line = None
    if 0 <= block < len(blocks):
        b = blocks[block]
        loc = b.location
        if b.table is not None:
            table = (loc.table or 0) + 1
            if row is not None and 0 <= row < len(b.table.rows):
                r = b.table.rows[row]
                line, page = r.line, r.page
        if page is None:
            page = loc.page
        if line is None:
            line = loc.line
    return (u.section, table, row + 1 if row is not None else None, u.header, page, line, block)


def _flush(texts: list[str], norms: list[str], size: int, min_words: int, passages: list, loc: tuple
           ) -> tuple[list[str], list[str], int]:
    from repcheck.dedup.corpus import Passage

    if size >= min_words:
        passages.append(Passage(text=" ".join(texts), norm=" ".join(norms), loc=loc))
        return [], [], 0
    return texts, norms, size  # too short: carried over to the next sentences


def _short(text: str, limit: int = 60) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"

