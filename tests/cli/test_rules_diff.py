"""``preflight rules diff``: the drafts an edit of the policy changes, before it ships."""

from __future__ import annotations

import json
import textwrap
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from preflight.settings import Settings
from preflight_tools.cli.main import main
from preflight_tools.cli.rules_diff import build_engine, diff_policies

from tests.conftest import DEFAULT_RULES

CARD = "4111 1111 1111 1111"
DRAFTS = [
    {"id": "card", "text": f"Vendor deposit: Visa {CARD}, exp 03/26."},
    {"id": "nightjar", "text": "Nightjar ships to the first customers on Monday."},
    {"id": "phone", "text": "Call me on 415-555-0199 after the keynote."},
    {"id": "clean", "text": "Happy Friday from the whole team!"},
]


def _corpus(tmp_path: Path, drafts: list[dict] = DRAFTS) -> Path:
    path = tmp_path / "drafts.jsonl"
    path.write_text("".join(json.dumps(d) + "\n" for d in drafts), "utf-8")
    return path


def _overlay(tmp_path: Path, name: str, body: str) -> Path:
    directory = tmp_path / name
    directory.mkdir()
    (directory / "overlay.yaml").write_text(textwrap.dedent(body), "utf-8")
    return directory


def _no_card_rule(tmp_path: Path) -> Path:
    return _overlay(tmp_path, "no-card", "rules:\n  - id: pii.credit_card\n    enabled: false\n")


def _code_name(tmp_path: Path) -> Path:
    return _overlay(tmp_path, "code-name", "lists:\n  code_names: [Nightjar]\n")


def run(capsys, argv: list[str]) -> tuple[int, str, str]:
    code = main(argv)
    out, err = capsys.readouterr()
    return code, out, err


def test_disabling_a_rule_lists_the_drafts_it_approves_with_values_masked(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    status, out, _ = run(
        capsys, ["rules", "diff", "--corpus", str(corpus), "--new-rules", str(_no_card_rule(tmp_path))]
    )
    assert status == 1
    lines = out.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("card  flag [pii.credit_card] -> approve []  ")
    assert "Vendor deposit: Visa **** **** **** ****, exp 03/26." in lines[0]
    assert "1111" not in out  # the new policy no longer finds the card; the old one's mask still holds
    assert (
        lines[1] == "drafts compared: 4, changed: 1 (flag->approve: 1, approve->flag: 0, categories only: 0)"
    )


def test_adding_a_code_name_lists_the_drafts_it_flags_as_json(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    overlay = _code_name(tmp_path)
    status, out, _ = run(
        capsys, ["rules", "diff", "--corpus", str(corpus), "--new-rules", str(overlay), "--json"]
    )
    assert status == 1
    report = json.loads(out)
    assert report["summary"] == {
        "compared": 4,
        "changed": 1,
        "flag->approve": 0,
        "approve->flag": 1,
        "categories only": 0,
    }
    assert report["changes"] == [
        {
            "id": "nightjar",
            "old_decision": "approve",
            "old_categories": [],
            "new_decision": "flag",
            "new_categories": ["confidential.codename"],
            "excerpt": "Nightjar ships to the first customers on…",
        }
    ]
    assert report["old_policy_version"] != report["new_policy_version"]


def test_old_and_new_may_each_be_several_overlays(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    code_name, no_card = str(_code_name(tmp_path)), str(_no_card_rule(tmp_path))
    argv = ["rules", "diff", "--corpus", str(corpus), "--old-rules", code_name]
    status, out, _ = run(capsys, [*argv, "--new-rules", code_name, "--new-rules", no_card])
    assert status == 1
    assert [line.split()[0] for line in out.splitlines()[:-1]] == ["card"]


def test_a_change_of_categories_alone_is_listed(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path, [{"id": "both", "text": f"Card {CARD}; call me on 415-555-0199."}])
    status, out, _ = run(
        capsys, ["rules", "diff", "--corpus", str(corpus), "--new-rules", str(_no_card_rule(tmp_path))]
    )
    assert status == 1
    assert out.splitlines()[0].startswith("both  flag [pii.credit_card, pii.phone] -> flag [pii.phone]  ")
    assert "categories only: 1" in out
    assert "1111" not in out and "0199" not in out


def test_the_same_policy_twice_changes_nothing_and_exits_0(capsys, tmp_path: Path) -> None:
    status, out, _ = run(capsys, ["rules", "diff", "--corpus", str(_corpus(tmp_path))])
    assert status == 0
    assert out == (
        "drafts compared: 4, changed: 0 (flag->approve: 0, approve->flag: 0, categories only: 0) "
        "(the two policies are the same)\n"
    )


def test_the_default_directory_of_either_side_can_be_replaced(capsys, tmp_path: Path) -> None:
    # Editing the defaults themselves: a copy of rules/default with the card rule disabled.
    edited = tmp_path / "default"
    edited.mkdir()
    for path in DEFAULT_RULES.glob("*.yaml"):
        text = path.read_text("utf-8")
        text = text.replace("detector: payment_card\n", "detector: payment_card\n    enabled: false\n")
        (edited / path.name).write_text(text, "utf-8")
    status, out, _ = run(
        capsys, ["rules", "diff", "--corpus", str(_corpus(tmp_path)), "--new-default", str(edited)]
    )
    assert status == 1
    assert out.splitlines()[0].startswith("card  flag [pii.credit_card] -> approve []")


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda tmp: ["--corpus", str(tmp / "missing.jsonl")], "no such file"),
        (lambda tmp: ["--corpus", str(_corpus(tmp)), "--new-rules", str(tmp / "nowhere")], "a directory"),
        (
            lambda tmp: ["--corpus", str(_overlay(tmp, "bad", "x") / "overlay.yaml")],
            "line 1",
        ),
    ],
)
def test_bad_input_exits_2_naming_it(capsys, tmp_path: Path, setup, message: str) -> None:
    status, _, err = run(capsys, ["rules", "diff", *setup(tmp_path)])
    assert status == 2
    assert message in err


