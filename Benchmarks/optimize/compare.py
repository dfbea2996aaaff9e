#!/usr/bin/env python3
"""Our FSRS optimizer (`glossary optimize`) against the reference (fsrs-rs, through its Python
bindings `fsrs-rs-python`) on review logs of simulated learners with known parameters.

For each seed and size: a learner with parameters drawn around FSRS-6's defaults reviews
cards on the default scheduler's intervals (recall drawn from the true model, computed by the
reference); the log is split in time (the last 20 % of the predicted reviews held out); both
optimizers fit the first part; the reference's own `evaluate` scores both fits on the held-out
reviews (recency-weighted log loss and binned RMSE). Prints one line per log and the ratios
ours / reference; exits 1 when a log loss ratio exceeds --max-ratio.

Usage: compare.py GLOSSARY_BINARY [--sizes 300,1000] [--seeds 1,2,3] [--max-ratio 1.02]
"""
import argparse
import datetime
import json
import math
import os
import random
import sqlite3
import subprocess
import sys
import tempfile
import time

from fsrs_rs_python import DEFAULT_PARAMETERS, FSRS, FSRSItem, FSRSReview

DAY = 86400
START = datetime.datetime(2025, 1, 1, 9, 0, tzinfo=datetime.timezone.utc)


def curve(w, t, s):
    decay = -w[20]
    factor = 0.9 ** (1 / decay) - 1
    return (1 + factor * t / s) ** decay


def learner(seed):
    """Parameters of a learner: the defaults, each moved at random by up to ±30 % (kept in range)."""
    rng = random.Random(seed * 7919)
    w = [p * rng.uniform(0.7, 1.3) for p in DEFAULT_PARAMETERS]
    w[0:4] = sorted(w[0:4])
    w[7] = min(w[7], 0.75)
    w[20] = min(max(w[20], 0.1), 0.8)
    return w


def simulate(w_true, cards, days, seed):
    """Review times (seconds) and ratings of each card."""
    rng = random.Random(seed)
    truth, default = FSRS(w_true), FSRS(list(DEFAULT_PARAMETERS))
    logs = []
    for card in range(cards):
        day = rng.randrange(days)
        minute = card % 600
        reviews = []  # (time, rating)

        def answer(rating, d, m):
            reviews.append((d * DAY + m * 60, rating))

        first = rng.choices([1, 2, 3, 4], [0.2, 0.15, 0.55, 0.1])[0]
        answer(first, day, minute)
        if first <= 2:
            answer(3, day, minute + 10)
        while True:
            item = to_item(reviews)
            planned = default.memory_state(item).stability
            interval = max(1, round(planned))  # desired retention 0.9: R(S, S) = 0.9
            day += interval
            if day >= days + 60:
                break
            s = truth.memory_state(item).stability
            elapsed = (day * DAY + minute * 60 - reviews[-1][0]) // DAY
            if rng.random() < curve(w_true, elapsed, s):
                answer(rng.choices([2, 3, 4], [0.15, 0.75, 0.1])[0], day, minute)
            else:
                answer(1, day, minute)
                answer(3, day, minute + 10)
        logs.append(reviews)
    return logs


def to_item(reviews):
    out, previous = [], None
    for t, rating in reviews:
        delta = 0 if previous is None else (t - previous) // DAY
        out.append(FSRSReview(rating, delta))
        previous = t
    return FSRSItem(out)


def predictions(logs, start=0, end=math.inf):
    """(time, card, position) of every review on a later day than the card's previous answer."""
    found = []
    for card, reviews in enumerate(logs):
        for i in range(1, len(reviews)):
            t = reviews[i][0]
            if (t - reviews[i - 1][0]) // DAY > 0 and start <= t < end:
                found.append((t, card, i))
    return sorted(found)


def items(logs, found):
    return [to_item(logs[card][: i + 1]) for _, card, i in found], [card for _, card, _ in found]


