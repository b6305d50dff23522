"""The periodic reports on the demo community: every number equals a SQL count over the same period (written
here by hand, not through the figures), the Excel workbook has its merged headers, numbers and footer, and
the PDFs read back with their titles and figures."""

from __future__ import annotations

import io
from datetime import date

import pytest
from openpyxl import load_workbook
from sqlalchemy import text

from desktop.db import make_engine, upgrade
from desktop.demo import generate
from desktop.services.container import Services
from desktop.services.core.dto import Actor
from desktop.services.dashboard.dashboard_service import DashboardService
from tests.conftest import Clock
from tests.unit.test_printing_support import fonts, pdf_text

TODAY = date(2026, 11, 27)
MONTH = date(2026, 10, 1)
M = ("2026-10-01", "2026-10-31")
Y = ("2026-01-01", "2026-10-31")


@pytest.fixture(scope="module")
def demo(tmp_path_factory):
    engine = make_engine(f"sqlite:///{tmp_path_factory.mktemp('reports') / 'demo.sqlite3'}")
    upgrade(engine)
    generate(engine, scale=1, today=TODAY)
    services = Services.build(engine)
    services.dashboard = DashboardService(services.sessions, clock=Clock(TODAY))
    yield services
    engine.dispose()


@pytest.fixture
def director(demo):
    with demo.engine.connect() as c:
        uid, name = c.execute(text("SELECT id, full_name FROM staff_user WHERE role = 'director'")).one()
    return Actor(uid, "zhuren", name, "director")


def sql(services, query: str, span: tuple[str, str], **kw) -> int:
    with services.engine.connect() as c:
        return int(c.execute(text(query), {"a": span[0], "b": span[1], **kw}).scalar() or 0)


CASES = "SELECT count(*) FROM dispute_case WHERE voided_at IS NULL AND accepted_on BETWEEN :a AND :b"
MEDIATED = (
    " AND consent = 'agreed' AND (status = 'mediating' OR outcome IN "
    "('success_written', 'success_oral', 'failed', 'terminated'))"
)
SUCCEEDED = " AND outcome IN ('success_written', 'success_oral')"


def rows(table) -> dict[str, list]:
    return {row[0].text: [c.value for c in row[1:]] for row in table.rows if len(row) > 1}


def test_given_october_when_the_dispute_screening_report_is_made_then_each_number_is_a_sql_count(
    demo, director
):
    t = demo.dashboard.report_table(director, "dispute_screening", MONTH)
    got = rows(t)
    total = [
        sql(demo, CASES, M),
        sql(demo, CASES + MEDIATED, M),
        sql(demo, CASES, Y),
        sql(demo, CASES + MEDIATED, Y),
    ]
    assert got["矛盾纠纷合计"] == total and total[0] > 0
    with demo.engine.connect() as c:
        types = c.execute(text("SELECT code, label FROM code_item WHERE list_name = 'dispute_type'")).all()
    for code, label in types:
        by = CASES + " AND dispute_type = :t"
        assert got[label] == [
            sql(demo, by, M, t=code),
            sql(demo, by + MEDIATED, M, t=code),
            sql(demo, by, Y, t=code),
            sql(demo, by + MEDIATED, Y, t=code),
        ], label
    band = CASES + " AND people_involved BETWEEN 5 AND 9"
    assert got["涉及5至9人"] == [
        sql(demo, band, M),
        sql(demo, band + MEDIATED, M),
        sql(demo, band, Y),
        sql(demo, band + MEDIATED, Y),
    ]
    assert got["调处成功"] == [sql(demo, CASES + SUCCEEDED, M), sql(demo, CASES + SUCCEEDED, Y)]
    # 集中排查: the working rhythm's signed rounds, each in the month it was due (as the minutes count them)
    rounds = (
        "SELECT count(*) FROM screening_round WHERE submitted_at IS NOT NULL AND due_on BETWEEN :a AND :b"
    )
    assert got["集中排查次数"] == [sql(demo, rounds, M), sql(demo, rounds, Y)]
    assert sql(demo, rounds, M) > 0


def test_given_october_when_the_mediation_statistics_are_made_then_sources_outcomes_and_amounts_are_sql_counts(
    demo, director
):
    got = rows(demo.dashboard.report_table(director, "mediation_statistics", MONTH))
    src = CASES + " AND source = 'from_visit'"
    assert got["来访转入"] == [
        sql(demo, src, M),
        sql(demo, src + SUCCEEDED, M),
        sql(demo, src, Y),
        sql(demo, src + SUCCEEDED, Y),
    ]
    out = CASES + " AND outcome = 'failed'"
    assert got["调解不成"] == [sql(demo, out, M), sql(demo, out, Y)]
    amount = "SELECT sum(amount) FROM dispute_case WHERE voided_at IS NULL AND accepted_on BETWEEN :a AND :b"
    assert [round(v) for v in got["涉及金额（元）"]] == [sql(demo, amount, M), sql(demo, amount, Y)]
    visits = (
        "SELECT count(*) FROM return_visit r JOIN dispute_case c ON c.id = r.case_id WHERE r.voided_at IS NULL "
        "AND c.voided_at IS NULL AND r.done_on BETWEEN :a AND :b AND r.performed = 'full'"
    )
    assert got["协议已履行（次）"] == [sql(demo, visits, M), sql(demo, visits, Y)]
    assert got["协议已履行（次）"][1] > 0


