"""What scripts/open-recall and scripts/entity-labels share: the scorer of an annotated set
(../shared/eval/score, loaded as a module for its Arabic and English normalisation), and a copy
of kg's lexicons that does not know the set's own entities."""
import contextlib
import glob
import importlib.machinery
import importlib.util
import json
import os
import shutil
import tempfile


def load_score(gold_dir):
    """The scorer beside the annotated directory gold_dir, as a module."""
    path = os.path.join(os.path.dirname(gold_dir), 'score')
    loader = importlib.machinery.SourceFileLoader('score', path)
    score = importlib.util.module_from_spec(importlib.util.spec_from_loader('score', loader))
    loader.exec_module(score)
    return score


@contextlib.contextmanager
def lexicons_without(gold_dir, types, score):
    """Yields (directory, rows): a temporary copy of the lexicons (kg's data/, or $KG_DATA) in
    which every row naming one of gold_dir's entities of the given types has its Arabic names
    replaced by a string no text holds (the row stays, since others refer to its id)."""
    hidden = set()
    for entity in map(json.loads, open(os.path.join(gold_dir, 'entities.jsonl'))):
        if entity['type'] in types:
            for name in entity['ar']:
                hidden |= set(score.ar_forms(name))
    data = os.environ.get('KG_DATA') or os.path.join(os.path.dirname(os.path.abspath(__file__)), '..', 'data')
    with tempfile.TemporaryDirectory() as scratch:
        copy = os.path.join(scratch, 'data')
        shutil.copytree(data, copy)
        rows = 0
        for path in glob.glob(os.path.join(copy, 'entities', '*.tsv')):
            lines = open(path, encoding='utf-8').read().split('\n')
            for i, line in enumerate(lines):
                columns = line.split('\t')
                if line.startswith('#') or len(columns) < 4:
                    continue
                if any(form in hidden for name in columns[3].split('|') for form in score.ar_forms(name)):
                    rows += 1
                    columns[3] = 'ڤ' * 3 + 'ث' * rows  # a name of letters Arabic news never writes
                    lines[i] = '\t'.join(columns)
            open(path, 'w', encoding='utf-8').write('\n'.join(lines))
        yield copy, rows