def test_a_bad_line_is_skipped_and_the_run_exits_2_even_with_changes(capsys, tmp_path: Path) -> None:
    corpus = _corpus(tmp_path)
    with corpus.open("a", encoding="utf-8") as stream:
        stream.write('{"id": "broken", "text": 42}\n{"id": "empty", "text": "   "}\n')
    status, out, err = run(
        capsys, ["rules", "diff", "--corpus", str(corpus), "--new-rules", str(_no_card_rule(tmp_path))]
    )
    assert status == 2
    assert "drafts compared: 4, changed: 1" in out
    assert "line 5" in err and "empty" in err


@pytest.fixture(scope="module")
def card_engines(tmp_path_factory):
    settings_ = Settings(default_rules_dir=DEFAULT_RULES)
    overlay = _no_card_rule(tmp_path_factory.mktemp("overlay"))
    return build_engine(settings_, None, []), build_engine(settings_, None, [overlay])


def _luhn_complete(digits: str) -> str:
    total = 0
    for i, d in enumerate(reversed(digits)):
        n = int(d) * (2 if i % 2 == 0 else 1)
        total += n - 9 if n > 9 else n
    return digits + str((10 - total % 10) % 10)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(
    body=st.text(alphabet="0123456789", min_size=14, max_size=14),
    separator=st.sampled_from([" ", "-", ""]),
    before=st.sampled_from(["Card", "Use", "my visa is", "pay with"]),
    after=st.sampled_from(["", " exp 03/26", ", thanks!", " before Friday"]),
)
def test_excerpts_never_show_a_value_either_policy_masks(
    card_engines, tmp_path: Path, body: str, separator: str, before: str, after: str
) -> None:
    number = _luhn_complete("4" + body)
    written = separator.join(number[i : i + 4] for i in range(0, 16, 4))
    corpus = _corpus(tmp_path, [{"id": "d", "text": f"{before} {written}{after}"}])
    report = diff_policies(*card_engines, corpus)
    assert [(c.id, c.old_categories, c.new_categories) for c in report.changes] == [
        ("d", ["pii.credit_card"], [])
    ]
    # The new policy does not look for cards: the old one's mask still hides every digit of the number.
    digits = [ch for ch in report.changes[0].excerpt if ch.isdigit()]
    assert digits == [ch for ch in after if ch.isdigit()]
