"""Writes fsrs-vectors.json: review histories run through py-fsrs 6.3.2 with fuzzing off.

Regenerate (from the package root):
    python3 -m venv .venv-fsrs && .venv-fsrs/bin/pip install fsrs==6.3.2
    .venv-fsrs/bin/python Tests/GlossaryKitTests/Fixtures/fsrs/generate.py
"""
import json
import os
import random
from datetime import datetime, timedelta, timezone

import fsrs
from fsrs import Card, Rating, Scheduler

START = datetime(2025, 1, 6, 9, 0, 0, tzinfo=timezone.utc)
RATINGS = {1: "again", 2: "hard", 3: "good", 4: "easy"}

# Each history is a list of (rating, when) where `when` is "due" (review exactly when due),
# or a number of seconds after the previous review.
HANDWRITTEN = {
    "good-all-the-way": [(3, "due")] * 8,
    "easy-first": [(4, "due")] * 5,
    "hard-first": [(2, "due")] * 6,
    "again-then-good": [(1, "due"), (3, "due"), (3, "due"), (3, "due"), (3, "due")],
    "lapse-and-relearn": [(3, "due"), (3, "due"), (3, "due"), (3, "due"), (1, "due"), (2, "due"),
                          (3, "due"), (3, "due")],
    "late-reviews": [(3, 0), (3, 600), (3, 86400 * 10), (3, 86400 * 60), (1, 86400 * 400), (3, 600),
                     (4, 86400 * 3)],
    "early-reviews": [(3, "due"), (3, "due"), (3, 3600), (3, 7200), (4, 60), (2, 86400)],
    "same-instant": [(1, 0), (1, 0), (2, 0), (3, 0), (3, 0), (3, 0)],
    "hard-in-review": [(4, "due"), (2, "due"), (2, "due"), (2, "due"), (1, "due"), (1, "due"), (4, "due")],
    "relearning-late": [(3, "due"), (3, "due"), (3, "due"), (1, "due"), (3, 86400 * 5), (3, "due")],
}


def random_histories(count, length, seed):
    rng = random.Random(seed)
    out = {}
    for i in range(count):
        steps = []
        for _ in range(length):
            rating = rng.choice([1, 2, 3, 3, 3, 4])
            when = rng.choice(["due", "due", 0, 30, 600, 3600, 86400, 86400 * 3, 86400 * 30, 86400 * 200])
            steps.append((rating, when))
        out[f"random-{i:02d}"] = steps
    return out


def iso(dt):
    return dt.astimezone(timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")


def run(history):
    scheduler = Scheduler(enable_fuzzing=False)
    card = Card(card_id=1, due=START)
    now = START
    reviews = []
    for rating, when in history:
        if when == "due":
            now = max(now, card.due)
        else:
            now = now + timedelta(seconds=when)
        card, _ = scheduler.review_card(card, Rating(rating), review_datetime=now)
        reviews.append({
            "rating": RATINGS[rating],
            "at": iso(now),
            "state": card.state.name.lower(),
            "step": card.step,
            "stability": round(card.stability, 4),
            "difficulty": round(card.difficulty, 4),
            "due": iso(card.due),
        })
    return reviews


def main():
    histories = dict(HANDWRITTEN)
    histories.update(random_histories(20, 12, seed=20250106))
    vectors = {
        "generator": f"py-fsrs {fsrs.__version__ if hasattr(fsrs, '__version__') else '6.3.2'}, enable_fuzzing=False, default parameters",
        "start": iso(START),
        "histories": [{"name": name, "reviews": run(h)} for name, h in histories.items()],
    }
    path = os.path.join(os.path.dirname(os.path.abspath(__file__)), "fsrs-vectors.json")
    with open(path, "w") as f:
        json.dump(vectors, f, indent=1, sort_keys=True)
        f.write("\n")


if __name__ == "__main__":
    main()
