"""Duplicate detection shared by the duplication rules (D501–D503).

* `normalize` — comparison form of a text (markup, case, ё, quotes, dashes, list labels);
* `units` — the paragraphs, list items and cell paragraphs of a report that are compared;
* `allowlist` — standard wording (law and order titles, ФГОС) and the template's own wording;
* `similarity` — rapidfuzz confirmation (ratio / token_sort_ratio, never token_set_ratio);
* `minhash` — word-shingle MinHash signatures for many texts at once, in numpy;
* `lsh` — banding of a signature array into candidate pairs (sorted keys, no per-item objects);
* `corpus` — per-report digests (small, picklable) and the corpus-wide matching pass.

Submodules are imported where needed: numpy is loaded only by the corpus-wide rule.
"""
