"""Views across papers, created with the tables: one row per meeting, the history of a KPI and
of a risk, and each decision's trail from recommendation to record. Views, not tables, so they
are always what the stored papers say: replacing or pruning a file changes them at once."""

from __future__ import annotations

# One row per meeting: every document naming it, the printed spellings of its committee.
MEETINGS = """
CREATE OR REPLACE VIEW meetings AS
SELECT
    m.meeting_id,
    max(m.council) AS council,
    mode(m.committee) AS committee,
    list_sort(list_distinct(list(m.committee))) AS committee_as_printed,
    max(m.committee_key) AS committee_key,
    max(m.meeting_date) AS meeting_date,
    max(m.meeting_time) AS meeting_time,
    max(m.venue) AS venue,
    (SELECT count(*) FROM documents d WHERE d.meeting_id = m.meeting_id) AS documents
FROM meeting_papers m
WHERE m.meeting_id IS NOT NULL
GROUP BY m.meeting_id
"""

# A KPI's points in time order. The same point printed in two papers (a pack and the report
# alone) is one point; direction compares a point with the one before it.
KPI_HISTORY = """
CREATE OR REPLACE VIEW kpi_history AS
WITH points AS (
    SELECT k.kpi_key, k.ref, k.description, k.period,
           coalesce(k.period_date, d.meeting_date) AS period_date,
           k.latest_value AS value, k.latest_text AS value_text, k.latest_rag AS rag,
           k.target, k.floor_standard, k.unit, k.document_id, d.path, k.page, k.meeting_id
    FROM kpis k JOIN documents d ON d.document_id = k.document_id
    WHERE k.kpi_key IS NOT NULL
    QUALIFY row_number() OVER (
        PARTITION BY k.kpi_key, coalesce(k.period, ''), coalesce(k.period_date, d.meeting_date)
        ORDER BY d.path, k.page) = 1
)
SELECT *,
    CASE
        WHEN lag(value) OVER w IS NULL OR value IS NULL THEN NULL
        WHEN value > lag(value) OVER w THEN 'up'
        WHEN value < lag(value) OVER w THEN 'down'
        ELSE 'same'
    END AS direction,
    lag(rag) OVER w AS previous_rag
FROM points
WINDOW w AS (PARTITION BY kpi_key ORDER BY period_date NULLS FIRST, period)
"""

# Each issue of a register is the risks of one document, in meeting-date order (an issue that
# names no meeting sorts first: registers are usually appendices of a dated paper, and an
# undated one cannot be placed later than a dated one). A risk's change is against the
# previous issue of the same register (council and register name, years aside); a risk in
# one issue and not in the next is closed in the next.
RISK_HISTORY = """
CREATE OR REPLACE VIEW risk_history AS
WITH r AS (
    SELECT r.risk_key, regexp_replace(r.risk_key, '/[^/]*$', '') AS register_key,
           r.risk_id, r.title, r.register, d.meeting_date, r.current_rating, r.current_level,
           r.target_rating, r.likelihood, r.impact, r.annual_exposure_gbp,
           r.lifetime_exposure_gbp, r.status, r.document_id, d.path, r.page, r.meeting_id
    FROM risks r JOIN documents d ON d.document_id = r.document_id
    QUALIFY row_number() OVER (PARTITION BY r.risk_key, r.document_id ORDER BY r.page) = 1
),
issues AS (
    SELECT register_key, document_id, meeting_date, path, row_number() OVER (
        PARTITION BY register_key ORDER BY meeting_date NULLS FIRST, path) AS issue
    FROM (SELECT DISTINCT register_key, document_id, meeting_date, path FROM r)
),
numbered AS (SELECT r.*, i.issue FROM r JOIN issues i USING (register_key, document_id)),
present AS (
    SELECT *,
        lag(issue) OVER w AS previous_issue,
        lag(current_rating) OVER w AS previous_rating,
        lag(annual_exposure_gbp) OVER w AS previous_annual_exposure_gbp
    FROM numbered WINDOW w AS (PARTITION BY risk_key ORDER BY issue)
),
gone AS (
    SELECT n.risk_key, n.register_key, n.risk_id, n.title, n.register, nx.meeting_date,
           'closed' AS status, nx.document_id, nx.path, nx.issue,
           n.issue AS previous_issue, n.current_rating AS previous_rating,
           n.annual_exposure_gbp AS previous_annual_exposure_gbp
    FROM numbered n JOIN issues nx ON nx.register_key = n.register_key AND nx.issue = n.issue + 1
    WHERE NOT EXISTS (
        SELECT 1 FROM numbered later WHERE later.risk_key = n.risk_key AND later.issue = nx.issue)
)
SELECT * EXCLUDE (previous_issue),
    CASE
        WHEN status = 'closed' THEN 'closed'
        WHEN previous_issue IS NULL THEN 'new'
        WHEN current_rating > previous_rating
          OR annual_exposure_gbp > previous_annual_exposure_gbp THEN 'up'
        WHEN current_rating < previous_rating
          OR annual_exposure_gbp < previous_annual_exposure_gbp THEN 'down'
        ELSE 'same'
    END AS change
FROM (SELECT * FROM present UNION ALL BY NAME SELECT * FROM gone)
"""

