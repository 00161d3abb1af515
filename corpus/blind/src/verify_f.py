#!/usr/bin/env python3
"""Check blind set F: every label match must occur (after normalisation) in all three
renditions of its document — python-docx text (paragraphs + table cells), plain
`pdftotext` output and the .txt — and the label file must have the agreed shape.

Usage: verify_f.py            exit 0 when everything passes
"""
import os
import re
import subprocess
import sys

import yaml
from docx import Document

HERE = os.path.dirname(os.path.abspath(__file__))
ROOT = os.path.normpath(os.path.join(HERE, '..'))
DOCS = os.path.join(ROOT, 'docs')
LABELS = os.path.join(ROOT, 'labels_f.yaml')
CATS = {'structure', 'completeness', 'consistency', 'chronology', 'duplication'}

DASHES = '\u2010\u2011\u2012\u2013\u2014\u2015\u2212'
QUOTES = '«»“”„'


def norm(s):
    s = s.lower().replace('ё', 'е')
    for ch in DASHES:
        s = s.replace(ch, '-')
    for ch in QUOTES:
        s = s.replace(ch, '"')
    # spaces inside digit groups: "4 635,5" -> "4635,5"
    s = re.sub(r'(?<=\d)[ \u00a0\u202f](?=\d{3}(?!\d))', '', s)
    s = re.sub(r'\s+', ' ', s)
    return s.strip()


def docx_text(path):
    d = Document(path)
    parts = [p.text for p in d.paragraphs]
    for t in d.tables:
        for row in t.rows:
            seen = set()
            for c in row.cells:
                if id(c._tc) in seen:
                    continue
                seen.add(id(c._tc))
                parts.append(c.text)
    return '\n'.join(parts)


def pdf_text(path):
    return subprocess.run(['pdftotext', path, '-'], capture_output=True, text=True,
                          check=True).stdout


def main():
    with open(LABELS, encoding='utf-8') as f:
        labels = yaml.safe_load(f)
    fails = []
    docs = labels.get('documents') or {}
    if sorted(docs) != ['blind_f1', 'blind_f2', 'blind_f3', 'blind_f4']:
        fails.append('documents: %s' % sorted(docs))
    for name, lab in docs.items():
        base = os.path.join(DOCS, name)
        texts = {}
        for ext, fn in (('docx', docx_text), ('pdf', pdf_text),
                        ('txt', lambda p: open(p, encoding='utf-8').read())):
            p = base + '.' + ext
            if not os.path.exists(p):
                fails.append('%s: missing %s' % (name, p))
                texts[ext] = ''
            else:
                texts[ext] = norm(fn(p))
        exp = lab.get('expect') or []
        forb = lab.get('forbid') or []
        clean = 'max_errors' in lab
        if clean:
            if exp or lab['max_errors'] != 0 or len(forb) < 12:
                fails.append('%s: clean doc needs expect [], max_errors 0, >=12 forbids' % name)
        else:
            if not 5 <= len(exp) <= 8:
                fails.append('%s: %d expect entries' % (name, len(exp)))
            if not 8 <= len(forb) <= 12:
                fails.append('%s: %d forbid entries' % (name, len(forb)))
            cats = {e['category'] for e in exp}
            if cats != CATS:
                fails.append('%s: expect categories %s' % (name, sorted(cats)))
        for kind, entries in (('expect', exp), ('forbid', forb)):
            for e in entries:
                if set(e) - {'category', 'match', 'note'} or e.get('category') not in CATS \
                        or not e.get('match') or not e.get('note'):
                    fails.append('%s %s: bad entry %r' % (name, kind, e))
                    continue
                m = norm(str(e['match']))
                for ext, t in texts.items():
                    n = t.count(m)
                    if n == 0:
                        fails.append('%s %s %r not in %s' % (name, kind, e['match'], ext))
                    elif len(m) < 6 and n > 1 and ext == 'txt':
                        print('note: %s %s short match %r occurs %d times in %s'
                              % (name, kind, e['match'], n, ext))
        # expect and forbid matches must not collide
        em = {norm(e['match']) for e in exp}
        for e in forb:
            fm = norm(e['match'])
            for x in em:
                if fm in x or x in fm:
                    fails.append('%s: forbid %r overlaps expect %r' % (name, e['match'], x))
        print('%s: %d expect, %d forbid checked' % (name, len(exp), len(forb)))
    if fails:
        print('FAIL')
        for f in fails:
            print('  ' + f)
        sys.exit(1)
    print('OK')


if __name__ == '__main__':
    main()
