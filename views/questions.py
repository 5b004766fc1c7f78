"""Questions: the bank and glossary as a buyer reads them. Why each section is asked, what each
question wants, what each label means and must show, the scope ladder and the evidence levels; and the
drafts the team's buyers reject most (reading.draft_report over the store's trail), read only when opened."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from reading.draft import drafter_for
from reading.draft_report import report
from store.draft_reviews import trails
from views import common

KINDS = {"choice": "Pick one", "choices": "Pick all that apply", "text": "Describe in words",
         "measure": "A metric with unit, baseline and target", "integrations": "A table of connected systems"}
md, line = common.md, common.line


def _sections(bank) -> None:
    st.caption("Each section's weight sets how much it counts in the overall score. Each question's points are "
               "its weight × how complete the answer is × how well it is evidenced.")
    for number, section in enumerate(bank.sections, 1):
        with st.expander(line(f"{number}. {section.title} (weight {section.weight:g})"), expanded=number == 1):
            st.markdown(f"**Why we ask:** {md(section.why)}")
            for q in section.questions:
                _question(q)


def _question(q) -> None:
    st.markdown(f"**{line(q.prompt)}**  \n{KINDS[q.kind]} · up to {q.weight:g} points")
    if q.help:
        st.caption(md(q.help))
    if q.choices:
        st.caption(line("Options: " + "; ".join(c.name for c in q.choices)))


def _labels(bank) -> None:
    ladder = {lvl.level: lvl.name for lvl in bank.scope}
    st.caption("The words vendors sell with, what they mean, and the substance the answers must show before the "
               "label is earned. Anything missing becomes a gap with a question to send the vendor.")
    for label in bank.labels:
        with st.container(border=True):
            st.markdown(f"## {line(label.name)}")
            st.markdown(f"{md(label.means)}  \n**Claims:** level {label.claims} ({line(ladder[label.claims])}) · "
                        f"**Also written as:** {line(', '.join(label.aliases))}")
            st.markdown("**Must show:**\n" + "\n".join(
                f"- {line(r.why)}  \n  _If not, ask:_ {line(r.follow_up)}" for r in label.requires))


def _ladder(bank) -> None:
    st.caption("Every proposal lands on one level: the highest whose conditions the answers meet, with every "
               "level below it. A label claims a level; a gap opens when the answers deliver less.")
    for level in sorted(bank.scope, key=lambda lvl: -lvl.level):
        with st.container(border=True):
            st.markdown(f"**Level {level.level}: {line(level.name)}**  \n{md(level.shows)}")


def _evidence(bank) -> None:
    st.caption("Every answer is weighed by its evidence: a vendor's word counts for little, a measured pilot "
               "for everything.")
    table = pd.DataFrame([{"Evidence": e.name, "Counts for": f"{e.factor:.0%}", "Means": e.means}
                          for e in bank.evidence_levels])
    st.dataframe(table, hide_index=True, width="stretch")


def _rejected(bank) -> None:
    st.caption("What your team's buyers did with the answers Winnow drafted: for each option and the drafting "
               "phrase behind it, how often it was drafted, kept, rejected and edited, and accepted where Winnow "
               "only offered it to check, with the proposal sentences behind the rejections. Those at the top are "
               "where drafting most needs correcting: the last column names the rule whoever keeps the drafting "
               "rules (questions/drafting.yaml) corrects.")
    box = st.expander("Drafts buyers reject most", key="questions:rejected", on_change="rerun",
                      icon=":material/thumb_down:")
    if box.open:  # read only when opened: the page itself stays fast
        with box:
            _rejected_table(bank)


def _rejected_table(bank) -> None:
    found = report(trails(common.store().engine), drafter_for(bank))
    if not found.reviewed and not found.kinds.get("accepted"):
        st.info("No drafted answer has been reviewed yet: keep, edit or reject drafts on the Evaluate page.")
        return
    st.caption(found.summary())  # the team's evaluations together, said so: one evaluation's page counts its own
    questions = bank.questions()
    prompt = lambda qid: questions[qid].prompt if qid in questions else qid
    option = lambda r: (questions[r.question].choice_names().get(r.option, r.option) if r.question in questions
                        else r.option) if r.option else "(the answer)"
    # the buyer's words first; the rule's key for whoever keeps questions/drafting.yaml last
    table = pd.DataFrame([{"Question": prompt(r.question), "Option": option(r), "Phrase": r.phrase or r.rule,
                           "Drafted": r.drafted, "Kept": r.kept, "Rejected": r.rejected, "Edited": r.edited,
                           "Accepted from check this": r.accepted,
                           "Rejection rate": r.rejection_rate, "Rejected on": " · ".join(r.examples),
                           "Rule key": f"{r.question}: {r.option}" if r.option else r.question}
                          for r in found.rows])
    st.dataframe(table, hide_index=True, width="stretch",
                 column_config={"Rejection rate": st.column_config.NumberColumn(format="percent")})


def main() -> None:
    bank = common.bank()
    st.title("Questions and labels")
    st.caption(f"Question bank version {line(bank.version)}.")
    tabs = st.tabs(["Sections and questions", "Labels", "Scope ladder", "Evidence levels", "Drafts buyers reject"])
    for tab, draw in zip(tabs, (_sections, _labels, _ladder, _evidence, _rejected)):
        with tab:
            draw(bank)


main()
