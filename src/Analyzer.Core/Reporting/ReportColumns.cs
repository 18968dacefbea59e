namespace Analyzer.Core.Reporting;

/// <summary>The report's column names, in their fixed order (a contract with users' spreadsheets and scripts).</summary>
public static class ReportColumns
{
    public static readonly string[] Detail =
    [
        "proposal_id", "file", "criterion_id", "paper", "dimension", "necessity", "weight", "outcome", "points",
        "finding", "remediation", "missing_fields", "citation", "rulepack_version", "input_sha256",
    ];

    public static readonly string[] Summary =
    [
        "proposal_id", "file", "title", "legitimacy_score", "legitimacy_low", "legitimacy_high", "legitimacy_verdict",
        "feasibility_score", "feasibility_low", "feasibility_high", "feasibility_verdict", "ef_mode", "ho_model",
        "modalities", "met", "not_met", "not_stated", "not_applicable", "errors", "questions",
    ];
}