# What identifies one decision across its papers: its decision number ("24/00108"), else its
# meeting and agenda item; a paper printing neither (a report alone) joins the decision of its
# meeting with the same title ("24/00108 - Budget Monitoring" is "Budget Monitoring").
TRAILED_DECISIONS = """
trail_base AS (
    SELECT *,
        coalesce(decision_number, CASE WHEN meeting_id IS NOT NULL AND agenda_item_ref IS NOT NULL
                 THEN meeting_id || '#' || agenda_item_ref END) AS own_ref,
        regexp_replace(lower(trim(title)), '^\\d{2}/\\d{5}\\s*[-–]\\s*', '') AS title_key
    FROM decisions
),
d AS (
    SELECT b.*, coalesce(b.own_ref, (
        SELECT min(o.own_ref) FROM trail_base o
        WHERE o.meeting_id = b.meeting_id AND o.title_key = b.title_key AND o.own_ref IS NOT NULL
    )) AS trail_ref
    FROM trail_base b
)
"""

DECISION_TRAIL = f"""
CREATE OR REPLACE VIEW decision_trail AS
WITH {TRAILED_DECISIONS}
SELECT
    trail_ref AS ref,
    max(decision_number) AS decision_number,
    max(meeting_id) AS meeting_id,
    max(title) AS title,
    string_agg(decision_text, ' | ' ORDER BY page) FILTER (WHERE source = 'report')
        AS recommendation,
    min(document_id) FILTER (WHERE source = 'report') AS recommendation_document,
    min(page) FILTER (WHERE source = 'report') AS recommendation_page,
    min(source_path) FILTER (WHERE source = 'report') AS recommendation_path,
    string_agg(decision_text, ' | ' ORDER BY page) FILTER (WHERE source = 'minutes')
        AS resolution,
    min(outcome) FILTER (WHERE source = 'minutes') AS resolution_outcome,
    min(document_id) FILTER (WHERE source = 'minutes') AS resolution_document,
    min(page) FILTER (WHERE source = 'minutes') AS resolution_page,
    min(source_path) FILTER (WHERE source = 'minutes') AS resolution_path,
    string_agg(decision_text, ' | ' ORDER BY page) FILTER (WHERE source = 'decision_notice')
        AS record,
    min(document_id) FILTER (WHERE source = 'decision_notice') AS record_document,
    min(page) FILTER (WHERE source = 'decision_notice') AS record_page,
    min(source_path) FILTER (WHERE source = 'decision_notice') AS record_path,
    CASE
        WHEN count(*) FILTER (WHERE source = 'decision_notice') > 0 THEN 'recorded'
        WHEN count(*) FILTER (WHERE source = 'minutes') > 0 THEN 'resolved'
        ELSE 'recommended'
    END AS status
FROM d
WHERE trail_ref IS NOT NULL
GROUP BY trail_ref
"""

VIEWS = {
    "meetings": MEETINGS,
    "kpi_history": KPI_HISTORY,
    "risk_history": RISK_HISTORY,
    "decision_trail": DECISION_TRAIL,
}
