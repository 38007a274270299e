"""The confidence model's weights (`lang/<code>/confidence.tsv`) and the default threshold; the features and
the scoring stage are `pipeline.confidence`.

    feature	weight
    bias	-1.2
    rule=signing.verb-document	0.8
"""
from __future__ import annotations

import math
from dataclasses import dataclass
from pathlib import Path

from .errors import DiplographError

DEFAULT_MIN_CONFIDENCE = 0.4
BIAS = "bias"


@dataclass(frozen=True)
class Model:
    path: Path
    weights: dict[str, float]

    def score(self, features: dict[str, float]) -> float:
        z = self.weights.get(BIAS, 0.0) + sum(self.weights.get(k, 0.0) * v for k, v in features.items())
        return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def read_model(path: Path) -> Model:
    from .lexicon import read_table     # here: the reading commands import this module for its default

    weights: dict[str, float] = {}
    for row in read_table(path).rows:
        try:
            weights[row["feature"]] = float(row["weight"])
        except ValueError:
            raise DiplographError(f"weight {row['weight']!r} of {row['feature']!r} is not a number",
                                  path=path, hint="regenerate it with scripts/train_confidence.py") from None
    return Model(path, weights)


