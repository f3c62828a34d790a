"""make bench's rounds: modes side by side, every other round backwards, the median round counts."""
from quotes.bench import in_rounds, side_by_side


def test_every_other_round_runs_backwards():
    modes = ("bare", "annotator", "extract")
    assert [in_rounds(modes, k) for k in range(3)] == [modes, modes[::-1], modes]


def test_the_ratio_is_the_median_of_rounds_side_by_side():
    # A host twice as fast in the second round: each round compares runs of one minute.
    rounds = [{"bare": {"wps": 100}, "extract": {"wps": 80}},
              {"bare": {"wps": 200}, "extract": {"wps": 170}},
              {"bare": {"wps": 100}, "extract": {"wps": 90}}]
    assert side_by_side(rounds, "wps") == 0.85
    assert side_by_side(rounds[:1], "wps") == 0.8