def write_progress(binary, logs, cutoff, path):
    """A progress file holding the reviews before `cutoff`, made by glossary itself (schema)
    and filled with the log."""
    subprocess.run([binary, "stats", "--progress", path, "--create"], check=True, capture_output=True)
    db = sqlite3.connect(path)
    rows = []
    for card, reviews in enumerate(logs):
        for t, rating in reviews:
            if t < cutoff:
                stamp = (START + datetime.timedelta(seconds=t)).strftime("%Y-%m-%d %H:%M:%S.000")
                rows.append((f"c{card}:fr-en", stamp, rating, "review", "review", 0, 0, stamp, 1.0, 5.0))
    rows.sort(key=lambda r: r[1])
    db.executemany("INSERT INTO review_log (cardId, reviewedAt, rating, stateBefore, stateAfter, intervalBefore, "
                   "intervalAfter, dueAfter, stabilityAfter, difficultyAfter) VALUES (?,?,?,?,?,?,?,?,?,?)", rows)
    db.commit()
    db.close()


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument("binary")
    parser.add_argument("--sizes", default="300,1000,3000")
    parser.add_argument("--seeds", default="1,2,3")
    parser.add_argument("--days", type=int, default=180)
    parser.add_argument("--max-ratio", type=float, default=1.02)
    args = parser.parse_args()
    failed = False
    ratios = []
    print(f"{'cards':>6} {'seed':>4} {'train':>6} {'test':>6}   {'log loss ours':>13} {'reference':>9} {'ratio':>6}"
          f"   {'RMSE ours':>9} {'reference':>9} {'ratio':>6}   {'default':>7}   {'time ours':>9} {'ref':>6}")
    with tempfile.TemporaryDirectory() as work:
        for cards in [int(x) for x in args.sizes.split(",")]:
            for seed in [int(x) for x in args.seeds.split(",")]:
                w_true = learner(seed)
                logs = simulate(w_true, cards, args.days, seed)
                found = predictions(logs)
                cut = found[len(found) - round(len(found) * 0.2)][0]
                train_items, train_cards = items(logs, predictions(logs, end=cut))
                test_items, _ = items(logs, predictions(logs, start=cut))
                began = time.perf_counter()
                reference = FSRS(list(DEFAULT_PARAMETERS)).compute_parameters(train_items, card_ids=train_cards)
                reference_time = time.perf_counter() - began
                path = os.path.join(work, f"{cards}-{seed}.sqlite")
                write_progress(args.binary, logs, cut, path)
                began = time.perf_counter()
                out = subprocess.run([args.binary, "optimize", "--progress", path, "--dry-run", "--json"],
                                     check=True, capture_output=True, text=True).stdout
                our_time = time.perf_counter() - began
                ours = json.loads(out)
                if ours["reviews"] != len(train_items):
                    sys.exit(f"glossary fitted {ours['reviews']} reviews, the reference {len(train_items)}: the logs differ")
                e_ours = FSRS(ours["parameters"]).evaluate(test_items)
                e_ref = FSRS(reference).evaluate(test_items)
                e_def = FSRS(list(DEFAULT_PARAMETERS)).evaluate(test_items)
                ratio = e_ours.log_loss / e_ref.log_loss
                rmse_ratio = e_ours.rmse_bins / e_ref.rmse_bins
                ratios.append(ratio)
                flag = "" if ratio <= args.max_ratio else "  FAIL"
                failed |= ratio > args.max_ratio
                print(f"{cards:>6} {seed:>4} {len(train_items):>6} {len(test_items):>6}   {e_ours.log_loss:>13.4f} "
                      f"{e_ref.log_loss:>9.4f} {ratio:>6.3f}   {e_ours.rmse_bins:>9.4f} {e_ref.rmse_bins:>9.4f} "
                      f"{rmse_ratio:>6.3f}   {e_def.log_loss:>7.4f}   {our_time:>8.2f}s {reference_time:>5.2f}s{flag}",
                      flush=True)
    print(f"log loss ratio ours/reference: mean {sum(ratios) / len(ratios):.4f}, max {max(ratios):.4f} "
          f"(limit {args.max_ratio})")
    sys.exit(1 if failed else 0)


if __name__ == "__main__":
    main()