def test_given_october_when_the_petition_rates_are_made_then_counts_and_rates_are_sql_counts(demo, director):
    got = rows(demo.dashboard.report_table(director, "petition_rates", MONTH))
    received = "SELECT count(*) FROM petition WHERE voided_at IS NULL AND received_on BETWEEN :a AND :b"
    assert got["受理登记信访事项"][0] == sql(demo, received, M)
    assert got["受理登记信访事项"][4] == sql(demo, received, Y)
    assert got["其中：集体访"][0] == sql(demo, received + " AND is_collective", M)
    assert got["书信"][0] == sql(demo, received + " AND channel = 'letter'", M)
    notices = (
        "SELECT count(*) FROM petition p JOIN petition_step s ON s.petition_id = p.id WHERE p.voided_at IS NULL "
        "AND s.kind IN ('acceptance_notice', 'transfer_notice') AND s.due_on BETWEEN :a AND :b"
    )
    num, den = sql(demo, notices + " AND s.done_on <= s.due_on", M), sql(demo, notices, M)
    assert den > 0
    assert got["及时受理率"][1] == f"{num}/{den}"
    assert got["及时受理率"][0] == f"{num / den * 100:.1f}%"


def test_given_a_report_when_exported_to_excel_then_merged_headers_numbers_and_the_footer_are_there(
    demo, director, tmp_path
):
    path = tmp_path / "排查.xlsx"
    table = demo.dashboard.export_excel(director, "dispute_screening", path, MONTH)
    ws = load_workbook(io.BytesIO(path.read_bytes())).active
    merged = {str(r) for r in ws.merged_cells.ranges}
    assert {
        "A1:E1",
        "A4:A5",
        "B4:C4",
        "D4:E4",
    } <= merged  # title; 项目 down two rows; 本月 and 年度累计 over two
    assert (
        ws["A1"].value.startswith("矛盾纠纷排查情况表")
        and ws["B4"].value == "本月"
        and ws["B5"].value == "排查"
    )
    assert ws["A6"].value == "矛盾纠纷合计" and ws["B6"].value == sql(demo, CASES, M)
    assert isinstance(ws["B6"].value, int)
    footer = next(
        c.value for row in ws.iter_rows() for c in row if isinstance(c.value, str) and "签发人" in c.value
    )
    assert "制表人：" + director.full_name in footer and "填报日期：2026年11月27日" in footer
    with demo.engine.connect() as c:
        entry = c.execute(text("SELECT action, summary FROM audit_entry ORDER BY id DESC LIMIT 1")).one()
    assert entry.action == "export" and table.title in entry.summary


@pytest.mark.parametrize("key", ["dispute_screening", "mediation_statistics", "petition_rates"])
def test_given_a_report_table_when_printed_then_the_pdf_reads_its_title_figures_and_footer(
    demo, director, key
):
    table = demo.dashboard.report_table(director, key, MONTH)
    pdf = demo.printing.render_document(director, f"report_{key}", data=table).pdf
    body = pdf_text(pdf)
    assert table.title.replace(" ", "") in body
    assert "签发人" in body and "制表人" in body and director.full_name in body
    first = table.rows[0]
    assert "".join(c.text for c in first).replace(" ", "") in body.replace(",", "")
    assert all(f.embedded for f in fonts(pdf))


def test_given_the_monthly_summary_when_edited_and_printed_then_the_text_and_charts_are_in_the_pdf(
    demo, director
):
    draft = demo.dashboard.summary_draft(director, MONTH)
    assert "本月排查矛盾纠纷" in draft["主要工作"]
    plan = "加强节前矛盾纠纷集中排查，做好重点人群走访。"
    summary = demo.dashboard.summary(director, MONTH, sections={"下月计划": plan})
    pdf = demo.printing.render_document(director, "report_monthly_summary", data=summary).pdf
    body = pdf_text(pdf)
    for expected in (
        "2026年10月工作总结",
        "一、基本情况",
        "二、主要工作",
        "四、下月计划",
        plan,
        "信访三率近12个月走势",
    ):
        assert expected in body, expected
    screened = sql(demo, CASES, M)
    assert f"本月排查矛盾纠纷{screened}件" in body


def test_given_a_reception_clerk_when_asking_for_a_report_then_it_is_refused(demo):
    from desktop.services.core.errors import PermissionDenied

    with pytest.raises(PermissionDenied):
        demo.dashboard.report_table(Actor(None, "qiantai", "王丽", "reception"), "petition_rates", MONTH)
